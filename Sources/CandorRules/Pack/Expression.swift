import CandorYAML
import Crypto
import Foundation

/// A small function-call expression that computes a variable of an item from its other
/// variables when the pack loads (`derive:`), so that ground truth is computed locally rather
/// than typed by hand: `mul(a, b)`, `is_prime(n)`, `sha256(word)`, `weekday(date)`.
///
/// Arguments are variable names, integers, or quoted text; results are text.
public indirect enum Expression: Sendable, Hashable {
    /// A variable of the item.
    case variable(String)
    /// Literal text or a number.
    case literal(String)
    /// A function applied to arguments.
    case call(String, [Expression])

    /// The functions and how many arguments each takes (`nil`: any number, at least one).
    public static let functions: [String: Int?] = [
        "add": 2, "sub": 2, "mul": 2, "div": 2, "mod": 2, "neg": 1, "sha256": 1, "is_prime": 1, "next_prime": 1,
        "weekday": 1, "add_days": 2, "days_between": 2, "eq": 2, "lt": 2, "gt": 2, "not": 1, "if": 3, "concat": nil,
        "upper": 1, "lower": 1, "length": 1, "digit_sum": 1,
    ]

    /// Parses `text`.
    ///
    /// - Throws: ``TemplateError`` saying what is wrong (unknown function, wrong number of arguments, syntax).
    public init(parsing text: String) throws(TemplateError) {
        var parser = ExpressionParser(text: Array(text))
        self = try parser.parseExpression()
        parser.skipSpaces()
        guard parser.atEnd else { throw TemplateError(message: "unexpected text after the expression in '\(text)'") }
    }

    /// The variables the expression reads.
    public var variables: [String] {
        switch self {
        case .variable(let name): return [name]
        case .literal: return []
        case .call(_, let arguments): return arguments.flatMap(\.variables)
        }
    }

    /// Evaluates the expression with `variables`.
    ///
    /// - Throws: ``TemplateError`` for a value of the wrong kind (text where a number is needed, a bad date).
    public func evaluate(_ variables: [String: String]) throws(TemplateError) -> String {
        switch self {
        case .variable(let name):
            guard let value = variables[name] else {
                throw TemplateError(message: "the variable '\(name)' is not defined")
            }
            return value
        case .literal(let value):
            return value
        case .call(let name, let arguments):
            var values: [String] = []
            for argument in arguments { values.append(try argument.evaluate(variables)) }
            return try Self.apply(name, values)
        }
    }

    /// The largest whole number a function takes: 10^15, exact in a Double and far from overflow.
    static let numberLimit = 1_000_000_000_000_000

    static func apply(_ name: String, _ values: [String]) throws(TemplateError) -> String {
        // Bounded so that no function can overflow (div(-2^63, -1)) or run for minutes
        // (is_prime of an 18-digit prime), and so that add_days stays within the calendar.
        func int(_ index: Int, limit: Int = Self.numberLimit) throws(TemplateError) -> Int {
            guard let value = Int(values[index].replacingOccurrences(of: ",", with: "")) else {
                throw TemplateError(message: "\(name)() needs a whole number, found '\(values[index])'")
            }
            guard (-limit...limit).contains(value) else {
                throw TemplateError(message: "\(name)() takes whole numbers from -\(limit) to \(limit), found \(value)")
            }
            return value
        }
        func date(_ index: Int) throws(TemplateError) -> Date {
            guard let value = CalendarDate.parse(values[index]) else {
                throw TemplateError(message: "\(name)() needs a date as YYYY-MM-DD, found '\(values[index])'")
            }
            return value
        }
        func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
        switch name {
        case "add": return String(try int(0) &+ int(1))
        case "sub": return String(try int(0) &- int(1))
        case "mul":
            let (product, overflow) = try int(0).multipliedReportingOverflow(by: try int(1))
            guard !overflow, (-Self.numberLimit...Self.numberLimit).contains(product) else {
                throw TemplateError(message: "mul() of \(values[0]) and \(values[1]) is past \(Self.numberLimit)")
            }
            return String(product)
        case "div", "mod":
            let divisor = try int(1)
            guard divisor != 0 else { throw TemplateError(message: "\(name)() by zero") }
            return String(name == "div" ? try int(0) / divisor : try int(0) % divisor)
        case "neg": return String(-(try int(0)))
        case "sha256": return SHA256.hash(data: Data(values[0].utf8)).map { String(format: "%02x", $0) }.joined()
        case "is_prime": return yesNo(Primality.isPrime(try int(0)))
        case "next_prime": return String(Primality.nextPrime(after: try int(0)))
        case "weekday": return CalendarDate.weekday(try date(0))
        case "add_days":
            let moved = try date(0).addingTimeInterval(Double(try int(1, limit: 3_652_425)) * 86_400)
            guard let text = CalendarDate.formatChecked(moved) else {
                throw TemplateError(message: "add_days() moved the date past the year 9999")
            }
            return text
        case "days_between": return String(Int(((try date(1)).timeIntervalSince(try date(0)) / 86_400).rounded()))
        case "eq": return yesNo(values[0] == values[1])
        case "lt": return yesNo(try int(0) < int(1))
        case "gt": return yesNo(try int(0) > int(1))
        case "not": return yesNo(values[0] != "yes")
        case "if": return values[0] == "yes" ? values[1] : values[2]
        case "concat": return values.joined()
        case "upper": return values[0].uppercased()
        case "lower": return values[0].lowercased()
        case "length": return String(values[0].count)
        case "digit_sum": return String(String(try int(0).magnitude).compactMap(\.wholeNumberValue).reduce(0, +))
        default: throw TemplateError(message: "unknown function '\(name)'")
        }
    }
}

