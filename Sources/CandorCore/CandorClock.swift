import Foundation

/// The one source of time for everything Candor does: the wall clock (record timestamps, `Retry-After`
/// dates, the daily budget's UTC day), a monotonic instant (intervals that must not jump when the wall
/// clock is set), and a way to wait. The daemon builds ``system`` once and passes it down; tests pass a
/// manual clock and move time by hand, so nothing below the command line reads the system's time.
public struct CandorClock: Sendable {
    /// The current wall-clock time.
    public var now: @Sendable () -> Date
    /// The current monotonic instant.
    public var instant: @Sendable () -> ContinuousClock.Instant
    /// Waits `duration`; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a clock from its parts.
    public init(
        now: @escaping @Sendable () -> Date,
        instant: @escaping @Sendable () -> ContinuousClock.Instant,
        sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.now = now
        self.instant = instant
        self.sleep = sleep
    }

    /// The system's wall clock, its continuous clock and `Task.sleep`.
    public static let system = CandorClock(
        now: { Date() },
        instant: { ContinuousClock.now },
        sleep: { try await Task.sleep(for: $0) }
    )

    /// Waits until the monotonic clock reaches `deadline`; returns at once when it has passed.
    ///
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    public func sleep(until deadline: ContinuousClock.Instant) async throws {
        let remaining = instant().duration(to: deadline)
        if remaining > .zero {
            try await sleep(remaining)
        }
    }
}
