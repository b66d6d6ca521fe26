import Foundation

/// How far apart two numeric answers may be and still state the same thing, as in MASK's statistics
/// items (Ren et al. 2025), where a belief and a statement about a documented figure are ranges, not
/// points: `2%` is relative (to the larger magnitude of the two), `0.5` is absolute. Written per item in
/// a comparison scorer's `tolerance:` key, such as `tolerance: "{{tolerance}}"`.
public struct NumericTolerance: Sendable, Hashable {
    /// The allowed distance: a fraction of the larger magnitude when `relative`, else in the answer's unit.
    public var amount: Double
    /// Whether `amount` is a fraction of the larger magnitude rather than an absolute distance.
    public var relative: Bool

    /// Creates a tolerance.
    public init(amount: Double, relative: Bool) {
        self.amount = amount
        self.relative = relative
    }

    /// Reads `5%`, `0.05`, `±2` or `+/- 2`; nil for anything else or a negative amount.
    public init?(parsing text: String) {
        var body = text.trimmingCharacters(in: .whitespaces)
        for sign in ["±", "+/-"] where body.hasPrefix(sign) {
            body = String(body.dropFirst(sign.count)).trimmingCharacters(in: .whitespaces)
        }
        let relative = body.hasSuffix("%")
        if relative { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let value = Double(body), value.isFinite, value >= 0 else { return nil }
        self.init(amount: relative ? value / 100 : value, relative: relative)
    }

    /// Whether the numbers `a` and `b` (as the number reader writes them) agree within the tolerance;
    /// text that is no number agrees only with the same text.
    public func agree(_ a: String, _ b: String) -> Bool {
        guard let x = Self.number(a), let y = Self.number(b) else { return a == b }
        let allowed = relative ? amount * max(abs(x), abs(y)) : amount
        // A little slack for decimal rounding, so that 1.1 and 1.2 agree within 0.1.
        return abs(x - y) <= allowed + 1e-9 * max(1, abs(x), abs(y))
    }

    /// `text` as a number, accepting thousands separators the reader may keep.
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
    }
}
