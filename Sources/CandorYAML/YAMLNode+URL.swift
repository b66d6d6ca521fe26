import Foundation

extension YAMLNode {
    /// The node as an `http://` or `https://` URL with a host; records an error at the node
    /// (saying what was found) otherwise. Text in braces (`{probe}`) is allowed where
    /// `placeholders` names it, for URL patterns that are filled in later.
    public func httpURL(_ log: inout DiagnosticLog, placeholders: [String] = []) -> String? {
        guard let text = nonEmptyString(&log) else { return nil }
        var filled = text
        for name in placeholders { filled = filled.replacingOccurrences(of: "{\(name)}", with: "x") }
        if let open = filled.firstIndex(of: "{"), let close = filled[open...].firstIndex(of: "}") {
            let unknown = filled[open...close]
            let known = placeholders.map { "{\($0)}" }.joined(separator: ", ")
            log.error(
                "\(describedPath) names \(unknown), which is not a placeholder; use \(known.isEmpty ? "none" : known)",
                at: location
            )
            return nil
        }
        guard filled.hasPrefix("http://") || filled.hasPrefix("https://"), URL(string: filled)?.host != nil else {
            log.error("\(describedPath) must be an http:// or https:// URL, found '\(text)'", at: location)
            return nil
        }
        return text
    }
}
