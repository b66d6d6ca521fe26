import CandorAlerts
import Foundation

/// What `candor report` and the status endpoint's pages show: per target, each signal's history and each probe's
/// outcome mix; the alerts with the trials behind them. A value, built by ``load(plan:store:since:now:progress:)``
/// and drawn by ``ReportPage``.
public struct Report: Sendable {
    /// One target's part.
    public struct Target: Sendable {
        /// The target's name.
        public var name: String
        /// The model asked for.
        public var model: String
        /// Its signals' histories, by probe then signal.
        public var signals: [SignalHistory]
        /// `probe → outcome → trials`.
        public var outcomes: [String: [String: Int]]
    }

    /// When the report was made.
    public var generated: Date
    /// The first time drawn, if limited.
    public var since: Date?
    /// The targets: the configured ones in order, then any other the samples name.
    public var targets: [Target]
    /// The alerts, newest first.
    public var alerts: [Alert]
    /// The evidence trials of ``alerts`` that could be found, by id.
    public var trials: [String: TrialRecord]
    /// Trials read.
    public var trialCount: Int
    /// Trials drawn (from ``since`` on).
    public var drawnCount: Int
    /// Lines of the samples logs that were not records.
    public var unreadable: Int

    /// The alerts about `key`'s signal (its target, probe and signal labels).
    public func alerts(of key: SignalKey) -> [Alert] {
        alerts.filter {
            $0.labels["target"] == key.target && $0.labels["probe"] == key.probe && $0.labels["signal"] == key.signal
        }
    }

    /// The alert with `id`.
    public func alert(id: String) -> Alert? {
        alerts.first { $0.id == id }
    }
}
