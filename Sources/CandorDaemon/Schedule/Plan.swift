import CandorCore
import CandorProviders
import CandorRules
import CandorYAML

/// Everything the daemon runs, resolved and validated: the configuration, the rules, and for
/// each target the probes it runs with their effective schedules and sampling parameters.
public struct Plan: Sendable {
    /// One probe on one target.
    public struct Assignment: Sendable {
        /// The target.
        public var target: Configuration.Target
        /// The probe.
        public var probe: Probe
        /// The effective schedule (pack, then config override).
        public var schedule: Schedule
        /// The effective sampling (defaults, then target, then probe).
        public var sampling: SamplingParameters
        /// A cron schedule that replaces `schedule`, if the config sets one.
        public var cron: CronSchedule?

        /// Creates an assignment.
        public init(target: Configuration.Target, probe: Probe, schedule: Schedule, sampling: SamplingParameters) {
            self.target = target
            self.probe = probe
            self.schedule = schedule
            self.sampling = sampling
        }

        /// `probe` on `target` with the pack's schedule and the layered sampling parameters.
        public init(target: Configuration.Target, probe: Probe) {
            self.init(
                target: target,
                probe: probe,
                schedule: probe.schedule,
                sampling: SamplingParameters().merged(with: target.sampling).merged(with: probe.sampling)
            )
        }
    }

    /// The configuration.
    public var configuration: Configuration
    /// The rules.
    public var rules: RuleSet
    /// Every probe on every target that the daemon schedules.
    public var assignments: [Assignment]
    /// Probes with tools on targets configured with `tool_calls: false`: never scheduled, counted.
    public var skippedWithoutTools: [Assignment] = []
    /// The baselines pinned by `detection.baseline_file`, if any.
    public var pinnedBaselines: [PinnedBaseline] = []

    /// Loads the config at `configPath`, the rules it names and (unless `readingBaselines` is false, for a
    /// command that is about to install it) the pinned baseline file, and checks that they fit.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem in the config and rule files.
    public static func load(configPath: String, readingBaselines: Bool = true) throws(DiagnosticsError) -> Plan {
        let configuration = try Configuration.load(path: configPath)
        let unreadable = configuration.rulePathDiagnostics()
        if !unreadable.isEmpty { throw DiagnosticsError(unreadable) }
        let rules = try RuleLoader.load(paths: configuration.rulePaths)
        var plan = try Plan(configuration: configuration, rules: rules)
        if readingBaselines, let path = configuration.detection.baselineFile {
            do {
                plan.pinnedBaselines = try BaselineFile.read(path).baselines
            } catch {
                let location =
                    configuration.detection.baselineFileLocation
                    ?? SourceLocation(file: configuration.file, line: 1, column: 1)
                throw DiagnosticsError([
                    Diagnostic(
                        at: location,
                        "detection.baseline_file: \(error); export one with 'candor baseline export'"
                    )
                ])
            }
        }
        return plan
    }

    /// Resolves `configuration` against `rules`.
    ///
    /// - Throws: ``DiagnosticsError`` for references to probes that do not exist.
    public init(configuration: Configuration, rules: RuleSet) throws(DiagnosticsError) {
        var log = DiagnosticLog()
        let known = rules.probes.map(\.id)
        func checkReference(_ id: String, at location: SourceLocation?) {
            guard !known.contains(id) else { return }
            let hint = Suggestion.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            log.error(
                "no probe '\(id)' in the rules (\(configuration.rulePaths.joined(separator: ", ")))\(hint)",
                at: location ?? SourceLocation(file: configuration.file, line: 1, column: 1)
            )
        }
        for (id, override) in configuration.probeOverrides {
            checkReference(id, at: override.location)
        }
        for target in configuration.targets {
            for (index, id) in (target.probes ?? []).enumerated() {
                checkReference(
                    id,
                    at: target.probeLocations.indices.contains(index) ? target.probeLocations[index] : nil
                )
            }
        }
        try log.throwIfAny()

        var assignments: [Assignment] = []
        var skipped: [Assignment] = []
        for target in configuration.targets {
            for probe in rules.probes {
                let override = configuration.probeOverrides[probe.id]
                if let chosen = target.probes {
                    guard chosen.contains(probe.id) else { continue }
                } else {
                    guard override?.enabled ?? probe.enabled else { continue }
                }
                let schedule = Schedule(
                    interval: override?.interval ?? probe.schedule.interval,
                    jitter: min(
                        override?.jitter ?? probe.schedule.jitter,
                        override?.interval ?? probe.schedule.interval
                    )
                )
                var assignment = Assignment(target: target, probe: probe)
                assignment.schedule = schedule
                assignment.cron = override?.cron
                if !target.toolCalls, !probe.tools.isEmpty {
                    skipped.append(assignment)
                    continue
                }
                assignments.append(assignment)
            }
        }
        self.configuration = configuration
        self.rules = rules
        self.assignments = assignments
        self.skippedWithoutTools = skipped
    }
}
