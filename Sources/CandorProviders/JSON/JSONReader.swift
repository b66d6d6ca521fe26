/// A pull reader over one JSON document that decodes only the values its caller asks for and
/// skips the rest, still checking that what it skips is well-formed JSON.
///
/// A model answer is read on every call, and only a handful of its fields matter: reading them
/// in place costs a few microseconds where Foundation's `JSONDecoder` builds a container for
/// every object on the way. Callers decide what a type mismatch means: ``lenient(_:)`` turns one
/// into `nil` (the field is skipped), while a syntax error always ends the whole read.
struct JSONReader {
    /// Why a document could not be read.
    struct Failure: Error {
        /// Whether the bytes are not JSON at all (as opposed to JSON of an unexpected shape).
        var isSyntax: Bool
        /// What was wrong, for the error message.
        var reason: String
    }

    /// The kind of the value at the reader's position.
    enum Kind {
        case object, array, string, number, bool, null
    }

    /// Nesting deeper than this is refused, so a hostile body cannot exhaust the stack.
    private static let maxDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    /// Creates a reader over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the one top-level value with `read` and checks that nothing but whitespace follows.
    ///
    /// - Throws: ``Failure`` when the bytes are not one JSON value or `read` throws.
    static func document<Value>(
        _ bytes: [UInt8],
        _ read: (inout JSONReader) throws(Failure) -> Value
    ) throws(Failure)
        -> Value
    {
        var reader = JSONReader(bytes)
        let value = try read(&reader)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.syntax("trailing bytes after the JSON value") }
        return value
    }

    /// The kind of the next value.
    ///
    /// - Throws: ``Failure`` at the end of the input or before a byte that starts no value.
    mutating func kind() throws(Failure) -> Kind {
        skipWhitespace()
        guard index < bytes.count else { throw syntax("unexpected end of the body") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw syntax("unexpected character")
        }
    }

    /// Consumes a `null` and returns true, or returns false and leaves any other value in place.
    mutating func null() throws(Failure) -> Bool {
        guard try kind() == .null else { return false }
        try literal("null")
        return true
    }

    /// Calls `member` with each key of an object, the reader placed at its value, which
    /// `member` must read or skip.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not an object.
    mutating func object(_ member: (String, inout JSONReader) throws(Failure) -> Void) throws(Failure) {
        guard try kind() == .object else { throw shape("expected an object") }
        try enter()
        index += 1
        if try !consume(UInt8(ascii: "}")) {
            repeat {
                guard try kind() == .string else { throw syntax("expected a key") }
                let key = try stringValue()
                guard try consume(UInt8(ascii: ":")) else { throw syntax("expected ':'") }
                try member(key, &self)
            } while try consume(UInt8(ascii: ","))
            guard try consume(UInt8(ascii: "}")) else { throw syntax("expected ',' or '}'") }
        }
        depth -= 1
    }

    /// Calls `element` for each element of an array, the reader placed at it.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not an array.
    mutating func array(_ element: (inout JSONReader) throws(Failure) -> Void) throws(Failure) {
        guard try kind() == .array else { throw shape("expected an array") }
        try enter()
        index += 1
        if try !consume(UInt8(ascii: "]")) {
            repeat {
                try element(&self)
            } while try consume(UInt8(ascii: ","))
            guard try consume(UInt8(ascii: "]")) else { throw syntax("expected ',' or ']'") }
        }
        depth -= 1
    }

    /// Reads a string.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not a string.
    mutating func string() throws(Failure) -> String {
        guard try kind() == .string else { throw shape("expected a string") }
        return try stringValue()
    }

    /// Reads a number.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not a number.
    mutating func double() throws(Failure) -> Double {
        guard try kind() == .number else { throw shape("expected a number") }
        let start = index
        try skipNumber()
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text) else { throw syntax("invalid number") }
        return value
    }

    /// Reads a number that must be a whole number within `Int`'s range.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not such a number.
    mutating func int() throws(Failure) -> Int {
        let value = try double()
        guard value.rounded() == value, abs(value) < 0x1p63 else { throw shape("expected a whole number") }
        return Int(value)
    }

    /// Reads `true` or `false`.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not a boolean.
    mutating func bool() throws(Failure) -> Bool {
        guard try kind() == .bool else { throw shape("expected a boolean") }
        if bytes[index] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// Reads the next value with `read`; when it has another shape than `read` expects, skips
    /// it and returns `nil` (a syntax error still throws). `null` is `nil` too.
    mutating func lenient<Value>(_ read: (inout JSONReader) throws(Failure) -> Value) throws(Failure) -> Value? {
        if try null() { return nil }
        let start = index
        let startDepth = depth
        do {
            return try read(&self)
        } catch  where !error.isSyntax {
            index = start
            depth = startDepth
            try skip()
            return nil
        }
    }

    /// Reads the next value with `read`, or returns `nil` for `null`; other shapes throw.
    mutating func optional<Value>(_ read: (inout JSONReader) throws(Failure) -> Value) throws(Failure) -> Value? {
        try null() ? nil : read(&self)
    }

    /// Reads an array whose elements `read` reads.
    ///
    /// - Throws: ``Failure``: a shape error when the value is not an array or `read` throws one.
    mutating func list<Element>(_ read: (inout JSONReader) throws(Failure) -> Element) throws(Failure) -> [Element] {
        var elements: [Element] = []
        try array { reader throws(Failure) in elements.append(try read(&reader)) }
        return elements
    }

    /// Reads a string, or returns `nil` for `null` or a value of another kind (skipped).
    mutating func lenientString() throws(Failure) -> String? {
        try lenient { reader throws(Failure) in try reader.string() }
    }

    /// Skips the next value, checking that it is well-formed.
    ///
    /// - Throws: ``Failure`` (syntax) when it is not.
    mutating func skip() throws(Failure) {
        switch try kind() {
        case .object: try object { _, reader throws(Failure) in try reader.skip() }
        case .array: try array { reader throws(Failure) in try reader.skip() }
        case .string: _ = try stringValue()
        case .number: try skipNumber()
        case .bool: _ = try bool()
        case .null: try literal("null")
        }
    }

    // MARK: - Scanning

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else { throw syntax("nested too deeply") }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// Consumes `byte` after optional whitespace, if it is next.
    private mutating func consume(_ byte: UInt8) throws(Failure) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw syntax("unexpected end of the body") }
        guard bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw syntax("unexpected end of the body") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw syntax("invalid literal")
        }
        index += count
    }

    private mutating func skipNumber() throws(Failure) {
        func digits(_ reader: inout JSONReader) -> Int {
            let start = reader.index
            while reader.index < reader.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index])
            {
                reader.index += 1
            }
            return reader.index - start
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integer = index
        guard digits(&self) > 0 else { throw syntax("invalid number") }
        if bytes[integer] == UInt8(ascii: "0"), index - integer > 1 { throw syntax("invalid number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw syntax("invalid number") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&self) > 0 else { throw syntax("invalid number") }
        }
    }

    /// Reads the string at `index` (its opening quote), unescaping it.
    private mutating func stringValue() throws(Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, the common case.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw syntax("control character in a string") }
            index += 1
        }
        var unescaped = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try unescape(into: &unescaped)
            case ..<0x20:
                throw syntax("control character in a string")
            default:
                unescaped.append(byte)
            }
        }
        throw syntax("unterminated string")
    }

    private mutating func unescape(into output: inout [UInt8]) throws(Failure) {
        guard index < bytes.count else { throw syntax("unterminated string") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let resume = index
                index += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = resume
                }
            }
            // A lone surrogate becomes U+FFFD rather than failing the whole answer.
            UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { output.append($0) }
        default:
            throw syntax("invalid escape in a string")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw syntax("unterminated string") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntax("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    private func syntax(_ reason: String) -> Failure {
        Failure(isSyntax: true, reason: "\(reason) at byte \(index)")
    }

    private func shape(_ reason: String) -> Failure {
        Failure(isSyntax: false, reason: "\(reason) at byte \(index)")
    }
}
