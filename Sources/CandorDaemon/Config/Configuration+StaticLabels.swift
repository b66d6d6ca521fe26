import CandorYAML
import Foundation

extension Configuration {
    /// The labels Candor sets itself; a static label may not replace one, or alerts would lose
    /// their identity (fingerprint) and their routing.
    static let ownLabels: Set<String> = [
        "alertname", "target", "model", "probe", "signal", "severity", "source", "sink",
    ]

    /// Reads a `labels:` mapping of static alert labels (`env: prod`): names as Prometheus writes
    /// them (`[a-zA-Z_][a-zA-Z0-9_]*`, not `__…`, none of ``ownLabels``) and non-empty text
    /// values; each bad entry is reported at its line.
    static func readStaticLabels(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [String: String] {
        guard let node, let map = node.mapping(&log) else { return [:] }
        var labels: [String: String] = [:]
        for name in map.keys {
            guard let valueNode = map[name] else { continue }
            let location = map.keyLocation(name) ?? valueNode.location
            if !isLabelName(name) {
                log.error(
                    "'\(node.path)' has the label '\(name)'; a label name is letters, digits and _, "
                        + "not starting with a digit or __",
                    at: location
                )
            } else if ownLabels.contains(name) {
                log.error(
                    "'\(node.path)' sets '\(name)', a label Candor sets itself; choose another name "
                        + "(Candor's own: \(ownLabels.sorted().joined(separator: ", ")))",
                    at: location
                )
            } else if let value = valueNode.nonEmptyString(&log) {
                labels[name] = value
            }
        }
        return labels
    }

    /// Whether `name` is a Prometheus label name that is not reserved (`__…`).
    static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !name.hasPrefix("__") else { return false }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = letters.union(CharacterSet(charactersIn: "0123456789"))
        return letters.contains(first) && name.unicodeScalars.allSatisfy { rest.contains($0) }
    }
}
