/// A deliberately poor patient leaflet (9 pt body, a 2:1 grey, dense text, no
/// date, a placeholder) for the preflight's tests in-process and through `folio`.
public enum PoorLeaflet {
    /// A leaflet for patients with 9 pt body text, a 2:1 grey, dense text, no date and a placeholder.
    public static let layout = """
        document:
          title: "{{department.name}}"
          author: Test
          language: en
          audience: patients
        page:
          size: A5
          margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}
        colors:
          ink: "#1f2a30"
          pale: "#b5b5b5"
        styles:
          body: {font: Noto Serif, size: 9pt, leading: 12pt, color: ink}
          note: {font: Noto Sans, size: 12pt, leading: 15pt, color: pale}
          h1: {font: Noto Sans, weight: bold, size: 18pt, leading: 22pt, color: ink}
        blocks:
          - heading: {text: "{{department.name}}", style: h1}
          - text: {source: text/about.md, style: body}
          - text: {source: text/hours.md, style: body}
          - text: {markdown: "Website: [example.org](https://example.org)", style: note}
        """

    /// About grade 13, no sentence longer than 25 words.
    public static let denseText = """
        The department treats tumours of the esophagus, the lung and the mediastinum with minimally invasive \
        surgery. Thoracoscopic and robot-assisted operations reduce postoperative pain and shorten the hospital \
        stay considerably. Enhanced recovery after surgery combines careful preparation, early mobilisation and \
        appropriate nutrition.

        """

    /// Its data texts, by path from the workspace.
    public static let texts = ["Data/text/about.md": denseText,
                               "Data/text/hours.md": "Opening hours.\n\nTODO: the clinic's hours\n"]
}