/// Parses the expression syntax.
struct ExpressionParser {
    let text: [Character]
    var position = 0

    var atEnd: Bool { position >= text.count }

    mutating func skipSpaces() {
        while position < text.count, text[position].isWhitespace { position += 1 }
    }

    mutating func parseExpression() throws(TemplateError) -> Expression {
        skipSpaces()
        guard position < text.count else { throw TemplateError(message: "an expression is missing") }
        if text[position] == "\"" || text[position] == "'" {
            let quote = text[position]
            position += 1
            let start = position
            while position < text.count, text[position] != quote { position += 1 }
            guard position < text.count else { throw TemplateError(message: "a quoted text is never closed") }
            defer { position += 1 }
            return .literal(String(text[start..<position]))
        }
        let start = position
        while position < text.count,
            text[position].isLetter || text[position].isNumber || "_-.".contains(text[position])
        {
            position += 1
        }
        let word = String(text[start..<position])
        guard !word.isEmpty else { throw TemplateError(message: "unexpected '\(text[position])' in an expression") }
        if word.first!.isNumber || word.first == "-" { return .literal(word) }
        skipSpaces()
        guard position < text.count, text[position] == "(" else { return .variable(word) }
        position += 1
        var arguments: [Expression] = []
        skipSpaces()
        if position < text.count, text[position] == ")" {
            position += 1
        } else {
            while true {
                arguments.append(try parseExpression())
                skipSpaces()
                guard position < text.count else { throw TemplateError(message: "'\(word)(' is never closed") }
                if text[position] == ")" {
                    position += 1
                    break
                }
                guard text[position] == "," else { throw TemplateError(message: "expected ',' or ')' in '\(word)(…)'") }
                position += 1
            }
        }
        guard let arity = Expression.functions[word] else {
            let hint =
                Suggestion.closest(to: word, in: Array(Expression.functions.keys)).map { "; did you mean '\($0)'?" }
                ?? ""
            throw TemplateError(message: "unknown function '\(word)'\(hint)")
        }
        if let arity, arguments.count != arity {
            throw TemplateError(message: "\(word)() takes \(arity) argument(s), found \(arguments.count)")
        }
        if arity == nil, arguments.isEmpty { throw TemplateError(message: "\(word)() needs at least one argument") }
        return .call(word, arguments)
    }
}
