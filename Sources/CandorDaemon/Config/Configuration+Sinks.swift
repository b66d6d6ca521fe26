import CandorAlerts
import CandorHTTP
import CandorYAML
import Foundation

extension Configuration {
    static let sinkKeys = [
        "type", "name", "path", "url", "format", "secret_env", "secret_file", "secret_credential", "auth", "timeout",
        "group_by", "group_wait", "group_interval", "repeat_interval", "send_resolved",
    ]

    /// Reads `sinks:`; without it, alerts go to `log_dir/alerts.jsonl`. A sink without a `name`
    /// is named after its redacted URL (no user information, query or fragment), since the name
    /// goes into logs, records and alerts.
    static func readSinks(
        _ node: YAMLNode?,
        resolveLog: (String) -> String,
        _ log: inout DiagnosticLog
    ) -> [Sink] {
        guard let node else { return [.file(path: resolveLog("alerts.jsonl"))] }
        // Relative credential files are relative to the config file, as for targets.
        let base = (node.location.file as NSString).deletingLastPathComponent
        let resolve = { (path: String) in
            path.hasPrefix("/") || base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
        }
        var sinks: [Sink] = []
        for entry in node.sequence(&log) ?? [] {
            guard let map = entry.mapping(&log) else { continue }
            guard let type = map.required("type", &log)?.choice(&log, ["file", "webhook", "alertmanager"]) else {
                continue
            }
            map.rejectUnknownKeys(allowing: sinkKeys, &log)
            var sink: Sink
            switch type {
            case "webhook", "alertmanager":
                guard let urlNode = map.required("url", &log), let url = urlNode.nonEmptyString(&log) else { continue }
                if !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                    log.error(
                        "'\(urlNode.path)' must be an http:// or https:// URL, found '\(HTTPRequest.redact(url))'",
                        at: urlNode.location
                    )
                }
                let timeout = map["timeout"]?.duration(&log, minimum: .milliseconds(100)) ?? .seconds(10)
                if type == "alertmanager" {
                    sink = Sink(
                        name: "alertmanager:\(HTTPRequest.label(url))",
                        kind: .alertmanager(url: url, timeout: timeout),
                        grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero, repeatInterval: .seconds(60))
                    )
                } else {
                    let format = map["format"]?.choice(&log, NotificationFormat.allCases.map(\.rawValue)) ?? "candor"
                    sink = Sink(
                        name: "webhook:\(HTTPRequest.label(url))",
                        kind: .webhook(
                            url: url,
                            format: NotificationFormat(rawValue: format) ?? .candor,
                            secret: readCredential(map, option: "secret", resolve: resolve, &log),
                            timeout: timeout
                        ),
                        grouping: Grouping()
                    )
                }
                sink.auth = map["auth"].flatMap { readAuth($0, resolve: resolve, &log) }
                let authMap = map["auth"]?.mapping(&log)
                for (option, declaring) in [("secret", map), ("token", authMap), ("password", authMap)] {
                    if let declaring, let location = credentialLocation(declaring, option: option) {
                        sink.credentialLocations[option] = location
                    }
                }
            default:
                sink = .file(path: resolveLog(map["path"]?.nonEmptyString(&log) ?? "alerts.jsonl"))
            }
            sink.name = map["name"]?.nonEmptyString(&log) ?? sink.name
            sink.location = entry.location
            readGrouping(map, into: &sink.grouping, &log)
            if sinks.contains(where: { $0.name == sink.name }) {
                log.error("two sinks are named '\(sink.name)'; give each a distinct 'name'", at: entry.location)
            }
            sinks.append(sink)
        }
        return sinks
    }

    private static func readGrouping(_ map: YAMLMapping, into grouping: inout Grouping, _ log: inout DiagnosticLog) {
        if let labels = map["group_by"]?.sequence(&log) {
            grouping.groupBy = labels.compactMap { $0.nonEmptyString(&log) }
        }
        grouping.wait = map["group_wait"]?.duration(&log) ?? grouping.wait
        grouping.interval = map["group_interval"]?.duration(&log) ?? grouping.interval
        if let repeatNode = map["repeat_interval"] {
            let value = repeatNode.duration(&log)
            grouping.repeatInterval = value == .zero ? nil : value
        }
        grouping.sendResolved = map["send_resolved"]?.bool(&log) ?? grouping.sendResolved
    }

    /// Reads `alerting:` (lifecycle, silences, outbox, dead letters) and `log_rotation:`.
    static func readAlerting(
        _ node: YAMLNode?,
        _ rotationNode: YAMLNode?,
        into config: inout Configuration,
        _ log: inout DiagnosticLog
    ) {
        if let map = node?.mapping(&log) {
            map.rejectUnknownKeys(
                allowing: [
                    "for", "keep_firing_for", "resolve_window", "silences", "outbox", "dead_letter", "external_url",
                    "runbook_url", "labels",
                ],
                &log
            )
            var alerting = config.alerting
            alerting.pendingFor = map["for"]?.duration(&log) ?? alerting.pendingFor
            alerting.keepFiringFor = map["keep_firing_for"]?.duration(&log) ?? alerting.keepFiringFor
            alerting.resolveWindow = map["resolve_window"]?.int(&log, in: 5...100_000) ?? alerting.resolveWindow
            alerting.externalURL = map["external_url"]?.nonEmptyString(&log) ?? alerting.externalURL
            alerting.runbookURL = map["runbook_url"]?.httpURL(&log, placeholders: AlertLabeling.placeholders)
            alerting.labels = readStaticLabels(map["labels"], &log)
            if let path = map["dead_letter"]?.nonEmptyString(&log) {
                alerting.deadLetterPath =
                    path.hasPrefix("/") ? path : (config.logDirectory as NSString).appendingPathComponent(path)
            }
            if let outbox = map["outbox"]?.mapping(&log) {
                outbox.rejectUnknownKeys(
                    allowing: ["max_pending", "max_attempts", "min_backoff", "max_backoff", "give_up_after"],
                    &log
                )
                alerting.maxPending = outbox["max_pending"]?.int(&log, in: 1...10_000_000) ?? alerting.maxPending
                alerting.backoff.maxAttempts =
                    outbox["max_attempts"]?.int(&log, in: 1...1000) ?? alerting.backoff.maxAttempts
                alerting.backoff.initial =
                    outbox["min_backoff"]?.duration(&log, minimum: .milliseconds(1)) ?? alerting.backoff.initial
                alerting.backoff.maximum =
                    outbox["max_backoff"]?.duration(&log, minimum: .milliseconds(1)) ?? alerting.backoff.maximum
                alerting.backoff.giveUpAfter =
                    outbox["give_up_after"]?.duration(&log, minimum: .seconds(1)) ?? alerting.backoff.giveUpAfter
            }
            for (index, entry) in (map["silences"]?.sequence(&log) ?? []).enumerated() {
                guard let silence = entry.mapping(&log) else { continue }
                silence.rejectUnknownKeys(allowing: ["matchers", "until", "comment"], &log)
                var matchers: [String: String] = [:]
                if let labels = silence.required("matchers", &log)?.mapping(&log) {
                    for key in labels.keys { matchers[key] = labels[key]?.string(&log) }
                }
                guard let untilNode = silence.required("until", &log), let text = untilNode.nonEmptyString(&log) else {
                    continue
                }
                guard let until = try? Date(text, strategy: .iso8601) else {
                    log.error(
                        "'\(untilNode.path)' must be an RFC 3339 time such as 2026-01-31T18:00:00Z, found '\(text)'",
                        at: untilNode.location
                    )
                    continue
                }
                alerting.silences.append(
                    Silence(
                        id: "config-\(index)",
                        matchers: matchers,
                        endsAt: until,
                        comment: silence["comment"]?.string(&log) ?? ""
                    )
                )
            }
            config.alerting = alerting
        }
        if let map = rotationNode?.mapping(&log) {
            map.rejectUnknownKeys(allowing: ["max_bytes", "max_age", "keep", "keep_for", "compress"], &log)
            var rotation = config.logRotation
            if let bytes = map["max_bytes"] {
                rotation.maxBytes = bytes.int(&log, in: 0...Int.max).flatMap { $0 == 0 ? nil : $0 }
            }
            if let age = map["max_age"] { rotation.maxAge = age.duration(&log).flatMap { $0 == .zero ? nil : $0 } }
            if let keep = map["keep"] { rotation.keep = keep.int(&log, in: 0...100_000).flatMap { $0 == 0 ? nil : $0 } }
            if let keepFor = map["keep_for"] {
                rotation.keepFor = keepFor.duration(&log).flatMap { $0 == .zero ? nil : $0 }
            }
            rotation.compress = map["compress"]?.bool(&log) ?? rotation.compress
            config.logRotation = rotation
        }
    }
}
