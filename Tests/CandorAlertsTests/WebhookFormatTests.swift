import CandorAlerts
import CandorDetectors
import CandorHTTP
import Foundation
import Testing

@Suite("webhook bodies and signatures")
struct WebhookFormatTests {
    static func alert(_ status: Alert.Status = .firing, probe: String = "p") -> Alert {
        var alert = Alert(
            status: status,
            startsAt: Date(timeIntervalSince1970: 1_700_000_000),
            labels: [
                "alertname": "CandorSignalIncreased", "target": "t", "probe": probe, "signal": "lie_rate",
                "severity": "warning",
            ],
            annotations: ["summary": "lie_rate rose", "description": "CUSUM alarm"],
            detector: Alert.DetectorInfo(
                name: "bernoulli_cusum",
                direction: "up",
                statistic: 5,
                threshold: 4,
                arl0: 10_000
            ),
            change: .rate(
                baseline: Proportion(successes: 3, trials: 30),
                current: Proportion(successes: 9, trials: 10)
            ),
            rulePackHash: "abc",
            modelFingerprint: "fp",
            evidence: [Alert.Evidence(trialId: "t1", outcome: "lie", excerpt: "No.")]
        )
        if status == .resolved { alert.endsAt = Date(timeIntervalSince1970: 1_700_000_600) }
        return alert
    }

    @Test("the Standard Webhooks test vector signs as the spec says")
    func standardWebhooksVector() {
        let signer = WebhookSigner(secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        let signature = signer.signature(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp: 1_614_265_330,
            body: Array(#"{"test": 2432232314}"#.utf8)
        )
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        #expect(!"\(signer)".contains("MfKQ9r8G"), "the secret never shows in descriptions")
    }

    @Test("Alertmanager webhook v4 carries version, groupKey, status, common labels and each alert's fingerprint")
    func alertmanagerV4() throws {
        let notification = AlertNotification(
            id: "msg_1",
            receiver: "pager",
            groupKey: "pager:{alertname=\"CandorSignalIncreased\"}",
            groupLabels: ["alertname": "CandorSignalIncreased"],
            alerts: [Self.alert(), Self.alert(.resolved, probe: "q")]
        )
        let body = try NotificationFormat.alertmanager.body(of: notification, externalURL: "http://candor")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        #expect(object["version"] as? String == "4")
        #expect(object["status"] as? String == "firing")
        #expect(object["receiver"] as? String == "pager")
        #expect((object["commonLabels"] as? [String: String])?["probe"] == nil)
        #expect((object["commonLabels"] as? [String: String])?["target"] == "t")
        let alerts = try #require(object["alerts"] as? [[String: Any]])
        #expect(alerts.count == 2)
        #expect(alerts[0]["endsAt"] as? String == "0001-01-01T00:00:00Z")
        #expect(alerts[1]["status"] as? String == "resolved")
        #expect(alerts[0]["fingerprint"] as? String == Self.alert().fingerprint)
    }

    @Test("Slack bodies have text and one attachment per alert; candor bodies are the alert record")
    func slackAndCandor() throws {
        let notification = AlertNotification(
            id: "m",
            receiver: "chat",
            groupKey: "k",
            groupLabels: [:],
            alerts: [Self.alert()]
        )
        let slack = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try NotificationFormat.slack.body(of: notification, externalURL: ""))
            ) as? [String: Any]
        )
        #expect((slack["text"] as? String)?.hasPrefix("[FIRING:1] CandorSignalIncreased") == true)
        #expect((slack["attachments"] as? [Any])?.count == 1)
        let candor = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try NotificationFormat.candor.body(of: notification, externalURL: ""))
            ) as? [String: Any]
        )
        #expect(candor["schema"] as? String == "candor.alert/v1")
        #expect((candor["evidence"] as? [Any])?.count == 1)
    }

    @Test(
        "backoff is equal jitter under an exponential cap, never below Retry-After, which is read as seconds or an HTTP date"
    )
    func backoff() {
        let policy = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(60), maxAttempts: 5)
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, unit: 0.999) <= .seconds(1))
        #expect(policy.delay(afterAttempt: 4, retryAfter: nil, unit: 0.999) <= .seconds(8))
        #expect(policy.delay(afterAttempt: 4, retryAfter: nil, unit: 0.999) > .seconds(7))
        #expect(policy.delay(afterAttempt: 20, retryAfter: nil, unit: 0.999) <= .seconds(60))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(30), unit: 0) == .seconds(30))
        #expect(RetryAfter.delay("7", now: Date()) == .seconds(7))
        #expect(
            RetryAfter.delay("Wed, 21 Oct 2015 07:28:00 GMT", now: Date(timeIntervalSince1970: 1_445_412_470))
                == .seconds(10)
        )
    }

    @Test("silences mute matching alerts until they expire")
    func silences() {
        let silence = Silence(
            matchers: ["probe": "p"],
            endsAt: Date(timeIntervalSince1970: 1_800_000_000),
            comment: "maintenance"
        )
        #expect(silence.mutes(Self.alert(), at: Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(!silence.mutes(Self.alert(probe: "q"), at: Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(!silence.mutes(Self.alert(), at: Date(timeIntervalSince1970: 1_800_000_001)))
    }
}
