import CandorAlerts
import CandorDetectors
import CandorStore
import Foundation
import Logging

/// Moves signal and alert state between the ``SignalBoard`` and the ``Store``, so that a
/// restart, or a `kill -9`, resumes every baseline and detector statistic where it was.
enum SignalState {
    /// The monitors and firing alerts to resume `plan` with.
    ///
    /// A signal whose probe's rule pack changed since its state was stored starts again from a
    /// new warm-up: its metric may have changed meaning, so its baseline no longer applies.
    static func restore(
        from store: Store,
        plan: Plan,
        logger: Logger
    ) async throws(StoreError) -> (
        monitors: [SignalKey: SignalMonitor], fingerprints: [SignalKey: String], firing: [Alert]
    ) {
        let packHashes = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        var monitors: [SignalKey: SignalMonitor] = [:]
        var fingerprints: [SignalKey: String] = [:]
        for stored in try await store.signals() {
            let key = SignalKey(target: stored.target, probe: stored.probe, signal: stored.name)
            guard let current = packHashes[stored.probe] else { continue }
            guard current == stored.packHash else {
                logger.notice(
                    "rule pack changed: the signal learns a new baseline",
                    metadata: ["candor.signal": "\(key)", "candor.pack_hash": "\(current)"]
                )
                continue
            }
            do {
                monitors[key] = try JSONDecoder().decode(SignalMonitor.self, from: stored.state)
                fingerprints[key] = stored.modelFingerprint
            } catch {
                logger.warning(
                    "stored signal state is unreadable; the signal learns a new baseline",
                    metadata: ["candor.signal": "\(key)", "candor.error": "\(error)"]
                )
            }
        }
        let decoder = RecordCodec.decoder()
        var firing: [Alert] = []
        for stored in try await store.alerts(status: "firing") {
            do {
                firing.append(try decoder.decode(Alert.self, from: stored.record))
            } catch {
                logger.warning(
                    "a stored firing alert is unreadable",
                    metadata: ["candor.fingerprint": "\(stored.fingerprint)"]
                )
            }
        }
        return (monitors, fingerprints, firing)
    }

    /// The stored form of `monitors` after a trial of a probe with `packHash`.
    static func stored(
        _ monitors: [SignalKey: SignalMonitor],
        packHash: String,
        modelFingerprint: String?
    ) throws -> [StoredSignal] {
        try monitors.map { key, monitor in
            StoredSignal(
                key: key.description,
                target: key.target,
                probe: key.probe,
                name: key.signal,
                packHash: packHash,
                modelFingerprint: modelFingerprint,
                state: try JSONEncoder().encode(monitor)
            )
        }
    }
}
