import Synchronization

/// Wakes the scheduler's loop before its next planned look, when a trial ends (a slot frees) or the plan
/// changes, so a target whose trials are quick runs as fast as its schedule allows instead of at the loop's
/// polling rate.
///
/// One waiter at a time (the loop). A signal sent while nobody waits is kept, so none is lost between the
/// loop's look and its wait; several such signals wake the waiter once.
final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    /// Creates a signal with nothing pending.
    init() {}

    /// Wakes the waiter, or the next one when nobody waits.
    func send() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.pending = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns when a signal comes (at once when one is pending) or the task is cancelled.
    func wait() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.pending || Task.isCancelled {
                        state.pending = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}
