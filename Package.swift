// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "compare",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "compare", targets: ["compare"]),
    .library(name: "Metrics", targets: ["Metrics"]),
    .library(name: "Charts", targets: ["Charts"]),
    .library(name: "ChartsRendering", targets: ["ChartsRendering"]),
    .library(name: "ChartBuilding", targets: ["ChartBuilding"]),
    .library(name: "HTMLText", targets: ["HTMLText"]),
    .library(name: "PDFText", targets: ["PDFText"]),
    .library(name: "Docx", targets: ["Docx"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Cairo + Pango (text) through pkg-config. Only ChartsRendering touches it (and its tests):
    // the renderer, Pango's measurer, the CJK font map and the glyph outlines of the SVG writer.
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    // libdeflate: CRC-32 and Adler-32 for the PNG encoder, and its compressor when a
    // PNG level 1–12 is asked for (the default is Charts' own RasterDeflater).
    .systemLibrary(
      name: "CDeflate",
      pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]
    ),
    // System zlib (ZIPFoundation's module is already called CZlib): adler32_combine for
    // the two PNG bands, and the tests' inflate, independent of our deflate encoder.
    .systemLibrary(
      name: "CSystemZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // poppler's GLib API, for PDF reports. Only PDFText touches it.
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"])]
    ),
    .target(
      name: "Metrics",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // Spec → scales → layout → Scene, in pure Swift: the compiler keeps C out of it.
    .target(name: "Charts"),
    // Scene → PNG, SVG, PDF bytes: the only target that links Cairo, Pango, libdeflate and zlib.
    .target(name: "ChartsRendering", dependencies: ["Charts", "CCairo", "CDeflate", "CSystemZlib"]),
    // Panel → ChartSpec: what a chart shows of the data, its titles, notes and alt text.
    // Knows Metrics and Charts, never the renderer.
    .target(name: "ChartBuilding", dependencies: ["Metrics", "Charts"]),
    // libxml2, for its HTML parser: Foundation on Linux links libxml2 but never calls
    // the HTML parser (XMLDocument's .documentTidyHTML parses as XML there). Only
    // HTMLText touches it; Metrics stays Foundation-only and is handed the reader.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "HTMLText", dependencies: ["Metrics", "CLibXML2"]),
    // PDF report text. Its own target so that Metrics stays Foundation-only:
    // the compare command hands `ReportFormat.pdf` to ReportLoader.
    .target(name: "PDFText", dependencies: ["Metrics", "CPoppler"]),
    // Word documents (.docx) written as XML text and zipped: briefings for Word and WPS.
    .target(name: "Docx", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    .executableTarget(
      name: "compare",
      dependencies: [
        "Metrics", "Charts", "ChartsRendering", "ChartBuilding",
        "HTMLText", "PDFText", "Docx",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ],
      // A position-dependent executable: the dynamic loader then has no 80,000
      // relative relocations to apply at every start (measured: 2.6 MiB less peak
      // memory and ~3 ms less per `compare bar`; see the README's benchmarks).
      // Release only: a debug build takes the addresses of Swift stdlib functions
      // that a non-PIE executable cannot share with libswiftCore.so, and the loader
      // warns about it ("direct reference to protected function") on every run.
      linkerSettings: [
        .unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .executableTarget(
      name: "compare-bench",
      dependencies: ["Metrics", "Charts", "ChartsRendering", "PDFText", "CCairo"],
      path: "Benchmarks/compare-bench"
    ),
    // Fuzz target: `bash scripts/fuzz.sh` builds it with libFuzzer; plainly built it replays inputs.
    .executableTarget(name: "compare-fuzz", dependencies: ["Metrics", "PDFText"], path: "Fuzz/compare-fuzz"),
    .testTarget(name: "MetricsTests", dependencies: ["Metrics"], resources: [.copy("Fixtures")]),
    // Sample specs and scene helpers shared by the two chart test targets (pure Swift).
    .target(name: "ChartsTestSupport", dependencies: ["Charts"], path: "Tests/ChartsTestSupport"),
    .testTarget(name: "ChartsTests", dependencies: ["Charts", "ChartsTestSupport"], resources: [.copy("Goldens")]),
    .testTarget(
      name: "ChartsRenderingTests",
      dependencies: ["Charts", "ChartsRendering", "ChartsTestSupport", "CCairo", "CSystemZlib"],
      resources: [.copy("Goldens")]),
    .testTarget(name: "ChartBuildingTests", dependencies: ["ChartBuilding", "Charts", "Metrics"]),
    .testTarget(name: "HTMLTextTests", dependencies: ["HTMLText", "Metrics"]),
    .testTarget(
      name: "CompareTests",
      dependencies: ["compare", "PDFTestSupport", "Docx", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Snapshots"]),
    // Test PDFs drawn with Cairo and Pango, for the PDF reader's and the CLI's tests.
    .target(name: "PDFTestSupport", dependencies: ["CCairo"], path: "Tests/PDFTestSupport"),
    .testTarget(
      name: "DocxTests", dependencies: ["Docx", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    .testTarget(name: "PDFTextTests", dependencies: ["PDFText", "Metrics", "PDFTestSupport"]),
  ]
)
