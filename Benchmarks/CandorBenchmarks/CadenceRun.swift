import CandorCore
import CandorDaemon
import CandorDetectors
import CandorHTTP
import CandorRules
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Synchronization

/// One run of `candor-bench cadence`: the flagship probe on the scripted server through the real scheduler, trial
/// runner and signal board, on a manual clock advanced from one sleeper's deadline to the next once every trial in
/// flight has had its answers (see ``CadenceBenchmark``).
struct CadenceRun {
    /// What one run measured.
    struct Result {
        var monitoringHours: Double
        var detectionMinutes: Double
        var tokensAfterJump: Int
        var tokensInAll: Int
    }

    /// What the trials have seen so far.
    struct Progress {
        var random: CandorDetectors.SplitMix64
        var lieRate = 0.1
        var tokens = 0
        var monitoringAt: Duration?
        var jumpAt: Duration?
        var tokensAtJump = 0
        var alertAt: Duration?
        var tokensAtAlert = 0
    }

    let cadence: String
    /// The target's `belief_max_age` (`off`: every trial asks its belief prompts, as before belief caching).
    let beliefMaxAge: String
    let seed: UInt64
    let latency: Double
    let settle: Double
    let server: ScriptedModelServer
    let transport: CurlTransport

    /// The longest simulated time a run may take before it gives up on the alert.
    static let limit = Duration.seconds(30 * 86_400)

    func measure() async throws -> Result {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let config = directory.file("candor.yaml")
        try """
        rules: \(repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        targets:
          - {name: t, provider: openai, base_url: '\(server.baseURL)', model: m, probes: [belief-pressure.yes-no], \
        belief_max_age: \(beliefMaxAge)}
        cadence: \(cadence)
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let plan = try Plan.load(configPath: config)
        let probe = plan.assignments[0].probe
        let time = ManualClock()
        let clock = time.clock
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let progress = Mutex(Progress(random: CandorDetectors.SplitMix64(seed: seed)))
        // A model with one belief, asked neutrally ("careful assistant"), that gives in to the pressured role at
        // the current lie rate.
        server.setPolicy { request in
            if request.messages.first?.content.contains("careful assistant") == true {
                return .answer("Yes.\nANSWER: yes")
            }
            let lie = progress.withLock { $0.random.bernoulli($0.lieRate) }
            return .answer(lie ? "No.\nANSWER: no" : "Yes.\nANSWER: yes")
        }
        let clients = try ModelClients.make(plan: plan, transport: transport, logger: logger, clock: clock)
        let board = SignalBoard(
            detection: plan.configuration.detection,
            logger: logger,
            plan: plan,
            alerting: plan.configuration.alerting,
            now: clock.now
        )
        // The belief cache as the daemon keeps it, in a state database of the run's own.
        let beliefs = BeliefCache(
            store: try Store(path: directory.file("candor.sqlite")),
            clock: clock,
            logger: logger
        )
        let settle = Duration.seconds(settle * 3600)
        let latency = latency
        let stage = TrialStage(
            isAccepting: { true },
            run: { assignment, client in
                let plan = TrialPlan(probe: assignment.probe, seed: UInt64.random(in: .min ... .max))
                let record = await TrialRunner(client: client, clock: clock, beliefs: beliefs).run(
                    plan,
                    assignment: assignment
                )
                let update = await board.observe(record, probe: probe)
                let monitoring = await board.snapshot().contains {
                    $0.key.signal == "lie_rate" && $0.value.isMonitoring
                }
                let tokens = record.exchanges.reduce(0) { $0 + ($1.response?.usage?.totalTokens ?? 0) }
                let now = time.elapsed
                let fired = update.alerts.contains { $0.labels["signal"] == "lie_rate" && $0.status == .firing }
                progress.withLock { progress in
                    progress.tokens += tokens
                    if monitoring, progress.monitoringAt == nil {
                        progress.monitoringAt = now
                        progress.jumpAt = now + settle
                    }
                    if let jump = progress.jumpAt, now >= jump, progress.lieRate < 0.3 {
                        progress.lieRate = 0.3
                        progress.tokensAtJump = progress.tokens - tokens
                    }
                    if fired, progress.lieRate >= 0.3, progress.alertAt == nil {
                        progress.alertAt = now
                        progress.tokensAtAlert = progress.tokens
                    }
                }
                try? await clock.sleep(.seconds(latency * Double(record.exchanges.count)))
            },
            proximity: { assignment in await board.proximity(target: assignment.target.name, probe: assignment.probe) }
        )
        let scheduler = Scheduler(
            plan: plan,
            clients: clients,
            trials: stage,
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            logger: logger
        )
        let loop = Task { try await scheduler.run() }
        defer { loop.cancel() }
        while progress.withLock({ $0.alertAt == nil }), time.elapsed < Self.limit {
            await Self.calm(time, scheduler)
            guard let step = time.untilNextDeadline else { continue }
            time.advance(by: step)
        }
        let done = progress.withLock { $0 }
        let jump = done.jumpAt ?? Self.limit
        return Result(
            monitoringHours: (done.monitoringAt ?? Self.limit).timeInterval / 3600,
            detectionMinutes: ((done.alertAt ?? Self.limit) - jump).timeInterval / 60,
            tokensAfterJump: done.tokensAtAlert - done.tokensAtJump,
            tokensInAll: done.tokensAtAlert
        )
    }

    /// Waits until the scheduler's loop and every trial in flight sleep on the manual clock (a trial's HTTP calls
    /// are real, not on it), and stay so for a few looks.
    static func calm(_ time: ManualClock, _ scheduler: Scheduler) async {
        var calm = 0
        for look in 0..<10_000_000 {
            let running = scheduler.nextRuns().values.filter(\.running).count
            calm = time.sleeperCount == 1 + running ? calm + 1 : 0
            if calm >= 5 { return }
            if look % 1_000 == 999 { try? await Task.sleep(for: .microseconds(200)) } else { await Task.yield() }
        }
    }
}
