import CandorCore
import CandorProviders
import CandorRules
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// A restart renews neither a spent budget nor an open circuit: both are replayed from the trials in
/// the state database, counting what the guards count.
@Suite("guard history")
struct GuardHistoryTests {
    /// Day 20,000 since 1970, 10:00 UTC.
    static let morning = Date(timeIntervalSince1970: 20_000 * 86_400 + 36_000)

    static func targets() throws -> [Configuration.Target] {
        try Configuration.parse(
            """
            rules: rules.d
            targets:
              - {name: paid, base_url: 'http://127.0.0.1:1/v1', model: m, daily_token_budget: 1000,
                 circuit_breaker: {failures: 3, cooldown: 10m}}
              - {name: free, base_url: 'http://127.0.0.1:1/v1', model: m}
            """,
            file: "/etc/candor/candor.yaml"
        ).targets
    }

    /// A trial of `target` at `time` whose calls answered with `tokens` each, or failed with `error`.
    static func trial(
        _ target: String,
        at time: Date,
        tokens: [Int] = [],
        error: TrialRecord.ExchangeError? = nil
    ) throws -> StoredTrial {
        var exchanges = tokens.map { used in
            TrialRecord.Exchange(
                condition: "ask",
                repetition: 0,
                messages: [],
                response: ChatResponse(
                    text: "ok",
                    usage: TokenUsage(promptTokens: used - 5, completionTokens: 5),
                    latencySeconds: 0.1
                ),
                error: nil
            )
        }
        if let error {
            exchanges.append(
                TrialRecord.Exchange(condition: "ask", repetition: 0, messages: [], response: nil, error: error)
            )
        }
        let record = TrialRecord(
            trialId: UUID().uuidString,
            time: time,
            target: target,
            model: "m",
            probe: "p",
            item: "i",
            seed: 1,
            rulePackHash: "h",
            sampling: SamplingParameters(),
            exchanges: exchanges,
            observation: Observation(outcome: error == nil ? .honest : .error, reason: "test"),
            durationSeconds: 1
        )
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return StoredTrial(
            id: record.trialId,
            time: time,
            target: target,
            probe: "p",
            outcome: record.observation.outcome.rawValue,
            record: try encoder.encode(record)
        )
    }

    static let failure = TrialRecord.ExchangeError(code: "http_status", message: "target paid: HTTP 503", status: 503)

    @Test(
        "today's tokens count and yesterday's do not; three failures in a row open the circuit until the cool-down ends"
    )
    func replay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let hour = 3_600.0
        let trials = [
            try Self.trial("paid", at: Self.morning - 12 * hour, tokens: [400, 400]),  // yesterday
            try Self.trial("paid", at: Self.morning - 2 * hour, tokens: [300, 250]),
            try Self.trial("paid", at: Self.morning - 1 * hour, error: Self.failure),
            try Self.trial("paid", at: Self.morning - 0.5 * hour, tokens: [100]),  // resets the run
            try Self.trial("paid", at: Self.morning - 0.3 * hour, error: Self.failure),
            try Self.trial(
                "paid",
                at: Self.morning - 0.25 * hour,
                error: .init(
                    code: "budget_exhausted",
                    message: "target paid: skipped: budget",
                    status: nil,
                    skipped: true
                )
            ),
            try Self.trial("paid", at: Self.morning - 0.2 * hour, error: Self.failure),
            try Self.trial(
                "paid",
                at: Self.morning - 0.15 * hour,
                error: .init(code: "cancelled", message: "cancelled at shutdown", status: nil)
            ),
            try Self.trial("paid", at: Self.morning - 0.1 * hour, error: Self.failure),
            try Self.trial("free", at: Self.morning - 0.1 * hour, tokens: [5_000]),
        ]
        for trial in trials { try await store.record(trial: trial, signals: [], alerts: [], at: Self.morning) }

        let states = await GuardHistory.states(
            from: store,
            targets: try Self.targets(),
            now: Self.morning,
            logger: Logger(label: "test")
        )
        #expect(Array(states.keys) == ["paid"], "a target without guards has nothing to restore")
        let paid = try #require(states["paid"])
        #expect(paid.budgetSpent == 650, "today's 300 + 250 + 100 tokens, not yesterday's 800")
        #expect(paid.consecutiveFailures == 3, "a skipped and a cancelled call are no failures")
        #expect(paid.openUntil == Self.morning - 0.1 * hour + 600)
    }

    @Test("an empty or unreadable history starts the guards fresh")
    func nothingToReplay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        try await store.record(
            trial: StoredTrial(
                id: "x",
                time: Self.morning,
                target: "paid",
                probe: "p",
                outcome: "honest",
                record: Data("not json".utf8)
            ),
            signals: [],
            alerts: [],
            at: Self.morning
        )
        let states = await GuardHistory.states(
            from: store,
            targets: try Self.targets(),
            now: Self.morning,
            logger: Logger(label: "test")
        )
        #expect(states.isEmpty)
    }
}
