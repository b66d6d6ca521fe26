import CandorCore
import CandorHTTP
import Foundation

/// Pushes alerts to Alertmanager's own API, `POST /api/v2/alerts`, so an Alertmanager cluster
/// routes, silences and deduplicates the alerts of many Candor instances. Alertmanager expects
/// firing alerts to be re-sent (it resolves them after its `resolve_timeout` otherwise): the
/// sink's `repeat_interval` defaults to one minute.
public struct AlertmanagerSink: AlertSink {
    /// The sink's name.
    public let name: String
    /// Alertmanager's base URL, such as `http://127.0.0.1:9093` (it may hold credentials: show only
    /// ``HTTPRequest/redact(_:)`` of it).
    public let baseURL: String
    /// Candor's external URL, under which each alert's `generatorURL` links to its page.
    public let generatorURL: String
    private let authorization: Secret?
    private let timeouts: HTTPTimeouts
    private let transport: any HTTPTransport
    private let now: @Sendable () -> Date

    /// Creates the sink; `authorization` is the `Authorization` header's value, if any (`Bearer …`
    /// or `Basic …`, for an Alertmanager behind an authenticating proxy or with `web.config`); `now`
    /// reads the time a `Retry-After` date is counted from.
    public init(
        name: String,
        baseURL: String,
        generatorURL: String = "",
        authorization: Secret? = nil,
        timeout: Duration = .seconds(10),
        transport: any HTTPTransport,
        now: @escaping @Sendable () -> Date = CandorClock.system.now
    ) {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.generatorURL = generatorURL
        self.authorization = authorization
        self.timeouts = HTTPTimeouts(connect: min(timeout, .seconds(5)), total: timeout)
        self.transport = transport
        self.now = now
    }

    /// Alertmanager takes any number of alerts per request.
    public var groupsAlerts: Bool { true }

    /// POSTs the alerts of `notification` once.
    public func send(_ notification: AlertNotification) async -> DeliveryOutcome {
        let body: [UInt8]
        do {
            body = try NotificationFormat.alertmanagerAPI(notification.alerts, generatorURL: generatorURL)
        } catch {
            return .rejected(reason: "cannot encode the alerts: \(error)")
        }
        let request = HTTPRequest(
            method: .post,
            url: baseURL + "/api/v2/alerts",
            headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("User-Agent", "candor")]
                + (authorization.map { [HTTPHeader("Authorization", $0.revealed)] } ?? []),
            body: body,
            timeouts: timeouts,
            maxResponseBytes: 64 * 1024
        )
        return await WebhookSink.post(request, transport: transport, now: now)
    }
}
