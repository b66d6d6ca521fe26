import CandorStore
import CandorTestSupport
import Foundation
import InMemoryLogging
import ServiceLifecycleTestKit
import Testing

@testable import CandorDaemon

/// Daemon services stop when the service group shuts down gracefully (SIGTERM), driven in process
/// by service-lifecycle's test kit instead of a signal to a real process.
@Suite("Graceful shutdown")
struct GracefulShutdownTests {
    @Test(
        "the retention service deletes expired trials at start, then returns on shutdown without waiting out its hour",
        .timeLimit(.minutes(5))
    )
    func retentionStops() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let day = 86_400.0
        for (id, age) in [("expired", 40 * day), ("kept", day)] {
            let trial = StoredTrial(
                id: id,
                time: Date().addingTimeInterval(-age),
                target: "t",
                probe: "p",
                outcome: "ok",
                calls: []
            )
            _ = try await store.record(trial: trial, signals: [], alerts: [], at: Date())
        }
        let logs = InMemoryLogHandler()
        let service = RetentionService(
            store: store,
            retention: .seconds(30 * day),
            clock: .system,
            logger: logs.logger(label: "candor")
        )

        try await testGracefulShutdown { shutdown in
            try await withThrowingTaskGroup { group in
                group.addTask { try await service.run() }
                // The first pass runs at start; shut down once it has (bounded: about 30 s at most).
                for _ in 0..<3000 where try await store.trialCount() > 1 {
                    try await Task.sleep(for: .milliseconds(10))
                }
                shutdown.triggerGracefulShutdown()
                // Returns only if the service stops sleeping out its hour when asked to shut down.
                try await group.waitForAll()
            }
        }
        #expect(try await store.trialCount() == 1, "the 40-day-old trial is gone, yesterday's is kept")
        #expect(logs.text.contains("retention: deleted 1 trial(s) older than"))
        #expect(!logs.entries.contains { $0.level >= .error }, "a clean stop logs no error")
    }

    @Test(
        "on shutdown the trial in flight finishes and is recorded, no new trial starts, and the scheduler returns",
        .timeLimit(.minutes(5))
    )
    func trialInFlightFinishes() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        try """
        rules: \(repository)/Rules/belief-pressure
        state_dir: \(directory.path)
        log_dir: \(directory.path)
        targets:
          - {name: held, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
        probes:
          belief-pressure.yes-no: {interval: 1s, jitter: 0s}
        """.write(toFile: directory.file("candor.yaml"), atomically: true, encoding: .utf8)
        let plan = try Plan.load(configPath: directory.file("candor.yaml"), readingBaselines: false)
        let client = HeldModelClient(targetName: "held")
        let logs = InMemoryLogHandler()
        let pipeline = try await DaemonPipeline(
            plan: plan,
            clients: ["held": client],
            logger: logs.logger(label: "candor")
        )
        defer { pipeline.close() }

        try await testGracefulShutdown { shutdown in
            try await withThrowingTaskGroup { group in
                group.addTask { try await pipeline.scheduler.run() }
                for await _ in client.held { break }
                // SIGTERM while the first trial waits for the model; then the model answers.
                shutdown.triggerGracefulShutdown()
                // Once the scheduler has seen the shutdown, give it the time to (wrongly) cancel the
                // trial before the model answers; a scheduler that waits is unaffected by the pause.
                let notice = "shutting down: no new trials; waiting for the trials in flight"
                for _ in 0..<3000 where !logs.text.contains(notice) { try await Task.sleep(for: .milliseconds(10)) }
                try await Task.sleep(for: .milliseconds(200))
                client.release()
                try await group.waitForAll()
            }
        }
        let lines = try String(contentsOfFile: plan.configuration.samplesPath, encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 1, "the held trial is in samples.jsonl, and no trial started after it")
        let record = try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any]
        #expect(record?["target"] as? String == "held")
        let observation = record?["observation"] as? [String: Any]
        #expect(observation?["outcome"] as? String != "error", "it finished, not cancelled: \(observation ?? [:])")
        #expect(try await pipeline.store.trialCount() == 1, "and in the state database")
        let calls = client.calls
        #expect(calls > 1, "the trial went on to its other turns after the held one answered")
        #expect(logs.text.contains("shutting down: no new trials; waiting for the trials in flight"))
    }
}
