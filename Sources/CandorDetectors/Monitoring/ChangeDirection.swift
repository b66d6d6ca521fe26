/// The way a detector saw a signal move away from its baseline.
public enum ChangeDirection: String, Sendable, Equatable, Codable, CaseIterable {
    /// The rate or mean rose (for a lie rate: more lies).
    case up
    /// The rate or mean fell.
    case down
    /// The spread of a continuous signal grew.
    case spread
    /// The mix of categories or the shape of the distribution changed, with no single direction.
    case distribution
}
