import CandorDetectors

/// Seeded mutations of valid inputs for the fuzz tests: the same seed gives the same cases, so a
/// failure names a seed and a case number that reproduce it.
///
/// Each case applies one to four edits to the seed input's bytes: a byte flipped, a range
/// deleted, duplicated or moved, the input cut short, or a token that parsers tend to get wrong
/// inserted (overflowing and special numbers, NUL and CR bytes, invalid UTF-8, YAML and JSON
/// punctuation, long runs).
public struct FuzzMutator: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64

    /// Tokens that a mutation inserts; each has broken a parser somewhere.
    public static let tokens: [String] = [
        "1e400", "1e308", "-1", "-0", "0", "99999999999999999999", "9223372036854775807", "-9223372036854775808",
        "infh", "inf", "nan", "NaN", "1e12d", "1e308h", "1e400s", "0.0000001ms", "1e17s", "18446744073709551616d",
        "\u{0}", "\r\n", "\r", "\t", "\\", "\"", "'", "{", "}", "[", "]", ":", ": ", "- ", "&a ", "*a", "<<: *a",
        "!!binary ", "? ", "|", ">", "#", "%", "\u{FEFF}", "é", "\u{202E}", "ｓ", String(repeating: "9", count: 400),
        String(repeating: "[", count: 200), String(repeating: "a", count: 5000),
    ]

    /// A mutator whose cases are fixed by `seed`.
    public init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// The next pseudo-random 64 bits.
    public mutating func next() -> UInt64 {
        generator.next()
    }

    /// A mutated copy of `input`'s UTF-8 bytes (which may no longer be valid UTF-8).
    public mutating func mutate(_ input: String) -> [UInt8] {
        mutate(Array(input.utf8))
    }

    /// A mutated copy of `input`.
    public mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &self) {
            edit(&bytes)
        }
        return bytes
    }

    /// A mutated copy of `input` as text, with invalid UTF-8 repaired, for APIs that take strings.
    public mutating func mutateText(_ input: String) -> String {
        String(decoding: mutate(input), as: UTF8.self)
    }

    private mutating func edit(_ bytes: inout [UInt8]) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &self)
        switch Int.random(in: 0..<8, using: &self) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] ^= UInt8(1 << Int.random(in: 0..<8, using: &self))
        case 1 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...16, using: &self))
            bytes.removeSubrange(min(position, end)..<end)
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &self))
            let run = bytes[min(position, end)..<end]
            bytes.insert(contentsOf: run, at: min(position, bytes.count))
        case 3 where !bytes.isEmpty:
            bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &self)...)
        case 4:
            bytes.insert([0xFF, 0xFE, 0xC3, 0x28].randomElement(using: &self)!, at: position)
        case 5 where bytes.count > 2:
            let start = Int.random(in: 0..<bytes.count - 1, using: &self)
            let end = min(bytes.count, start + Int.random(in: 1...32, using: &self))
            let run = Array(bytes[start..<end])
            bytes.removeSubrange(start..<end)
            bytes.insert(contentsOf: run, at: Int.random(in: 0...bytes.count, using: &self))
        default:
            bytes.insert(contentsOf: Array(Self.tokens.randomElement(using: &self)!.utf8), at: position)
        }
    }

    /// Replaces the value of the first digit run in `input` by a token from ``tokens`` that
    /// stands for a number, so that a structurally valid input carries an extreme value.
    public mutating func extremeNumber(in input: String) -> String {
        let numbers = Self.tokens.filter { $0.first.map { $0.isNumber || $0 == "-" || $0 == "i" || $0 == "n" } == true }
        guard let start = input.firstIndex(where: \.isNumber) else { return input }
        let end = input[start...].firstIndex(where: { !$0.isNumber && $0 != "." }) ?? input.endIndex
        var output = input
        output.replaceSubrange(start..<end, with: numbers.randomElement(using: &self)!)
        return output
    }
}
