import Yams

/// A YAML mapping with string keys, read key by key. Duplicate keys and keys the reader does
/// not know are reported with their positions.
public struct YAMLMapping {
    /// The mapping node itself.
    public let node: YAMLNode
    private var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    private var order: [String] = []

    init(node: YAMLNode, mapping: Node.Mapping, log: inout DiagnosticLog) {
        self.node = node
        let file = node.location.file
        for (keyNode, valueNode) in mapping {
            let key = YAMLNode(node: keyNode, file: file, path: node.path)
            guard let name = keyNode.scalar?.string else {
                log.error("keys in \(node.describedPath) must be plain text", at: key.location)
                continue
            }
            let childPath = node.path.isEmpty ? name : "\(node.path).\(name)"
            if let earlier = entries[name] {
                log.error(
                    "duplicate key '\(name)' (first defined at line \(earlier.key.location.line)); remove one",
                    at: key.location
                )
                continue
            }
            entries[name] = (key, YAMLNode(node: valueNode, file: file, path: childPath))
            order.append(name)
        }
    }

    /// The keys in file order.
    public var keys: [String] { order }

    /// The value of `key`, if present.
    public subscript(key: String) -> YAMLNode? {
        entries[key]?.value
    }

    /// The value of `key`; records "missing required key" at the mapping if absent.
    public func required(_ key: String, _ log: inout DiagnosticLog) -> YAMLNode? {
        guard let value = entries[key]?.value else {
            log.error("\(node.describedPath) is missing the required key '\(key)'", at: node.location)
            return nil
        }
        return value
    }

    /// Records an error for every key outside `allowed`, with the closest allowed key as a hint.
    public func rejectUnknownKeys(allowing allowed: [String], _ log: inout DiagnosticLog) {
        for name in order where !allowed.contains(name) {
            let hint =
                Suggestion.closest(to: name, in: allowed).map { "did you mean '\($0)'?" }
                ?? "allowed keys: \(allowed.joined(separator: ", "))"
            log.error("unknown key '\(name)' in \(node.describedPath); \(hint)", at: entries[name]!.key.location)
        }
    }

    /// The location of `key` itself, for errors about the key.
    public func keyLocation(_ key: String) -> SourceLocation? {
        entries[key]?.key.location
    }
}
