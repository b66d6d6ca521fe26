import ArgumentParser
import CandorAlerts
import CandorDaemon
import CandorStore
import Foundation

/// `candor-bench storage`: bytes per trial in the state database (issue 20's "Storage that fits a small
/// disk"). Records `--trials` generated trials of `belief-pressure.yes-no` spread over `--targets` targets
/// into a fresh database as the daemon records them (``TrialRecord/stored``), and the same trials into a
/// database laid out as before migration v5 (each row holding the whole record); then opens that one with
/// today's ``Store``, which migrates it, and measures all three. The samples log's bytes per trial, where
/// the records now live alone, are printed beside them, plain and compressed as rotation leaves them.
struct StorageBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: "Bytes per trial in the state database, before and after migration v5, and in the samples log."
    )

    @Option(help: "Trials to record.")
    var trials = 20_000

    @Option(help: "Targets the trials are spread over.")
    var targets = 50

    @Option(help: "The rules directory.")
    var rules = "Rules"

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("candor-storage-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plan = try BenchPlan.load(in: directory, rules: rules, targets: targets, warmup: 500)
        let probe = try BenchPlan.probe(plan)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let records = try [false, true].map { try BenchPlan.trial(probe, target: 0, lie: $0) }
        let encoder = RecordCodec.encoder()
        var samples = Data()
        let now = try Store(path: directory + "/now.sqlite")
        var old: [(trial: StoredTrial, record: Data)] = []
        for number in 0..<trials {
            var record = records[number % 10 == 0 ? 1 : 0]
            record.trialId = UUID().uuidString
            record.target = "t\(number % targets)"
            record.time = start.addingTimeInterval(Double(number))
            let line = try encoder.encode(record)
            samples.append(line)
            samples.append(0x0A)
            try await now.record(trial: record.stored, signals: [], alerts: [], at: record.time)
            old.append((record.stored, line))
            if old.count == 1_000 || number == trials - 1 {
                try Store.appendBeforeTrialCalls(path: directory + "/before.sqlite", rows: old)
                old = []
            }
        }
        let samplesPath = directory + "/samples.jsonl"
        try samples.write(to: URL(fileURLWithPath: samplesPath))
        try Gzip.compress(samplesPath, to: samplesPath + ".gz")
        func file(_ path: String) -> Double {
            Double((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
        }
        let perTrial = { (bytes: Double) in String(format: "%.0f", bytes / Double(trials)) }
        print("## State database bytes per trial, \(trials) trials over \(targets) targets\n")
        print("| where | live bytes/trial | file bytes/trial |")
        print("|---|---:|---:|")
        let beforeFile = file(directory + "/before.sqlite") + file(directory + "/before.sqlite-wal")
        print("| state database, whole records (before v5) | — | \(perTrial(beforeFile)) |")
        let clock = ContinuousClock()
        let opening = clock.now
        let migrated = try Store(path: directory + "/before.sqlite")
        let migration = clock.now - opening
        let migratedBytes = Double(try await migrated.usedBytes())
        let migratedFile = file(directory + "/before.sqlite") + file(directory + "/before.sqlite-wal")
        print("| the same database migrated to v5 | \(perTrial(migratedBytes)) | \(perTrial(migratedFile)) |")
        let nowBytes = Double(try await now.usedBytes())
        let nowFile = file(directory + "/now.sqlite") + file(directory + "/now.sqlite-wal")
        print("| state database, recorded as the daemon now does | \(perTrial(nowBytes)) | \(perTrial(nowFile)) |")
        print("| samples log (the whole records) | — | \(perTrial(Double(samples.count))) |")
        print("| samples log, rotated and compressed | — | \(perTrial(file(samplesPath + ".gz"))) |")
        print("\nMigrating and compacting the old database took \(migration).")
    }
}
