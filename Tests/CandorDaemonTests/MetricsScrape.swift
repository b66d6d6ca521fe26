import CandorAlerts
import CandorCore
import CandorDetectors
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// One scrape of `/metrics` of a daemon run in process on a manual clock until every family has a series: `paced`
/// (a daily token budget and a circuit breaker) samples `belief-pressure.yes-no` every second, honest through its
/// warm-up of 30 and then lying until its alert is pending; `fresh` samples every 5 s, still warming up, its
/// trials carrying a model call with token usage and a failed one. The pending alert is then written to the outbox
/// of the default alert file (no delivery runs) and waits there 90 s; the one-off events (a reload, a late trial, a
/// baseline reset) are told to the metrics as the daemon tells them.
struct MetricsScrape: Sendable {
    /// The body `/metrics` served.
    let text: String

    /// The scrape, taken once and shared by the tests that read it.
    static let shared = Task { try await MetricsScrape.take() }

    /// The value of the series `name` whose labels include `labels`; nil when there is none.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        samples(name).first { sample in labels.allSatisfy { sample.labels[$0.key] == $0.value } }?.value
    }

    /// Every series of `name`.
    func samples(_ name: String) -> [(labels: [String: String], value: Double)] {
        text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let head = line.prefix { $0 != "{" && $0 != " " }
            guard head == name, let space = line.lastIndex(of: " "),
                let value = Double(line[line.index(after: space)...])
            else { return nil }
            var labels: [String: String] = [:]
            if let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}") {
                // Label values in these tests hold no commas or escaped quotes.
                for pair in line[line.index(after: open)..<close].split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else { continue }
                    labels[String(parts[0])] = String(parts[1].dropFirst().dropLast())
                }
            }
            return (labels, value)
        }
    }

    /// The families of the scrape, by name, with their `# TYPE`.
    var families: [String: String] {
        var families: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("# TYPE ") {
            let parts = line.split(separator: " ")
            if parts.count == 4 { families[String(parts[2])] = String(parts[3]) }
        }
        return families
    }

    /// The names of every series of the scrape (a histogram's `_bucket`, `_sum` and `_count` included).
    var seriesNames: Set<String> {
        Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
                String($0.prefix { $0 != "{" && $0 != " " })
            }
        )
    }

    private static func take() async throws -> MetricsScrape {
        let fixture = try DaemonPlanFixture(
            targets: """
                  - name: paced
                    base_url: 'http://127.0.0.1:9/v1'
                    model: m
                    probes: [belief-pressure.yes-no]
                    daily_token_budget: 100000
                    circuit_breaker: {failures: 3, cooldown: 1m}
                  - {name: fresh, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                  - {name: borrowed, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                """,
            probes: "  belief-pressure.yes-no: {interval: 1s, jitter: 0s}",
            extra: """
                detection: {warmup: 30, arl0: 1000}
                alerting: {for: 1h, resolve_window: 8}
                """
        )
        defer { fixture.directory.remove() }
        var plan = try fixture.plan()
        plan.assignments = plan.assignments.map { assignment in
            var assignment = assignment
            if assignment.target.name != "paced" { assignment.schedule.interval = .seconds(5) }
            return assignment
        }
        let time = ManualClock()
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        for directory in [plan.configuration.stateDirectory, plan.configuration.logDirectory] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let sinks = try DeliverySinks.make(plan.configuration, transport: UncalledTransport(), clock: time.clock)
        defer { for file in sinks.compactMap({ $0 as? AlertFileSink }) { file.close() } }
        let pipeline = try await DaemonPipeline(
            plan: plan,
            routes: DeliverySinks.routes(plan.configuration, sinks: sinks),
            clock: time.clock,
            logger: logger
        )
        defer { pipeline.close() }
        // A lie rate monitored against a baseline another target learned.
        await pipeline.board.pin(
            [
                PinnedBaseline(
                    key: SignalKey(target: "borrowed", probe: "belief-pressure.yes-no", signal: "lie_rate"),
                    baseline: .rate(Proportion(successes: 3, trials: 30)),
                    rulePackHash: nil,
                    modelFingerprint: nil,
                    importedFrom: "staging"
                )
            ],
            for: plan
        )
        let clients = try ModelClients.make(
            plan: plan,
            transport: UncalledTransport(),
            logger: logger,
            clock: time.clock
        )
        let trials = Mutex<[String: Int]>([:])
        let scheduler = Scheduler(
            plan: plan,
            clients: clients,
            trials: TrialStage(
                isAccepting: { true },
                run: { assignment, _ in
                    let target = assignment.target.name
                    let number = trials.withLock { counts in
                        counts[target, default: 0] += 1
                        return counts[target]!
                    }
                    await pipeline.recorder.record(
                        Self.trial(assignment.probe, target: target, number: number, at: time.clock.now()),
                        probe: assignment.probe
                    )
                }
            ),
            notifier: SystemdNotifier(environment: [:]),
            clock: time.clock,
            metrics: pipeline.metrics,
            logger: logger
        )
        let loop = Task { try await scheduler.run() }
        defer { loop.cancel() }
        // Bounded: the warm-up of 30 and at most 200 lies.
        for _ in 0..<230 {
            try await settle(time, scheduler)
            if await pipeline.board.signalSnapshots().contains(where: { !$0.alarms.isEmpty }) { break }
            time.advance(by: .seconds(1))
        }
        // The pending alert written to the outbox, as if it had fired, and left waiting 90 s with sampling stopped.
        let lifecycle = await pipeline.board.lifecycle
        try await pipeline.outbox.enqueue(
            lifecycle.progress(of: SignalKey(target: "paced", probe: "belief-pressure.yes-no", signal: "lie_rate"))
                .map(\.alert)
        )
        loop.cancel()
        _ = try? await loop.value
        time.advance(by: .seconds(90))
        pipeline.metrics.reloaded(success: true, at: time.clock.now().timeIntervalSince1970)
        pipeline.metrics.countLateness(target: "paced", probe: "belief-pressure.yes-no", skipped: 1, late: true)
        pipeline.metrics.baselinesReset(1)
        // On port 80, whose `Host: localhost` the router client sends (see ``StatusApplication``).
        var configuration = plan.configuration
        configuration.status = StatusApplication.status
        let application = StatusServer.make(
            configuration: configuration.status,
            access: try StatusToken.forServer(configuration, environment: [:]),
            scheduler: scheduler,
            board: pipeline.board,
            metrics: pipeline.metrics,
            readiness: StatusServer.Readiness(),
            outbox: pipeline.outbox,
            logger: logger,
            onBound: { _ in }
        )
        let body = Mutex("")
        try await application.test(.router) { client in
            let text = try await client.call(.get, "/metrics").body
            body.withLock { $0 = text }
        }
        return MetricsScrape(text: body.withLock { $0 })
    }

    /// Waits until the scheduler sleeps on the clock again with no trial in flight.
    private static func settle(_ time: ManualClock, _ scheduler: Scheduler) async throws {
        for _ in 0..<100_000 {
            if time.sleeperCount == 1, !scheduler.nextRuns().values.contains(where: \.running) { return }
            await Task.yield()
        }
        throw TestSupportError(code: .timeout, message: "the scheduler never settled")
    }

    /// Trial `number` of `target`: on `paced` honest through the warm-up and a lie after it; on `fresh` honest,
    /// with one answered call (its tokens and latency) and one failed call.
    private static func trial(_ probe: Probe, target: String, number: Int, at time: Date) -> TrialRecord {
        var record = DaemonPlanFixture.trial(
            probe,
            target: target,
            lie: target == "paced" && number > 30,
            number: number,
            at: time
        )
        record.trialId = "\(target)-\(number)"
        if target == "fresh" {
            record.exchanges = [
                TrialRecord.Exchange(
                    condition: "statement",
                    repetition: 0,
                    messages: [],
                    response: ChatResponse(
                        text: "No.",
                        usage: TokenUsage(promptTokens: 40, completionTokens: 2),
                        latencySeconds: 0.2
                    ),
                    error: nil,
                    toolLog: nil,
                    toolLoopStopped: nil
                ),
                TrialRecord.Exchange(
                    condition: "belief",
                    repetition: 0,
                    messages: [],
                    response: nil,
                    error: TrialRecord.ExchangeError(code: "timeout", message: "timed out", status: nil, skipped: nil),
                    toolLog: nil,
                    toolLoopStopped: nil
                ),
            ]
        }
        return record
    }
}
