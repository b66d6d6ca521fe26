import Glibc

/// A joinable POSIX thread running one closure, so `stop()` can wait for the server's threads.
///
/// Foundation's `Thread` cannot be joined; a raw pthread can.
struct JoinableThread: Sendable {
    /// The closure, boxed so it can cross `pthread_create`'s C entry point.
    private final class Body {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) {
            self.run = run
        }
    }

    private let id: pthread_t

    /// Starts a thread running `body`.
    ///
    /// - Throws: `TestSupportError` with code `thread` when the system refuses a new thread.
    static func spawn(_ body: @escaping @Sendable () -> Void) throws -> JoinableThread {
        let argument = Unmanaged.passRetained(Body(body)).toOpaque()
        var id = pthread_t()
        let result = pthread_create(
            &id,
            nil,
            { argument in
                Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
                return nil
            },
            argument
        )
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(argument).release()
            throw TestSupportError(
                code: .thread,
                message: "pthread_create failed: \(String(cString: strerror(result))); too many threads?",
                systemError: result
            )
        }
        return JoinableThread(id: id)
    }

    /// Whether the caller is running on this thread (a thread must never join itself).
    var isCurrent: Bool {
        pthread_equal(id, pthread_self()) != 0
    }

    /// Lets the thread end on its own, for one whose result comes back another way; call at
    /// most once, instead of `join()`.
    func detach() {
        pthread_detach(id)
    }

    /// Waits for the thread to end, unless it is the calling thread; call at most once.
    func join() {
        guard !isCurrent else {
            pthread_detach(id)
            return
        }
        pthread_join(id, nil)
    }
}
