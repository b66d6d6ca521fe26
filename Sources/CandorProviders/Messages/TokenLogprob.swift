/// One generated token with its log probability and, when asked for, the most likely
/// alternatives at that position.
public struct TokenLogprob: Sendable, Hashable, Codable {
    /// An alternative token at the same position.
    public struct Alternative: Sendable, Hashable, Codable {
        /// The token text.
        public var token: String
        /// Its natural-log probability.
        public var logprob: Double

        /// Creates an alternative.
        public init(token: String, logprob: Double) {
            self.token = token
            self.logprob = logprob
        }
    }

    /// The token text.
    public var token: String
    /// Its natural-log probability.
    public var logprob: Double
    /// The most likely tokens at this position, most likely first.
    public var top: [Alternative]

    /// Creates a token record.
    public init(token: String, logprob: Double, top: [Alternative] = []) {
        self.token = token
        self.logprob = logprob
        self.top = top
    }
}
