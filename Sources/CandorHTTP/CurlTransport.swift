import CCurl
import Dispatch
import Foundation
import Logging
import Synchronization

/// The HTTP transport over libcurl's multi interface, driven by one thread of its own.
///
/// Blocking curl calls never run on Swift's cooperative thread pool: callers suspend on a
/// continuation while the transport's thread runs every transfer, reusing connections across
/// requests. Cancelling the calling task aborts its transfer.
///
/// `@unchecked Sendable`: the multi handle, every easy handle and `active` are touched only by
/// the transport's own thread. Other threads only append to `inbox` (behind a `Mutex`) and call
/// `curl_multi_wakeup`, which libcurl documents as safe from any thread.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private enum Command {
        case start(UInt64, HTTPRequest, CheckedContinuation<HTTPResponse, any Error>)
        case cancel(UInt64)
    }

    private struct Inbox {
        var commands: [Command] = []
        var nextID: UInt64 = 0
        var shuttingDown = false
    }

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    private let finished = DispatchSemaphore(value: 0)
    private let logger: Logger
    // Loop-thread state.
    private var active: [UInt64: CurlTransfer] = [:]
    private var cancelledBeforeStart: Set<UInt64> = []

    private static let globalInit: Void = {
        curl_global_init(Int(CURL_GLOBAL_ALL))
    }()

    /// Starts the transport's thread.
    ///
    /// - Parameters:
    ///   - maxConnectionsPerHost: the most connections kept open to one host at once.
    ///   - logger: receives a debug line per request (method, redacted URL, status, time).
    public init(maxConnectionsPerHost: Int = 8, logger: Logger = Logger(label: "candor.http")) {
        Self.globalInit
        self.logger = logger
        guard let multi = curl_multi_init() else {
            fatalError("curl_multi_init failed: libcurl is out of memory")
        }
        self.multi = multi
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        let thread = Thread { [self] in run() }
        thread.name = "candor-curl"
        thread.start()
    }

    deinit {
        curl_multi_cleanup(multi)
    }

    /// Aborts every transfer in flight with ``HTTPError/Code/cancelled`` and stops the thread.
    /// Idempotent; requests sent afterwards fail at once.
    public func shutdown() {
        let first = inbox.withLock { inbox in
            defer { inbox.shuttingDown = true }
            return !inbox.shuttingDown
        }
        guard first else { return }
        curl_multi_wakeup(multi)
        finished.wait()
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let id = inbox.withLock { inbox in
            inbox.nextID += 1
            return inbox.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let accepted = inbox.withLock { inbox in
                    guard !inbox.shuttingDown else { return false }
                    inbox.commands.append(.start(id, request, continuation))
                    return true
                }
                if accepted {
                    curl_multi_wakeup(multi)
                } else {
                    continuation.resume(throwing: Self.cancelled(request, "the HTTP transport has shut down"))
                }
            }
        } onCancel: {
            inbox.withLock { $0.commands.append(.cancel(id)) }
            curl_multi_wakeup(multi)
        }
    }

    // MARK: - The loop thread

    private func run() {
        while true {
            let (commands, shuttingDown) = inbox.withLock { inbox in
                defer { inbox.commands.removeAll(keepingCapacity: true) }
                return (inbox.commands, inbox.shuttingDown)
            }
            for command in commands {
                handle(command, shuttingDown: shuttingDown)
            }
            if shuttingDown {
                for id in Array(active.keys) {
                    finish(id, with: .failure(Self.cancelled(active[id]!.request, "the HTTP transport shut down")))
                }
                finished.signal()
                return
            }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectCompleted()
            var ready: Int32 = 0
            _ = curl_multi_poll(multi, nil, 0, 1000, &ready)
        }
    }

    private func handle(_ command: Command, shuttingDown: Bool) {
        switch command {
        case .start(let id, let request, let continuation):
            if cancelledBeforeStart.remove(id) != nil || shuttingDown {
                continuation.resume(throwing: Self.cancelled(request, "the request was cancelled"))
                return
            }
            guard let handle = curl_easy_init() else {
                continuation.resume(
                    throwing: HTTPError(code: .transport, message: "libcurl is out of memory", url: request.redactedURL)
                )
                return
            }
            let transfer = CurlTransfer(id: id, handle: handle, request: request, continuation: continuation)
            do {
                try transfer.configure()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            active[id] = transfer
            curl_multi_add_handle(multi, handle)
        case .cancel(let id):
            if let transfer = active[id] {
                finish(id, with: .failure(Self.cancelled(transfer.request, "the request was cancelled")))
            } else {
                cancelledBeforeStart.insert(id)
            }
        }
    }

    private func collectCompleted() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard ccurl_msg_is_done(message) != 0 else { continue }
            let handle = ccurl_msg_easy_handle(message)
            let code = ccurl_msg_result(message)
            guard let (id, transfer) = active.first(where: { $0.value.handle == handle }) else { continue }
            finish(id, with: transfer.result(code))
        }
    }

    private func finish(_ id: UInt64, with result: Result<HTTPResponse, HTTPError>) {
        guard let transfer = active.removeValue(forKey: id) else { return }
        curl_multi_remove_handle(multi, transfer.handle)
        let request = transfer.request
        switch result {
        case .success(let response):
            logger.debug(
                "HTTP exchange",
                metadata: [
                    "candor.method": "\(request.method)", "candor.url": "\(request.redactedURL)",
                    "candor.status": "\(response.status)", "candor.seconds": "\(response.totalTime)",
                ]
            )
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
