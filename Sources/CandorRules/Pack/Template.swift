import Foundation

/// Text with `{{variable}}` placeholders, parsed once when the rules load.
public struct Template: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case variable(String)
    }

    let parts: [Part]

    /// The names of the variables the text uses, in order of first use.
    public var variables: [String] {
        var seen: [String] = []
        for case .variable(let name) in parts where !seen.contains(name) {
            seen.append(name)
        }
        return seen
    }

    /// Parses `text`.
    ///
    /// - Throws: ``TemplateError`` for an unclosed `{{` or a placeholder that is not a plain name.
    public init(parsing text: String) throws(TemplateError) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex {
                parts.append(.text(String(rest[..<open.lowerBound])))
            }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw TemplateError(message: "'{{' is never closed with '}}'")
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." })
            else {
                throw TemplateError(message: "'{{\(name)}}' is not a variable name (letters, digits, _, - and . only)")
            }
            parts.append(.variable(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The text with every placeholder replaced from `variables`; validation guarantees that
    /// every variable is defined, and an undefined one is kept as written.
    public func render(_ variables: [String: String]) -> String {
        render { variables[$0] }
    }

    /// The text with every placeholder replaced by `lookup`; a placeholder `lookup` does not
    /// know is kept as written, so later stages (the model's quoted answers) can fill it.
    public func render(_ lookup: (String) -> String?) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .variable(let name): result += lookup(name) ?? "{{\(name)}}"
            }
        }
        return result
    }

    /// Whether the text has no placeholder at all.
    public var isConstant: Bool { variables.isEmpty }
}

/// A template that could not be parsed.
public struct TemplateError: Error, Sendable {
    /// Creates the error.
    public init(message: String) {
        self.message = message
    }

    /// What is wrong.
    public var message: String
}
