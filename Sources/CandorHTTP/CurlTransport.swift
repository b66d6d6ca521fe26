import CCurl
import Dispatch
import Foundation
import Logging
import Synchronization

/// The HTTP transport over libcurl's multi interface, driven by one thread of its own.
///
/// The thread starts with the first request (or when the transport runs as a service) and stops at
/// ``shutdown()`` or, for the daemon, when its service group shuts the transport down (see
/// `CurlTransport+Service.swift`).
///
/// Blocking curl calls never run on Swift's cooperative thread pool: callers suspend on a
/// continuation while the transport's thread runs every transfer. Connections are reused across
/// requests (HTTP/1.1 keep-alive, HTTP/2 multiplexing where the server offers it over TLS), easy
/// handles are recycled, and requests that share an ``InFlightLimit`` key queue here once the
/// limit is reached. Cancelling the calling task aborts its transfer.
///
/// `@unchecked Sendable`: the multi handle, every easy handle, `active`, `waiting` and
/// `idle` are touched only by the transport's own thread. Other threads only touch `inbox`
/// (behind a `Mutex`) and call `curl_multi_wakeup`, which libcurl documents as safe from any
/// thread.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private enum Command {
        case start(Pending)
        case cancel(UInt64)
        case limitConnections(perHost: Int)
    }

    /// A request accepted from a caller and not yet on the wire.
    private struct Pending {
        var id: UInt64
        var request: HTTPRequest
        var continuation: CheckedContinuation<HTTPResponse, any Error>
    }

    private struct Inbox {
        var commands: [Command] = []
        var nextID: UInt64 = 0
        /// Requests whose start command has been queued and whose `send` has not returned: only
        /// these can be cancelled through the loop.
        var started: Set<UInt64> = []
        /// Requests cancelled before their start command was queued.
        var cancelledEarly: Set<UInt64> = []
        var shuttingDown = false
        /// Whether the loop thread has been started; it starts at most once.
        var threadStarted = false
        /// Whether the loop thread has drained and returned.
        var loopEnded = false
        /// Callers of ``CurlTransport/stop()`` waiting for the loop to end.
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
        /// Whether the loop is in (or about to enter) `curl_multi_poll` and must be woken for
        /// new commands. While it is busy it picks them up without a wakeup, which saves a
        /// write and a read on libcurl's wakeup socket per request under load.
        var loopIsIdle = false

        /// Whether the caller must wake the loop: true once per idle spell, for the first command.
        mutating func takeIdleLoop() -> Bool {
            defer { loopIsIdle = false }
            return loopIsIdle
        }
    }

    /// Idle easy handles kept for reuse; more than this many are cleaned up.
    private static let maxIdleHandles = 256

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    private let finished = DispatchSemaphore(value: 0)
    private let logger: Logger
    // Loop-thread state.
    private var active: [UInt64: CurlTransfer] = [:]
    private var waiting: [String: [Pending]] = [:]
    private var inFlight: [String: Int] = [:]
    /// Idle handles by the settings they are set up with, so a request usually gets one that
    /// needs only its per-request options.
    private var idle: [CurlHandle.Settings?: [CurlHandle]] = [:]
    private var idleCount = 0

    private static let globalInit: Void = {
        curl_global_init(Int(CURL_GLOBAL_ALL))
    }()

    /// Whether this libcurl speaks HTTP/2 (it then negotiates it with TLS servers that offer it).
    public static var supportsHTTP2: Bool {
        globalInit
        return ccurl_supports_http2() != 0
    }

    /// Creates a transport; its thread starts with the first request.
    ///
    /// - Parameters:
    ///   - maxConnectionsPerHost: the most connections kept open to one host and port at once, shared by
    ///     every request to it; requests beyond it wait for a free connection (or share one over HTTP/2).
    ///     The daemon sizes it from its targets (`connections_per_host`).
    ///   - logger: receives a debug line per request (method, redacted URL, status, time). No
    ///     header, body or query string is ever logged.
    public init(maxConnectionsPerHost: Int = 16, logger: Logger = Logger(label: "candor.http")) {
        Self.globalInit
        self.logger = logger
        guard let multi = curl_multi_init() else {
            fatalError("curl_multi_init failed: libcurl is out of memory")
        }
        self.multi = multi
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
    }

    deinit {
        idle.removeAll()
        curl_multi_cleanup(multi)
    }

    /// Changes the most connections kept open to one host at once (after a reload changed the targets);
    /// transfers in flight keep their connections.
    public func setMaxConnectionsPerHost(_ maximum: Int) {
        let wake = inbox.withLock { inbox in
            inbox.commands.append(.limitConnections(perHost: max(1, maximum)))
            return inbox.takeIdleLoop()
        }
        if wake { curl_multi_wakeup(multi) }
    }

    /// Aborts every transfer in flight or waiting with ``HTTPError/Code/cancelled`` and stops the
    /// thread, blocking the caller until it has stopped. Idempotent; requests sent afterwards fail
    /// at once. Async code calls ``stop()`` instead, which does not block a thread of the pool.
    public func shutdown() {
        guard beginShutdown() else { return }
        finished.wait()
    }

    /// Does what ``shutdown()`` does, suspending (rather than blocking) until the thread has stopped.
    public func stop() async {
        _ = beginShutdown()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ended = inbox.withLock { inbox in
                guard inbox.threadStarted && !inbox.loopEnded else { return true }
                inbox.stopWaiters.append(continuation)
                return false
            }
            if ended { continuation.resume() }
        }
    }

    /// Starts the loop thread unless it runs or the transport has shut down.
    func start() {
        let first = inbox.withLock { inbox in
            defer { inbox.threadStarted = true }
            return !inbox.threadStarted && !inbox.shuttingDown
        }
        if first { startThread() }
    }

    /// Marks the transport as shutting down and wakes the loop to drain; true when this call did so
    /// and a started loop will signal `finished`.
    private func beginShutdown() -> Bool {
        let (first, started) = inbox.withLock { inbox in
            defer { inbox.shuttingDown = true }
            return (!inbox.shuttingDown, inbox.threadStarted)
        }
        guard first && started else { return false }
        wakeLoop()
        return true
    }

    private func startThread() {
        let thread = Thread { [self] in runLoop() }
        thread.name = "candor-curl"
        thread.start()
    }

    /// Sends `request` on the transport's thread and suspends until the response is complete.
    ///
    /// - Throws: ``HTTPError`` when no complete response arrived.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let id = inbox.withLock { inbox in
            inbox.nextID += 1
            return inbox.nextID
        }
        defer { inbox.withLock { _ = $0.started.remove(id) } }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let (refusal, wake, startsThread) = inbox.withLock { inbox -> (String?, Bool, Bool) in
                    if inbox.shuttingDown { return ("the HTTP transport has shut down", false, false) }
                    if inbox.cancelledEarly.remove(id) != nil { return ("the request was cancelled", false, false) }
                    inbox.commands.append(.start(Pending(id: id, request: request, continuation: continuation)))
                    inbox.started.insert(id)
                    defer { inbox.threadStarted = true }
                    return (nil, inbox.takeIdleLoop(), !inbox.threadStarted)
                }
                if let refusal {
                    continuation.resume(throwing: Self.cancelled(request, refusal))
                } else if startsThread {
                    // The new loop reads the inbox before it first sleeps: no wakeup needed.
                    startThread()
                } else if wake {
                    curl_multi_wakeup(multi)
                }
            }
        } onCancel: {
            let wake = inbox.withLock { inbox in
                if inbox.started.contains(id) {
                    inbox.commands.append(.cancel(id))
                    return inbox.takeIdleLoop()
                }
                inbox.cancelledEarly.insert(id)
                return false
            }
            if wake { curl_multi_wakeup(multi) }
        }
    }

    // MARK: - The loop thread

    private func runLoop() {
        while true {
            let (commands, shuttingDown) = inbox.withLock { inbox in
                inbox.loopIsIdle = false
                defer { inbox.commands.removeAll(keepingCapacity: true) }
                return (inbox.commands, inbox.shuttingDown)
            }
            for command in commands {
                handle(command, shuttingDown: shuttingDown)
            }
            if shuttingDown {
                drain()
                let waiters = inbox.withLock { inbox in
                    inbox.loopEnded = true
                    defer { inbox.stopWaiters.removeAll() }
                    return inbox.stopWaiters
                }
                for waiter in waiters { waiter.resume() }
                finished.signal()
                return
            }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectCompleted()
            // Sleep only when no command came in meanwhile; a command queued after this check
            // finds the loop idle and wakes it, so `curl_multi_poll` returns at once.
            let sleep = inbox.withLock { inbox in
                inbox.loopIsIdle = inbox.commands.isEmpty && !inbox.shuttingDown
                return inbox.loopIsIdle
            }
            if sleep {
                var ready: Int32 = 0
                _ = curl_multi_poll(multi, nil, 0, 1000, &ready)
            }
        }
    }

    /// Wakes the loop whether or not it is idle (for shutdown).
    private func wakeLoop() {
        inbox.withLock { $0.loopIsIdle = false }
        curl_multi_wakeup(multi)
    }

    /// Fails every request: the waiting ones first, so finishing an active one starts no other.
    private func drain() {
        let queued = waiting.values.joined()
        waiting.removeAll()
        for pending in queued {
            pending.continuation.resume(throwing: Self.cancelled(pending.request, "the HTTP transport shut down"))
        }
        for id in Array(active.keys) {
            if let request = active[id]?.request {
                finish(id, with: .failure(Self.cancelled(request, "the HTTP transport shut down")))
            }
        }
    }

    private func handle(_ command: Command, shuttingDown: Bool) {
        switch command {
        case .start(let pending):
            if shuttingDown {
                pending.continuation.resume(throwing: Self.cancelled(pending.request, "the HTTP transport shut down"))
            } else if let limit = pending.request.inFlightLimit, inFlight[limit.key, default: 0] >= limit.maximum {
                waiting[limit.key, default: []].append(pending)
            } else {
                begin(pending)
            }
        case .cancel(let id):
            if let transfer = active[id] {
                finish(id, with: .failure(Self.cancelled(transfer.request, "the request was cancelled")))
            } else {
                for (key, queue) in waiting {
                    guard let index = queue.firstIndex(where: { $0.id == id }) else { continue }
                    let pending = waiting[key]!.remove(at: index)
                    pending.continuation.resume(throwing: Self.cancelled(pending.request, "the request was cancelled"))
                    break
                }
            }
        case .limitConnections(let maximum):
            _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maximum)
        }
    }

    /// Puts a request on the wire (or fails it at once when its options are refused).
    private func begin(_ pending: Pending) {
        guard let handle = takeHandle(for: CurlHandle.Settings(pending.request)) ?? CurlHandle() else {
            pending.continuation.resume(
                throwing: HTTPError(
                    code: .transport,
                    message: "libcurl is out of memory",
                    url: pending.request.redactedURL
                )
            )
            return
        }
        let transfer = CurlTransfer(
            id: pending.id,
            handle: handle,
            request: pending.request,
            continuation: pending.continuation
        )
        do {
            try transfer.configure()
        } catch {
            recycle(handle)
            pending.continuation.resume(throwing: error)
            return
        }
        active[pending.id] = transfer
        if let key = pending.request.inFlightLimit?.key { inFlight[key, default: 0] += 1 }
        curl_multi_add_handle(multi, handle.easy)
    }

    /// An idle handle set up with `settings`, else any idle handle (which will be reset).
    private func takeHandle(for settings: CurlHandle.Settings) -> CurlHandle? {
        guard idleCount > 0 else { return nil }
        var key: CurlHandle.Settings? = settings
        if idle[key]?.isEmpty != false {
            guard let other = idle.first(where: { !$0.value.isEmpty }) else { return nil }
            key = other.key
        }
        guard let handle = idle[key]?.popLast() else { return nil }
        idleCount -= 1
        return handle
    }

    /// Keeps `handle` for reuse, set up as it is; past the cap it is cleaned up.
    private func recycle(_ handle: CurlHandle) {
        guard idleCount < Self.maxIdleHandles else { return }
        idle[handle.settings, default: []].append(handle)
        idleCount += 1
    }

    private func collectCompleted() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard ccurl_msg_is_done(message) != 0 else { continue }
            let handle = ccurl_msg_easy_handle(message)
            var context: UnsafeMutableRawPointer?
            _ = ccurl_easy_getinfo_pointer(handle, CURLINFO_PRIVATE, &context)
            let id = UInt64(UInt(bitPattern: context))
            guard let transfer = active[id] else { continue }
            finish(id, with: transfer.result(ccurl_msg_result(message)))
        }
    }

    private func finish(_ id: UInt64, with result: Result<HTTPResponse, HTTPError>) {
        guard let transfer = active.removeValue(forKey: id) else { return }
        curl_multi_remove_handle(multi, transfer.handle.easy)
        recycle(transfer.handle)
        let request = transfer.request
        if let key = request.inFlightLimit?.key {
            inFlight[key, default: 1] -= 1
            if inFlight[key] == 0 { inFlight[key] = nil }
            if var queue = waiting[key], !queue.isEmpty {
                let next = queue.removeFirst()
                waiting[key] = queue.isEmpty ? nil : queue
                begin(next)
            }
        }
        switch result {
        case .success(let response):
            if logger.logLevel <= .debug {
                logger.debug(
                    "HTTP exchange",
                    metadata: [
                        "candor.method": "\(request.method)", "candor.url": "\(request.redactedURL)",
                        "candor.status": "\(response.status)", "candor.http_version": "\(response.httpVersion)",
                        "candor.seconds": "\(response.totalSeconds)",
                    ]
                )
            }
            transfer.continuation.resume(returning: response)
        case .failure(let error):
            logger.debug(
                "HTTP failure",
                metadata: ["candor.method": "\(request.method)", "candor.error": "\(error)"]
            )
            transfer.continuation.resume(throwing: error)
        }
    }

    private static func cancelled(_ request: HTTPRequest, _ reason: String) -> HTTPError {
        HTTPError(code: .cancelled, message: reason, url: request.redactedURL)
    }
}
