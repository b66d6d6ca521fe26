/// Turns the text a strict JSON parser refuses, but an answer can still be read around, into
/// U+FFFD: bytes that are not UTF-8, and `\u` escapes of a lone UTF-16 surrogate.
///
/// Models and their servers sometimes cut a character in half (a token boundary inside a
/// multi-byte character, a surrogate pair split by a Python server). Foundation's parsers refuse
/// the whole body for that; one replaced character should not cost the answer, so a body that
/// fails the syntax check is repaired and checked once more (`ModelEndpoint.decode`).
enum UnicodeRepair {
    /// `body` with invalid UTF-8 and lone surrogate escapes replaced by U+FFFD, or `nil` when it
    /// has neither.
    static func repaired(_ body: [UInt8]) -> [UInt8]? {
        var changed = false
        var bytes = body
        if String(validating: body, as: UTF8.self) == nil {
            bytes = Array(String(decoding: body, as: UTF8.self).utf8)
            changed = true
        }
        // Escapes are ASCII and every byte of a multi-byte character is 0x80 or above, so a byte
        // scan cannot mistake part of a character for a quote or a backslash.
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if !inString {
                inString = byte == UInt8(ascii: "\"")
                output.append(byte)
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = false
            case UInt8(ascii: "\\"):
                let unit = escapedUnit(bytes, at: index)
                if let unit, (0xD800..<0xDC00).contains(unit),
                    let low = escapedUnit(bytes, at: index + 6), (0xDC00..<0xE000).contains(low)
                {
                    output.append(contentsOf: bytes[index..<index + 12])
                    index += 12
                } else if let unit, (0xD800..<0xE000).contains(unit) {
                    output.append(contentsOf: Array(#"\ufffd"#.utf8))
                    index += 6
                    changed = true
                } else {
                    output.append(contentsOf: bytes[index..<min(index + 2, bytes.count)])
                    index += 2
                }
                continue
            default:
                break
            }
            output.append(byte)
            index += 1
        }
        return changed ? output : nil
    }

    /// The UTF-16 unit of the `\uXXXX` escape at `index`, or `nil` when there is none.
    private static func escapedUnit(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index + 2..<index + 6] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
