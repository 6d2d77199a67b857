// swift-tools-version:5.4
// Tafel's fuzzers (libFuzzer), kept in their own package so that `swift build` and `swift test`
// at the root never build them. Each executable target is one fuzzer; it must be built with the
// fuzzer and address sanitizers, which scripts/fuzz.sh does:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// See README.md in this folder.
import PackageDescription

let package = Package(
  name: "TafelFuzz",
  platforms: [.macOS("13.0")],
  dependencies: [
    .package(name: "Tafel", path: "..")
  ],
  targets: [
    // WorkshopStore.decode on any bytes; what decodes must encode and decode back the same.
    .executableTarget(
      name: "FuzzWorkshopJSON",
      dependencies: [.product(name: "TafelCore", package: "Tafel")]
    ),
    // ParticipantSheet on any bytes, then the import into an empty and into the demo workshop.
    .executableTarget(
      name: "FuzzParticipantCSV",
      dependencies: [.product(name: "TafelCore", package: "Tafel")]
    ),
  ]
)
