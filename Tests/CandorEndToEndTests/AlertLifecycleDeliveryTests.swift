import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// Notifications as a receiver and an operator see them: grouping and repeats, silences from
/// the API and the config, dead letters, and logrotate's SIGUSR1, through the real daemon.
@Suite("candor run, alert notifications", .serialized)
struct AlertLifecycleDeliveryTests {
    static let targets = ["alpha", "beta"]

    @Test(
        "group_by/group_wait: two targets' alerts arrive in one message; repeat_interval resends a firing alert under new ids"
    )
    func groupingAndRepeats() async throws {
        let run = try await LifecycleRun.start(targets: Self.targets) { receiver in
            let grouped = ["group_by: [alertname]", "group_wait: 20s", "group_interval: 1h", "repeat_interval: 1h"]
            let repeating = ["group_by: ['...']", "group_wait: 0s", "group_interval: 0s", "repeat_interval: 2s"]
            return """
                sinks:
                  - type: file
                \(webhookSink("grouped", url: receiver.url("/grouped"), grouped))
                \(webhookSink("repeating", url: receiver.url("/repeating"), repeating))
                """
        }
        defer { run.cleanUp() }
        let (fixture, receiver, daemon) = (run.fixture, run.receiver, run.daemon)
        run.lie(9)
        let firing = try await fixture.waitForSignalAlerts("firing", count: 2, daemon: daemon)
        #expect(
            Set(firing.map { labels(of: $0)["target"] ?? "" }) == Set(Self.targets),
            "the file has one line per alert"
        )

