import Foundation

/// WCAG 2.x contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
public enum Contrast {
    /// Relative luminance of an sRGB colour (WCAG 2.x definition; the 0.03928
    /// threshold is WCAG's, the sRGB standard's 0.04045 gives the same for 8-bit values).
    public static func luminance(_ color: RGBColor) -> Double {
        func linear(_ channel: Double) -> Double {
            let c = min(max(channel, 0), 1)
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    /// (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 for equal colours, 21 for black on white.
    public static func ratio(_ first: RGBColor, _ second: RGBColor) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The colour nearest `color` (same hue, darker or lighter) that reaches
    /// `target` against `background`: darker on light backgrounds, lighter on
    /// dark ones; white or black when no shade of the hue does.
    public static func adjusted(_ color: RGBColor, toReach target: Double, against background: RGBColor) -> RGBColor {
        guard ratio(color, background) < target else { return color }
        let darken = luminance(background) > 0.18
        let end = darken ? RGBColor.black : RGBColor.white
        // Mixing towards black or white changes the ratio monotonically: bisect the mix.
        var low = 0.0, high = 1.0
        for _ in 0..<30 {
            let mid = (low + high) / 2
            if ratio(mix(color, end, mid), background) >= target { high = mid } else { low = mid }
        }
        let result = mix(color, end, high)
        if ratio(result, background) >= target { return result }
        return ratio(.black, background) > ratio(.white, background) ? .black : .white
    }

    private static func mix(_ a: RGBColor, _ b: RGBColor, _ t: Double) -> RGBColor {
        RGBColor(red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
                 blue: a.blue + (b.blue - a.blue) * t)
    }
}
