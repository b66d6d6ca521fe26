/// Text made safe for an HTML page: what a model replied, a label or a target's name is hostile input, so every
/// piece of text reaches a page through ``escape(_:)`` and never as markup.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control characters and
    /// bidirectional overrides written out as `\u{…}` (as the terminal output does), so that no reply can open a
    /// tag, close an attribute or reorder what the page shows. Newlines stay.
    public static func escape(_ text: String) -> String {
        let visible = text.escapingControlCharacters(keepingNewlines: true)
        guard visible.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return visible }
        var escaped = ""
        escaped.reserveCapacity(visible.utf8.count + 16)
        for character in visible.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// `text` as one path segment of a link (`/alerts/ID`): every byte but unreserved ones percent-encoded, so an
    /// id cannot leave the path.
    public static func pathSegment(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
