import CandorAlerts
import CandorDetectors
import Foundation

extension SignalBoard {
    /// What one trial changed: the alerts it raised and the signals whose state moved.
    public struct Update: Sendable {
        /// New alerts.
        public var alerts: [Alert] = []
        /// The new state of every signal the trial moved.
        public var signals: [SignalKey: SignalMonitor] = [:]
        /// The progress of the pending and firing alerts of those signals, to persist.
        public var progress: [AlertProgress] = []
        /// Fingerprints of alerts of those signals that stopped pending or firing.
        public var ended: [String] = []
        /// When the signals the trial moved that are still warming up should end their warm-ups.
        public var warmupEnds: [SignalKey: Date] = [:]
        /// Signals that started a new warm-up because the model fingerprint changed.
        public var baselineResets = 0

        /// An update that changed nothing.
        public init() {}
    }
}
