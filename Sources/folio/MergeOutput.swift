import FolioCore
import Foundation

/// Where a merge's PDFs may go: inside the folder the output pattern names
/// before its first field, never on an input.
struct MergeOutput {
    /// `out/m` for `out/m/{{org}}/{{id}}.pdf`; `.` when the pattern starts with a field.
    let folder: String
    let places: OutputPlaces

    /// The fixed folder at the start of an output pattern.
    static func folder(of pattern: String) -> String {
        let fixed = pattern.range(of: "{{").map { String(pattern[..<$0.lowerBound]) } ?? pattern
        guard let slash = fixed.lastIndex(of: "/") else { return "." }
        return slash == fixed.startIndex ? "/" : String(fixed[..<slash])
    }

    /// Why a record may not write `path`, or nil when it may.
    func refusal(_ path: String) -> String? {
        if let refusal = places.refusal(path) { return refusal }
        guard ConfinedPath.isInside(path, folder), ConfinedPath.resolve(path) != ConfinedPath.resolve(folder) else {
            return "the output name \(path) leads outside the folder \(folder)/ (through a symbolic link); "
                + "records write only inside it"
        }
        return nil
    }
}
