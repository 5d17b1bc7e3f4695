import CFontconfig
import Dispatch

/// Loading that documents need but the reading of layouts and data does not:
/// started on another core while those are read, so that the layout finds it
/// done. Each thing is loaded once per process under a lock (Fontconfig's own,
/// `Hyphenator.shared`'s), so a thread that needs it first either finds it
/// ready or loads it itself; the result is the same either way.
public enum Warming {
    /// Fontconfig's configuration and font list (about 28 M instructions,
    /// callgrind; the first fallback family or font check needs it).
    public static func startFontconfig() {
        DispatchQueue.global(qos: .userInitiated).async { _ = FcInit() }
    }

    /// The hyphenation patterns of `languages` (libhyphen reads English's
    /// pattern file in about 39 M instructions).
    public static func startHyphenation(languages: [String]) {
        DispatchQueue.global(qos: .userInitiated).async {
            for language in languages { _ = Hyphenator.shared(for: language) }
        }
    }
}
