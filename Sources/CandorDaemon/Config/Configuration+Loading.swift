import CandorDetectors
import CandorProviders
import CandorRules
import CandorYAML
import Foundation
import Logging

extension Configuration {
    static let topKeys = [
        "rules", "state_dir", "log_dir", "log_level", "log_format", "shutdown_grace", "retention", "trials_per_target",
        "status", "detection", "targets", "probes", "sinks", "alerting", "log_rotation", "connections_per_host",
        "cadence",
    ]

    /// Loads and validates `candor.yaml` at `path`.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem as `file:line:col: message`.
    public static func load(path: String) throws(DiagnosticsError) -> Configuration {
        let text = try TextFile.read(path, kind: "config file").text
        return try parse(text, file: path)
    }

    /// Parses a configuration from `text` as if read from `file`.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> Configuration {
        var log = DiagnosticLog()
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let root = try YAMLNode.parse(text, file: file) else {
            throw DiagnosticsError([
                Diagnostic(at: start, "the config file is empty; it needs at least 'rules' and 'targets'")
            ])
        }
        guard let map = root.mapping(&log) else { throw DiagnosticsError(log.diagnostics) }
        map.rejectUnknownKeys(allowing: topKeys, &log)
        let base = (file as NSString).deletingLastPathComponent
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") || base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
        }

        var rulePaths: [String] = []
        var rulePathLocations: [String: SourceLocation] = [:]
        if let rules = map.required("rules", &log) {
            let entries = rules.node.sequence != nil ? rules.sequence(&log) ?? [] : [rules]
            for entry in entries {
                guard let path = entry.nonEmptyString(&log).map(resolve) else { continue }
                rulePaths.append(path)
                rulePathLocations[path] = rulePathLocations[path] ?? entry.location
            }
        }
        var config = Configuration(
            file: file,
            rulePaths: rulePaths,
            stateDirectory: resolve(map["state_dir"]?.nonEmptyString(&log) ?? "/var/lib/candor"),
            logDirectory: resolve(map["log_dir"]?.nonEmptyString(&log) ?? "/var/log/candor")
        )
        config.rulePathLocations = rulePathLocations
        if let level = map["log_level"]?.choice(&log, Logger.Level.allCases.map(\.rawValue)) {
            config.logLevel = Logger.Level(rawValue: level) ?? .info
        }
        if let grace = map["shutdown_grace"]?.duration(&log) {
            config.shutdownGrace = grace
        }
        if let format = map["log_format"]?.choice(&log, LogFormat.allCases.map(\.rawValue)) {
            config.logFormat = LogFormat(rawValue: format) ?? .auto
        }
        config.retention = map["retention"]?.duration(&log, minimum: .seconds(3600)) ?? config.retention
        config.trialsPerTarget = map["trials_per_target"]?.int(&log, in: 1...64) ?? config.trialsPerTarget
        config.connectionsPerHost = map["connections_per_host"]?.int(&log, in: 1...1024)
        config.connectionsPerHostLocation = map["connections_per_host"]?.location
        if let status = map["status"]?.mapping(&log) {
            status.rejectUnknownKeys(allowing: ["enabled", "listen", "bearer_token_env", "token_file"], &log)
            config.status.enabled = status["enabled"]?.bool(&log) ?? true
            if let listen = status["listen"], let text = listen.nonEmptyString(&log) {
                let parts = text.split(separator: ":", omittingEmptySubsequences: false)
                if parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (0...65535).contains(port) {
                    config.status.host = String(parts[0])
                    config.status.port = port
                } else {
                    log.error(
                        "'\(listen.path)' must be HOST:PORT such as 127.0.0.1:9464, found '\(text)'",
                        at: listen.location
                    )
                }
            }
            if let env = status["bearer_token_env"]?.nonEmptyString(&log) {
                config.status.bearerTokenEnvironment = env
            }
            if let file = status["token_file"], let path = file.nonEmptyString(&log) {
                config.status.tokenFile = resolve(path)
                config.status.tokenFileLocation = file.location
                if config.status.bearerTokenEnvironment != nil {
                    log.error("'\(file.path)': give bearer_token_env or token_file, not both", at: file.location)
                }
            }
        }
        if let detection = map["detection"]?.mapping(&log) {
            detection.rejectUnknownKeys(
                allowing: [
                    "warmup", "arl0", "evidence", "detector", "score_detector", "rebaseline_on_fingerprint_change",
                    "baseline_file",
                    "false_alarm_scope",
                ],
                &log
            )
            if let name = detection["detector"]?.choice(&log, RateDetectorName.allCases.map(\.rawValue)) {
                config.detection.rateDetector = RateDetectorName(rawValue: name) ?? .default
            }
            if let name = detection["score_detector"]?.choice(&log, ScoreDetectorName.allCases.map(\.rawValue)) {
                config.detection.scoreDetector = ScoreDetectorName(rawValue: name) ?? .default
            }
            config.detection.rebaselineOnFingerprintChange =
                detection["rebaseline_on_fingerprint_change"]?.bool(&log)
                ?? config.detection.rebaselineOnFingerprintChange
            if let scope = detection["false_alarm_scope"]?.choice(
                &log,
                Configuration.FalseAlarmScope.allCases.map(\.rawValue)
            ) {
                config.detection.falseAlarmScope = Configuration.FalseAlarmScope(rawValue: scope) ?? .signal
            }
            if let node = detection["baseline_file"], let path = node.nonEmptyString(&log) {
                config.detection.baselineFile = resolve(path)
                config.detection.baselineFileLocation = node.location
            }
            config.detection.warmup = detection["warmup"]?.int(&log, in: 10...1_000_000) ?? config.detection.warmup
            config.detection.arl0 = detection["arl0"]?.double(&log, in: 100...1_000_000) ?? config.detection.arl0
            config.detection.evidenceCount =
                detection["evidence"]?.int(&log, in: 0...100) ?? config.detection.evidenceCount
        }
        config.targets = readTargets(map.required("targets", &log), &log)
        config.probeOverrides = readProbeOverrides(map["probes"], &log)
        let logDirectory = config.logDirectory
        config.sinks = readSinks(
            map["sinks"],
            resolveLog: { path in
                path.hasPrefix("/") ? path : (logDirectory as NSString).appendingPathComponent(path)
            },
            &log
        )
        readAlerting(map["alerting"], map["log_rotation"], into: &config, &log)
        readCadence(map["cadence"], into: &config, &log)
        try log.throwIfAny()
        return config
    }

    /// What `candor run` would refuse about the credential files this configuration names (see
    /// ``Credentials/Use/problem(environment:)``), each at the line that names it.
    public func credentialDiagnostics(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [Diagnostic] {
        Credentials.uses(of: self).compactMap { $0.problem(environment: environment) }
    }

    private static func readProbeOverrides(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [String: ProbeOverride] {
        guard let node, let map = node.mapping(&log) else { return [:] }
        var overrides: [String: ProbeOverride] = [:]
        for id in map.keys {
            guard let entry = map[id]?.mapping(&log) else { continue }
            entry.rejectUnknownKeys(allowing: ["enabled", "interval", "jitter", "cron"], &log)
            var override = ProbeOverride()
            override.location = map.keyLocation(id)
            override.enabled = entry["enabled"]?.bool(&log)
            override.interval = entry["interval"]?.duration(&log, minimum: .milliseconds(100))
            override.jitter = entry["jitter"]?.duration(&log)
            if let cronNode = entry["cron"], let text = cronNode.nonEmptyString(&log) {
                do {
                    override.cron = try CronSchedule(text)
                } catch {
                    log.error("'\(cronNode.path)': \(error)", at: cronNode.location)
                }
                if override.interval != nil {
                    log.error("'\(cronNode.path)': give either 'cron' or 'interval', not both", at: cronNode.location)
                }
            }
            overrides[id] = override
        }
        return overrides
    }
}
