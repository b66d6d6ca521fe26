import Foundation

/// What a retry loop needs from the outside world: the wall clock (for `Retry-After` dates), a
/// way to wait, and randomness for the jitter. Tests inject their own.
public struct RetryClock: Sendable {
    /// The current time.
    public var now: @Sendable () -> Date
    /// Waits `duration`; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// A number in `0..<1`.
    public var unitRandom: @Sendable () -> Double

    /// Creates a clock from its parts.
    public init(
        now: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Duration) async throws -> Void,
        unitRandom: @escaping @Sendable () -> Double
    ) {
        self.now = now
        self.sleep = sleep
        self.unitRandom = unitRandom
    }

    /// The real clock, `Task.sleep` and the system's random numbers.
    public static let system = RetryClock(
        now: { Date() },
        sleep: { try await Task.sleep(for: $0) },
        unitRandom: { Double.random(in: 0..<1) }
    )
}
