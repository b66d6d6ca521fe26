import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own for detector calibrations: each is seconds of pure computation, which on Swift's
/// cooperative pool (one thread per core) would hold a thread the trials, the signal board and the status API
/// need. Its threads run at a lower scheduling priority (nice 10), so sampling keeps the cores it needs while
/// calibrations use what is left. Child tasks run here through `addTask(executorPreference:)`.
final class CalibrationExecutor: TaskExecutor {
    /// The process's one pool: one thread per core. Idle threads wait on a semaphore and cost no CPU.
    static let shared = CalibrationExecutor(threads: ProcessInfo.processInfo.activeProcessorCount)

    /// The number of threads, at least 1: how many calibrations run at once.
    let threads: Int
    private let jobs = Mutex<[UnownedJob]>([])
    private let ready = DispatchSemaphore(value: 0)

    /// Starts `threads` threads (at least 1), which live as long as the process.
    init(threads: Int) {
        self.threads = max(1, threads)
        for index in 0..<self.threads {
            let thread = Thread { [self] in work() }
            thread.name = "candor-calibration-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        ready.signal()
    }

    private func work() {
        #if canImport(Glibc)
        // On Linux, who = 0 names the calling thread, whose nice value is its own: only this thread is lowered.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while true {
            ready.wait()
            guard let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
