import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own for detector calibrations: each is seconds of pure computation, which on Swift's
/// cooperative pool (one thread per core) would hold a thread the trials, the signal board, the status API and
/// the shutdown signal handler need. Its threads run at a lower scheduling priority (nice 10), so sampling keeps
/// the cores it needs while calibrations use what is left.
///
/// A caller waits for its work with ``run(_:)`` and can stop waiting: a computation cannot be interrupted, but a
/// cancelled caller returns at once and leaves the result behind, so that a daemon asked to stop never waits for
/// a calibration (which on a loaded machine at nice 10 can take a minute).
final class CalibrationExecutor: Sendable {
    /// The process's one pool: one thread per core. Idle threads wait on a semaphore and cost no CPU.
    static let shared = CalibrationExecutor(threads: ProcessInfo.processInfo.activeProcessorCount)

    /// The number of threads, at least 1: how many calibrations run at once.
    let threads: Int
    private let work = Mutex<[@Sendable () -> Void]>([])
    private let ready = DispatchSemaphore(value: 0)

    /// Starts `threads` threads (at least 1), which live as long as the process.
    init(threads: Int) {
        self.threads = max(1, threads)
        for index in 0..<self.threads {
            let thread = Thread { [self] in serve() }
            thread.name = "candor-calibration-\(index)"
            thread.start()
        }
    }

    /// `compute`'s result, computed on one of the pool's threads once one is free; nil when the calling task is
    /// cancelled first. Work still queued when its caller is cancelled never starts; work already running ends
    /// unobserved.
    func run<Result: Sendable>(_ compute: @escaping @Sendable () -> Result) async -> Result? {
        let waiter = Waiter<Result>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard waiter.wait(continuation) else { return }
                work.withLock { $0.append { waiter.finish(compute) } }
                ready.signal()
            }
        } onCancel: {
            waiter.abandon()
        }
    }

    private func serve() {
        #if canImport(Glibc)
        // On Linux, who = 0 names the calling thread, whose nice value is its own: only this thread is lowered.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while true {
            ready.wait()
            guard let next = work.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            next()
        }
    }
}

/// One caller's wait for its work: resumed exactly once, with the result or, when the caller is cancelled
/// first, with nil.
private final class Waiter<Result: Sendable>: Sendable {
    private enum State {
        case starting
        case waiting(CheckedContinuation<Result?, Never>)
        case done
    }

    private let state = Mutex(State.starting)

    /// Holds `continuation` until the result comes; false (and `continuation` resumed with nil) when the caller
    /// was cancelled already, so the work need not be queued.
    func wait(_ continuation: CheckedContinuation<Result?, Never>) -> Bool {
        let waiting = state.withLock { state in
            guard case .starting = state else { return false }
            state = .waiting(continuation)
            return true
        }
        if !waiting { continuation.resume(returning: nil) }
        return waiting
    }

    /// Computes the result unless the caller has stopped waiting, and hands it over.
    func finish(_ compute: () -> Result) {
        guard state.withLock({ if case .waiting = $0 { true } else { false } }) else { return }
        let result = compute()
        take()?.resume(returning: result)
    }

    /// The caller stopped waiting: it gets nil at once.
    func abandon() {
        take()?.resume(returning: nil)
    }

    private func take() -> CheckedContinuation<Result?, Never>? {
        state.withLock { state in
            defer { state = .done }
            if case .waiting(let continuation) = state { return continuation }
            return nil
        }
    }
}
