import FolioCore
import Foundation

/// One member of staff, read from `Data/staff/<name>.yaml`.
struct StaffProfile {
    /// Seniority, for ordering and for the wording of titles.
    enum Rank: String, CaseIterable {
        case director
        case chiefPhysician = "chief-physician"
        case deputyChiefPhysician = "deputy-chief-physician"
        case attendingPhysician = "attending-physician"
        case other
    }

    var name: String
    /// The letters of the avatar without a photo (`Initials`).
    var initials: String
    var position: String?
    var rank: Rank
    var degrees: [String]
    var clinicalExperienceYears: Int?
    var roles: [String]
    /// Photo path relative to the data folder, when there is one.
    var photo: String?
    /// The point (0…1 across and down) a round crop of the photo keeps in view, e.g. the face.
    var photoFocus: (x: Double, y: Double)
    /// A short biography in Markdown.
    var bio: String?
    var location: SourceLocation

    static let keys = ["name", "given-name", "family-name", "position", "rank", "degrees", "clinical-experience-years",
                       "roles", "photo", "photo-focus", "bio"]

    /// Reads and validates a profile; `store` picks the document's language.
    static func load(_ relative: String, store: DataStore) throws -> StaffProfile {
        let file = try store.yaml(relative)
        let log = DiagnosticLog()
        let profile = read(file, store: store, log: log)
        try log.throwIfErrors()
        guard let profile else { throw DiagnosticError(file.error("the staff profile could not be read")) }
        return profile
    }

    private static func read(_ file: YAMLValue, store: DataStore, log: DiagnosticLog) -> StaffProfile? {
        guard let fields = FieldReader(file, allowed: keys, log: log) else { return nil }
        let nameValue = fields.required("name", expected: "the person's name, e.g. {en: Jane Doe, zh: …}")
        let name = nameValue.flatMap { store.localized($0).string(log) }
        let initials = nameValue.map { initialsOf($0, fields: fields, log: log) }
        let yearsValue = fields["clinical-experience-years"]
        let years = yearsValue?.number(log, in: 0...100)
        if let yearsValue, let years, years != years.rounded() {
            log.report(yearsValue.error("expected a whole number of years, found \(years)"))
        }
        let photo = fields["photo"]?.string(log)
        if let photo, let photoValue = fields["photo"] {
            do {
                let url = try store.url(of: photo, at: photoValue.location, field: photoValue.path)
                if !FileManager.default.fileExists(atPath: url.path) {
                    log.report(photoValue.error("there is no photo \(store.displayPath(of: photo))"))
                }
            } catch let error as DiagnosticError {
                log.report(error)
            } catch {
                log.report(photoValue.error("\(error)"))
            }
        }
        guard let name, let initials else { return nil }
        return StaffProfile(
            name: name, initials: initials,
            position: fields["position"].flatMap { store.localized($0).string(log) },
            rank: fields["rank"]?.choice(log, of: Rank.self) ?? .other,
            degrees: fields["degrees"]?.list(log)?.compactMap { $0.string(log) } ?? [],
            clinicalExperienceYears: years.flatMap { Int(checked: $0) },
            roles: fields["roles"]?.list(log)?.compactMap { store.localized($0).string(log) } ?? [],
            photo: photo, photoFocus: focus(fields["photo-focus"], log: log),
            bio: fields["bio"].flatMap { store.localized($0).string(log) }, location: file.location)
    }

    /// `[x, y]` between 0 and 1; the centre when absent.
    private static func focus(_ value: YAMLValue?, log: DiagnosticLog) -> (x: Double, y: Double) {
        guard let value else { return (0.5, 0.5) }
        let numbers = value.list(log)?.compactMap { $0.number(log) } ?? []
        guard numbers.count == 2, numbers.allSatisfy({ (0...1).contains($0) }) else {
            log.report(value.error("expected [x, y] between 0 and 1, e.g. [0.5, 0.3]"))
            return (0.5, 0.5)
        }
        return (numbers[0], numbers[1])
    }

    /// The person with roles and biography left out, for the featured layout
    /// to set them under the avatar.
    var withoutRolesAndBio: StaffProfile {
        var person = self
        person.roles = []
        person.bio = nil
        return person
    }

    /// The avatar's letters from the name (`{en: …, zh: …}` or one text) and the
    /// optional `given-name` and `family-name` (each one text or per language).
    private static func initialsOf(_ name: YAMLValue, fields: FieldReader, log: DiagnosticLog) -> String {
        func variant(_ value: YAMLValue?, _ language: String) -> String? {
            guard let value else { return nil }
            guard case let .mapping(mapping) = value.node else { return language == "en" ? value.string(log) : nil }
            return mapping.first { $0.key.string == language }.flatMap { $0.value.scalar?.string }
        }
        let given = fields["given-name"], family = fields["family-name"]
        return Initials.of(latinName: variant(name, "en"), hanName: variant(name, "zh"), given: variant(given, "en"),
                           family: variant(family, "en"), hanFamily: variant(family, "zh"))
    }
}
