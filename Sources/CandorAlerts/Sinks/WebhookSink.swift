import CandorCore
import CandorHTTP
import Foundation

/// POSTs notifications to a URL through libcurl, in one of three ``NotificationFormat``s, with
/// Standard Webhooks headers: `webhook-id` (the notification's id, the same on every retry),
/// `webhook-timestamp` (Unix seconds of this attempt) and, with a secret, `webhook-signature`.
public struct WebhookSink: AlertSink {
    /// The sink's name.
    public let name: String
    /// Where to POST (it may hold credentials: show only ``HTTPRequest/redact(_:)`` of it).
    public let url: String
    /// The body format.
    public let format: NotificationFormat
    /// The `externalURL`/`generatorURL` written into Alertmanager-format bodies.
    public let externalURL: String
    private let signer: WebhookSigner?
    private let authorization: Secret?
    private let timeouts: HTTPTimeouts
    private let transport: any HTTPTransport
    private let now: @Sendable () -> Date

    /// Creates a webhook sink; `authorization` is the `Authorization` header's value, if any
    /// (`Bearer …` or `Basic …`); `now` reads the time of each attempt (`webhook-timestamp`, `Retry-After`).
    public init(
        name: String,
        url: String,
        format: NotificationFormat,
        signer: WebhookSigner?,
        authorization: Secret? = nil,
        timeout: Duration = .seconds(10),
        externalURL: String = "",
        transport: any HTTPTransport,
        now: @escaping @Sendable () -> Date = CandorClock.system.now
    ) {
        self.name = name
        self.url = url
        self.format = format
        self.signer = signer
        self.authorization = authorization
        self.timeouts = HTTPTimeouts(connect: min(timeout, .seconds(5)), total: timeout)
        self.externalURL = externalURL
        self.transport = transport
        self.now = now
    }

    /// Whether several alerts share one message (not in the `candor` format).
    public var groupsAlerts: Bool { format.groupsAlerts }

    /// POSTs `notification` once.
    public func send(_ notification: AlertNotification) async -> DeliveryOutcome {
        let body: [UInt8]
        do {
            body = try format.body(of: notification, externalURL: externalURL)
        } catch {
            return .rejected(reason: "cannot encode the notification: \(error)")
        }
        let timestamp = Int(now().timeIntervalSince1970)
        var headers = [
            HTTPHeader("Content-Type", "application/json"),
            HTTPHeader("User-Agent", "candor"),
            HTTPHeader("webhook-id", notification.id),
            HTTPHeader("webhook-timestamp", "\(timestamp)"),
        ]
        if let authorization { headers.append(HTTPHeader("Authorization", authorization.revealed)) }
        if let signer {
            headers.append(
                HTTPHeader("webhook-signature", signer.signature(id: notification.id, timestamp: timestamp, body: body))
            )
        }
        let request = HTTPRequest(
            method: .post,
            url: url,
            headers: headers,
            body: body,
            timeouts: timeouts,
            maxResponseBytes: 64 * 1024
        )
        return await Self.post(request, transport: transport, now: now)
    }

    /// Sends `request` and classifies the answer by the rule model calls follow too
    /// (``RetryPolicy/isRetryable(status:)``): 2xx delivered; 408, 429 and 5xx but 501 and 505
    /// retried (honouring `Retry-After`); other statuses rejected; no answer retried. Reasons name no URL:
    /// they travel with the sink's name (logs, dead letter, self-alert), and a webhook URL's path
    /// can itself be the secret (Slack, Discord).
    ///
    /// `now` reads the time a `Retry-After` date is counted from.
    static func post(
        _ request: HTTPRequest,
        transport: any HTTPTransport,
        now: @Sendable () -> Date
    ) async -> DeliveryOutcome {
        do {
            let response = try await transport.send(request)
            if response.isSuccess { return .delivered }
            let reason = "HTTP \(response.status) from the receiver"
            if RetryPolicy.isRetryable(status: response.status) {
                return .retry(after: RetryAfter.delay(in: response, now: now()), reason: reason)
            }
            return .rejected(reason: reason + "; check the URL and the receiver's configuration")
        } catch let error as HTTPError {
            return .retry(after: nil, reason: "\(error.code.rawValue): \(error.message)")
        } catch {
            return .retry(after: nil, reason: "\(error)")
        }
    }
}
