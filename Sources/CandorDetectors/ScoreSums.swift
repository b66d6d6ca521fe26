/// The count, sum and sum of squares of some samples of a continuous signal: what can be added and, unlike a
/// mean and spread, taken away again (the samples at the end of a block that a learning baseline holds back).
public struct ScoreSums: Sendable, Codable, Equatable {
    /// How many samples.
    public var count = 0
    /// Their sum.
    public var sum = 0.0
    /// The sum of their squares.
    public var squares = 0.0

    /// No samples.
    public init() {}

    /// Sums as given.
    public init(count: Int, sum: Double, squares: Double) {
        self.count = count
        self.sum = sum
        self.squares = squares
    }

    /// Adds one sample.
    public mutating func add(_ x: Double) {
        count += 1
        sum += x
        squares += x * x
    }

    /// The samples of `lhs` without those of `rhs`, which were among them; none when `rhs` holds as many or more.
    public static func - (lhs: ScoreSums, rhs: ScoreSums) -> ScoreSums {
        guard rhs.count < lhs.count else { return ScoreSums() }
        return ScoreSums(count: lhs.count - rhs.count, sum: lhs.sum - rhs.sum, squares: lhs.squares - rhs.squares)
    }

    /// Their count, mean and standard deviation.
    public var summary: ScoreSummary {
        guard count > 0 else { return ScoreSummary(count: 0, mean: 0, standardDeviation: 0) }
        let n = Double(count)
        let mean = sum / n
        let variance = count >= 2 ? max(0, (squares - sum * mean) / (n - 1)) : 0
        return ScoreSummary(count: count, mean: mean, standardDeviation: variance.squareRoot())
    }
}
