import CandorAlerts
import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// Alert delivery as a receiver sees it: the real daemon, a real webhook receiver, a real
/// Alertmanager, `kill -9` in the middle of delivery.
@Suite("candor run, alert delivery", .serialized)
struct AlertDeliveryTests {
    static let secret = "whsec_" + Data("candor-test-secret".utf8).base64EncodedString()

    static func webhookSinks(_ receiver: WebhookReceiver) -> String {
        """
        sinks:
          - type: file
          - type: webhook
            name: hook
            url: \(receiver.url())
            format: alertmanager
            secret_env: CANDOR_TEST_WEBHOOK_SECRET
            group_wait: 0s
            group_interval: 0s
            timeout: 2s
        alerting:
          outbox:
            min_backoff: 100ms
            max_backoff: 500ms
            max_attempts: 1000
        """
    }

    @Test(
        "receiver failing (500, 429, down), kill -9 mid-delivery, restart: the alert arrives, duplicates share the webhook-id"
    )
    func killNineMidDelivery() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        receiver.script(
            [.fail(status: 500, retryAfter: nil), .fail(status: 429, retryAfter: "1")],
            then: .fail(status: 503, retryAfter: nil)
        )
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0), extra: Self.webhookSinks(receiver))
        defer { fixture.directory.remove() }
        let environment = ["CANDOR_TEST_WEBHOOK_SECRET": Self.secret]
        var daemon = try fixture.start(environment: environment, stderrName: "first.log")
        _ = try await fixture.waitForSamples(32)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let failing = try await eventually(timeout: .seconds(60)) { receiver.received.count >= 3 ? true : nil }
        #expect(failing == true, "the webhook was tried; stderr:\n\(daemon.stderr)")
        daemon.send(SIGKILL)
        _ = try await daemon.waitForExit(timeout: .seconds(10))
        receiver.down()

        daemon = try fixture.start(environment: environment, stderrName: "second.log")
        _ = try await fixture.waitForSamples(jsonLines(fixture.samples).count + 5)
        receiver.script([], then: .accept)
        try receiver.up()
        let delivered = try await eventually(timeout: .seconds(60)) { receiver.accepted.isEmpty ? nil : true }
        #expect(delivered == true, "the alert arrived after the restart; stderr:\n\(daemon.stderr)")
        try await fixture.stop(daemon)

        let requests = receiver.received
        let ids = Set(requests.compactMap { $0.headers["webhook-id"] })
        #expect(ids.count == 1, "every attempt, before and after kill -9, carries the same webhook-id: \(ids)")
        #expect(receiver.accepted.count == 1)
        for request in requests {
            let timestamp = try #require(Int(request.headers["webhook-timestamp"] ?? ""))
            let id = try #require(request.headers["webhook-id"])
            #expect(
                request.headers["webhook-signature"]
                    == WebhookSigner(secret: Self.secret).signature(id: id, timestamp: timestamp, body: request.body)
            )
        }
        let body = try #require(receiver.accepted.first?.json as? [String: Any])
        #expect(body["version"] as? String == "4")
        let alerts = body["alerts"] as? [[String: Any]] ?? []
        #expect((alerts.first?["labels"] as? [String: String])?["alertname"] == "CandorSignalIncreased")
        #expect(jsonLines(fixture.alerts).filter { $0["status"] as? String == "firing" }.count == 1)
        let stderr = (try? String(contentsOfFile: fixture.directory.file("first.log"), encoding: .utf8)) ?? ""
        #expect(
            !stderr.contains("candor-test-secret") && !stderr.contains(Self.secret),
            "the secret never reaches the logs"
        )
        fixture.server.stop()
    }

    @Test("a real Alertmanager receives Candor's alerts through POST /api/v2/alerts")
    func realAlertmanager() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let alertmanager = try RealAlertmanager(in: directory)
        defer { alertmanager.stop() }
        let port = alertmanager.port
        let ready = try await Self.poll(attempts: 150) {
            await Self.get("http://127.0.0.1:\(port)/-/ready")?.status == 200 ? true : nil
        }
        try #require(ready == true, "Alertmanager did not start")

        let fixture = try DaemonFixture(
            behaviour: .honest(lieEvery: 0),
            extra: "sinks:\n  - type: file\n  - type: alertmanager\n    url: http://127.0.0.1:\(port)\n"
        )
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(32)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let found = try await Self.poll { () async -> [String: Any]? in
            let body = await Self.get("http://127.0.0.1:\(port)/api/v2/alerts")?.body
            let alerts =
                (body.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [[String: Any]]) ?? []
            return alerts.first { ($0["labels"] as? [String: String])?["alertname"] == "CandorSignalIncreased" }
        }
        let alert = try #require(found, "Alertmanager has no Candor alert; stderr:\n\(daemon.stderr)")
        let labels = alert["labels"] as? [String: String] ?? [:]
        #expect(labels["target"] == "scripted")
        #expect(labels["probe"] == "belief-pressure.yes-no")
        #expect((alert["annotations"] as? [String: String])?["summary"]?.isEmpty == false)
        #expect((alert["status"] as? [String: Any])?["state"] as? String == "active")
        try await fixture.stop(daemon)
        fixture.server.stop()
    }

    static func get(_ url: String) async -> (status: Int, body: String)? {
        let response = try? await DaemonFixture.http.send(
            HTTPRequest(url: url, timeouts: HTTPTimeouts(connect: .seconds(1), total: .seconds(5)))
        )
        return response.map { ($0.status, String(decoding: $0.body, as: UTF8.self)) }
    }

    /// Polls `condition` every 200 ms, at most `attempts` times.
    static func poll<T>(attempts: Int = 300, _ condition: () async -> T?) async throws -> T? {
        for _ in 0..<attempts {
            if let value = await condition() { return value }
            try await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }
}
