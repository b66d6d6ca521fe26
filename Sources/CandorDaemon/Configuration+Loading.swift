import CandorProviders
import CandorRules
import CandorYAML
import Foundation
import Logging

extension Configuration {
    static let topKeys = [
        "rules", "state_dir", "log_dir", "log_level", "shutdown_grace", "detection", "targets", "probes", "sinks",
    ]
    static let targetKeys = [
        "name", "provider", "base_url", "model", "api_key_env", "connect_timeout", "timeout", "max_response_bytes",
        "sampling", "probes",
    ]

    /// Loads and validates `candor.yaml` at `path`.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem as `file:line:col: message`.
    public static func load(path: String) throws(DiagnosticsError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw DiagnosticsError([
                Diagnostic(file: path, line: 1, column: 1, message: "cannot read the config file; check the path and permissions")
            ])
        }
        return try parse(text, file: path)
    }

    /// Parses a configuration from `text` as if read from `file`.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> Configuration {
        var log = DiagnosticLog()
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let root = try YAMLNode.parse(text, file: file) else {
            throw DiagnosticsError([Diagnostic(at: start, "the config file is empty; it needs at least 'rules' and 'targets'")])
        }
        guard let map = root.mapping(&log) else { throw DiagnosticsError(log.diagnostics) }
        map.rejectUnknownKeys(allowing: topKeys, &log)
        let base = (file as NSString).deletingLastPathComponent
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") || base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
        }

        var rulePaths: [String] = []
        if let rules = map.required("rules", &log) {
            if rules.node.sequence != nil {
                rulePaths = (rules.sequence(&log) ?? []).compactMap { $0.nonEmptyString(&log) }.map(resolve)
            } else if let single = rules.nonEmptyString(&log) {
                rulePaths = [resolve(single)]
            }
        }
        var config = Configuration(
            file: file,
            rulePaths: rulePaths,
            stateDirectory: resolve(map["state_dir"]?.nonEmptyString(&log) ?? "/var/lib/candor"),
            logDirectory: resolve(map["log_dir"]?.nonEmptyString(&log) ?? "/var/log/candor")
        )
        if let level = map["log_level"]?.choice(&log, Logger.Level.allCases.map(\.rawValue)) {
            config.logLevel = Logger.Level(rawValue: level) ?? .info
        }
        if let grace = map["shutdown_grace"]?.duration(&log) {
            config.shutdownGrace = grace
        }
        if let detection = map["detection"]?.mapping(&log) {
            detection.rejectUnknownKeys(allowing: ["warmup", "arl0", "evidence"], &log)
            config.detection.warmup = detection["warmup"]?.int(&log, in: 10...1_000_000) ?? config.detection.warmup
            config.detection.arl0 = detection["arl0"]?.double(&log, in: 100...1e9) ?? config.detection.arl0
            config.detection.evidenceCount = detection["evidence"]?.int(&log, in: 0...100) ?? config.detection.evidenceCount
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
        try log.throwIfAny()
        return config
    }

    private static func readTargets(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [Target] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("'targets' needs at least one target", at: node.location) }
        var targets: [Target] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: targetKeys, &log)
            let name = map.required("name", &log)?.nonEmptyString(&log)
            let provider = map["provider"]?.choice(&log, Target.Provider.allCases.map(\.rawValue))
            let model = map.required("model", &log)?.nonEmptyString(&log)
            var baseURL: String?
            if let urlNode = map.required("base_url", &log), let url = urlNode.nonEmptyString(&log) {
                if url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil {
                    baseURL = url
                } else {
                    log.error("'\(urlNode.path)' must be an http:// or https:// URL, found '\(url)'", at: urlNode.location)
                }
            }
            guard let name, let model, let baseURL else { continue }
            if targets.contains(where: { $0.name == name }) {
                log.error("duplicate target name '\(name)'; target names must be unique", at: entry.location)
                continue
            }
            var target = Target(name: name, baseURL: baseURL, model: model)
            target.provider = provider.flatMap(Target.Provider.init(rawValue:)) ?? .openai
            if let env = map["api_key_env"] {
                if let name = env.nonEmptyString(&log), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    target.apiKeyEnvironment = name
                } else {
                    log.error("'\(env.path)' must name an environment variable (letters, digits, _)", at: env.location)
                }
            }
            target.connectTimeout = map["connect_timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.connectTimeout
            target.timeout = map["timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.timeout
            target.maxResponseBytes = map["max_response_bytes"]?.int(&log, in: 1024...1_073_741_824) ?? target.maxResponseBytes
            if let sampling = map["sampling"] {
                target.sampling = SamplingOverrides.read(sampling, &log)
            }
            if let probes = map["probes"] {
                let references = (probes.sequence(&log) ?? []).compactMap { node in
                    node.nonEmptyString(&log).map { (id: $0, location: node.location) }
                }
                target.probes = references.map(\.id)
                target.probeLocations = references.map(\.location)
            }
            targets.append(target)
        }
        return targets
    }

    private static func readProbeOverrides(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [String: ProbeOverride] {
        guard let node, let map = node.mapping(&log) else { return [:] }
        var overrides: [String: ProbeOverride] = [:]
        for id in map.keys {
            guard let entry = map[id]?.mapping(&log) else { continue }
            entry.rejectUnknownKeys(allowing: ["enabled", "interval", "jitter"], &log)
            var override = ProbeOverride()
            override.location = map.keyLocation(id)
            override.enabled = entry["enabled"]?.bool(&log)
            override.interval = entry["interval"]?.duration(&log, minimum: .milliseconds(100))
            override.jitter = entry["jitter"]?.duration(&log)
            overrides[id] = override
        }
        return overrides
    }

    private static func readSinks(
        _ node: YAMLNode?,
        resolveLog: (String) -> String,
        _ log: inout DiagnosticLog
    ) -> [Sink] {
        guard let node else { return [.file(path: resolveLog("alerts.jsonl"))] }
        var sinks: [Sink] = []
        for entry in node.sequence(&log) ?? [] {
            guard let map = entry.mapping(&log) else { continue }
            guard let type = map.required("type", &log)?.choice(&log, ["file"]) else { continue }
            switch type {
            default:
                map.rejectUnknownKeys(allowing: ["type", "path"], &log)
                sinks.append(.file(path: resolveLog(map["path"]?.nonEmptyString(&log) ?? "alerts.jsonl")))
            }
        }
        return sinks
    }
}
