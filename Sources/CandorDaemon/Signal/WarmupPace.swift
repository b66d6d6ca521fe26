import Foundation

/// How fast a signal's warm-up advances, from the samples it has seen since the daemon started: the expected end
/// of the warm-up that `candor status`, `/api/v1/signals`, the metrics and the log show.
struct WarmupPace: Sendable, Equatable {
    /// When the first sample counted here arrived.
    private var firstTime: Date
    /// Warm-up samples seen by then.
    private var firstObserved: Int
    /// When the latest sample arrived.
    private(set) var lastTime: Date
    /// Warm-up samples seen by then.
    private var lastObserved: Int

    /// A pace that starts with `observed` warm-up samples seen at `time`.
    init(observed: Int, at time: Date) {
        firstTime = time
        firstObserved = observed
        lastTime = time
        lastObserved = observed
    }

    /// Counts the warm-up as `observed` samples at `time`; a warm-up that started again starts the pace again.
    mutating func record(observed: Int, at time: Date) {
        guard observed >= lastObserved, time >= lastTime else {
            self = WarmupPace(observed: observed, at: time)
            return
        }
        lastTime = time
        lastObserved = observed
    }

    /// The seconds from the first sample counted to the latest.
    var elapsed: TimeInterval { lastTime.timeIntervalSince(firstTime) }

    /// When a warm-up of `required` samples should end at the mean pace so far: nil until two samples with time
    /// between them have been seen.
    func expectedEnd(required: Int) -> Date? {
        let samples = lastObserved - firstObserved
        guard samples > 0, elapsed > 0 else { return nil }
        return lastTime.addingTimeInterval(Double(max(0, required - lastObserved)) * elapsed / Double(samples))
    }
}
