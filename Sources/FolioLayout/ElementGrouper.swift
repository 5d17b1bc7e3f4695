/// Which structure element a piece of a story belongs to. A new element starts
/// at the first piece of a paragraph or block; a piece that continues one in a
/// new frame becomes a second part of the same element.
public struct FlowElement: Hashable, Sendable {
    public var role: StructureRole
    /// What a screen reader says for the element (a chart's description).
    public var alternativeText: String?
    /// The element's language when it is not the document's.
    public var language: String?
    public var startsHere: Bool

    public init(role: StructureRole, alternativeText: String? = nil, language: String? = nil, startsHere: Bool) {
        self.role = role
        self.alternativeText = alternativeText
        self.language = language
        self.startsHere = startsHere
    }
}

/// Hands out the ids that tie the parts of one structure element together
/// (a paragraph continued in the next column, a section running over pages).
public final class ElementIDs: @unchecked Sendable {
    private var next = 0

    public init() {}

    func make() -> Int {
        next += 1
        return next
    }

    /// How many ids have been handed out.
    var count: Int { next }
}

/// Builds the structure of a frame from its pieces, in reading order: each
/// element's pieces in one group with the element's role; consecutive list
/// items in one list (L > LI > LBody), consecutive contents entries in one TOC
/// (the role's `container`); with `sections`, each level-1 heading
/// opening a section (Sect) that runs to the next one. The open section, list
/// and element are carried from frame to frame (`Carried`), so that the parts
/// in the next frame share their ids and read as one element.
struct ElementGrouper {
    /// What is open at a frame's end, to continue in the next.
    struct Carried {
        var section: Int?
        var container: (role: StructureRole, id: Int)?
        var element: (element: FlowElement, id: Int, bodyID: Int)?
    }

    private let ids: ElementIDs
    private let sections: Bool
    private(set) var carried: Carried
    private var frame: [DisplayItem] = []
    private var section: [DisplayItem]?
    private var container: [DisplayItem]?
    private var element: [DisplayItem]?
    private var atFrameStart = true

    init(ids: ElementIDs, sections: Bool, carried: Carried = Carried()) {
        self.ids = ids
        self.sections = sections
        self.carried = carried
    }

    /// Adds a piece's items (already in frame coordinates); `element` nil for
    /// pieces outside the structure (space, artifacts).
    mutating func add(_ items: [DisplayItem], element flow: FlowElement?) {
        defer { atFrameStart = false }
        guard let flow else {
            if items.isEmpty { return }
            closeElement()
            closeContainer()
            carried.container = nil
            append(items)
            return
        }
        let continues = !flow.startsHere && carried.element?.element.role == flow.role
        if continues, element == nil, let open = carried.element {
            // The element began in an earlier frame: this is its next part.
            openContainers(for: open.element.role, newSection: false)
            element = []
            carried.element = open
        } else if !continues || element == nil {
            closeElement()
            let startsSection = sections && flow.startsHere && flow.role == .heading(level: 1)
            openContainers(for: flow.role, newSection: startsSection)
            element = []
            carried.element = (flow, ids.make(), ids.make())
        }
        element? += items
    }

    /// The frame's items, everything open closed (and carried to the next frame).
    mutating func finish() -> [DisplayItem] {
        closeElement()
        closeContainer()
        closeSection()
        return frame
    }

    /// Opens the section and container the next element needs, closing a container it does not belong to.
    private mutating func openContainers(for role: StructureRole, newSection: Bool) {
        let wanted = role.container
        if wanted == nil || wanted != carried.container?.role || newSection {
            closeContainer()
            carried.container = nil
        }
        if newSection {
            closeSection()
            carried.section = ids.make()
            section = []
        } else if sections, section == nil, carried.section != nil {
            section = []
        }
        if let wanted, container == nil {
            if carried.container == nil { carried.container = (wanted, ids.make()) }
            container = []
        }
    }

    private mutating func append(_ items: [DisplayItem]) {
        if container != nil { container? += items } else if section != nil { section? += items } else { frame += items }
    }

    private mutating func closeElement() {
        guard let items = element, let open = carried.element else { return }
        element = nil
        let role = open.element.role
        let semantics = Semantics.element(StructureElement(role, language: open.element.language,
                                                           alternativeText: open.element.alternativeText, id: open.id))
        if role == .listItem {
            // A label the content marks as such (a timeline's date) stays the item's Lbl, beside its body.
            let labels = items.filter(\.isListLabel)
            let body = DisplayItem.group(items.filter { !$0.isListLabel },
                                         .element(StructureElement(.listBody, id: open.bodyID)))
            append([.group(labels + [body], semantics)])
        } else {
            append([.group(items, semantics)])
        }
    }

    private mutating func closeContainer() {
        guard let items = container, let open = carried.container else { return }
        container = nil
        append([.group(items, .element(StructureElement(open.role, id: open.id)))])
    }

    private mutating func closeSection() {
        guard let items = section, let id = carried.section else { return }
        section = nil
        frame += [.group(items, .element(StructureElement(.section, id: id)))]
    }
}

extension DisplayItem {
    /// True for a group tagged as a list item's label (Lbl).
    var isListLabel: Bool {
        if case let .group(group) = self, case let .element(element) = group.semantics { element.role == .listLabel }
        else { false }
    }
}
