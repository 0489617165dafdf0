// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "noteaudit",
  products: [
    .library(name: "NoteAudit", targets: ["NoteAudit"]),
    .executable(name: "noteaudit", targets: ["noteaudit"]),
    .executable(name: "noteaudit-bench", targets: ["noteaudit-bench"]),
  ],
  targets: [
    // The system SQLite library (macOS SDK; Debian's libsqlite3-dev) for the clone history store.
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),

    // The library: input → tokenizer → lexicon → context → elements → scoring/billing/similarity → reports.
    .target(
      name: "NoteAudit",
      dependencies: ["CSQLite"],
      resources: [.copy("../../Lexicons")]),

    // The command-line tool: argv → options → library → writer → exit code.
    .executableTarget(name: "noteaudit", dependencies: ["NoteAudit"]),

    // Seeded generator of realistic notes with clone ground truth, for benchmarks and tests.
    .target(name: "NoteAuditCorpus", dependencies: ["NoteAudit"]),

    // Benchmarks (run with -c release).
    .executableTarget(name: "noteaudit-bench", dependencies: ["NoteAudit", "NoteAuditCorpus"]),

    // libFuzzer entry point: swift build -c release --sanitize=fuzzer --product noteaudit-fuzz
    .executableTarget(name: "noteaudit-fuzz", dependencies: ["NoteAudit"]),

    .testTarget(name: "NoteAuditTests", dependencies: ["NoteAudit", "NoteAuditCorpus"]),
    .testTarget(name: "NoteAuditCLITests", dependencies: ["NoteAudit", "noteaudit"]),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"),
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
