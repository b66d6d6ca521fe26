extension String {
    /// The string with every control character (C0, DEL, C1) and every bidirectional override written
    /// out as an escape such as `\u{1B}`, so that text from a model (or any peer) cannot inject a
    /// terminal escape sequence, a fake log line or reordered text into a log or a terminal. Tabs stay;
    /// newlines stay when `keepingNewlines`, else each becomes one space, so a log record stays one line.
    public func escapingControlCharacters(keepingNewlines: Bool = false) -> String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var escaped = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" {
                escaped.append(keepingNewlines ? "\n" : " ")
            } else if Self.needsEscape(scalar) {
                escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates, which reorder what a terminal shows.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
