/// A closed interval of real values, such as a confidence interval for a rate or a difference of rates.
public struct Interval: Sendable, Codable, Equatable, Hashable {
    /// The lower end.
    public let lower: Double
    /// The upper end, at least `lower`.
    public let upper: Double

    /// Creates an interval; requires `lower` ≤ `upper`.
    public init(lower: Double, upper: Double) {
        precondition(lower <= upper, "an interval needs lower ≤ upper, got [\(lower), \(upper)]")
        self.lower = lower
        self.upper = upper
    }

    /// Decodes an interval, rejecting one whose ends are out of order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let lower = try container.decode(Double.self, forKey: .lower)
        let upper = try container.decode(Double.self, forKey: .upper)
        guard lower <= upper else {
            throw DecodingError.dataCorruptedError(
                forKey: .upper,
                in: container,
                debugDescription: "interval upper end \(upper) is below its lower end \(lower)"
            )
        }
        self.init(lower: lower, upper: upper)
    }

    /// Whether `value` lies in the interval, ends included.
    public func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }

    /// The width upper − lower.
    public var width: Double {
        upper - lower
    }
}
