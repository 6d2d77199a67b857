// swift-tools-version: 6.0
import PackageDescription

// Where ncursesw is found. Debian's libncursesw5-dev puts it in the default paths, and pkg-config
// there would only add -D flags that SwiftPM warns about (shim.h sets them instead). Homebrew's
// ncurses is keg-only, so on macOS pkg-config is the way to its headers and libncursesw.
#if os(macOS)
  let ncursesPkgConfig: String? = "ncursesw"
#else
  let ncursesPkgConfig: String? = nil
#endif

// Where libqrencode is found: Debian's libqrencode-dev is in the default paths; Homebrew's
// qrencode under its own prefix, which pkg-config knows.
#if os(macOS)
  let qrencodePkgConfig: String? = "libqrencode"
#else
  let qrencodePkgConfig: String? = nil
#endif

let package = Package(
  name: "Tafel",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tafel", targets: ["tafel"]),
    .library(name: "TafelCore", targets: ["TafelCore"]),
    .library(name: "TafelUI", targets: ["TafelUI"]),
    .library(name: "TafelLink", targets: ["TafelLink"]),
    // Workshops made for tests and benchmarks (a process of months, three sessions).
    .library(name: "TafelFixtures", targets: ["TafelFixtures"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
  ],
  targets: [
    // Pure core: model, analysis, content, persistence. Foundation only, no terminal.
    .target(
      name: "TafelCore",
      dependencies: [.product(name: "CSV", package: "CSV.swift")],
      plugins: ["EmbedContent"]
    ),
    // data/content compiled into Swift values at build time, so nothing is decoded at start-up
    // and no generated file is kept in the sources.
    .plugin(name: "EmbedContent", capability: .buildTool()),
    // The system ncursesw library, reached only through the small shim in shim.h.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: ncursesPkgConfig,
      providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
    ),
    // Session reports (HTML, Markdown, CSV): pure, from a workshop to text.
    .target(
      name: "TafelExport",
      dependencies: [
        "TafelCore", .product(name: "Plot", package: "Plot"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    // Workshops built change by change for the tests and Benchmarks/, shared so both measure
    // and check the same process.
    .target(name: "TafelFixtures", dependencies: ["TafelCore", "TafelUI"]),
    // The system libqrencode (the room's join code), reached only through TafelQR.
    .systemLibrary(
      name: "CQRencode",
      pkgConfig: qrencodePkgConfig,
      providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
    ),
    // A text as a QR code's module matrix: pure, one call into libqrencode.
    .target(name: "TafelQR", dependencies: ["CQRencode"]),
    // The screen as pure values: cell grid, view state, reducer, views. No terminal.
    .target(name: "TafelUI", dependencies: ["TafelCore", "TafelQR"]),
    // The thin shell: the only module that imports ncurses.
    // Debian splits the terminfo half of ncurses into libtinfo; Homebrew's ncursesw holds both.
    .target(
      name: "TafelTerminal", dependencies: ["CNcursesw", "TafelUI"],
      linkerSettings: [.linkedLibrary("tinfo", .when(platforms: [.linux]))]
    ),
    // The wall's link (issue 14): a Unix socket in a private folder, the facilitator's server
    // and the wall's client. Only the wall projection crosses it.
    .target(name: "TafelLink", dependencies: ["TafelUI"]),
    // The room's web server for participants' phones (issue 15): started only when the room
    // opens; reaches the state only through the loop's inbox and the snapshots it is handed.
    .target(
      name: "TafelRoom",
      dependencies: ["TafelUI", .product(name: "FlyingFox", package: "FlyingFox")]
    ),
    .executableTarget(
      name: "tafel",
      dependencies: [
        "TafelCore",
        "TafelUI",
        "TafelLink",
        "TafelTerminal",
        "TafelExport",
        "TafelRoom",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .testTarget(name: "TafelCoreTests", dependencies: ["TafelCore"]),
    .testTarget(
      name: "TafelUITests", dependencies: ["TafelUI", "TafelQR", "TafelFixtures"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "TafelTerminalTests", dependencies: ["TafelTerminal"]),
    .testTarget(name: "TafelExportTests", dependencies: ["TafelExport", "TafelFixtures"]),
    .testTarget(
      name: "TafelCLITests", dependencies: ["TafelCore", "TafelLink", "TafelFixtures", "tafel"]),
    .testTarget(name: "TafelLinkTests", dependencies: ["TafelLink"]),
    .testTarget(name: "TafelRoomTests", dependencies: ["TafelRoom"]),
  ]
)
