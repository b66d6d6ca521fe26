/// The mix of a category signal: each category's share and the samples the shares rest on, as alerts, status
/// and logs report a baseline or a window.
public struct CategoryShares: Sendable, Codable, Hashable {
    /// Each category's share of the samples, summing to 1.
    public var shares: [String: Double]
    /// How many samples the shares rest on.
    public var samples: Int

    /// Creates shares from their parts.
    public init(shares: [String: Double], samples: Int) {
        self.shares = shares
        self.samples = samples
    }

    /// The shares of `counts`, one count per category of `categories`.
    public init(categories: [String], counts: [Int]) {
        let total = counts.reduce(0, +)
        var shares: [String: Double] = [:]
        for (category, count) in zip(categories, counts) {
            shares[category] = total > 0 ? Double(count) / Double(total) : 0
        }
        self.init(shares: shares, samples: total)
    }

    /// The categories whose share moved most from `baseline` to these shares, largest move first, with both
    /// shares: what an alert names.
    public func moves(from baseline: CategoryShares, limit: Int = 3) -> [(category: String, from: Double, to: Double)] {
        let names = Set(shares.keys).union(baseline.shares.keys)
        let moves = names.map { (category: $0, from: baseline.shares[$0] ?? 0, to: shares[$0] ?? 0) }
        return Array(
            moves.sorted {
                let left = abs($0.to - $0.from)
                let right = abs($1.to - $1.from)
                return left != right ? left > right : $0.category < $1.category
            }
            .prefix(limit)
        )
    }
}
