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
    // Diagnostics with places (file:line:col), rendered compiler-style; text files decoded with
    // their problems placed. No dependencies.
    .target(name: "Diagnostics"),
    // YAML files read safely (size, depth, alias and key checks first), every node with its mark.
    // YAMLPreflight walks libyaml's events through `CYaml`, the C module inside Yams: Yams offers
    // no event API and its product does not export CYaml, so this use is undeclared (see the
    // file's comment).
    .target(
      name: "YAMLSource",
      dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]
    ),
    // Prompt scripts: reading, validation, the `when:` language, answers, checks, the engine.
    .target(
      name: "PromptKit",
      dependencies: ["Diagnostics", "YAMLSource", .product(name: "Yams", package: "Yams")]
    ),
    // Call transcripts (WebVTT, SRT, labelled text, speaker blocks) read into turns.
    .target(name: "Calls", dependencies: ["Diagnostics"]),
    // Interpreting replies, grading asks and questions, reading notes, scoring meetings.
    // The weights come from prompts/model/ through BundledPrompts.
    .target(
      name: "Scoring", dependencies: ["Vocabulary", "Diagnostics", "YAMLSource", "BundledPrompts"]),
    // Learns the judge's weights from Corpus/train: `swift run -c release JudgeTrainer`.
    .executableTarget(name: "JudgeTrainer", dependencies: ["Scoring", "Vocabulary"]),
    // Role-play with scripted prospects and flash-card drills of replies.
    .target(
      name: "Practice", dependencies: ["Vocabulary", "Diagnostics", "YAMLSource", "Scoring"]),
    // The SQLite journal of leads, meetings and commitments.
    .target(
      name: "Journal",
      dependencies: [
        "Vocabulary",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The application layer: answers → meeting record (advancement, owners, steps), upgrades,
    // the scoring checks a script's questions name (`reply`, `ask`, `questions`), the wizard
    // session, prompt files in use, deferred checks, practice progress, private files.
    .target(
      name: "Workflow",
      dependencies: [
        "Vocabulary", "Diagnostics", "YAMLSource", "PromptKit", "Scoring", "Journal", "Calls",
        "Practice", "BundledPrompts", "BundledScripts",
      ]),
    .executableTarget(name: "PromptEmbedder", dependencies: ["Diagnostics", "PromptKit"]),
    .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["PromptEmbedder"]),
    // The files of prompts/ as text, built into the binary by the EmbedPrompts plugin.
    .target(name: "BundledPrompts", plugins: ["EmbedPrompts"]),
    // The prompt scripts of prompts/, read and checked at build time by the same plugin.
    .target(
      name: "BundledScripts", dependencies: ["BundledPrompts", "Diagnostics", "PromptKit"],
      plugins: ["EmbedPrompts"]),
    // Commands, the REPL, the line editor and presenters: the only code that touches the terminal.
    .target(
      name: "AdvanceCLI",
      dependencies: [
        "BundledPrompts",
        "BundledScripts",
        "Vocabulary",
        "Diagnostics",
        "YAMLSource",
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
        "Calls", "Workflow", "Diagnostics", "YAMLSource",
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
      name: "ScoringBench",
      dependencies: ["Scoring", "Diagnostics", "YAMLSource", "BundledPrompts", "Vocabulary"],
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
      name: "PromptKitBench", dependencies: ["Diagnostics", "YAMLSource", "PromptKit"],
      path: "Benchmarks/PromptKitBench"),
    // Why YAMLSource checks a file before Yams composes it: compose time on alias keys, per level.
    .executableTarget(
      name: "YAMLBench",
      dependencies: ["Diagnostics", "YAMLSource", .product(name: "Yams", package: "Yams")],
      path: "Benchmarks/YAMLBench"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(
      name: "YAMLSourceTests", dependencies: ["Diagnostics", "YAMLSource", "TerminalTestSupport"]),
    .testTarget(
      name: "PromptKitTests",
      dependencies: ["Diagnostics", "YAMLSource", "PromptKit", "TerminalTestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ScoringTests", dependencies: ["Scoring", "Diagnostics", "YAMLSource", "Vocabulary"],
      // The corpus is data read from disk by the tests and the benchmark, not a resource.
      exclude: ["Corpus"]),
    .testTarget(
      name: "JournalTests", dependencies: ["Journal", "Vocabulary", "TerminalTestSupport"]),
    .testTarget(
      name: "CallsTests", dependencies: ["Calls", "Diagnostics"], exclude: ["Fixtures"]),
    .testTarget(
      name: "WorkflowTests",
      dependencies: [
        "Workflow", "Journal", "Scoring", "PromptKit", "Vocabulary", "BundledPrompts", "Calls",
        "Diagnostics", "YAMLSource", "Practice", "TerminalTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "PracticeTests",
      dependencies: [
        "Practice", "Diagnostics", "YAMLSource", "Scoring", "Vocabulary", "TerminalTestSupport",
      ],
      exclude: ["Fixtures"]),
    // Runs the built `advance` under a pseudo-terminal, for end-to-end tests.
    .target(name: "TerminalTestSupport", path: "Tests/TerminalTestSupport"),
    // Starts a program and reports its own peak memory and time, for the hostile-file tests.
    .executableTarget(name: "ChildMeter", path: "Tests/ChildMeter"),
    .testTarget(
      name: "AdvanceCLITests",
      dependencies: [
        "AdvanceCLI", "BundledPrompts", "BundledScripts", "Diagnostics", "Journal", "Practice",
        "PromptKit", "TerminalTestSupport", "Vocabulary", "Workflow",
      ]),
  ]
)
