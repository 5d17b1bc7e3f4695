// swift-tools-version:6.0
import PackageDescription

/// How the release `folio` is linked: with lld (it ships with Swift), its relative relocations
/// packed (DT_RELR, glibc 2.36+: 1.9 MB of them were written at every start), and the functions
/// documents run placed together (Sources/folio/link-order.txt, made by bench/link-order.py), so
/// that the kernel maps fewer of the executable's pages. Figures: BENCHMARKS.md.
let releaseLinkFlags = [
    "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/folio/link-order.txt",
    "-Xlinker", "--no-warn-symbol-ordering",
]

/// Folio: data files in, print-ready PDFs out.
/// Module map and the reasons for it: see README.md ("Architecture").
let package = Package(
    name: "Folio",
    products: [
        .executable(name: "folio", targets: ["folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // System libraries, found through pkg-config (installed by `make deps`).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev"])]),
        // libhyphen ships no pkg-config file; its header is in /usr/include.
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // What Swift cannot do itself: libjpeg's setjmp/longjmp error handling.
        .target(name: "CShims", dependencies: ["CJPEG"]),
        // libqpdf's C API, for the finishing stage (FolioFinish).
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // zlib: the finishing stage compresses the streams it appends.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // librsvg behind a plain-C header, opened with dlopen when an SVG is first drawn
        // (see the header for why it is not linked).
        .target(name: "CSVG"),
        // ICU's line break iterator behind a plain-C header (see its header for why).
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),

        .target(name: "FolioCore"),
        .target(name: "FolioText", dependencies: ["FolioCore", "CHarfBuzz", "CFreeType", "CFontconfig", "CLineBreak", "CHyphen"]),
        .target(name: "FolioImages", dependencies: ["FolioCore"]),
        .target(name: "FolioLayout", dependencies: ["FolioCore", "FolioText", "FolioImages"]),
        // The patient-material preflight: reads placed pages, knows no file format.
        // QR codes through libqrencode; only a grid of modules leaves it.
        .target(name: "FolioQR", dependencies: ["CQREncode"]),
        .target(name: "FolioPreflight", dependencies: ["FolioCore", "FolioLayout"]),
        .target(name: "FolioCharts", dependencies: ["FolioCore", "FolioLayout", "FolioText"]),
        // Standards fix-ups on a finished PDF (PDF/UA-1, PDF/X-4), on libqpdf.
        .target(name: "FolioFinish", dependencies: ["FolioCore", "CQPDF", "CZlib"]),
        .target(name: "FolioRender", dependencies: ["FolioLayout", "FolioText", "FolioImages", "FolioFinish", "CCairo",
                                                  "CFreeType", "CShims", "CSVG"]),
        .target(name: "FolioDocument", dependencies: ["FolioLayout", "FolioText", "FolioImages", "FolioCharts",
                                                    "FolioPreflight", "FolioQR", "CCmark",
                                                    "Yams"]),
        // Typesetting throughput and scaling; `make bench` runs it in release mode.
        .executableTarget(name: "folio-bench", dependencies: ["FolioText"]),
        .executableTarget(name: "folio", dependencies: [
            "FolioDocument", "FolioRender", "FolioLayout", "FolioText", "FolioPreflight",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["link-order.txt"], linkerSettings: [.unsafeFlags(releaseLinkFlags, .when(configuration: .release))]),

        // Shared by the test targets: paths of the package, its fonts, running tools.
        .target(name: "FolioTestSupport", dependencies: ["FolioText", "FolioLayout"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioTextTests", dependencies: ["FolioText", "FolioTestSupport"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioText", "FolioImages",
                                                            "FolioTestSupport"]),
        .testTarget(name: "FolioRenderTests",
                    dependencies: ["FolioRender", "FolioLayout", "FolioText", "FolioImages", "FolioTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioLayout", "FolioText", "FolioTestSupport"]),
        .testTarget(name: "FolioFinishTests", dependencies: ["FolioFinish", "FolioCore"]),
        .testTarget(name: "FolioPreflightTests", dependencies: ["FolioPreflight", "FolioLayout", "FolioCore", "FolioText",
                                                                "FolioTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "FolioDocumentTests", dependencies: ["FolioDocument", "FolioTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["folio", "FolioDocument", "FolioLayout", "FolioRender", "FolioTestSupport",
                                                         "CCairo"],
                    exclude: ["References"]),
    ]
)

// `make fuzz` only (issue 16): libFuzzer targets in one program (Tests/Fuzz), built with
// `--sanitize=fuzzer --sanitize=address`, which supply its `main`; an ordinary build would
// find none, so the target exists only when FOLIO_FUZZ is set.
if Context.environment["FOLIO_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "folio-fuzz", dependencies: ["FolioDocument", "FolioImages", "FolioRender", "FolioText", "FolioCore"],
        path: "Tests/Fuzz", swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
