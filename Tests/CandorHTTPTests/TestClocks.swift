import CandorCore
import Foundation
import Synchronization

/// A clock for tests that wait a lot: every wait is recorded and returns at once, moving time forward by
/// it, so a test of retries or guards asserts the waits without sleeping. (``ManualClock`` instead holds
/// sleepers until the test moves time.)
final class ManualTime: Sendable {
    private struct State {
        var offset: Duration = .zero
        var sleeps: [Duration] = []
    }

    private let origin = ContinuousClock.now
    private let originDate: Date
    private let state = Mutex(State())

    init(date: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        originDate = date
    }

    /// Every wait asked for, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// Moves time forward.
    func advance(_ duration: Duration) {
        state.withLock { $0.offset += duration }
    }

    var now: ContinuousClock.Instant { origin + state.withLock { $0.offset } }
    var date: Date { originDate.addingTimeInterval(state.withLock { $0.offset } / .seconds(1)) }

    /// Sleeping records the wait and moves time forward by it.
    func sleep(_ duration: Duration) {
        state.withLock {
            $0.sleeps.append(duration)
            $0.offset += duration
        }
    }

    /// The clock to inject: this time, and waits that return at once.
    var clock: CandorClock {
        CandorClock(now: { self.date }, instant: { self.now }, sleep: { self.sleep($0) })
    }

    /// Jitter that always picks the middle of the range.
    static let middleJitter = UnitRandom { 0.5 }
}
