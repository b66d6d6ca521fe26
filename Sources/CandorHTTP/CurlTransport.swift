import CCurl
import Dispatch
import Foundation
import Logging
import Synchronization

/// The HTTP transport over libcurl's multi interface, driven by one thread of its own.
///
/// Blocking curl calls never run on Swift's cooperative thread pool: callers suspend on a
/// continuation while the transport's thread runs every transfer. The thread waits in epoll on
/// the sockets libcurl asks it to watch and hands libcurl only the sockets that are ready
/// (`curl_multi_socket_action`), so a pass costs the same with one transfer in flight or a
/// hundred. Connections are reused across
/// requests (HTTP/1.1 keep-alive, HTTP/2 multiplexing where the server offers it over TLS), easy
/// handles are recycled, and requests that share an ``InFlightLimit`` key queue here once the
/// limit is reached. Cancelling the calling task aborts its transfer.
///
/// `@unchecked Sendable`: the multi handle, every easy handle, the event loop's state, `active`,
/// `waiting` and `idle` are touched only by the transport's own thread. Other threads only touch
/// `inbox` (behind a `Mutex`) and write to the loop's eventfd.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private enum Command {
        case start(Pending)
        case cancel(UInt64)
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
        /// Whether the loop is in (or about to enter) `epoll_wait` and must be woken for new
        /// commands. While it is busy it picks them up without a wakeup, which saves a write
        /// and a read on the eventfd per request under load.
        var loopIsIdle = false

        /// Whether the caller must wake the loop: true once per idle spell, for the first command.
        mutating func takeIdleLoop() -> Bool {
            defer { loopIsIdle = false }
            return loopIsIdle
        }
    }

    /// Idle easy handles kept for reuse; more than this many are cleaned up.
    private static let maxIdleHandles = 256

    /// The most ready sockets handed to libcurl per pass; more wait for the next pass.
    private static let eventCapacity = 64

    private let multi: UnsafeMutableRawPointer
    /// The epoll instance and libcurl's next deadline, read and written by libcurl's callbacks.
    private let eventLoop: UnsafeMutablePointer<ccurl_event_loop>
    /// The eventfd that wakes the loop thread out of `epoll_wait`.
    private let wakeDescriptor: Int32
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

    /// Starts the transport's thread.
    ///
    /// - Parameters:
    ///   - maxConnectionsPerHost: the most connections kept open to one host at once; requests
    ///     beyond it wait for a free connection (or share one over HTTP/2).
    ///   - logger: receives a debug line per request (method, redacted URL, status, time). No
    ///     header, body or query string is ever logged.
    public init(maxConnectionsPerHost: Int = 16, logger: Logger = Logger(label: "candor.http")) {
        Self.globalInit
        self.logger = logger
        guard let multi = curl_multi_init() else {
            fatalError("curl_multi_init failed: libcurl is out of memory")
        }
        self.multi = multi
        eventLoop = .allocate(capacity: 1)
        eventLoop.initialize(to: ccurl_event_loop())
        wakeDescriptor = ccurl_event_loop_open(eventLoop)
        guard wakeDescriptor >= 0 else {
            fatalError("cannot open the HTTP transport's epoll instance: \(String(cString: strerror(errno)))")
        }
        _ = ccurl_multi_use_event_loop(multi, eventLoop)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        let thread = Thread { [self] in run() }
        thread.name = "candor-curl"
        thread.start()
    }

    deinit {
        idle.removeAll()
        curl_multi_cleanup(multi)
        ccurl_event_loop_close(eventLoop, wakeDescriptor)
        eventLoop.deallocate()
    }

    /// Aborts every transfer in flight or waiting with ``HTTPError/Code/cancelled`` and stops the
    /// thread. Idempotent; requests sent afterwards fail at once.
    public func shutdown() {
        let first = inbox.withLock { inbox in
            defer { inbox.shuttingDown = true }
            return !inbox.shuttingDown
        }
        guard first else { return }
        wakeLoop()
        finished.wait()
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
                let (refusal, wake) = inbox.withLock { inbox -> (String?, Bool) in
                    if inbox.shuttingDown { return ("the HTTP transport has shut down", false) }
                    if inbox.cancelledEarly.remove(id) != nil { return ("the request was cancelled", false) }
                    inbox.commands.append(.start(Pending(id: id, request: request, continuation: continuation)))
                    inbox.started.insert(id)
                    return (nil, inbox.takeIdleLoop())
                }
                if let refusal {
                    continuation.resume(throwing: Self.cancelled(request, refusal))
                } else if wake {
                    ccurl_event_loop_wake(wakeDescriptor)
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
            if wake { ccurl_event_loop_wake(wakeDescriptor) }
        }
    }

    // MARK: - The loop thread

    private func run() {
        var sockets = [Int32](repeating: 0, count: Self.eventCapacity)
        var flags = [Int32](repeating: 0, count: Self.eventCapacity)
        var running: Int32 = 0
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
                finished.signal()
                return
            }
            // New transfers ask for a timeout call at once; that call starts them.
            runDueTimeout(&running)
            // Sleep only when no command came in meanwhile; a command queued after this check
            // finds the loop idle and wakes it, so `epoll_wait` returns at once.
            let sleep = inbox.withLock { inbox in
                inbox.loopIsIdle = inbox.commands.isEmpty && !inbox.shuttingDown
                return inbox.loopIsIdle
            }
            let ready = ccurl_event_loop_wait(
                eventLoop,
                wakeDescriptor,
                sleep ? 1 : 0,
                &sockets,
                &flags,
                Int32(Self.eventCapacity)
            )
            for index in 0..<Int(max(0, ready)) {
                _ = curl_multi_socket_action(multi, sockets[index], flags[index], &running)
            }
            runDueTimeout(&running)
        }
    }

    /// Gives libcurl its timeout call when its deadline has passed (connects, timeouts, retries
    /// of its own), then finishes what completed.
    private func runDueTimeout(_ running: inout Int32) {
        if ccurl_event_loop_timer_due(eventLoop) != 0 {
            _ = ccurl_multi_timeout_action(multi, &running)
        }
        collectCompleted()
    }

    /// Wakes the loop whether or not it is idle (for shutdown).
    private func wakeLoop() {
        inbox.withLock { $0.loopIsIdle = false }
        ccurl_event_loop_wake(wakeDescriptor)
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
