#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Literal text that every match of a pattern contains, read from the pattern's syntax, so that a text
/// holding none of it is known not to match before the regex engine scans it. One ICU scan per pattern and
/// reply is most of a lexicon's cost (the text is copied to UTF-16 and every position tried); a byte search
/// for a few words costs a small fraction of it, and most patterns do not match most replies.
///
/// The reading is conservative, so that skipping a scan never changes a result: whatever it does not
/// understand (free-spacing mode, `\Q…\E`, a class that opens with `]`, an interval it cannot read) gives no
/// requirement; optional parts (`?`, `*`, `{0,n}`), alternations with a branch that requires nothing, and
/// lookarounds are never required; only ASCII characters outside classes and escapes count as literal. The
/// literals are lower case, compared with a text folded the same way (``FoldedText``), which is right for a
/// case-sensitive pattern too (it only admits more).
struct RequiredLiterals: Sendable, Hashable {
    /// The literals, lower case, in UTF-8: every match contains at least one of them.
    let alternatives: [[UInt8]]

    /// The fewest bytes a literal needs to be worth a search: shorter ones occur in nearly every reply.
    static let shortest = 3
    /// The most literals searched; past that the scan is about as cheap as the searches.
    static let most = 32
    /// The deepest nesting of groups read: the reading recurses into each group, and a pack's pattern must not
    /// exhaust the stack (a deeper pattern is always scanned).
    static let deepest = 64

    /// Reads the literals that every match of `pattern` contains; nil when there are none worth searching for
    /// or the pattern uses syntax this reading does not follow.
    init?(pattern: String) {
        var reader = Reader(bytes: Array(pattern.utf8))
        guard let read = try? reader.alternation(), reader.isAtEnd, read.count <= Self.most,
            read.allSatisfy({ $0.count >= Self.shortest })
        else { return nil }
        alternatives = read
    }

    /// Whether `text` contains one of the literals, so that the pattern may match it (always true for a text
    /// that cannot be searched by bytes).
    func admits(_ text: FoldedText) -> Bool {
        guard let bytes = text.bytes else { return true }
        return bytes.withUnsafeBytes { haystack in
            alternatives.contains { Self.occurs($0, in: haystack) }
        }
    }

    /// Whether `needle` occurs in `haystack`: `memchr` to each candidate start, then a comparison.
    static func occurs(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, needle.count <= haystack.count else {
            return false
        }
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart {
            guard let hit = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if haystack[offset..<offset + needle.count].elementsEqual(needle) { return true }
            start = offset + 1
        }
        return false
    }
}

extension RequiredLiterals {
    /// Syntax the reading does not follow: the pattern then gets no requirement.
    struct Unfollowed: Error {}

    /// One element of a sequence, before its quantifier.
    enum Atom {
        /// A literal character, lower case.
        case literal(UInt8)
        /// A group: the literals one of which it requires, if any.
        case group([[UInt8]]?)
        /// Anything else: a class, an escape, a wildcard, an anchor, a lookaround, a non-ASCII byte.
        case other
    }

    /// How often the quantifier after an atom lets it occur.
    enum Occurrence {
        /// Exactly once (no quantifier).
        case once
        /// At least once (`+`, `{n,…}` with n ≥ 1): required, but a literal run ends after it.
        case repeated
        /// Possibly never (`?`, `*`, `{0,…}`): never required.
        case optional
    }

    /// A reader of ICU regex syntax over the pattern's UTF-8 bytes.
    struct Reader {
        let bytes: [UInt8]
        var index = 0
        /// How many groups enclose the reading position.
        var depth = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Whether the whole pattern was read.
        var isAtEnd: Bool { index == bytes.count }

        /// The next byte, not consumed.
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Consumes the next byte.
        mutating func next() throws(Unfollowed) -> UInt8 {
            guard let byte = peek else { throw Unfollowed() }
            index += 1
            return byte
        }

