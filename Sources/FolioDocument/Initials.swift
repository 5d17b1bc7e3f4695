/// The letters in a staff card's avatar when there is no photo, from the
/// name's parts as the data gives them (`StaffProfile`):
///
/// - the given and family names, when the profile has them (`given-name`,
///   `family-name`), in the order the Latin name writes them: "Jiang Hongjing"
///   (family name first, as Chinese names often are) gives "JH", "Hongjing Jiang" "HJ";
/// - else the first and last words of the Latin name, split at spaces only:
///   "Maria Papadopoulos-Konstantinidis" gives "MP", "Jean-Pierre Dupont" "JD";
/// - else, for a name in Chinese characters only, the family name, which comes
///   first: "姜宏景" gives "姜" (a compound family name such as 欧阳 comes from `family-name`).
enum Initials {
    static func of(latinName: String?, hanName: String?, given: String?, family: String?, hanFamily: String?) -> String {
        if let latinName, !latinName.isEmpty {
            if let given, let family, let g = given.first, let f = family.first {
                let familyFirst = latinName.trimmingCharacters(in: .whitespaces).hasPrefix(family)
                    && !latinName.trimmingCharacters(in: .whitespaces).hasPrefix(given)
                return String(familyFirst ? [f, g] : [g, f]).uppercased()
            }
            let words = latinName.split(whereSeparator: \.isWhitespace)
            let letters = [words.first, words.count > 1 ? words.last : nil].compactMap { $0?.first }
            return String(letters).uppercased()
        }
        if let hanFamily, !hanFamily.isEmpty { return hanFamily }
        return hanName.flatMap { $0.first.map(String.init) } ?? ""
    }
}
