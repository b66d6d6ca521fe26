import CandorAlerts
import CandorProviders
import CandorRules
import Logging
import ServiceLifecycle

/// The monitoring loop: for every probe on every target, runs a trial on its schedule, writes
/// the record to the samples log, feeds the signals and delivers the alerts they raise.
///
/// On graceful shutdown no new trial starts; a trial in flight finishes (or is cancelled when
/// the service group's grace period runs out, and is then recorded as an error).
public struct Monitor: Service {
    private let plan: Plan
    private let clients: [String: any ModelClient]
    private let samples: JSONLinesFile
    private let sinks: [AlertFileSink]
    private let board: SignalBoard
    private let logger: Logger

    /// Creates the loop.
    ///
    /// - Parameters:
    ///   - plan: what to run.
    ///   - clients: one model client per target name.
    ///   - samples: the samples log.
    ///   - sinks: where alerts go.
    ///   - board: the signals.
    ///   - logger: operator logs.
    public init(
        plan: Plan,
        clients: [String: any ModelClient],
        samples: JSONLinesFile,
        sinks: [AlertFileSink],
        board: SignalBoard,
        logger: Logger
    ) {
        self.plan = plan
        self.clients = clients
        self.samples = samples
        self.sinks = sinks
        self.board = board
        self.logger = logger
    }

    public func run() async throws {
        await withDiscardingTaskGroup { group in
            for assignment in plan.assignments {
                group.addTask { await schedule(assignment) }
            }
        }
    }

    /// Runs `assignment` every interval ± jitter until shutdown. The first trial starts within
    /// one jitter of start-up; a trial that overruns its interval is followed at once by the
    /// next, never by a burst of missed ones.
    private func schedule(_ assignment: Plan.Assignment) async {
        let clock = ContinuousClock()
        var next = clock.now + Self.randomShift(upTo: assignment.schedule.jitter, symmetric: false)
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let deadline = next
            do {
                try await cancelWhenGracefulShutdown {
                    try await Task.sleep(until: deadline, clock: clock)
                }
            } catch {
                return
            }
            let started = clock.now
            await runTrial(assignment)
            let planned = started + assignment.schedule.interval
                + Self.randomShift(upTo: assignment.schedule.jitter, symmetric: true)
            next = max(planned, clock.now)
        }
    }

    /// Runs one trial of `assignment` and records it everywhere it belongs.
    func runTrial(_ assignment: Plan.Assignment) async {
        guard let client = clients[assignment.target.name] else { return }
        let trial = TrialPlan(probe: assignment.probe, seed: UInt64.random(in: .min ... .max))
        let record = await TrialRunner(client: client).run(trial, assignment: assignment)
        let metadata: Logger.Metadata = [
            "candor.target": "\(record.target)", "candor.probe": "\(record.probe)", "candor.item": "\(record.item)",
            "candor.outcome": "\(record.observation.outcome.rawValue)", "candor.trial": "\(record.trialId)",
        ]
        if record.observation.outcome == .error {
            logger.notice("trial failed: \(record.observation.reason)", metadata: metadata)
        } else {
            logger.debug("trial scored", metadata: metadata)
        }
        do {
            try samples.append(record)
        } catch {
            logger.error("could not write the samples log: \(error)", metadata: metadata)
        }
        for alert in await board.observe(record, probe: assignment.probe) {
            logger.warning(
                "alert firing: \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")",
                metadata: ["candor.fingerprint": "\(alert.fingerprint)"]
            )
            for sink in sinks {
                do {
                    try sink.deliver(alert)
                } catch {
                    logger.error("could not deliver an alert to \(sink.path): \(error)")
                }
            }
        }
    }

    private static func randomShift(upTo jitter: Duration, symmetric: Bool) -> Duration {
        let millis = Int64(jitter.roundedDownMilliseconds)
        guard millis > 0 else { return .zero }
        return .milliseconds(Int64.random(in: (symmetric ? -millis : 0)...millis))
    }
}

extension Duration {
    var roundedDownMilliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
