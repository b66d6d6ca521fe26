import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// Retention on a manual clock and a real state database: trials older than the retention go at start, and those
/// that age past it go at the next hourly pass.
@Suite("Retention")
struct RetentionServiceTests {
    @Test("trials older than the retention are deleted at start, and each hour those that aged past it")
    func deletesHourly() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let time = ManualClock()
        let now = time.clock.now()
        let hour = 3_600.0
        for age in [48 * hour, 23.5 * hour, 1 * hour] {
            _ = try await store.record(
                trial: GuardHistoryTests.trial("paid", at: now - age, tokens: [10]).stored,
                signals: [],
                alerts: [],
                at: now
            )
        }
        let retention = RetentionService(
            store: store,
            retention: .seconds(86_400),
            clock: time.clock,
            logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        )
        let service = Task { try await retention.run() }
        defer { service.cancel() }

        try await time.waitForSleepers(1)
        #expect(try await store.trialCount() == 2, "the two-day-old trial is still there")
        time.advance(by: .seconds(3_599))
        try await time.waitForSleepers(1)
        #expect(try await store.trialCount() == 2, "a pass ran before the hour was up")
        time.advance(by: .seconds(1))
        try await time.waitForSleepers(1)
        #expect(try await store.trialCount() == 1, "the trial that aged past a day is still there")
    }
}
