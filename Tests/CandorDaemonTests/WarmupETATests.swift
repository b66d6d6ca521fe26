import CandorRules
import CandorTestSupport
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// The warm-up's expected end, from the signal's own pace: what `candor status`, `/api/v1/signals` and the
/// metrics show while a signal warms up.
@Suite("Warm-up ETA")
struct WarmupETATests {
    @Test("a warm-up of 30 at one sample every 10 s, 10 samples in, is expected to end 200 s after the tenth")
    func expectedEnd() async throws {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
            extra: "detection: {warmup: 30, arl0: 1000}"
        )
        defer { fixture.directory.remove() }
        let plan = try fixture.plan()
        let probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
        for directory in [plan.configuration.stateDirectory, plan.configuration.logDirectory] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let time = ManualClock()
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        let pipeline = try await DaemonPipeline(plan: plan, clock: time.clock, logger: logger)
        defer { pipeline.close() }
        for number in 1...10 {
            time.advance(by: .seconds(10))
            let record = DaemonPlanFixture.trial(
                probe,
                target: "paced",
                lie: false,
                number: number,
                at: time.clock.now()
            )
            await pipeline.recorder.record(record, probe: probe)
        }
        let expected = time.clock.now().addingTimeInterval(200)
        let ends = await pipeline.board.warmupEnds()
        let key = try #require(ends.keys.first { $0.signal == "lie_rate" })
        #expect(ends[key] == expected)
        let scrape = await pipeline.metrics.scrape(
            scheduler: pipeline.scheduler,
            board: pipeline.board,
            outbox: pipeline.outbox
        )
        let line = try #require(
            scrape.split(separator: "\n").first {
                $0.hasPrefix("candor_signal_warmup_end_timestamp_seconds{") && $0.contains("lie_rate")
            }
        )
        #expect(line.split(separator: " ").last.flatMap { Double($0) } == expected.timeIntervalSince1970)
    }
}
