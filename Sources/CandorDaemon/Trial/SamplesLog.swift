import CandorAlerts
import Foundation

/// The recorded trials `candor replay` reads: `candor.sample/v1` lines from a samples log, a
/// rotated one (`samples-….jsonl`, or compressed `….jsonl.gz`), standard input, or a log
/// directory holding them. A line that is not a record is reported with its file and line and
/// skipped, so one torn line (a crash mid-write) does not stop a replay of months.
public struct SamplesLog {
    /// One non-blank line of a samples log.
    public enum Entry: Sendable {
        /// A trial.
        case record(TrialRecord)
        /// A line that is not a trial record: where and why.
        case malformed(InputError)
    }

    /// How much of each record is read.
    public enum Detail: Sendable {
        /// All of it, prompts included.
        case full
        /// What a replay reads (see ``JSONScanner/trialRecord()``): the prompts, tool logs and log
        /// probabilities are left out, which reads a record several times faster.
        case replayed
    }

    /// The live samples log's name in a log directory.
    public static let liveName = "samples.jsonl"

    var lines: LineReader
    let file: String
    let detail: Detail
    private let decoder = RecordCodec.decoder()

    /// The records of the file at `path` ("-" for standard input), each read to `detail`; a `.gz` file is
    /// decompressed.
    ///
    /// - Throws: ``InputError`` if it cannot be opened, is a directory, or is not valid gzip.
    public init(path: String, detail: Detail = .full) throws(InputError) {
        file = path == "-" ? "stdin" : path
        self.detail = detail
        if path.hasSuffix(".gz") {
            do {
                lines = LineReader(bytes: Array(try Gzip.decompress(path)), name: path)
            } catch {
                throw InputError(file: path, line: nil, "cannot be decompressed: \(error)")
            }
        } else {
            lines = try LineReader(path: path)
        }
    }

    /// The records in `bytes`, as if read from `name`, each read to `detail`.
    public init(bytes: [UInt8], name: String, detail: Detail = .full) {
        file = name
        self.detail = detail
        lines = LineReader(bytes: bytes, name: name)
    }

    /// The next record or malformed line; `nil` at the end. Blank lines are skipped.
    ///
    /// - Throws: ``InputError`` if reading the file fails.
    public mutating func next() throws(InputError) -> Entry? {
        while let line = try lines.next() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            return Self.entry(line, detail: detail, decoder: decoder, file: file, line: lines.lineNumber)
        }
        return nil
    }

    /// `text` as a record read to `detail`, or why it is not one, located at `file:line`.
    static func entry(_ text: String, detail: Detail, decoder: JSONDecoder, file: String, line: Int) -> Entry {
        if detail == .replayed {
            var text = text
            let scanned = text.withUTF8 { bytes in
                var scanner = JSONScanner(bytes)
                return scanner.trialRecord()
            }
            if let scanned, scanned.schema == TrialRecord.schemaName { return .record(scanned) }
            // Not read (not JSON, another shape or schema, a form the scanner does not take): the decoder
            // reads it or says why not.
        }
        do {
            let record = try decoder.decode(TrialRecord.self, from: Data(text.utf8))
            guard record.schema == TrialRecord.schemaName else {
                return .malformed(
                    InputError(file: file, line: line, "schema '\(record.schema)' is not \(TrialRecord.schemaName)")
                )
            }
            return .record(record)
        } catch {
            // Cut short: a decoding error may quote the line, which can be megabytes long.
            let reason = String(describing: error)
            let shown = reason.count > 300 ? reason.prefix(297) + "..." : reason
            return .malformed(InputError(file: file, line: line, "not a \(TrialRecord.schemaName) record (\(shown))"))
        }
    }

    /// The samples logs `argument` names, in the order to replay them: "-" and files as they are;
    /// a directory's rotated samples logs, oldest first, then its live `samples.jsonl`.
    ///
    /// - Throws: ``InputError`` if `argument` does not exist, or is a directory without samples logs.
    public static func files(for argument: String) throws(InputError) -> [String] {
        guard argument != "-" else { return [argument] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw InputError(file: argument, line: nil, "no such file or directory")
        }
        guard isDirectory.boolValue else { return [argument] }
        let live = (argument as NSString).appendingPathComponent(liveName)
        var files = RotatedFiles(path: live).list().map(\.path)
        if FileManager.default.fileExists(atPath: live) { files.append(live) }
        guard !files.isEmpty else {
            throw InputError(
                file: argument,
                line: nil,
                "is a directory without \(liveName) or rotated samples-*.jsonl(.gz) files; give the log "
                    + "directory (log_dir) or samples files"
            )
        }
        return files
    }
}
