import CandorAlerts
import CandorDetectors
import CandorStore
import Foundation
import Logging

/// The baseline of one signal as `candor baseline export` writes it and the daemon pins it: a signal with a
/// pinned baseline skips its warm-up.
public struct PinnedBaseline: Sendable, Codable, Equatable {
    /// A baseline: counts of a yes/no signal, the summary of a continuous one, or the mix of a category signal.
    public enum Level: Sendable, Codable, Equatable {
        /// The outcomes a rate was learned from.
        case rate(Proportion)
        /// The samples a mean and spread were learned from.
        case score(ScoreSummary)
        /// The mix a category signal learned, with its window and calibrated χ² threshold.
        case mix(CategoryMixBaseline)

        /// The baseline `monitor` has learned, or nil during warm-up.
        init?(_ monitor: SignalMonitor) {
            guard monitor.isMonitoring else { return nil }
            switch monitor {
            case .rate(let monitor): self = .rate(monitor.baseline.observed)
            case .score(let monitor): self = .score(monitor.baseline.observed)
            case .mix(let monitor):
                guard let mix = monitor.pinnable else { return nil }
                self = .mix(mix)
            }
        }
    }

    /// The signal.
    public var key: SignalKey
    /// Its baseline.
    public var baseline: Level
    /// The rule pack hash the baseline was learned under; an entry for another hash is not applied.
    public var rulePackHash: String?
    /// The model fingerprint the target reported while the baseline was learned, for the record.
    public var modelFingerprint: String?
    /// The target the baseline was learned on, when `candor baseline import --from-target` gave it to another
    /// one; nil for a target's own baseline.
    public var importedFrom: String?

    /// Creates an entry.
    public init(
        key: SignalKey,
        baseline: Level,
        rulePackHash: String?,
        modelFingerprint: String?,
        importedFrom: String? = nil
    ) {
        self.key = key
        self.baseline = baseline
        self.rulePackHash = rulePackHash
        self.modelFingerprint = modelFingerprint
        self.importedFrom = importedFrom
    }
}

/// The file `candor baseline export` writes and `detection.baseline_file` names:
/// `{"schema": "candor.baselines/v1", "exported_at": ..., "baselines": [...]}`.
public struct BaselineFile: Sendable, Codable, Equatable {
    /// The schema identifier of the format.
    public static let schemaName = "candor.baselines/v1"

    /// Always ``schemaName``.
    public var schema = BaselineFile.schemaName
    /// When the file was written.
    public var exportedAt: Date
    /// One entry per signal.
    public var baselines: [PinnedBaseline]

    enum CodingKeys: String, CodingKey {
        case schema
        case exportedAt = "exported_at"
        case baselines
    }

    /// Creates a file's contents.
    public init(exportedAt: Date, baselines: [PinnedBaseline]) {
        self.exportedAt = exportedAt
        self.baselines = baselines
    }

    /// The baselines of every signal past its warm-up in `monitors`.
    public init(
        monitors: [SignalKey: SignalMonitor],
        packHashes: [SignalKey: String],
        fingerprints: [SignalKey: String],
        exportedAt: Date
    ) {
        let entries = monitors.compactMap { key, monitor -> PinnedBaseline? in
            guard let level = PinnedBaseline.Level(monitor) else { return nil }
            return PinnedBaseline(
                key: key,
                baseline: level,
                rulePackHash: packHashes[key],
                modelFingerprint: fingerprints[key]
            )
        }
        self.init(exportedAt: exportedAt, baselines: entries.sorted { $0.key.description < $1.key.description })
    }

    /// Reads and checks the file at `path`.
    ///
    /// - Throws: ``BaselineFileError`` naming the file and what is wrong with it.
    public static func read(_ path: String) throws(BaselineFileError) -> BaselineFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BaselineFileError(path: path, message: "cannot read it: \(error.localizedDescription)")
        }
        let file: BaselineFile
        do {
            file = try decoder.decode(BaselineFile.self, from: data)
        } catch let error as DecodingError {
            throw BaselineFileError(
                path: path,
                message: "not a baseline file written by candor baseline export: \(Self.describe(error))"
            )
        } catch {
            throw BaselineFileError(path: path, message: "\(error)")
        }
        guard file.schema == schemaName else {
            throw BaselineFileError(path: path, message: "schema is '\(file.schema)', expected '\(schemaName)'")
        }
        for entry in file.baselines {
            switch entry.baseline {
            case .rate(let counts) where counts.trials < 1:
                throw BaselineFileError(path: path, message: "\(entry.key): a rate baseline needs at least one sample")
            case .score(let summary) where summary.count < 2 || !summary.mean.isFinite:
                throw BaselineFileError(
                    path: path,
                    message: "\(entry.key): a score baseline needs at least two samples and a finite mean"
                )
            case .mix(let mix) where mix.problem != nil:
                throw BaselineFileError(path: path, message: "\(entry.key): \(mix.problem ?? "")")
            default:
                continue
            }
        }
        return file
    }

    /// The file as pretty-printed JSON.
    public func encoded() throws -> Data {
        let encoder = RecordCodec.encoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        return try encoder.encode(self)
    }

    private static var decoder: JSONDecoder {
        let decoder = RecordCodec.decoder()
        return decoder
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(path(context))"
        @unknown default:
            "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }
}

/// A baseline file that cannot be used.
public struct BaselineFileError: Error, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong and how to fix it.
    public var message: String

    public var description: String {
        "\(path): \(message)"
    }
}

extension BaselineFile {
    /// The baselines the daemon of `plan` has learned so far, read from its state database, exported at `time`.
    ///
    /// - Throws: ``StoreError`` when the database cannot be opened or read.
    public static func exported(from plan: Plan, logger: Logger, at time: Date) async throws -> BaselineFile {
        let path = plan.configuration.stateDirectory + "/candor.sqlite"
        guard FileManager.default.fileExists(atPath: path) else {
            throw BaselineFileError(
                path: path,
                message: "no state database: the daemon has not run with this config yet"
            )
        }
        let store = try Store(path: path)
        let restored = try await SignalState.restore(from: store, plan: plan, logger: logger)
        let hashes = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        return BaselineFile(
            monitors: restored.monitors,
            packHashes: Dictionary(
                uniqueKeysWithValues: restored.monitors.keys.compactMap { key in hashes[key.probe].map { (key, $0) } }
            ),
            fingerprints: restored.fingerprints,
            exportedAt: time
        )
    }
}
