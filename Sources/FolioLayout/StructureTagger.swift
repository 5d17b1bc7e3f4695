/// Wraps pieces in structure tags in reading order: a new element where a
/// piece starts one (or `forceNew`, at the top of a frame), consecutive list
/// items grouped in one list (L > LI > LBody). With `sections`, each level-1
/// heading opens a section (Sect) that runs, across frames and pages, to the
/// next one; `sectionOpen` carries that state from frame to frame.
struct StructureTagger {
    private var open: StructureRole?
    private var inList = false
    private let sections: Bool
    private(set) var sectionOpen: Bool

    init(sections: Bool = false, sectionOpen: Bool = false) {
        self.sections = sections
        self.sectionOpen = sectionOpen
    }

    /// Tags to write before a piece of `element`.
    mutating func enter(_ element: FlowElement, forceNew: Bool) -> [DisplayItem] {
        guard element.startsHere || forceNew || open == nil else { return [] }
        var tags = open.map(Self.closing) ?? []
        let role = element.role
        if inList && role != .listItem { tags.append(.endTag("L")) }
        if sections && element.startsHere && role == .heading(level: 1) {
            if sectionOpen { tags.append(.endTag("Sect")) }
            tags.append(.beginTag("Sect"))
            sectionOpen = true
        }
        if !inList && role == .listItem { tags.append(.beginTag("L")) }
        inList = role == .listItem
        open = role
        return tags + Self.opening(role)
    }

    /// Tags that close whatever is open.
    mutating func finish() -> [DisplayItem] {
        var tags = open.map(Self.closing) ?? []
        if inList { tags.append(.endTag("L")) }
        open = nil
        inList = false
        return tags
    }

    private static func opening(_ role: StructureRole) -> [DisplayItem] {
        role == .listItem ? [.beginTag("LI"), .beginTag("LBody")] : [.beginTag(role.tagName)]
    }

    private static func closing(_ role: StructureRole) -> [DisplayItem] {
        role == .listItem ? [.endTag("LBody"), .endTag("LI")] : [.endTag(role.tagName)]
    }
}
