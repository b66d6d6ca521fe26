import CandorAlerts
import Foundation

/// Finds one trial's full record by its id, for `candor show` and the trial pages, in the samples logs, newest
/// first: they keep every transcript (the state database keeps only each trial's calls).
public enum TrialLookup {
    /// The trial `id` in the samples logs in `logDirectory`; nil when none has it.
    ///
    /// - Throws: ``InputError`` when a samples log exists but cannot be read.
    public static func find(id: String, logDirectory: String) throws(InputError) -> TrialRecord? {
        let files = (try? SamplesLog.files(for: logDirectory)) ?? []
        let decoder = RecordCodec.decoder()
        // The id appears verbatim in its record's line: only lines holding it are decoded.
        for file in files.reversed() {
            var log = try SamplesLog(path: file)
            while let line = try log.lines.next() {
                guard line.contains(id),
                    case .record(let record) = SamplesLog.entry(
                        line,
                        detail: .full,
                        decoder: decoder,
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
}
