import CandorAlerts
import CandorHTTP
import CandorStore
import CandorTestSupport
import Foundation
import Testing

@Suite("webhook sinks against a real receiver, and the SQLite outbox")
struct WebhookSinkTests {
    static let transport = CurlTransport()

    static func notification(_ id: String = "msg_abc") -> AlertNotification {
        AlertNotification(
            id: id,
            receiver: "hook",
            groupKey: "hook:{}",
            groupLabels: [:],
            alerts: [WebhookFormatTests.alert()]
        )
    }

    @Test(
        "500, 429 with Retry-After, slow and down are retries; 404 and 501 are not; 2xx is delivered; headers are signed and the id is stable"
    )
    func outcomes() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let sink = WebhookSink(
            name: "hook",
            url: receiver.url(),
            format: .alertmanager,
            signer: WebhookSigner(secret: "s3cret"),
            timeout: .milliseconds(500),
            transport: Self.transport
        )
        receiver.script([.fail(status: 500, retryAfter: nil), .fail(status: 429, retryAfter: "3"), .slow(seconds: 2)])
        let first = await sink.send(Self.notification())
        guard case .retry(nil, let reason) = first else {
            Issue.record("500 should retry, got \(first)")
            return
        }
        #expect(reason.contains("HTTP 500"))
        let limited = await sink.send(Self.notification())
        guard case .retry(let after, let limitedReason) = limited else {
            Issue.record("429 should retry, got \(limited)")
            return
        }
        #expect(after == .seconds(3), "Retry-After is honoured")
        #expect(limitedReason.contains("HTTP 429"))
        guard case .retry = await sink.send(Self.notification()) else {
            Issue.record("a slow receiver should time out")
            return
        }
        receiver.down()
        guard case .retry = await sink.send(Self.notification()) else {
            Issue.record("a down receiver should retry")
            return
        }
        try receiver.up()
        #expect(await sink.send(Self.notification()) == .delivered)
        receiver.script([.fail(status: 404, retryAfter: nil)])
        guard case .rejected = await sink.send(Self.notification()) else {
            Issue.record("404 is not retried")
            return
        }
        receiver.script([.fail(status: 501, retryAfter: "5")])
        guard case .rejected = await sink.send(Self.notification()) else {
            Issue.record("501 Not Implemented is not retried, as for model calls")
            return
        }

        let seen = receiver.received
        #expect(Set(seen.compactMap { $0.headers["webhook-id"] }) == ["msg_abc"])
        for request in seen {
            let timestamp = try #require(Int(request.headers["webhook-timestamp"] ?? ""))
            let expected = WebhookSigner(secret: "s3cret").signature(
                id: "msg_abc",
                timestamp: timestamp,
                body: request.body
            )
            #expect(request.headers["webhook-signature"] == expected)
        }
    }

    @Test("outbox rows survive a reopen with their batch id; enqueue is idempotent; sent rows leave the queue")
    func outboxPersistence() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("candor.sqlite")
        var store = try Store(path: path)
        #expect(try await store.appliedMigrations().contains("v2: alert outbox, notification log, silences"))
        let entry = OutboxEntry(
            sink: "hook",
            notifyKey: "a:firing",
            groupKey: "g",
            fingerprint: "f",
            record: Data("{}".utf8),
            created: Date(timeIntervalSince1970: 1_800_000_000)
        )
        #expect(try await store.enqueue([entry, entry]) == 1)
        let row = try #require(try await store.pendingOutbox(sink: "hook").first)
        try await store.startBatches([("msg_1", [row.id])], silenced: [], at: Date())
        store = try Store(path: path)
        #expect(try await store.pendingOutbox(sink: "hook").first?.batch == "msg_1")
        #expect(try await store.enqueue([entry]) == 0, "already in the outbox")
        try await store.record([.sent(batch: "msg_1", sink: "hook", groupKey: "g")], at: Date())
        #expect(try await store.outboxPendingCount() == 0)
        #expect(try await store.notifiedGroups(sink: "hook")["g"] != nil)
        #expect(try await store.notificationLog(sink: "hook")["f"]?.lastSent != nil)
    }
}
