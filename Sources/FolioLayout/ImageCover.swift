import FolioImages

extension ImageFile {
    /// Where to draw the image so that it covers `box` with its aspect kept,
    /// the overflow cropped so that the focal point (0...1 across and down)
    /// keeps its relative place as far as the crop allows. Used for filled
    /// figures, round portraits and full-page backgrounds.
    public func rect(covering box: Rect, focusX: Double = 0.5, focusY: Double = 0.5) -> Rect {
        let (imageWidth, imageHeight) = displaySize
        let scale = max(box.width / imageWidth, box.height / imageHeight)
        let width = imageWidth * scale, height = imageHeight * scale
        return Rect(x: box.x - (width - box.width) * focusX, y: box.y - (height - box.height) * focusY,
                    width: width, height: height)
    }
}
