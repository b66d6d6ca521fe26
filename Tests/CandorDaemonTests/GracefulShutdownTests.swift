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
        .timeLimit(.minutes(1))
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
                record: Data("{}".utf8)
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
}
