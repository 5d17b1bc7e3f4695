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
    /// The name in Latin letters, for initials when the document is not in English.
    var latinName: String
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

    static let keys = ["name", "position", "rank", "degrees", "clinical-experience-years", "roles", "photo",
                       "photo-focus", "bio"]

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
        let latinName = nameValue.flatMap { value -> String? in
            guard case .mapping = value.node else { return value.string(log) }
            return FieldReader(value, allowed: ["en", "zh"], log: log)?
                .required("en", expected: "the name in Latin letters")?.string(log)
        }
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
        guard let name, let latinName else { return nil }
        return StaffProfile(
            name: name, latinName: latinName,
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

    /// Up to two initials from the Latin name: "Hongjing Jiang" → "HJ".
    var initials: String {
        let words = latinName.split(whereSeparator: { $0 == " " || $0 == "-" })
        let letters = [words.first, words.count > 1 ? words.last : nil].compactMap { $0?.first }
        return String(letters).uppercased()
    }
}
