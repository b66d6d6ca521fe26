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
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            let during = context.map { " (\($0.text))" } ?? ""
            let location = YAMLSourceText(yaml).clamped(
                SourceLocation(file: file, line: mark.line, column: mark.column)
            )
            return Diagnostic(
                at: location,
                "YAML syntax error: \(problem)\(during); check indentation, quoting and colons"
            )
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml's reader rejects bytes such as NUL and other control characters; `offset`
            // counts characters from the start of the text.
            let location = YAMLSourceText(yaml).location(ofCharacter: offset ?? 0, file: file)
            let character = value >= 0 && value < 0x11_0000 ? String(format: " U+%04X", value) : ""
            return Diagnostic(
                at: location,
                "not valid YAML: \(problem)\(character); remove it or quote it as an escape such as \"\\0\""
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let again = YAMLSourceText(context.text).repeatedKey(key, after: first) ?? first
            return Diagnostic(
                at: again,
                "duplicate key '\(quoted(key))' (first defined at line \(first.line)); remove one"
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

    /// This node as an integer within `range`; records an error naming the range otherwise.
    public func int(_ log: inout DiagnosticLog, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(&log) else { return nil }
        let bounds = "between \(range.lowerBound) and \(range.upperBound)"
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let value = Int(digits) else {
            // A whole number too long for Int is out of range, not malformed.
            let isWhole =
                !digits.isEmpty
                && digits.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy { $0.isASCII && $0.isNumber }
            let what = isWhole ? "must be \(bounds)" : "must be a whole number \(bounds)"
            log.error("\(describedPath) \(what), found '\(Self.quoted(text))'", at: location)
            return nil
        }
        guard range.contains(value) else {
            log.error("\(describedPath) must be \(bounds), found \(value)", at: location)
            return nil
        }
        return value
    }

    /// This node as a finite number within `range`; records an error naming the range otherwise.
    public func double(_ log: inout DiagnosticLog, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(&log) else { return nil }
        let bounds = "between \(range.lowerBound) and \(range.upperBound)"
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), !value.isNaN else {
            log.error("\(describedPath) must be a number \(bounds), found '\(Self.quoted(text))'", at: location)
            return nil
        }
        guard value.isFinite, range.contains(value) else {
            log.error("\(describedPath) must be \(bounds), found \(Self.quoted(text))", at: location)
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

    /// This node as a duration such as `250ms`, `30s`, `5m`, `2h` or `1d`, from `minimum` to
    /// `maximum` (at most ``DurationText/maximum``); records an error naming the range otherwise.
    public func duration(
        _ log: inout DiagnosticLog,
        minimum: Duration = .zero,
        maximum: Duration = DurationText.maximum
    ) -> Duration? {
        guard let text = string(&log) else { return nil }
        let upper = maximum >= DurationText.maximum ? DurationText.maximumText : DurationText.format(maximum)
        let bounds = "between \(DurationText.format(minimum)) and \(upper)"
        switch DurationText.parseChecked(text) {
        case .failure(.notADuration):
            log.error(
                "\(describedPath) must be a duration such as 250ms, 30s, 5m, 2h or 1d (\(bounds)), "
                    + "found '\(Self.quoted(text))'",
                at: location
            )
            return nil
        case .failure(.tooLong):
            log.error("\(describedPath) must be a duration \(bounds), found '\(Self.quoted(text))'", at: location)
            return nil
        case .success(let value):
            guard value >= minimum, value <= maximum else {
                log.error("\(describedPath) must be a duration \(bounds), found '\(Self.quoted(text))'", at: location)
                return nil
            }
            return value
        }
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

    /// `text` cut to a length that keeps a message on one screen line.
    static func quoted(_ text: String) -> String {
        text.count > 60 ? text.prefix(57) + "..." : text
    }

    private var kindName: String {
        switch node {
        case .scalar(let scalar): return "the value '\(Self.quoted(scalar.string))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
