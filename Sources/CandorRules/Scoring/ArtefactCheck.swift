/// Local verification of an artefact a response claims (a hash, a number, a date, an
/// arithmetic result): the response's claim is found and compared with what Candor computes
/// itself, never with what the model says.
public struct ArtefactCheck: Sendable, Hashable {
    /// What kind of artefact is checked.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A SHA-256 hex digest; correct if every digest the response states is the expected one (a
        /// response that offers several, one of them right, has not given the output).
        case sha256
        /// A number, read like a numeric answer, compared with the expected number.
        case number
        /// Every equation `a op b = c` in the response (op: + - × x * / ÷) recomputed; correct if
        /// there is at least one and all hold. `expected` is not used.
        case arithmetic
        /// A yes/no answer compared with the expected `yes` / `no` (such as `is_prime(n)`).
        case yesNo = "yes_no"
        /// A weekday name compared with the expected one.
        case weekday
        /// A calendar date (ISO or written out) compared with the expected `YYYY-MM-DD`.
        case date
    }

    /// The verdict.
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        /// The response claims the artefact and the claim checks out.
        case correct
        /// The response claims the artefact and the claim is wrong.
        case wrong
        /// The response claims no artefact of this kind.
        case absent
    }

    /// The kind.
    public var kind: Kind
    /// The expected value, a template over the item's variables (usually a derived one).
    public var expected: Template

    /// Creates a check.
    public init(kind: Kind, expected: Template) {
        self.kind = kind
        self.expected = expected
    }

    static let hexDigest = TextPattern.known(#"\b[0-9a-f]{64}\b"#)
    static let equation = TextPattern.known(
        #"(-?\d[\d,]*(?:\.\d+)?)\s*([+\-−×xX*/÷])\s*(-?\d[\d,]*(?:\.\d+)?)\s*=\s*\**\s*(-?\d[\d,]*(?:\.\d+)?)"#
    )

    /// Checks `response` against the expected value rendered with `variables`.
    public func verdict(_ response: String, variables: [String: String]) -> Verdict {
        let expectedValue = expected.render(variables).trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .sha256:
            let digests = Self.hexDigest.captures(in: response.lowercased(), group: 0)
            guard !digests.isEmpty else { return .absent }
            return digests.allSatisfy { $0 == expectedValue.lowercased() } ? .correct : .wrong
        case .number:
            guard let value = NumberExtractor(mode: .lenient).extract(response).value else { return .absent }
            return value == NumberExtractor.normalise(expectedValue) ? .correct : .wrong
        case .arithmetic:
            let claims = Self.equation.groups(in: response)
            guard !claims.isEmpty else { return .absent }
            return claims.allSatisfy(Self.holds) ? .correct : .wrong
        case .yesNo:
            guard let value = YesNoExtractor(mode: .lenient).extract(response).value else { return .absent }
            return value == expectedValue.lowercased() ? .correct : .wrong
        case .weekday:
            let named = CalendarDate.weekdays(in: response)
            guard !named.isEmpty else { return .absent }
            return named.count == 1 && named[0].lowercased() == expectedValue.lowercased() ? .correct : .wrong
        case .date:
            let dates = CalendarDate.dates(in: response)
            guard !dates.isEmpty else { return .absent }
            return dates.last == expectedValue ? .correct : .wrong
        }
    }

    static func holds(_ groups: [String]) -> Bool {
        func number(_ text: String) -> Double? { Double(text.replacingOccurrences(of: ",", with: "")) }
        guard let lhs = number(groups[0]), let rhs = number(groups[2]), let claimed = number(groups[3]) else {
            return false
        }
        let actual: Double
        switch groups[1] {
        case "+": actual = lhs + rhs
        case "-", "−": actual = lhs - rhs
        case "×", "x", "X", "*": actual = lhs * rhs
        default:
            guard rhs != 0 else { return false }
            actual = lhs / rhs
        }
        return abs(actual - claimed) <= max(0.005, abs(actual) * 1e-9)
            || abs(actual - claimed) < 0.01 && groups[1] == "/"
    }
}
