import FolioFinish
import FolioLayout
import Foundation

/// What the finishing stage needs to know about each structure element cairo
/// creates, gathered from the display list in the order the renderer opens
/// them: every `beginTag` opens one, and every linked glyph run opens a Link
/// (`CairoContext.showGlyphs`). Cairo builds its structure tree in that order.
struct StructureNotes {
    private(set) var elements: [StructureElementNote] = []
    /// Indices into `elements` of the tags open at this point.
    private var open: [Int] = []

    /// Notes the structure elements of one page's items (call for each page as it is drawn).
    mutating func collect(_ items: [DisplayItem]) {
        for item in items {
            switch item {
            case let .beginTag(name):
                open.append(elements.count)
                elements.append(StructureElementNote(role: name))
            case .endTag:
                _ = open.popLast()
            case let .alternativeText(text):
                describeOpenFigure(text)
            case let .image(_, _, _, text):
                describeOpenFigure(text)
            case let .text(run, _):
                if let link = run.link, !run.glyphs.isEmpty {
                    let text = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    elements.append(StructureElementNote(role: "Link", alternativeText: text.isEmpty ? link : text))
                }
            default:
                break
            }
        }
    }

    /// A Figure's /Alt: the first description given inside it (a chart's text
    /// written from its data, or the image's alternative text).
    private mutating func describeOpenFigure(_ text: String) {
        guard !text.isEmpty, let index = open.last, elements[index].role == "Figure",
              elements[index].alternativeText == nil else { return }
        elements[index].alternativeText = text
    }
}
