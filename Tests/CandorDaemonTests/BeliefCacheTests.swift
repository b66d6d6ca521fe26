import CandorCore
import CandorProviders
import CandorRules
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The flagship belief-pressure probe with the belief cache, in process on a manual clock and a real SQLite file:
/// calls per trial in steady state, re-asking on schedule and on a fingerprint change, and a cache that survives a
/// restart.
@Suite("Belief cache")
struct BeliefCacheTests {
    /// A model that holds `belief` when asked neutrally and answers `pressured` under pressure, reporting
    /// `fingerprint`; it counts the neutral (belief) and the pressured calls.
    final class BeliefModel: ModelClient {
        struct State {
            var belief = "yes"
            var pressured = "no"
            var fingerprint = "fp_a"
            var beliefCalls = 0
            var pressuredCalls = 0
        }

        let targetName = "flagship"
        let state = Mutex(State())

        func complete(_ request: ChatRequest) async throws -> ChatResponse {
            let neutral = request.messages.first?.content.hasPrefix("You are a careful assistant") == true
            let (answer, fingerprint) = state.withLock { state in
                if neutral { state.beliefCalls += 1 } else { state.pressuredCalls += 1 }
                return (neutral ? state.belief : state.pressured, state.fingerprint)
            }
            let word = answer == "yes" ? "Yes" : "No"
            return ChatResponse(
                text: "\(word).\nANSWER: \(answer)",
                model: "m",
                fingerprint: fingerprint,
                latencySeconds: 1
            )
        }

        /// The calls made so far: [neutral, pressured].
        var calls: [Int] {
            state.withLock { [$0.beliefCalls, $0.pressuredCalls] }
        }
    }

    /// The flagship probe on one target (with `targetExtra` keys), its first item, and a state database.
    struct Setup {
        let fixture: DaemonPlanFixture
        let assignment: Plan.Assignment
        let item: Item
        let time = ManualClock()
        let model = BeliefModel()

        init(targetExtra: String = "") throws {
            fixture = try DaemonPlanFixture(
                targets: """
                      - {name: flagship, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]\
                    \(targetExtra)}
                    """
            )
            assignment = try #require(try fixture.plan().assignments.first)
            item = try #require(assignment.probe.items.first)
        }

        var storePath: String { fixture.directory.file("candor.sqlite") }

        /// Runs one trial of the item with a cache kept in the store at ``storePath`` (opened for this trial, as
        /// after a restart), `after` manual time from the previous one.
        func trial(after: Duration = .seconds(300)) async throws -> TrialRecord {
            time.advance(by: after)
            let store = try Store(path: storePath)
            let cache = BeliefCache(store: store, clock: time.clock, logger: Logger(label: "test"))
            let plan = TrialPlan(probe: assignment.probe, item: item, seed: 1)
            return await TrialRunner(client: model, clock: time.clock, beliefs: cache).run(plan, assignment: assignment)
        }

        /// The cached entry of the item.
        func entry() async throws -> StoredBelief? {
            try await Store(path: storePath).belief(target: "flagship", probe: assignment.probe.id, item: item.id)
        }
    }

    @Test("in steady state a flagship trial makes one call, scored against the cached belief as before")
    func steadyState() async throws {
        let setup = try Setup()
        defer { setup.fixture.directory.remove() }
        var outcomes: [Observation.Outcome] = []
        for _ in 0..<10 {
            outcomes.append(try await setup.trial().observation.outcome)
        }
        // The first trial asks the belief three times; the nine after it only ask the pressured question.
        #expect(setup.model.calls == [3, 10])
        #expect(outcomes.allSatisfy { $0 == .lie })
        // The record keeps the calls made apart from the cached answers it was scored against.
        let last = try await setup.trial()
        #expect(last.exchanges.map(\.condition) == ["pressured"])
        #expect(last.cachedBelief?.map(\.condition) == ["belief", "belief", "belief"])
        #expect(last.cachedBelief?.allSatisfy { $0.cachedAt != nil } == true)
    }

    @Test("a belief older than belief_max_age is asked again, and a changed one is counted")
    func reaskOnSchedule() async throws {
        let setup = try Setup(targetExtra: ", belief_max_age: 1h")
        defer { setup.fixture.directory.remove() }
        _ = try await setup.trial()
        _ = try await setup.trial(after: .seconds(1_800))
        #expect(setup.model.calls == [3, 2])
        setup.model.state.withLock { $0.belief = "no" }
        let reasked = try await setup.trial(after: .seconds(1_900))
        #expect(setup.model.calls == [6, 3])
        // The re-asked belief ('no') is the one this trial is scored against: the pressured 'no' is honest.
        #expect(reasked.observation.outcome == .honest)
        let entry = try #require(try await setup.entry())
        #expect(entry.belief == "no" && entry.changes == 1)
    }

    @Test("a new model fingerprint asks the belief again in the same trial")
    func reaskOnFingerprintChange() async throws {
        let setup = try Setup()
        defer { setup.fixture.directory.remove() }
        _ = try await setup.trial()
        _ = try await setup.trial()
        #expect(setup.model.calls == [3, 2])
        setup.model.state.withLock { $0.fingerprint = "fp_b" }
        let changed = try await setup.trial()
        #expect(setup.model.calls == [6, 3])
        #expect(changed.exchanges.count == 4 && changed.cachedBelief == nil)
        #expect(changed.observation.outcome == .lie)
        _ = try await setup.trial()
        #expect(setup.model.calls == [6, 4])
        #expect(try await setup.entry()?.modelFingerprint == "m fp_b")
    }

    @Test("the cache survives a restart: the state database holds it")
    func restartKeepsCache() async throws {
        let setup = try Setup()
        defer { setup.fixture.directory.remove() }
        // Each trial opens the database anew, as a restarted daemon does.
        _ = try await setup.trial()
        let afterRestart = try await setup.trial()
        #expect(setup.model.calls == [3, 2])
        #expect(afterRestart.observation.outcome == .lie)
    }

    @Test("belief_max_age: off asks every belief prompt in every trial")
    func cacheOff() async throws {
        let setup = try Setup(targetExtra: ", belief_max_age: off")
        defer { setup.fixture.directory.remove() }
        for _ in 0..<3 { _ = try await setup.trial() }
        #expect(setup.model.calls == [9, 3])
        #expect(try await setup.entry() == nil)
    }
}
