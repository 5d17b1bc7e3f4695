import FolioCore
import FolioLayout

/// Reads the entries of a layout's `blocks` list (each through its kind's
/// element, see `BlockRegistry`) and its `header` and `footer`.
struct BlockLoader {
    let palette: [String: RGBColor]
    let log: DiagnosticLog

    func block(_ value: YAMLValue) -> (any BlockElement)? {
        let kinds = BlockRegistry.kinds
        guard let entry = FieldReader(value, allowed: kinds, log: log) else { return nil }
        guard entry.keys.count == 1, let kind = entry.keys.first, let body = entry[kind],
              let element = BlockRegistry.element(named: kind) else {
            log.report(value.error("each block is one of \(kinds.joined(separator: ", ")) with its settings, "
                + "e.g. \"- heading: {text: About us, style: h2}\""))
            return nil
        }
        let origin = BlockOrigin(kind: kind, location: value.location)
        if element is GroupElement.Type { return element.read(body, origin: origin, loader: self) }
        // Data controls beside the block's own settings make it a group of one.
        let (controls, settings) = DataControls.split(body, leaving: element.ownControlKeys, log: log)
        let read = element.read(settings, origin: origin, loader: self)
        guard let controls, let read else { return nil }
        guard !controls.isEmpty else { return read }
        guard !(element is ContentsElement.Type) else {
            log.report(body.error(GroupElement.contentsMessage))
            return nil
        }
        return GroupElement(origin: origin, controls: controls, blocks: [read])
    }

    func common(_ fields: FieldReader, origin: BlockOrigin) -> BlockCommon {
        BlockCommon(origin: origin, spaceAfter: fields["space-after"]?.length(log) ?? 0)
    }

    /// A `header` or `footer`: `left`, `center`, `right` text with `{{page}}`,
    /// `{{pages}}` and `{{section}}`, a style, an optional rule and its distance.
    func runningText(_ value: YAMLValue, kind: String) -> RunningTextSpec? {
        let keys = ["left", "center", "right", "style", "rule", "rule-width", "distance"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let style = fields.required("style", expected: "a paragraph style")?.string(log)
        guard let style else { return nil }
        let rule = fields["rule"]?.color(log, palette: palette).map {
            Stroke(color: $0, width: fields["rule-width"]?.length(log) ?? 0.5)
        }
        return RunningTextSpec(origin: BlockOrigin(kind: kind, location: value.location),
                               left: fields["left"].flatMap { LayoutLoader.template($0, log: log) },
                               center: fields["center"].flatMap { LayoutLoader.template($0, log: log) },
                               right: fields["right"].flatMap { LayoutLoader.template($0, log: log) },
                               style: style, rule: rule, distance: fields["distance"]?.length(log) ?? 8)
    }
}
