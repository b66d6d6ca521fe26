import Foundation

/// How the benchmarks reduce and print their measurements.
enum Figures {
    /// The median of `values`, 0 for none: what a table shows of several rounds, so that a burst
    /// of load from elsewhere on the machine skews one round rather than the figure.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `value` with `decimals` digits after the point.
    static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
