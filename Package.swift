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
    // The words every module shares: Verdict, Currency, Stage. No dependencies.
    .target(name: "Vocabulary"),
    // Prompt scripts: loading with marks, diagnostics, validation, the `when:` language, the engine.
    .target(
      name: "PromptKit",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // Call transcripts (WebVTT, SRT, labelled text, speaker blocks) read into turns.
    .target(name: "Calls", dependencies: ["PromptKit"]),
    // Interpreting replies, grading asks and questions, reading notes, scoring meetings.
    // The weights come from prompts/model/ through BundledPrompts.
    .target(name: "Scoring", dependencies: ["Vocabulary", "PromptKit", "BundledPrompts"]),
    // Learns the judge's weights from Corpus/train: `swift run -c release JudgeTrainer`.
    .executableTarget(name: "JudgeTrainer", dependencies: ["Scoring", "Vocabulary"]),
    // Role-play with scripted prospects and flash-card drills of replies.
    .target(name: "Practice", dependencies: ["Vocabulary", "PromptKit", "Scoring"]),
    // The SQLite journal of leads, meetings and commitments.
    .target(
      name: "Journal",
      dependencies: [
        "Vocabulary",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The files of prompts/, built into the binary by the EmbedPrompts plugin.
    // The application layer: answers → meeting record (advancement, owners, steps), upgrades,
    // prompt files in use, deferred checks, practice progress in the journal, private files.
    .target(
      name: "Workflow",
      dependencies: [
        "Vocabulary", "PromptKit", "Scoring", "Journal", "Calls", "Practice", "BundledPrompts",
      ]),
    .executableTarget(name: "PromptEmbedder", dependencies: ["PromptKit"]),
    .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["PromptEmbedder"]),
    .target(name: "BundledPrompts", dependencies: ["PromptKit"], plugins: ["EmbedPrompts"]),
    // Commands, the REPL, the line editor and presenters: the only code that touches the terminal.
    .target(
      name: "AdvanceCLI",
      dependencies: [
        "BundledPrompts",
        "Vocabulary",
        "CEditLine",
        "CTerminal",
        "PromptKit",
        "Scoring",
        "Practice",
        "Journal",
        "Workflow",
        "Calls",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "advance", dependencies: ["AdvanceCLI"]),
    // Fuzz targets: built for libFuzzer by `make fuzz`, as a replayer of saved inputs otherwise.
    .executableTarget(
      name: "AdvanceFuzz",
      dependencies: [
        "AdvanceCLI", "BundledPrompts", "Journal", "Practice", "PromptKit", "Scoring", "Vocabulary",
        "Calls", "Workflow",
      ],
      path: "Fuzz/AdvanceFuzz"),
    // Benchmarks print figures; they are never run as tests.
    .executableTarget(name: "HelloFoundation", path: "Benchmarks/HelloFoundation"),
    .executableTarget(
      name: "StartupBench", dependencies: ["TerminalTestSupport"], path: "Benchmarks/StartupBench"),
    // Times the journal queries behind `leads`, `followups` and `show` on a large journal.
    .executableTarget(
      name: "JournalBench", dependencies: ["Journal", "Vocabulary"], path: "Benchmarks/JournalBench"
    ),
    // Accuracy on the labelled corpus and speed of the scorers: `swift run -c release ScoringBench`.
    .executableTarget(
      name: "ScoringBench", dependencies: ["Scoring", "PromptKit", "BundledPrompts", "Vocabulary"],
      path: "Benchmarks/ScoringBench"),
    // Labelled calls read as `advance transcript` reads them, figures only; the one-hour budget.
    .executableTarget(
      name: "TranscriptBench",
      dependencies: [
        "Calls", "Workflow", "Scoring", "Vocabulary", .product(name: "Yams", package: "Yams"),
      ],
      path: "Benchmarks/TranscriptBench"),
    // Prints the time to load and check the bundled prompt scripts (`make bench`).
    .executableTarget(
      name: "PromptKitBench", dependencies: ["PromptKit"], path: "Benchmarks/PromptKitBench"),
    .testTarget(name: "PromptKitTests", dependencies: ["PromptKit"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ScoringTests", dependencies: ["Scoring", "PromptKit", "Vocabulary"],
      // The corpus is data read from disk by the tests and the benchmark, not a resource.
      exclude: ["Corpus"]),
    .testTarget(
      name: "JournalTests", dependencies: ["Journal", "Vocabulary", "TerminalTestSupport"]),
    .testTarget(
      name: "CallsTests", dependencies: ["Calls", "PromptKit"], exclude: ["Fixtures"]),
    .testTarget(
      name: "WorkflowTests",
      dependencies: [
        "Workflow", "Journal", "Scoring", "PromptKit", "Vocabulary", "BundledPrompts", "Calls",
        "Practice", "TerminalTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "PracticeTests", dependencies: ["Practice", "PromptKit", "Scoring", "Vocabulary"],
      exclude: ["Fixtures"]),
    // Runs the built `advance` under a pseudo-terminal, for end-to-end tests.
    .target(name: "TerminalTestSupport", path: "Tests/TerminalTestSupport"),
    // Starts a program and reports its own peak memory and time, for the hostile-file tests.
    .executableTarget(name: "ChildMeter", path: "Tests/ChildMeter"),
    .testTarget(name: "AdvanceCLITests", dependencies: ["AdvanceCLI", "TerminalTestSupport"]),
  ]
)
