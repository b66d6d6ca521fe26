/// Writes one JSON document straight into bytes, for request bodies of a fixed shape.
///
/// A request body is encoded on every call; writing it field by field costs a few microseconds,
/// where Foundation's `JSONEncoder` goes through a container per object and a sorted copy of the
/// output. Commas are placed automatically: a value or key that follows another gets one.
struct JSONWriter {
    /// Why a value cannot be written.
    struct Failure: Error, CustomStringConvertible {
        /// What was wrong.
        var description: String
    }

    /// The document written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object whose members `body` writes with the `key` methods.
    mutating func object<E: Error>(_ body: (inout JSONWriter) throws(E) -> Void) throws(E) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        try body(&self)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes an array whose elements `body` writes.
    mutating func array<E: Error>(_ body: (inout JSONWriter) throws(E) -> Void) throws(E) {
        separate()
        bytes.append(UInt8(ascii: "["))
        try body(&self)
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a member's key; its value follows.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// Writes `"name": value`.
    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// Writes `"name": value`.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes `"name": value`.
    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `"name": value`.
    ///
    /// - Throws: ``Failure`` for infinity and NaN, which JSON cannot express.
    mutating func member(_ name: StaticString, _ value: Double) throws(Failure) {
        guard value.isFinite else { throw Failure(description: "\(name) is \(value), which JSON cannot express") }
        key(name)
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Writes a string value, escaping quotes, backslashes and control characters.
    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { raw in
            var start = 0
            for (offset, byte) in raw.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: raw[start..<offset]))
                escape(byte)
                start = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: raw[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        let short: UInt8? =
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            default: nil
            }
        if let short {
            bytes.append(contentsOf: [UInt8(ascii: "\\"), short])
        } else {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// A comma when a value or member already precedes at this level.
    private mutating func separate() {
        switch bytes.last {
        case nil, UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"): return
        default: bytes.append(UInt8(ascii: ","))
        }
    }
}
