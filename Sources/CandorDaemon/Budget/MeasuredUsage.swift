import CandorAlerts
import CandorRules
import Foundation

/// What the recorded trials of each target and probe actually cost and gave: the calls made (belief answers reused
/// from the cache are kept apart from them, ``TrialRecord/cachedBelief``), the tokens the target reported, and each
/// signal's samples. ``CostEstimate`` uses it in place of its estimates where there are enough trials.
public struct MeasuredUsage: Sendable {
    /// One probe on one target.
    public struct Probe: Sendable {
        /// Trials recorded (failed ones included: they cost calls too).
        public var trials = 0
        /// Calls made.
        public var calls = 0
        /// Tokens the target reported.
        public var tokens = 0
        /// Calls that reported their tokens.
        public var callsWithUsage = 0
        /// Per signal: samples and their sum (a yes/no signal's sum is its count of 1s).
        public var samples: [String: (count: Int, sum: Double)] = [:]
    }

    /// The fewest trials whose measurements replace the estimates.
    public static let minimumTrials = 20

    /// By `target/probe`.
    public var probes: [String: Probe] = [:]

    /// Nothing measured.
    public init() {}

    /// Adds one trial of `probe`.
    public mutating func add(_ record: TrialRecord, probe: CandorRules.Probe) {
        var measured = probes["\(record.target)/\(record.probe)"] ?? Probe()
        measured.trials += 1
        for exchange in record.exchanges {
            measured.calls += 1
            if let usage = exchange.response?.usage {
                measured.tokens += usage.totalTokens
                measured.callsWithUsage += 1
            }
        }
        for spec in probe.signals {
            guard let sample = record.observation.sample(for: spec) else { continue }
            let sum = measured.samples[spec.name] ?? (0, 0)
            measured.samples[spec.name] = (sum.count + 1, sum.sum + sample)
        }
        probes["\(record.target)/\(record.probe)"] = measured
    }

    /// The trials of the last `days` days (at most `latest` per target) of every target of `plan`, read from the
    /// samples logs in `logDirectory` (rotated ones included); nothing when there are none. The state database
    /// keeps only each trial's calls, while the samples log has the observation a signal's samples come from.
    ///
    /// - Throws: ``InputError`` when a samples log exists but cannot be read; lines that are not records are
    ///   skipped, as a replay skips them.
    public static func read(
        plan: Plan,
        logDirectory: String,
        now: Date = Date(),
        days: Double = 7,
        latest: Int = 5_000
    ) throws(InputError) -> MeasuredUsage {
        var usage = MeasuredUsage()
        let live = (logDirectory as NSString).appendingPathComponent(SamplesLog.liveName)
        guard FileManager.default.fileExists(atPath: live) || !RotatedFiles(path: live).list().isEmpty else {
            return usage
        }
        let probes = Dictionary(plan.rules.probes.map { ($0.id, $0) }) { first, _ in first }
        let targets = Set(plan.configuration.targets.map(\.name))
        let since = now.addingTimeInterval(-days * 86_400)
        var recent: [String: [TrialRecord]] = [:]
        for file in try SamplesLog.files(for: logDirectory) {
            var log = try SamplesLog(path: file, detail: .replayed)
            while let entry = try log.next() {
                guard case .record(let record) = entry, record.time >= since, targets.contains(record.target)
                else { continue }
                recent[record.target, default: []].append(record)
            }
        }
        for records in recent.values {
            for record in records.suffix(latest) {
                guard let probe = probes[record.probe] else { continue }
                usage.add(record, probe: probe)
            }
        }
        return usage
    }
}
