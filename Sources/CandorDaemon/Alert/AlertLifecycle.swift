import CandorAlerts
import Foundation

/// The lifecycle of the signals' alerts, as a value: Prometheus's `for:` and `keep_firing_for:` with
/// Alertmanager's deduplication, and separate fire and resolve thresholds so an alert does not flap.
/// No clock and no I/O inside: each ``step(_:at:)`` is told the time, so the lifecycle is tested without
/// sleeping and replayed on recorded time.
///
/// - **pending**: a detector alarmed (the fire threshold). The alert fires once the finding has held for
///   `for:`; it is dropped if the signal recovers first.
/// - **firing**: sent to the sinks. Another alarm while firing is deduplicated (same fingerprint).
/// - **resolved**: once more than `resolve_window` samples arrived after it fired and the signal has recovered
///   (the resolve threshold, see ``SignalRecovery``), continuously for `keep_firing_for:`. The resolution
///   carries the same id and fingerprint, `endsAt`, and the recent window as its current value.
public struct AlertLifecycle: Sendable {
    /// What moves the lifecycle.
    public enum Event: Sendable {
        /// A detector alarmed with the finding worded as `alert`.
        case alarm(Alert)
        /// One sample of the signal `key` arrived; whether its detector `alarmed` on it, and where the signal
        /// stands against its baseline after it.
        case sample(SignalKey, alarmed: Bool, recovery: SignalRecovery)
    }

    /// What one step changed.
    public enum Transition: Sendable, Hashable {
        /// The alert's finding holds from now on; it fires when it has held for `for:`.
        case pending(Alert)
        /// An alarm on an alert already firing: nothing new to send.
        case deduplicated(fingerprint: String)
        /// A pending alert whose signal recovered before `for:` ran out; it never fired.
        case dropped(Alert)
        /// The alert fires (its `startsAt` is when its finding began to hold).
        case fired(Alert)
        /// The alert is resolved.
        case resolved(Alert)
    }

    private struct Pending: Sendable {
        var since: Date
        var alert: Alert
    }

    private struct Firing: Sendable {
        var alert: Alert
        /// Samples of its signal seen since it fired.
        var samplesSinceFiring = 0
        /// Since when the resolve condition has held.
        var recoveredSince: Date?
    }

    /// How long a finding must hold before its alert fires (`for:`).
    public var pendingFor: Duration
    /// How long the signal must stay recovered before a firing alert resolves (`keep_firing_for:`).
    public var keepFiringFor: Duration
    /// How many samples must arrive after an alert fired before it may resolve (`resolve_window`).
    public var resolveWindow: Int
    private var pending: [String: Pending] = [:]
    private var firing: [String: Firing]

    /// A lifecycle with the settings of `alerting`, resuming the alerts in `firing` as firing.
    public init(alerting: Configuration.Alerting, firing: [Alert] = []) {
        pendingFor = alerting.pendingFor
        keepFiringFor = alerting.keepFiringFor
        resolveWindow = alerting.resolveWindow
        self.firing = Dictionary(firing.map { ($0.fingerprint, Firing(alert: $0)) }) { first, _ in first }
    }

    /// Resumes the `for:` and `keep_firing_for:` clocks of a previous run: alerts resumed as firing take their
    /// counters, pending ones their start.
    public mutating func resume(_ progress: [AlertProgress]) {
        for entry in progress {
            let fingerprint = entry.alert.fingerprint
            if let since = entry.pendingSince {
                if firing[fingerprint] == nil { pending[fingerprint] = Pending(since: since, alert: entry.alert) }
            } else if firing[fingerprint] != nil {
                firing[fingerprint]?.samplesSinceFiring = entry.samplesSinceFiring
                firing[fingerprint]?.recoveredSince = entry.recoveredSince
            }
        }
    }

    /// The alerts firing, oldest first.
    public var firingAlerts: [Alert] {
        firing.values.map(\.alert).sorted { $0.startsAt < $1.startsAt }
    }

    /// Moves the lifecycle on by `event`, which happened at `now`; returns what changed.
    public mutating func step(_ event: Event, at now: Date) -> [Transition] {
        switch event {
        case .alarm(let alert):
            return raise(alert, at: now)
        case .sample(let key, let alarmed, let recovery):
            return advance(key, alarmed: alarmed, recovery: recovery, at: now)
        }
    }

    /// Where the pending and firing alerts of `key` stand, to persist so a restart resumes their clocks.
    public func progress(of key: SignalKey) -> [AlertProgress] {
        pending.values.filter { Self.belongs($0.alert, to: key) }.map {
            AlertProgress(alert: $0.alert, pendingSince: $0.since)
        }
            + firing.values.filter { Self.belongs($0.alert, to: key) }.map {
                AlertProgress(
                    alert: $0.alert,
                    samplesSinceFiring: $0.samplesSinceFiring,
                    recoveredSince: $0.recoveredSince
                )
            }
    }

    private mutating func raise(_ alert: Alert, at now: Date) -> [Transition] {
        if firing[alert.fingerprint] != nil {
            firing[alert.fingerprint]?.recoveredSince = nil
            return [.deduplicated(fingerprint: alert.fingerprint)]
        }
        guard pending[alert.fingerprint] == nil else { return [] }
        pending[alert.fingerprint] = Pending(since: now, alert: alert)
        return [.pending(alert)]
    }

    /// A pending alert's finding holds on a sample where the detector alarms, and otherwise until the signal has
    /// recovered; one that no longer holds is dropped, even on the sample where `for:` runs out. An alert that
    /// fires counts the sample it fired on towards `resolve_window`.
    private mutating func advance(
        _ key: SignalKey,
        alarmed: Bool,
        recovery: SignalRecovery,
        at now: Date
    ) -> [Transition] {
        var transitions: [Transition] = []
        for (fingerprint, entry) in pending where Self.belongs(entry.alert, to: key) {
            if recovery.isBack && !alarmed {
                pending[fingerprint] = nil
                transitions.append(.dropped(entry.alert))
            } else if now.timeIntervalSince(entry.since) >= pendingFor.timeInterval {
                pending[fingerprint] = nil
                var alert = entry.alert
                alert.startsAt = entry.since
                firing[fingerprint] = Firing(alert: alert)
                transitions.append(.fired(alert))
            }
        }
        for (fingerprint, var entry) in firing where Self.belongs(entry.alert, to: key) {
            entry.samplesSinceFiring += 1
            defer { firing[fingerprint] = entry }
            guard entry.samplesSinceFiring > resolveWindow, recovery.isBack, let current = recovery.current else {
                entry.recoveredSince = nil
                continue
            }
            let since = entry.recoveredSince ?? now
            entry.recoveredSince = since
            guard now.timeIntervalSince(since) >= keepFiringFor.timeInterval else { continue }
            var resolved = entry.alert
            resolved.status = .resolved
            resolved.endsAt = now
            switch current {
            case .rate(_, let window): resolved.current = Alert.Rate(window)
            case .score(_, let window): resolved.currentScore = Alert.Score(window)
            case .mix(_, let window): resolved.currentMix = window
            }
            transitions.append(.resolved(resolved))
        }
        for case .resolved(let alert) in transitions {
            firing[alert.fingerprint] = nil
        }
        return transitions
    }

    private static func belongs(_ alert: Alert, to key: SignalKey) -> Bool {
        alert.labels["target"] == key.target && alert.labels["probe"] == key.probe
            && alert.labels["signal"] == key.signal
    }
}
