import CandorCore
import Foundation
import Synchronization

/// A clock that moves only when a test moves it: ``clock`` reads the manual time, and its `sleep` suspends
/// until ``advance(by:)`` passes the sleeper's deadline (or the task is cancelled). Tests of scheduling,
/// retries and alert lifecycles run on it without sleeping for real.
///
/// ```swift
/// let time = ManualClock()
/// let scheduler = Scheduler(clock: time.clock, …)
/// try await time.waitForSleepers(1)
/// time.advance(by: .seconds(300))
/// ```
public final class ManualClock: Sendable {
    private struct Sleeper {
        let id: Int
        let deadline: Duration
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var elapsed: Duration = .zero
        var nextID = 0
        var sleepers: [Sleeper] = []
    }

    private let startDate: Date
    private let startInstant: ContinuousClock.Instant
    private let state = Mutex(State())

    /// Creates a clock whose wall time starts at `start` (by default 2026-01-01T00:00:00Z).
    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        self.startDate = start
        self.startInstant = ContinuousClock.now
    }

    /// The clock to inject.
    public var clock: CandorClock {
        CandorClock(
            now: { [self] in startDate.addingTimeInterval(elapsedSeconds) },
            instant: { [self] in startInstant + elapsed },
            sleep: { [self] duration in try await sleep(for: duration) }
        )
    }

    /// The time moved so far.
    public var elapsed: Duration {
        state.withLock { $0.elapsed }
    }

    /// How many tasks are waiting in `sleep`.
    public var sleeperCount: Int {
        state.withLock { $0.sleepers.count }
    }

    /// How far from now the earliest sleeper's deadline is, or nil when no task sleeps: what a driver that runs
    /// simulated time from one event to the next advances by.
    public var untilNextDeadline: Duration? {
        state.withLock { state in state.sleepers.map(\.deadline).min().map { max(.zero, $0 - state.elapsed) } }
    }

    /// Moves time forward by `duration` and wakes every sleeper whose deadline has come, in deadline order.
    public func advance(by duration: Duration) {
        let due = state.withLock { state -> [Sleeper] in
            state.elapsed += duration
            let now = state.elapsed
            let due = state.sleepers.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due {
            sleeper.continuation.resume()
        }
    }

    /// Waits (by yielding, up to `attempts` times) until at least `count` tasks sleep on this clock.
    ///
    /// - Throws: ``TestSupportError`` when they never arrive, so a test fails instead of hanging.
    public func waitForSleepers(_ count: Int, attempts: Int = 100_000) async throws {
        for _ in 0..<attempts {
            if sleeperCount >= count {
                return
            }
            await Task.yield()
        }
        throw TestSupportError(
            code: .timeout,
            message: "\(sleeperCount) tasks sleep on the manual clock; expected \(count)"
        )
    }

    private var elapsedSeconds: TimeInterval {
        elapsed.timeInterval
    }

    private func sleep(for duration: Duration) async throws {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow = state.withLock { state -> Bool in
                    if Task.isCancelled || duration <= .zero {
                        return true
                    }
                    state.sleepers.append(
                        Sleeper(id: id, deadline: state.elapsed + duration, continuation: continuation)
                    )
                    return false
                }
                if resumeNow {
                    if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else {
                        continuation.resume()
                    }
                }
            }
        } onCancel: {
            let cancelled = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            cancelled?.continuation.resume(throwing: CancellationError())
        }
    }
}