        let grouped = try await eventually(timeout: .seconds(90)) { receiver.messages(at: "/grouped").first }
        let message = try #require(grouped, "no grouped message; stderr:\n\(daemon.stderr.suffix(4000))")
        #expect(
            Set(message.alerts.map { labels(of: $0)["target"] ?? "" }) == Set(Self.targets),
            "both alerts share one message"
        )
        let repeats = try await eventually(timeout: .seconds(90)) {
            let messages = receiver.messages(at: "/repeating")
            let perAlert = Dictionary(grouping: messages) {
                $0.alerts.first.map { $0["fingerprint"] as? String ?? "" } ?? ""
            }
            return perAlert.count == 2 && perAlert.values.allSatisfy({ $0.count >= 3 }) ? messages : nil
        }
        let sent = try #require(
            repeats,
            "each firing alert is sent again every repeat_interval; got \(receiver.messages(at: "/repeating").count)"
        )
        #expect(Set(sent.map(\.webhookID)).count == sent.count, "each repeat is a new message with its own webhook-id")
        #expect(sent.allSatisfy { $0.alerts.count == 1 && $0.status == "firing" })
        try await run.stop()
        #expect(receiver.messages(at: "/grouped").count == 1, "no repeat within the hour, nothing changed in the group")
        #expect(fixture.signalAlerts().count == 2, "the file sink never repeats")
    }

    @Test(
        "silences through the API: create, list, expire; a silenced alert is recorded in the file, not sent, and sent once its silence ends"
    )
    func silencesThroughTheAPI() async throws {
        let run = try await LifecycleRun.start { receiver in
            Self.sinks(receiver) + "\nalerting:\n  silences:\n" + Self.silence(["target: staging"])
        }
        defer { run.cleanUp() }
        let (fixture, receiver, daemon) = (run.fixture, run.receiver, run.daemon)
        let port = try await fixture.statusPort()
        let base = "http://127.0.0.1:\(port)/api/v1/silences"
        let token = try String(contentsOfFile: fixture.stateDirectory + "/status.token", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let unauthorized = try await Self.request("POST", base, body: #"{"matchers":{"a":"b"},"duration":"2h"}"#)
        #expect(unauthorized.status == 401, "writes need the generated token")
        let created = try await Self.request(
            "POST",
            base,
            body: #"{"matchers":{"probe":"belief-pressure.yes-no"},"duration":"2h","comment":"vendor incident"}"#,
            token: token
        )
        #expect(created.status == 200, "\(created.body)")
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(created.body.utf8)) as? [String: Any])?["id"] as? String
        )
        let rejected = try await Self.request("POST", base, body: #"{"matchers":{},"duration":"2h"}"#, token: token)
        #expect(rejected.status == 400, "a silence without matchers is refused")
        let listed = try await fixture.getJSON("/api/v1/silences")["silences"] as? [[String: Any]] ?? []
        #expect(
            Set(listed.compactMap { $0["id"] as? String }) == [id, "config-0"],
            "the API's and the config's silences"
        )
        #expect(listed.first { $0["id"] as? String == id }?["comment"] as? String == "vendor incident")

        run.lie(9)
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: daemon)
        #expect(try await Self.silenced(fixture), "the alert was silenced at the webhook")
        #expect(receiver.signalAlerts(at: "/hook").isEmpty, "a silenced alert is not sent")

        let deleted = try await Self.request("DELETE", base + "/" + id, token: token)
        #expect(deleted.status == 200, "\(deleted.body)")
        #expect(try await Self.request("DELETE", base + "/" + id, token: token).status == 404)
        let remaining = try await fixture.getJSON("/api/v1/silences")["silences"] as? [[String: Any]] ?? []
        #expect(remaining.compactMap { $0["id"] as? String } == ["config-0"])
        let sent = try await eventually(timeout: .seconds(90)) { receiver.signalAlerts(at: "/hook", "firing").first }
        #expect(sent.map(labels(of:)) == firing.first.map(labels(of:)), "sent once the silence ended")
        try await run.stop()
        #expect(receiver.signalAlerts(at: "/hook", "firing").count == 1)
        #expect(fixture.signalAlerts("firing").count == 1, "the file records the alert once")
    }

    @Test("a silence from the config mutes the webhook; after it is gone (restart) the firing alert is sent once")
    func silenceFromTheConfig() async throws {
        var run = try await LifecycleRun.start { receiver in
            Self.sinks(receiver) + "\nalerting:\n  silences:\n"
                + Self.silence(["target: scripted", "signal: lie_rate"])
        }
        defer { run.cleanUp() }
        let (fixture, receiver) = (run.fixture, run.receiver)
        run.lie(9)
        _ = try await fixture.waitForSignalAlerts("firing", daemon: run.daemon)
        #expect(try await Self.silenced(fixture), "the config's silence muted the webhook")
        try await run.stop()
        #expect(receiver.signalAlerts(at: "/hook").isEmpty)

        try fixture.writeLifecycleConfig(extra: Self.sinks(receiver))
        run.daemon = try fixture.start(stderrName: "second.log")
        let sent = try await eventually(timeout: .seconds(90)) { receiver.signalAlerts(at: "/hook", "firing").first }
        #expect(
            sent != nil,
            "the firing alert is sent once no silence mutes it; stderr:\n\(run.daemon.stderr.suffix(4000))"
        )
        try await fixture.waitForMoreSamples(10)
        try await run.stop()
        #expect(receiver.signalAlerts(at: "/hook", "firing").count == 1)
        #expect(fixture.signalAlerts("firing").count == 1, "the restart did not record or notify the alert again")
    }

    @Test(
        "after the retry limit the message lands in the dead-letter file and a self-alert goes to the other sinks; it resolves when the sink recovers, across a restart"
    )
    func deadLetters() async throws {
        var run = try await LifecycleRun.start { receiver in
            receiver.script([], then: .fail(status: 500, retryAfter: nil))
            return Self.sinks(receiver) + """

                alerting:
                  resolve_window: 10
                  outbox:
                    min_backoff: 100ms
                    max_backoff: 200ms
                    max_attempts: 3
                """
        }
        defer { run.cleanUp() }
        let (fixture, receiver, daemon) = (run.fixture, run.receiver, run.daemon)
        run.lie(9)
        let deadLetterFile = fixture.directory.path + "/logs/dead-letter.jsonl"
        let dead = try await eventually(timeout: .seconds(120)) { jsonLines(deadLetterFile).first }
        let letter = try #require(dead, "nothing in the dead-letter file; stderr:\n\(daemon.stderr.suffix(4000))")
        #expect(letter["schema"] as? String == "candor.deadletter/v1")
        #expect(letter["sink"] as? String == "hook")
        #expect(letter["attempts"] as? Int == 3)
        let lettered = (letter["alerts"] as? [[String: Any]] ?? []).map(labels(of:))
        #expect(lettered.first?["alertname"] == "CandorSignalIncreased")
        let tried = receiver.received.filter { $0.headers["webhook-id"] == letter["webhookId"] as? String }
        #expect(tried.count == 3, "three attempts under the dead letter's webhook-id")

        let selfAlert = try await eventually(timeout: .seconds(60)) {
            jsonLines(fixture.alerts).first { labels(of: $0)["alertname"] == "CandorAlertUndeliverable" }
        }
        #expect(selfAlert.map(labels(of:))?["sink"] == "hook", "the self-alert names the sink")

        // A restart while the self-alert fires: the new process knows it is open.
        try await run.stop()
        run.daemon = try fixture.start(stderrName: "second.log")

        // The sink recovers: the next message (the resolution) is acknowledged, and the self-alert resolves.
        receiver.script([], then: .accept)
        run.lie(0)
        let resolved = try await eventually(timeout: .seconds(120)) {
            jsonLines(fixture.alerts).first {
                labels(of: $0)["alertname"] == "CandorAlertUndeliverable" && $0["status"] as? String == "resolved"
            }
        }
        #expect(
            resolved != nil,
            "the self-alert resolves once the sink acknowledges again; stderr:\n\(run.daemon.stderr.suffix(4000))"
        )
        #expect(
            resolved?["startsAt"] as? String == selfAlert?["startsAt"] as? String,
            "the resolution is of the self-alert that fired before the restart"
        )
        try await run.stop()
        #expect(receiver.signalAlerts(at: "/hook", "resolved").count == 1)
        let selfAlertsAtHook = receiver.messages(at: "/hook").flatMap(\.alerts).filter {
            labels(of: $0)["alertname"] == "CandorAlertUndeliverable"
        }
        #expect(selfAlertsAtHook.isEmpty, "the self-alert is not sent to the sink it is about")
        #expect(jsonLines(deadLetterFile).count == 1)
    }

    @Test("SIGUSR1 after logrotate renamed the logs: new records land in fresh files, none is lost")
    func reopenOnSIGUSR1() async throws {
        let run = try await LifecycleRun.start { _ in "log_rotation:\n  max_bytes: 0\n  max_age: 0s\n" }
        defer { run.cleanUp() }
        let (fixture, daemon) = (run.fixture, run.daemon)
        let oldSamples = fixture.samples + ".1"
        let oldAlerts = fixture.alerts + ".1"
        #expect(rename(fixture.samples, oldSamples) == 0)
        _ = rename(fixture.alerts, oldAlerts)
        // Until SIGUSR1 the daemon keeps appending to the renamed file, as after logrotate's rename.
        try await Task.sleep(for: .milliseconds(300))
        daemon.send(SIGUSR1)
        _ = try await fixture.waitForSamples(10)
        #expect(daemon.stderr.contains("log files reopened (SIGUSR1)"))

        run.lie(9)
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: daemon)
        #expect(firing.count == 1, "the alert lands in the fresh alerts.jsonl")
        #expect(fixture.signalAlerts(file: oldAlerts).isEmpty)
        try await run.stop()

        let ids = (jsonLines(oldSamples) + jsonLines(fixture.samples)).compactMap { $0["trialId"] as? String }
        #expect(Set(ids).count == ids.count, "no record written twice")
        #expect(
            ids.count == (try await fixture.store().trialCount()),
            "every trial the daemon recorded is in one of the two files"
        )
    }

    @Test("a full outbox pauses sampling instead of dropping alerts, and sampling resumes once the sink catches up")
    func fullOutboxPausesSampling() async throws {
        let run = try await LifecycleRun.start { receiver in
            """
            sinks:
            \(webhookSink("hook", url: receiver.url(), ["group_wait: 0s", "group_interval: 0s"]))
            alerting:
              outbox:
                max_pending: 1
                min_backoff: 100ms
                max_backoff: 500ms
                max_attempts: 1000
            """
        }
        defer { run.cleanUp() }
        let (fixture, receiver, daemon) = (run.fixture, run.receiver, run.daemon)
        receiver.down()
        run.lie(9)
        let paused = try await eventually(timeout: .seconds(120)) {
            daemon.stderr.contains("the alert outbox is full: sampling pauses") ? true : nil
        }
        #expect(paused == true, "stderr:\n\(daemon.stderr.suffix(4000))")
        // While the alert waits, no trial starts (one already in flight may finish).
        let atPause = jsonLines(fixture.samples).count
        try await Task.sleep(for: .seconds(3))
        #expect(jsonLines(fixture.samples).count <= atPause + 1, "sampling went on with a full outbox")

        try receiver.up()
        let delivered = try await eventually(timeout: .seconds(60)) {
            receiver.signalAlerts(at: "/hook", "firing").first
        }
        #expect(delivered != nil, "the alert that filled the outbox is delivered, not dropped")
        let resumed = try await eventually(timeout: .seconds(60)) {
            daemon.stderr.contains("the alert outbox has room again: sampling resumes") ? true : nil
        }
        #expect(resumed == true)
        try await fixture.waitForMoreSamples(5)
        try await run.stop()
    }

    /// A file sink and a webhook `hook` that sends at once.
    static func sinks(_ receiver: WebhookReceiver) -> String {
        "sinks:\n  - type: file\n" + webhookSink("hook", url: receiver.url(), ["group_wait: 0s", "group_interval: 0s"])
    }

    /// One entry of `alerting.silences` with `matchers`, ending in 2099.
    static func silence(_ matchers: [String]) -> String {
        (["    - matchers:"] + matchers.map { "        " + $0 } + [
            "      until: 2099-01-01T00:00:00Z", "      comment: test",
        ])
        .joined(separator: "\n")
    }

    /// Waits until an outbox row of the webhook `hook` has been silenced.
    static func silenced(_ fixture: DaemonFixture) async throws -> Bool {
        try await eventually(timeout: .seconds(60)) {
            try await fixture.outbox("hook").contains { $0.state == "silenced" } ? true : nil
        } ?? false
    }

    /// Sends `method` to `url` on the status endpoint with an optional JSON body and token.
    static func request(
        _ method: String,
        _ url: String,
        body: String? = nil,
        token: String? = nil
    ) async throws -> (status: Int, body: String) {
        let response = try await DaemonFixture.http.send(
            HTTPRequest(
                method: HTTPMethod(method),
                url: url,
                headers: (body == nil ? [] : [HTTPHeader("Content-Type", "application/json")])
                    + (token.map { [HTTPHeader("Authorization", "Bearer \($0)")] } ?? []),
                body: Array((body ?? "").utf8)
            )
        )
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }
}
