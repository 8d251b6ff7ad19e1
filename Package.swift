// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "advance",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "advance", targets: ["advance"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // libedit, wrapped: variadic el_set/el_get/history calls get typed static inline shims.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // Signal and termios handling that must be async-signal-safe, so it is written in C.
    .target(name: "CTerminal"),
    // Prompt scripts: loading with marks, diagnostics, validation, the `when:` language, the engine.
    .target(
      name: "PromptKit",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // Interpreting replies, grading asks and questions, reading notes, scoring meetings.
    .target(name: "Scoring", dependencies: ["PromptKit"]),
    // The SQLite journal of leads, meetings and commitments.
    .target(
      name: "Journal",
      dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
    ),
    // Commands, the REPL, the line editor and presenters: the only code that touches the terminal.
    .target(
      name: "AdvanceCLI",
      dependencies: [
        "CEditLine",
        "CTerminal",
        "PromptKit",
        "Scoring",
        "Journal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "advance", dependencies: ["AdvanceCLI"]),
    // Times the journal queries behind `leads`, `followups` and `show` on a large journal.
    .executableTarget(
      name: "JournalBench", dependencies: ["Journal"], path: "Benchmarks/JournalBench"),
    .testTarget(name: "PromptKitTests", dependencies: ["PromptKit"]),
    .testTarget(name: "ScoringTests", dependencies: ["Scoring"]),
    .testTarget(name: "JournalTests", dependencies: ["Journal"]),
    .testTarget(name: "AdvanceCLITests", dependencies: ["AdvanceCLI"]),
  ]
)
