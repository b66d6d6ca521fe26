import Foundation

/// A reader of one JSON text in place, value by value, for the samples lines `candor replay` reads by the
/// hundred thousand: it builds only the values it is asked for and checks the rest as JSON while skipping
/// it, where `JSONDecoder` builds every string of a record (its prompts are most of its bytes).
///
/// Errors are not thrown: the first one sets ``failed`` and every later read returns `nil`, so a caller
/// reads a whole object and checks once (the line then goes to `JSONDecoder`, which says what is wrong).
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Whether the text was found not to be JSON, or not of the shape asked for.
    private(set) var failed = false
    /// How deep skipped arrays and objects may nest, as `JSONDecoder` bounds it.
    private static let maximumDepth = 512

    /// A scanner at the start of `bytes`, which must outlive it.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Marks the text unreadable; returns `nil` for the caller to pass on.
    mutating func fail<T>() -> T? {
        failed = true
        return nil
    }

    /// The next byte after white space, not consumed; `nil` at the end.
    mutating func peek() -> UInt8? {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return bytes[index]
            }
        }
        return nil
    }

    /// Consumes `byte` (after white space) if it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard !failed, peek() == byte else { return false }
        index += 1
        return true
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        !failed && peek() == nil
    }

    /// Consumes `null` if it comes next: an optional field that is absent in effect.
    mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        return literal("null")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0
        else { return fail() ?? false }
        index += count
        return true
    }

    /// The next member's key of an object opened with `take("{")`, past its colon; `nil` after the closing
    /// brace (or on an error).
    mutating func key(first: inout Bool) -> String? {
        if take(UInt8(ascii: "}")) { return nil }
        if !first, !take(UInt8(ascii: ",")) { return fail() }
        first = false
        guard let key = string(), take(UInt8(ascii: ":")) else { return fail() }
        return key
    }

    /// Whether an array opened with `take("[")` has another element, consuming the comma before it.
    mutating func element(first: inout Bool) -> Bool {
        if take(UInt8(ascii: "]")) { return false }
        if !first, !take(UInt8(ascii: ",")) { return fail() ?? false }
        first = false
        return !failed
    }

    /// A string value.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return fail() }
        let start = index
        skipPlainBytes()
        guard index < bytes.count else { return fail() }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            defer { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        case UInt8(ascii: "\\"): return escapedString(from: start)
        default: return fail()
        }
    }

    /// Moves past the bytes of a string that need no look (not `"`, `\` or a control byte), eight at a
    /// time: prompts and answers are most of a record's bytes.
    private mutating func skipPlainBytes() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                // A byte is flagged when it is zero after the xor (a quote or backslash) or below 0x20;
                // a flag may be false past a true one, which the byte loop below sorts out.
                let flagged =
                    ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                    | ((word &- ones &* 0x20) & ~word)
                if flagged & (ones &* 0x80) != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            index += 1
        }
    }

    /// The rest of a string with escapes in it, from its first byte at `start`.
    private mutating func escapedString(from start: Int) -> String? {
        var text = Array(bytes[start..<index])
        while index < bytes.count {
            let plain = index
            skipPlainBytes()
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<index]))
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return fail() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return fail() }
                    text.append(contentsOf: String(Character(scalar)).utf8)
                default: return fail()
                }
            default: return fail()  // a control byte
            }
        }
        return fail()
    }

    /// The scalar of a `\u` escape (a surrogate pair as one), its `\u` consumed; unpaired surrogates are
    /// refused, as `JSONDecoder` refuses them.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
        guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { return nil }
        index += 2
        guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number value.
    mutating func number() -> Double? {
        guard let range = numberRange() else { return fail() }
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        // Digits alone (counts, tokens, 0 and 1 samples) need no strtod.
        if range.count < 16, !text.contains(where: { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") }) {
            return Double(text.reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) })
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return fail() }
        return value
    }

    /// A number value that is a whole number in `Int`'s range, as an `Int` field requires.
    mutating func integer() -> Int? {
        guard let value = number() else { return nil }
        guard value == value.rounded(), abs(value) < 9.0e18 else { return fail() }
        return Int(value)
    }

    /// A number value that is a whole number in `UInt64`'s range, written in digits alone (a seed).
    mutating func unsigned() -> UInt64? {
        guard let range = numberRange() else { return fail() }
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        var value: UInt64 = 0
        for digit in text {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return fail() }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow, !carry else { return fail() }
            value = sum
        }
        return value
    }

    /// The bytes of a JSON number (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), consumed.
    private mutating func numberRange() -> Range<Int>? {
        _ = peek()
        let start = index
        func digits(_ index: inout Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leading = index
        let whole = digits(&index, bytes)
        guard whole > 0, whole == 1 || bytes[leading] != UInt8(ascii: "0") else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&index, bytes) > 0 else { return nil }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&index, bytes) > 0 else { return nil }
        }
        return start..<index
    }

    /// A `true` or `false` value.
    mutating func bool() -> Bool? {
        switch peek() {
        case UInt8(ascii: "t"): return literal("true") ? true : nil
        case UInt8(ascii: "f"): return literal("false") ? false : nil
        default: return fail()
        }
    }

    /// Skips one value of any kind, checking that it is JSON; false if it is not.
    @discardableResult
    mutating func skip(depth: Int = 0) -> Bool {
        guard depth < Self.maximumDepth else { return fail() ?? false }
        switch peek() {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count {
                skipPlainBytes()
                guard index < bytes.count else { break }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte < 0x20 { return fail() ?? false }
                if byte == UInt8(ascii: "\\") {
                    guard index < bytes.count else { return fail() ?? false }
                    let escape = bytes[index]
                    index += 1
                    if escape == UInt8(ascii: "u") {
                        guard unicodeEscape() != nil else { return fail() ?? false }
                    } else if !"\"\\/bfnrt".utf8.contains(escape) {
                        return fail() ?? false
                    }
                }
            }
            return fail() ?? false
        case UInt8(ascii: "{"):
            index += 1
            var first = true
            while key(first: &first) != nil { guard skip(depth: depth + 1) else { return false } }
            return !failed
        case UInt8(ascii: "["):
            index += 1
            var first = true
            while element(first: &first) { guard skip(depth: depth + 1) else { return false } }
            return !failed
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
        case UInt8(ascii: "n"): return null() || (fail() ?? false)
        default: return number() != nil
        }
    }
}
