import CandorHTTP
import CandorProviders
import Foundation
import Synchronization

/// Clocks for tests: waits are recorded and return at once, time moves only when told.
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

    /// A retry clock on this time whose jitter always picks `unitRandom`.
    func retryClock(unitRandom: Double = 0.5) -> RetryClock {
        RetryClock(now: { self.date }, sleep: { self.sleep($0) }, unitRandom: { unitRandom })
    }

    /// A guard clock on this time.
    var guardClock: GuardClock {
        GuardClock(now: { self.now }, date: { self.date }, sleep: { self.sleep($0) })
    }
}
