import Foundation

/// One call of a stored trial, as much of it as the guards need when they are rebuilt at start: the tokens
/// an answer used, or how the call failed.
///
/// Stored as a JSON array in the trial's `calls` column (`[{"tokens":153},{"error":"http_status"}]`), a few
/// dozen bytes per trial; migration v5 wrote the same shape from the records it replaced.
public struct StoredCall: Sendable, Hashable, Codable {
    /// The tokens the answer used (prompt and completion), 0 when the target reported none; `nil` when no
    /// answer came back.
    public var tokens: Int?
    /// The failure's code (`transport`, `http_status`, `cancelled`, …) when the call failed.
    public var error: String?
    /// True when the target's own guards skipped the call (it never reached the model); absent otherwise.
    public var skipped: Bool?

    /// Creates a stored call.
    public init(tokens: Int?, error: String? = nil, skipped: Bool? = nil) {
        self.tokens = tokens
        self.error = error
        self.skipped = skipped
    }

    /// `calls` as the column holds them.
    static func encode(_ calls: [StoredCall]) -> String {
        // Encoding three optional scalars cannot fail.
        let data = (try? JSONEncoder().encode(calls)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The calls in a column's `text`; none when it cannot be read.
    static func decode(_ text: String?) -> [StoredCall] {
        guard let text else { return [] }
        return (try? JSONDecoder().decode([StoredCall].self, from: Data(text.utf8))) ?? []
    }
}
