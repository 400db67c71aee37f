// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "compare",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "compare", targets: ["compare"]),
    .library(name: "Metrics", targets: ["Metrics"]),
    .library(name: "Charts", targets: ["Charts"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Cairo + Pango (text) through pkg-config. Only Charts/CairoRenderer touches it.
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    // libdeflate: the PNG encoder's compressor (Cairo's own PNG writer is 95 % of
    // a render's time; see ../shared/bench/NOTES.md).
    .systemLibrary(
      name: "CDeflate",
      pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]
    ),
    // System zlib (ZIPFoundation's module is already called CZlib): only its inflate, to find where a libdeflate stream's final block starts
    // and ends so two halves compressed on two cores join into one zlib stream.
    .systemLibrary(
      name: "CSystemZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "Metrics",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(name: "Charts", dependencies: ["CCairo", "CDeflate", "CSystemZlib"]),
    .executableTarget(
      name: "compare",
      dependencies: [
        "Metrics", "Charts",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ],
      // A position-dependent executable: the dynamic loader then has no 80,000
      // relative relocations to apply at every start (measured: 2.6 MiB less peak
      // memory and ~3 ms less per `compare bar`; see the README's benchmarks).
      linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux]))]
    ),
    .executableTarget(
      name: "compare-bench",
      dependencies: ["Metrics", "Charts"],
      path: "Benchmarks/compare-bench"
    ),
    .testTarget(name: "MetricsTests", dependencies: ["Metrics"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Goldens")]),
    .testTarget(name: "CompareTests", dependencies: ["compare"]),
  ]
)
