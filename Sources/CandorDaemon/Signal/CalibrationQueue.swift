import CandorDetectors

/// The way from the ``SignalBoard`` to the ``CalibrationService``: the calibrations signals wait for, each
/// submitted once however many signals share it, and the cache their results go to.
public struct CalibrationQueue: Sendable {
    /// The calibrations already done, shared by every signal of the board.
    public let cache: ThresholdCache
    private let continuation: AsyncStream<CalibrationRequest>.Continuation

    /// A queue into `cache`, and the stream of shared requests a ``CalibrationService`` works through.
    public static func make(
        cache: ThresholdCache
    ) -> (queue: CalibrationQueue, requests: AsyncStream<CalibrationRequest>) {
        let (requests, continuation) = AsyncStream.makeStream(of: CalibrationRequest.self)
        return (CalibrationQueue(cache: cache, continuation: continuation), requests)
    }

    /// Asks for the calibration of `shared` (a ``CalibrationRequest/shared`` request); returns at once.
    func submit(_ shared: CalibrationRequest) {
        continuation.yield(shared)
    }

    /// Ends the stream, so that the service returns once the calibrations in flight are done.
    public func finish() {
        continuation.finish()
    }
}
