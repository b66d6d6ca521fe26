import CandorCore
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Synchronization
import Testing

@testable import CandorDaemon

/// A trial in process on a manual clock: its record is dated when it started and timed by the clock, and a failed
/// call stops it.
@Suite("Trial runner")
struct TrialRunnerTests {
    /// A model that takes `latency` of manual time per call and answers `yes`, or fails from call `failing` on.
    struct SlowModel: ModelClient {
        struct Failure: Error {}

        let targetName = "paced"
        let time: ManualClock
        let latency: Duration
        let failing: Int?
        let calls = Calls()

        final class Calls: Sendable {
            let count = Mutex(0)
        }

        func complete(_ request: ChatRequest) async throws -> ChatResponse {
            let call = calls.count.withLock { count in
                count += 1
                return count
            }
            time.advance(by: latency)
            if let failing, call >= failing { throw Failure() }
            return ChatResponse(text: "yes", latencySeconds: 2.5)
        }
    }

    static func assignment() throws -> (Plan.Assignment, DaemonPlanFixture) {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [pushback.knowledge]}"
        )
        return (try #require(try fixture.plan().assignments.first), fixture)
    }

    @Test("the record is dated when the trial started and lasts as long as its calls took")
    func datedAndTimed() async throws {
        let (assignment, fixture) = try Self.assignment()
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let started = time.clock.now()
        let model = SlowModel(time: time, latency: .milliseconds(2_500), failing: nil)
        let trial = TrialPlan(probe: assignment.probe, seed: 7)
        let record = await TrialRunner(client: model, clock: time.clock).run(trial, assignment: assignment)

        #expect(record.time == started)
        #expect(record.exchanges.count == trial.requests.count && trial.requests.count > 1)
        #expect(record.durationSeconds == 2.5 * Double(trial.requests.count))
        #expect(record.exchanges.allSatisfy { $0.response?.text == "yes" })
    }

    @Test("a failed call stops the trial: no further call is made, and the trial is an error")
    func failureStops() async throws {
        let (assignment, fixture) = try Self.assignment()
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let model = SlowModel(time: time, latency: .seconds(1), failing: 2)
        let trial = TrialPlan(probe: assignment.probe, seed: 7)
        let record = await TrialRunner(client: model, clock: time.clock).run(trial, assignment: assignment)

        #expect(model.calls.count.withLock { $0 } == 2)
        #expect(record.exchanges.count == 2)
        #expect(record.exchanges.last?.error?.code == "internal")
        #expect(record.observation.outcome == .error)
        #expect(record.durationSeconds == 2)
    }
}