        /// Consumes bytes up to and including `end`.
        mutating func skip(through end: UInt8) throws(Unfollowed) {
            while try next() != end {}
        }

        /// Branches separated by `|`, up to a `)` or the end: the union of what each requires, or nil when a
        /// branch requires nothing.
        mutating func alternation() throws(Unfollowed) -> [[UInt8]]? {
            var union: Set<[UInt8]> = []
            var everyBranch = true
            while true {
                if let branch = try sequence() { union.formUnion(branch) } else { everyBranch = false }
                guard peek == UInt8(ascii: "|") else { break }
                index += 1
            }
            return everyBranch ? union.sorted { $0.lexicographicallyPrecedes($1) } : nil
        }

        /// A branch: the most selective of the literal runs and groups it requires, if any.
        mutating func sequence() throws(Unfollowed) -> [[UInt8]]? {
            var best: [[UInt8]]?
            var run: [UInt8] = []
            func consider(_ candidate: [[UInt8]]?) {
                guard let candidate, !candidate.isEmpty else { return }
                if let current = best, !Reader.isMoreSelective(candidate, than: current) { return }
                best = candidate
            }
            func endRun() {
                if !run.isEmpty { consider([run]) }
                run = []
            }
            while let byte = peek, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                let element = try atom()
                let occurs = try occurrence()
                switch (element, occurs) {
                case (.literal(let character), .once):
                    run.append(character)
                case (.literal(let character), .repeated):
                    run.append(character)
                    endRun()
                case (.group(let required), .once), (.group(let required), .repeated):
                    endRun()
                    consider(required)
                case (.literal, .optional), (.group, .optional), (.other, _):
                    endRun()
                }
            }
            endRun()
            return best
        }

        /// Whether `candidate` narrows the search more than `current`: a longer shortest literal, then fewer.
        static func isMoreSelective(_ candidate: [[UInt8]], than current: [[UInt8]]) -> Bool {
            let candidateShortest = candidate.map(\.count).min() ?? 0
            let currentShortest = current.map(\.count).min() ?? 0
            if candidateShortest != currentShortest { return candidateShortest > currentShortest }
            return candidate.count < current.count
        }

