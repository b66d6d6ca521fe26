import CandorAlerts
import CandorStore
import Foundation

/// Finds one trial's full record by its id, for `candor show` and the trial pages: in the state database first
/// (an indexed read), then in the samples logs, newest first, which keep every transcript even when the
/// database keeps less or retention has dropped the trial.
public enum TrialLookup {
    /// The trial `id` from `store` or the samples logs in `logDirectory`; nil when neither has it.
    ///
    /// - Throws: ``InputError`` when a samples log exists but cannot be read.
    public static func find(id: String, store: Store?, logDirectory: String) async throws(InputError) -> TrialRecord? {
        if let record = await inStore(store, id: id) { return record }
        let files = (try? SamplesLog.files(for: logDirectory)) ?? []
        // The id appears verbatim in its record's line: only lines holding it are decoded.
        for file in files.reversed() {
            var log = try SamplesLog(path: file)
            while let line = try log.lines.next() {
                guard line.contains(id),
                    case .record(let record) = SamplesLog.entry(
                        line,
                        decoder: RecordCodec.decoder(),
                        file: file,
                        line: log.lines.lineNumber
                    ),
                    record.trialId == id
                else { continue }
                return record
            }
        }
        return nil
    }

    /// The trial `id` as `store` holds it, if it holds all of it (a record that no longer decodes as a full
    /// trial, or holds no exchange, is looked up in the samples logs instead).
    static func inStore(_ store: Store?, id: String) async -> TrialRecord? {
        guard let store, let data = try? await store.trialRecord(id: id),
            let record = try? RecordCodec.decoder().decode(TrialRecord.self, from: data),
            !record.exchanges.isEmpty
        else { return nil }
        return record
    }
}
