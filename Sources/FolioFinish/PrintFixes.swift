/// PDF/X-4 basics (ISO 15930-7): page boxes, an output intent with its
/// embedded ICC profile, and RGB made device-independent.
struct PrintFixes {
    var conditions: PrintConditions

    func apply(to file: QPDFFile, resources: [PDFObject]) throws {
        let pages = file.pages
        guard pages.count == conditions.trimBoxes.count else {
            throw FinishError("\(file.description) has \(pages.count) pages but \(conditions.trimBoxes.count) trim boxes were given")
        }
        // 6.2.3: a TrimBox on every page (the finished size); the BleedBox, 3 mm past it.
        for (page, trim) in zip(pages, conditions.trimBoxes) {
            page.set("TrimBox", file.parse(trim.pdfArray))
            page.set("BleedBox", file.parse(trim.grown(by: conditions.bleed).pdfArray))
        }
        try addOutputIntent(to: file)
        try addDefaultRGB(file: file, resources: resources)
    }

    /// 6.2.2: /OutputIntents with /S /GTS_PDFX and the printing condition's ICC profile embedded.
    private func addOutputIntent(to file: QPDFFile) throws {
        let profile = conditions.outputProfile
        let stream = file.stream(deflated: try DeflatedProfiles.data(of: profile), dictionary: "<< /N \(profile.components) >>")
        let intent = file.parse("<< /Type /OutputIntent /S /GTS_PDFX /RegistryName (http://www.color.org) >>")
        intent.set("OutputConditionIdentifier", file.string(profile.conditionIdentifier))
        intent.set("OutputCondition", file.string(profile.condition))
        intent.set("Info", file.string(profile.condition))
        intent.set("DestOutputProfile", stream)
        let intents = file.parse("[]")
        intents.append(intent)
        file.root.set("OutputIntents", intents)
    }

    /// 6.2.4.3: DeviceRGB is allowed when a /DefaultRGB colour space makes it
    /// ICC-based, in the resources of every page, form and pattern that draws.
    private func addDefaultRGB(file: QPDFFile, resources: [PDFObject]) throws {
        let profile = conditions.rgbProfile
        let stream = file.stream(deflated: try DeflatedProfiles.data(of: profile),
                                 dictionary: "<< /N \(profile.components) /Alternate /DeviceRGB >>")
        let space = file.parse("[/ICCBased]")
        space.append(stream)
        let shared = file.indirect(space)
        for resources in resources {
            if let spaces = resources["ColorSpace"] {
                if !spaces.has("DefaultRGB") { spaces.set("DefaultRGB", shared) }
            } else {
                let spaces = file.parse("<< >>")
                spaces.set("DefaultRGB", shared)
                resources.set("ColorSpace", spaces)
            }
        }
    }
}