        /// One atom.
        mutating func atom() throws(Unfollowed) -> Atom {
            let byte = try next()
            switch byte {
            case UInt8(ascii: "("):
                return try group()
            case UInt8(ascii: "["):
                try skipClass()
                return .other
            case UInt8(ascii: "\\"):
                return try escape()
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"):
                return .other
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "]"), UInt8(ascii: "#"):
                throw Unfollowed()
            case 0x41...0x5A:
                return .literal(byte | 0x20)
            case ..<0x80:
                return .literal(byte)
            default:
                return .other
            }
        }

        /// The quantifier after an atom, consumed with its lazy or possessive mark.
        mutating func occurrence() throws(Unfollowed) -> Occurrence {
            let found: Occurrence
            switch peek {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                index += 1
                found = .optional
            case UInt8(ascii: "+"):
                index += 1
                found = .repeated
            case UInt8(ascii: "{"):
                index += 1
                var least = 0
                var digits = 0
                while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    least = min(least * 10 + Int(byte - UInt8(ascii: "0")), 1_000)
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { throw Unfollowed() }
                while let byte = peek,
                    byte == UInt8(ascii: ",") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                {
                    index += 1
                }
                guard try next() == UInt8(ascii: "}") else { throw Unfollowed() }
                found = least == 0 ? .optional : .repeated
            default:
                return .once
            }
            if peek == UInt8(ascii: "?") || peek == UInt8(ascii: "+") { index += 1 }
            return found
        }

        /// A group, after its `(`: what it requires, or nothing for a lookaround, a comment or flags.
        mutating func group() throws(Unfollowed) -> Atom {
            depth += 1
            defer { depth -= 1 }
            guard depth <= RequiredLiterals.deepest else { throw Unfollowed() }
            var required = true
            if peek == UInt8(ascii: "?") {
                index += 1
                switch try next() {
                case UInt8(ascii: ":"), UInt8(ascii: ">"):
                    break
                case UInt8(ascii: "="), UInt8(ascii: "!"):
                    required = false
                case UInt8(ascii: "<"):
                    if peek == UInt8(ascii: "=") || peek == UInt8(ascii: "!") {
                        index += 1
                        required = false
                    } else {
                        try skip(through: UInt8(ascii: ">"))
                    }
                case UInt8(ascii: "#"):
                    try skip(through: UInt8(ascii: ")"))
                    return .other
                case let flag:
                    // Flags: `(?i)`, `(?-i:…)`; free-spacing mode (`x`) changes what a literal is.
                    var byte = flag
                    while byte != UInt8(ascii: ")") && byte != UInt8(ascii: ":") {
                        guard byte == UInt8(ascii: "-") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte),
                            byte != UInt8(ascii: "x")
                        else { throw Unfollowed() }
                        byte = try next()
                    }
                    if byte == UInt8(ascii: ")") { return .other }
                }
            }
            let inner = try alternation()
            guard try next() == UInt8(ascii: ")") else { throw Unfollowed() }
            return required ? .group(inner) : .other
        }

        /// A character class, after its `[`, with nested classes and escapes.
        mutating func skipClass() throws(Unfollowed) {
            if peek == UInt8(ascii: "^") { index += 1 }
            if peek == UInt8(ascii: "]") { throw Unfollowed() }
            var depth = 1
            while depth > 0 {
                switch try next() {
                case UInt8(ascii: "\\"): _ = try next()
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                default: break
                }
            }
        }

        /// An escape, after its backslash: a literal for escaped ASCII punctuation, otherwise nothing literal.
        mutating func escape() throws(Unfollowed) -> Atom {
            let byte = try next()
            switch byte {
            case UInt8(ascii: "Q"), UInt8(ascii: "E"):
                throw Unfollowed()
            case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "N"), UInt8(ascii: "x"):
                if peek == UInt8(ascii: "{") {
                    try skip(through: UInt8(ascii: "}"))
                } else {
                    index = min(bytes.count, index + (byte == UInt8(ascii: "x") ? 2 : 1))
                }
            case UInt8(ascii: "u"):
                index = min(bytes.count, index + 4)
            case UInt8(ascii: "U"):
                index = min(bytes.count, index + 8)
            case UInt8(ascii: "k"):
                try skip(through: UInt8(ascii: ">"))
            case UInt8(ascii: "c"):
                _ = try next()
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
                break
            default:
                return .literal(byte)
            }
            return .other
        }
    }
}

/// A text as ``RequiredLiterals`` searches it: its UTF-8 with ASCII letters in lower case. A text holding a
/// character that ICU's case-insensitive matching equates with ASCII letters (ß with "ss", ſ with "s", the
/// Kelvin sign with "k", İ with "i", ligatures such as ﬁ) cannot be searched by bytes: a search for "ss" would
/// miss "ß". Such a text has no bytes, and every pattern scans it.
struct FoldedText {
    /// The folded bytes, or nil when the text must be scanned.
    let bytes: [UInt8]?

    /// Folds `text`.
    init(_ text: String) {
        var bytes = Array(text.utf8)
        var ascii = true
        for index in bytes.indices {
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) {
                bytes[index] = byte | 0x20
            } else if byte >= 0x80 {
                ascii = false
            }
        }
        self.bytes = ascii || !text.unicodeScalars.contains(where: Self.foldsToASCII) ? bytes : nil
    }

    /// Whether Unicode case folding (CaseFolding.txt, common, simple and full) maps `scalar` to text with an
    /// ASCII letter: ß, İ, ŉ, ſ, ǰ, ẖ…ẚ, ẞ, the Kelvin sign and the Latin ligatures.
    static func foldsToASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: true
        default: false
        }
    }
}
