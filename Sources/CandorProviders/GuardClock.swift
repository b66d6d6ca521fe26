import Foundation

/// The time a ``GuardedModelClient`` needs: a monotonic instant (rate limit, circuit breaker),
/// the calendar date (the daily budget renews at midnight UTC), and a way to wait. Tests inject
/// their own; the guards themselves never read a clock.
public struct GuardClock: Sendable {
    /// The current monotonic instant.
    public var now: @Sendable () -> ContinuousClock.Instant
    /// The current date.
    public var date: @Sendable () -> Date
    /// Waits `duration`; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a clock from its parts.
    public init(
        now: @escaping @Sendable () -> ContinuousClock.Instant,
        date: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.now = now
        self.date = date
        self.sleep = sleep
    }

    /// The system's clocks and `Task.sleep`.
    public static let system = GuardClock(
        now: { ContinuousClock.now },
        date: { Date() },
        sleep: { try await Task.sleep(for: $0) }
    )
}
