import Foundation
import Yams

/// A YAML node that knows where it stands in its file, with typed accessors that record a
/// diagnostic (file:line:col and what was expected) instead of failing on the first problem.
public struct YAMLNode {
    /// The underlying node.
    public let node: Node
    /// Where the node starts.
    public let location: SourceLocation
    /// A readable path from the document root, such as `targets[1].base_url`.
    public let path: String

    init(node: Node, file: String, path: String) {
        self.node = node
        let mark = node.mark
        self.location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        self.path = path
    }

    /// Parses the first document of `text`.
    ///
    /// - Returns: the root node, or `nil` for an empty document.
    /// - Throws: ``DiagnosticsError`` with the position of a YAML syntax error.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> YAMLNode? {
        do {
            guard let root = try Yams.compose(yaml: text) else { return nil }
            return YAMLNode(node: root, file: file, path: "")
        } catch let error as YamlError {
            throw DiagnosticsError([syntaxDiagnostic(error, file: file)])
        } catch {
            throw DiagnosticsError([Diagnostic(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")])
        }
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(
                file: file,
                line: mark.line,
                column: mark.column,
                message: "YAML syntax error: \(problem)\(during); check indentation, quoting and colons"
            )
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }

    /// A name for this node in messages: its path, or "the document" at the root.
    public var describedPath: String { path.isEmpty ? "the document" : "'\(path)'" }

    /// This node as a mapping; records an error if it is not one.
    public func mapping(_ log: inout DiagnosticLog) -> YAMLMapping? {
        guard let mapping = node.mapping else {
            log.error("\(describedPath) must be a mapping of keys to values, found \(kindName)", at: location)
            return nil
        }
        return YAMLMapping(node: self, mapping: mapping, log: &log)
    }

    /// This node as a sequence; records an error if it is not one.
    public func sequence(_ log: inout DiagnosticLog) -> [YAMLNode]? {
        guard let sequence = node.sequence else {
            log.error("\(describedPath) must be a list, found \(kindName)", at: location)
            return nil
        }
        return sequence.enumerated().map { index, child in
            YAMLNode(node: child, file: location.file, path: "\(path)[\(index)]")
        }
    }

    /// This node as a string scalar; records an error if it is not a scalar.
    public func string(_ log: inout DiagnosticLog) -> String? {
        guard let scalar = node.scalar else {
            log.error("\(describedPath) must be a text value, found \(kindName)", at: location)
            return nil
        }
        return scalar.string
    }

    /// This node as a non-empty string.
    public func nonEmptyString(_ log: inout DiagnosticLog) -> String? {
        guard let value = string(&log) else { return nil }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.error("\(describedPath) must not be empty", at: location)
            return nil
        }
        return value
    }

    /// This node as an integer within `range`.
    public func int(_ log: inout DiagnosticLog, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(&log) else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
            log.error("\(describedPath) must be a whole number, found '\(text)'", at: location)
            return nil
        }
        guard range.contains(value) else {
            log.error(
                "\(describedPath) must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                at: location
            )
            return nil
        }
        return value
    }

    /// This node as a number within `range`.
    public func double(_ log: inout DiagnosticLog, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(&log) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            log.error("\(describedPath) must be a number, found '\(text)'", at: location)
            return nil
        }
        guard range.contains(value) else {
            log.error(
                "\(describedPath) must be between \(range.lowerBound) and \(range.upperBound), found \(text)",
                at: location
            )
            return nil
        }
        return value
    }

    /// This node as `true` or `false`.
    public func bool(_ log: inout DiagnosticLog) -> Bool? {
        guard let text = string(&log) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error("\(describedPath) must be true or false, found '\(text)'", at: location)
            return nil
        }
    }

    /// This node as a duration such as `250ms`, `30s`, `5m`, `2h` or `1d`; at least `minimum`.
    public func duration(_ log: inout DiagnosticLog, minimum: Duration = .zero) -> Duration? {
        guard let text = string(&log) else { return nil }
        guard let value = DurationText.parse(text) else {
            log.error(
                "\(describedPath) must be a duration such as 250ms, 30s, 5m, 2h or 1d, found '\(text)'",
                at: location
            )
            return nil
        }
        guard value >= minimum else {
            log.error(
                "\(describedPath) must be at least \(DurationText.format(minimum)), found '\(text)'",
                at: location
            )
            return nil
        }
        return value
    }

    /// One of `choices`; records an error listing them otherwise.
    public func choice(_ log: inout DiagnosticLog, _ choices: [String]) -> String? {
        guard let text = string(&log) else { return nil }
        guard choices.contains(text) else {
            let hint = Suggestion.closest(to: text, in: choices).map { " (did you mean '\($0)'?)" } ?? ""
            log.error(
                "\(describedPath) must be one of \(choices.joined(separator: ", ")), found '\(text)'\(hint)",
                at: location
            )
            return nil
        }
        return text
    }

    private var kindName: String {
        switch node {
        case .scalar(let scalar): return "the value '\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
