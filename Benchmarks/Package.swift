// swift-tools-version: 6.1
// Tafel's benchmarks, kept in their own package so that `swift build` and `swift test` at the
// root never resolve or build the benchmark harness. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
// See docs/performance.md.
import PackageDescription

let package = Package(
  name: "TafelBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Tafel", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "FrameRender",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TafelCore", package: "Tafel"),
        .product(name: "TafelUI", package: "Tafel"),
      ],
      path: "Benchmarks/FrameRender",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "History",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TafelCore", package: "Tafel"),
        .product(name: "TafelFixtures", package: "Tafel"),
      ],
      path: "Benchmarks/History",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ImportSheet",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TafelCore", package: "Tafel"),
      ],
      path: "Benchmarks/ImportSheet",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ReadBadFile",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TafelCore", package: "Tafel"),
      ],
      path: "Benchmarks/ReadBadFile",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
