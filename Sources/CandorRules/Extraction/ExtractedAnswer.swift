/// What answer extraction found in one model answer.
public enum ExtractedAnswer: Sendable, Hashable, CustomStringConvertible {
    /// A definite answer, normalised (`yes`, `B`, `42`, …).
    case answer(String)
    /// The model declined, hedged or said it does not know.
    case evasive
    /// No answer could be found without guessing.
    case unparsed

    /// The answer, `evasive` or `unparsed`.
    public var description: String {
        switch self {
        case .answer(let value): return value
        case .evasive: return "evasive"
        case .unparsed: return "unparsed"
        }
    }

    /// The definite answer, if there is one.
    public var value: String? {
        if case .answer(let value) = self { return value }
        return nil
    }
}
