import CandorAlerts
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
    ) -> TrialRecord {
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
        return TrialRecord(
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
    }

    static let failure = TrialRecord.ExchangeError(code: "http_status", message: "target paid: HTTP 503", status: 503)

    /// Yesterday's and today's trials of `paid` (answers, failures that count, a skipped and a cancelled call)
    /// and one of `free`.
    static func history() -> [TrialRecord] {
        let hour = 3_600.0
        return [
            Self.trial("paid", at: Self.morning - 12 * hour, tokens: [400, 400]),  // yesterday
            Self.trial("paid", at: Self.morning - 2 * hour, tokens: [300, 250]),
            Self.trial("paid", at: Self.morning - 1 * hour, error: Self.failure),
            Self.trial("paid", at: Self.morning - 0.5 * hour, tokens: [100]),  // resets the run
            Self.trial("paid", at: Self.morning - 0.3 * hour, error: Self.failure),
            Self.trial(
                "paid",
                at: Self.morning - 0.25 * hour,
                error: .init(
                    code: "budget_exhausted",
                    message: "target paid: skipped: budget",
                    status: nil,
                    skipped: true
                )
            ),
            // Written before skipped calls were marked: only the message says so.
            Self.trial(
                "paid",
                at: Self.morning - 0.22 * hour,
                error: .init(code: "rate_limited", message: "target paid: skipped: rate limit", status: nil)
            ),
            Self.trial("paid", at: Self.morning - 0.2 * hour, error: Self.failure),
            Self.trial(
                "paid",
                at: Self.morning - 0.15 * hour,
                error: .init(code: "cancelled", message: "cancelled at shutdown", status: nil)
            ),
            Self.trial("paid", at: Self.morning - 0.1 * hour, error: Self.failure),
            Self.trial("free", at: Self.morning - 0.1 * hour, tokens: [5_000]),
        ]
    }

    /// The guards `store` restores at ``morning``, checked against what ``history()`` spent and failed.
    static func expectRestored(from store: Store) async throws {
        let states = await GuardHistory.states(
            from: store,
            targets: try Self.targets(),
            now: Self.morning,
            logger: Logger(label: "test")
        )
        #expect(Array(states.keys) == ["paid"], "a target without guards has nothing to restore")
        let paid = try #require(states["paid"])
        #expect(paid.budgetSpent == 650, "today's 300 + 250 + 100 tokens, not yesterday's 800")
        #expect(paid.consecutiveFailures == 3, "skipped and cancelled calls are no failures")
        #expect(paid.openUntil == Self.morning - 0.1 * 3_600 + 600)
    }

    @Test(
        "today's tokens count and yesterday's do not; three failures in a row open the circuit until the cool-down ends"
    )
    func replay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        for trial in Self.history() {
            try await store.record(trial: trial.stored, signals: [], alerts: [], at: Self.morning)
        }
        try await Self.expectRestored(from: store)
    }

    @Test("a database written before v5 keeps every trial and its guard history, in a fraction of the space")
    func migrated() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("candor.sqlite")
        // A database as Candor wrote it before v5: each trial row holds its whole sample record.
        let history = Self.history()
        let padding = String(repeating: "a long prompt ", count: 2_000)
        var rows = try history.map { trial in
            var trial = trial
            for index in trial.exchanges.indices {
                trial.exchanges[index].messages = [ChatMessage(role: .user, content: padding)]
            }
            return (trial: trial.stored, record: try RecordCodec.encoder().encode(trial))
        }
        let torn = StoredTrial(id: "torn", time: Self.morning, target: "paid", probe: "p", outcome: "error", calls: [])
        rows.append((torn, Data("{\"schema\": \"candor.sam".utf8)))
        try Store.appendBeforeTrialCalls(path: path, rows: rows)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0

        let store = try Store(path: path)
        #expect(try await store.appliedMigrations().last == "v5: trials keep their calls, not their records")
        #expect(try await store.trialCount() == history.count + 1, "every trial is still there, the torn one too")
        try await Self.expectRestored(from: store)
        let migrated = try await store.trials(target: "paid", since: .distantPast, latest: 0)
        #expect(migrated.map(\.id) == history.filter { $0.target == "paid" }.map(\.trialId) + ["torn"])
        #expect(migrated.dropLast().map(\.calls) == history.filter { $0.target == "paid" }.map(\.stored.calls))
        #expect(migrated.last?.calls == [], "a record that was not JSON keeps its row with no calls")
        let after = try await store.usedBytes()
        #expect(after < before / 2, "the records' space is given back: \(before) → \(after) bytes")
    }

    @Test("an empty history starts the guards fresh")
    func nothingToReplay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let states = await GuardHistory.states(
            from: store,
            targets: try Self.targets(),
            now: Self.morning,
            logger: Logger(label: "test")
        )
        #expect(states.isEmpty)
    }
}
