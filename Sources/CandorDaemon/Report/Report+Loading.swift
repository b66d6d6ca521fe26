import CandorAlerts
import CandorStore
import Foundation
import Logging

extension Report {
    /// The report of `plan`'s logs and of its state database (`state_dir/candor.sqlite`, if there is one; it is
    /// read beside a running daemon, never created), as ``load(plan:store:since:now:progress:)``.
    ///
    /// - Throws: ``InputError`` when a samples log exists but cannot be read.
    public static func load(
        plan: Plan,
        since: Date?,
        now: Date,
        progress: @Sendable (String) -> Void = { _ in }
    ) async throws(InputError) -> Report {
        let store = existingStore(plan.configuration)
        return try await load(plan: plan, store: store, since: since, now: now, progress: progress)
    }

    /// The state database of `configuration`, or nil when it does not exist or cannot be opened (the report then
    /// rests on the logs alone).
    public static func existingStore(_ configuration: Configuration) -> Store? {
        let path = configuration.stateDirectory + "/candor.sqlite"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? Store(path: path)
    }

    /// The report of `plan`'s samples logs (`log_dir`: rotated ones oldest first, then the live one) and of the
    /// alerts in `store` and the alert files, drawn from `since` on. The detectors are replayed over every
    /// sample (thresholds from the daemon's saved calibrations in `state_dir`); `progress` is told how far the
    /// reading got, about every 10,000 trials and at each file.
    ///
    /// - Throws: ``InputError`` when a samples log exists but cannot be read.
    public static func load(
        plan: Plan,
        store: Store?,
        since: Date?,
        now: Date,
        progress: @Sendable (String) -> Void = { _ in }
    ) async throws(InputError) -> Report {
        var logger = Logger(label: "candor.report")
        logger.logLevel = .critical
        let configuration = plan.configuration
        let alerts = await AlertArchive.read(configuration, store: store)
        let wanted = Set(alerts.flatMap { $0.evidence.map(\.trialId) })
        let cache = CalibrationService.loadCache(
            from: configuration.stateDirectory + "/calibrations.json",
            logger: logger
        )
        var replay = await ReportReplay(plan: plan, since: since, cache: cache, logger: logger)
        var trials: [String: TrialRecord] = [:]
        var unreadable = 0
        let files = (try? SamplesLog.files(for: configuration.logDirectory)) ?? []
        for (index, file) in files.enumerated() {
            progress("reading \(file) (\(index + 1) of \(files.count))")
            var log = try SamplesLog(path: file)
            while case let batch = try await log.nextBatch(), !batch.isEmpty {
                for entry in batch {
                    guard case .record(let record) = entry else {
                        unreadable += 1
                        continue
                    }
                    if wanted.contains(record.trialId) { trials[record.trialId] = record }
                    await replay.feed(record)
                    if replay.trials % 10_000 == 0 { progress("read \(replay.trials) trials") }
                }
            }
        }
        return Report(
            generated: now,
            since: since,
            targets: targets(configuration, replay),
            alerts: alerts,
            trials: trials,
            trialCount: replay.trials,
            drawnCount: replay.drawn,
            unreadable: unreadable
        )
    }

    /// The configured targets in order, then the others the samples name, each with its signals and outcomes.
    private static func targets(_ configuration: Configuration, _ replay: ReportReplay) -> [Target] {
        var names = configuration.targets.map(\.name)
        let configured = Set(names)
        let seen = Set(replay.histories.keys.map(\.target)).union(replay.outcomes.keys)
        names += seen.subtracting(configured).sorted()
        let models = Dictionary(configuration.targets.map { ($0.name, $0.model) }) { first, _ in first }
        return names.map { name in
            Target(
                name: name,
                model: models[name] ?? "",
                signals: replay.histories.values.filter { $0.key.target == name }.sorted {
                    ($0.key.probe, $0.key.signal) < ($1.key.probe, $1.key.signal)
                },
                outcomes: replay.outcomes[name] ?? [:]
            )
        }
    }
}
