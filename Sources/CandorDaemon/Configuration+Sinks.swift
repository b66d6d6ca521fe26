import CandorYAML
import Foundation

extension Configuration {
    static func readSinks(
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
