import CandorAlerts
import CandorStore
import Foundation

/// Every alert Candor raised that can still be read: the state database's (the latest of each fingerprint) and
/// the alert files' (every notification, rotated ones too), one per alert id, newest first. A firing alert and
/// its resolution share their id; the resolution wins.
public enum AlertArchive {
    /// The alerts of `configuration`'s file sinks and of `store`; unreadable lines and files are skipped (the
    /// report shows what it can).
    public static func read(_ configuration: Configuration, store: Store?) async -> [Alert] {
        let decoder = RecordCodec.decoder()
        var alerts: [Alert] = []
        if let store {
            for status in ["firing", "resolved"] {
                for stored in (try? await store.alerts(status: status)) ?? [] {
                    if let alert = try? decoder.decode(Alert.self, from: stored.record) { alerts.append(alert) }
                }
            }
        }
        for case .file(let path) in configuration.sinks.map(\.kind) {
            let files = RotatedFiles(path: path).list().map(\.path) + [path]
            for file in files {
                let data =
                    file.hasSuffix(".gz") ? (try? Gzip.decompress(file)) : FileManager.default.contents(atPath: file)
                guard let data else { continue }
                for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                    if let alert = try? decoder.decode(Alert.self, from: Data(line)), alert.schema == Alert.schemaName {
                        alerts.append(alert)
                    }
                }
            }
        }
        return merged(alerts)
    }

    /// One alert per id (a resolution over its firing notification, else the later), newest first.
    public static func merged(_ alerts: [Alert]) -> [Alert] {
        var byID: [String: Alert] = [:]
        for alert in alerts {
            guard let known = byID[alert.id] else {
                byID[alert.id] = alert
                continue
            }
            if known.status == .firing, alert.status == .resolved { byID[alert.id] = alert }
        }
        return byID.values.sorted { ($0.startsAt, $0.id) > ($1.startsAt, $1.id) }
    }
}
