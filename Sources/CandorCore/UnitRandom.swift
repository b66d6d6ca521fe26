/// Where a random number in `0..<1` comes from, for the jitter that spreads retries and schedules so
/// that many callers do not act in the same instant. Injected beside the ``CandorClock`` and kept apart
/// from it: time and chance are separate inputs, and a test fixes each on its own.
public struct UnitRandom: Sendable {
    /// The next number, in `0..<1`.
    public var next: @Sendable () -> Double

    /// Creates a source from a function that returns numbers in `0..<1`.
    public init(_ next: @escaping @Sendable () -> Double) {
        self.next = next
    }

    /// The system's random number generator.
    public static let system = UnitRandom { Double.random(in: 0..<1) }
}
