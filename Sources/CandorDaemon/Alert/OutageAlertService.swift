import CandorAlerts
import CandorCore
import CandorYAML
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Makes an outage news: raises the `CandorTargetDown` self-alert when every trial of a target has failed for
/// its `outage_after` (``TargetOutage``), and resolves it at the target's first answer. Without it a target
/// that stops answering shows only as error samples and log lines. The alert goes through the normal
/// pipeline (outbox, sinks, silences) and shows in the alerts API while it fires.
public final class OutageAlertService: Service, Sendable {
    private let trials: AsyncStream<TrialAvailability>
    private let threshold: @Sendable (String) -> Duration?
    private let deliver: @Sendable (Alert) async -> Void
    private let logger: Logger
    private let state = Mutex<[String: (outage: TargetOutage, alert: Alert?)]>([:])

    /// The stream of ended trials the service reads, and the callback that feeds it (see
    /// ``TrialStage/recording(to:clock:onTrial:)``).
    public static func channel() -> (
        stream: AsyncStream<TrialAvailability>, callback: @Sendable (TrialAvailability) -> Void
    ) {
        let (stream, continuation) = AsyncStream.makeStream(
            of: TrialAvailability.self,
            bufferingPolicy: .bufferingNewest(1000)
        )
        return (stream, { continuation.yield($0) })
    }

    /// Creates the service reading `trials`; `threshold` gives a target's `outage_after` (nil: the alert is off
    /// for it, or it is no longer configured), `deliver` sends the alerts (through the outbox, in the daemon).
    public init(
        trials: AsyncStream<TrialAvailability>,
        threshold: @escaping @Sendable (String) -> Duration?,
        deliver: @escaping @Sendable (Alert) async -> Void,
        logger: Logger
    ) {
        self.trials = trials
        self.threshold = threshold
        self.deliver = deliver
        self.logger = logger
    }

    /// The outage alerts firing now, for the alerts API.
    public var firing: [Alert] {
        state.withLock { $0.values.compactMap { $0.alert } }.sorted { $0.startsAt < $1.startsAt }
    }

    public func run() async throws {
        for await trial in trials.cancelOnGracefulShutdown() {
            await observe(trial)
        }
    }

    /// Takes in one ended trial, and raises or resolves its target's alert when the state changes.
    func observe(_ trial: TrialAvailability) async {
        guard let threshold = threshold(trial.target) else {
            // Turned off (or the target removed) by a reload: a firing alert is resolved, not left behind.
            if let alert = state.withLock({ $0.removeValue(forKey: trial.target)?.alert }) {
                await resolve(alert, at: trial.time)
            }
            return
        }
        let (change, firing, first) = state.withLock { state -> (TargetOutage.Change?, Alert?, Bool) in
            let first = state[trial.target] == nil
            var entry = state[trial.target] ?? (TargetOutage(), nil)
            defer { state[trial.target] = entry }
            let change = entry.outage.observe(trial.evidence, at: trial.time, threshold: threshold)
            switch change {
            case .down(let since, let lastAnswer, let error):
                entry.alert = Self.alert(trial.target, since: since, lastAnswer: lastAnswer, error: error, threshold)
                return (change, entry.alert, first)
            case .up:
                defer { entry.alert = nil }
                return (change, entry.alert, first)
            case nil:
                return (nil, nil, first)
            }
        }
        if first, change == nil, trial.evidence == .answered {
            // A previous run may have left the target's alert firing: the outbox's open self-alerts
            // send this resolution only if it did.
            await resolve(
                Self.alert(trial.target, since: trial.time, lastAnswer: nil, error: "", threshold),
                at: trial.time
            )
        }
        guard let change, let firing else { return }
        var targetLogger = logger
        targetLogger[metadataKey: "candor.target"] = "\(trial.target)"
        switch change {
        case .down(let since, _, let error):
            targetLogger.warning(
                "target \(trial.target) is down: every trial since \(since.formatted(.iso8601)) failed (\(error)); raising CandorTargetDown"
            )
            await deliver(firing)
        case .up(let since, let at):
            let seconds = Int(at.timeIntervalSince(since))
            targetLogger.notice("target \(trial.target) answers again after \(seconds) s; CandorTargetDown resolved")
            await resolve(firing, at: at)
        }
    }

    private func resolve(_ alert: Alert, at time: Date) async {
        var resolved = alert
        resolved.status = .resolved
        resolved.endsAt = time
        await deliver(resolved)
    }

    /// The alert for a target down since `since`.
    static func alert(
        _ target: String,
        since: Date,
        lastAnswer: Date?,
        error: String,
        _ threshold: Duration
    ) -> Alert {
        let answered =
            lastAnswer.map { "Its last answer came at \($0.formatted(.iso8601))." }
            ?? "It has not answered since the daemon started."
        return Alert(
            about: "CandorTargetDown",
            severity: "critical",
            summary:
                "target \(target) is down: every trial for \(DurationText.format(threshold)) failed (last error: \(error))",
            description: "\(answered) Trials keep running on their schedule and are recorded as errors; its signals "
                + "get no samples meanwhile. The alert resolves at the first trial that gets an answer. "
                + "Set the wait with the target's outage_after (off turns the alert off).",
            extraLabels: ["target": target],
            startsAt: since
        )
    }
}
