import CandorAlerts
import CandorStore

extension OutboxEntry {
    /// The alert the row carries; nil when its record cannot be decoded (then it is sent without it).
    var alert: Alert? {
        try? RecordCodec.decoder().decode(Alert.self, from: record)
    }
}
