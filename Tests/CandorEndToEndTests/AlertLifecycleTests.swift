import CandorAlerts
import CandorTestSupport
import Foundation
import Testing

/// The alert lifecycle as an operator sees it: the real daemon probing a scripted model that
/// turns dishonest and honest again, alerts in alerts.jsonl and at a real webhook receiver.
@Suite("candor run, alert lifecycle", .serialized)
struct AlertLifecycleTests {
    @Test("for: a short blip of lies never fires; a finding that holds fires, and not before `for:` has passed")
    func pendingFor() async throws {
        let run = try await LifecycleRun.start { receiver in
            """
            sinks:
              - type: file
            \(webhookSink("hook", url: receiver.url(), ["group_wait: 0s", "group_interval: 0s"]))
            alerting:
              for: 150s
              resolve_window: 10
            """
        }
        defer { run.cleanUp() }
        let (fixture, receiver, daemon) = (run.fixture, run.receiver, run.daemon)

        // The blip: lies until the detector alarms and the alert is pending (13 in a row after an honest
        // warm-up of 30 at arl0 1,000), then honest answers at once; the signal recovers after about 10 of
        // them. The blip and its recovery take about 3 s at 100 ms a sample, and took over 60 s in a full
        // test run on a loaded machine: `for:` is far longer than any blip.
        run.lie(10)
        let pending = try await eventually(timeout: .seconds(120)) {
            daemon.stderr.contains("alert pending") ? true : nil
        }
        #expect(pending == true, "the lies made the alert pending; stderr:\n\(daemon.stderr.suffix(4000))")
        run.lie(0)
        let dropped = try await eventually(timeout: .seconds(300)) {
            daemon.stderr.contains("pending alert dropped: the signal recovered") ? true : nil
        }
        #expect(
            dropped == true,
            "the blip made the alert pending and it was dropped; stderr:\n\(daemon.stderr.suffix(4000))"
        )
        try await fixture.waitForMoreSamples(30)
        #expect(fixture.signalAlerts().isEmpty, "a blip shorter than `for:` never fires")
        #expect(receiver.signalAlerts(at: "/hook").isEmpty)

        // A finding that holds: it fires once it has held for 150 s.
        run.lie(10)
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: daemon)
        let seen = Date()
        let startsAt = try #require(rfc3339(firing.first?["startsAt"]))
        #expect(
            seen >= startsAt.addingTimeInterval(150),
            "the alert fired before `for:` had passed: pending since \(startsAt)"
        )
        let delivered = try await eventually(timeout: .seconds(60)) {
            receiver.signalAlerts(at: "/hook", "firing").first
        }
        #expect(delivered.flatMap { rfc3339($0["startsAt"]) } == startsAt, "startsAt says when the finding began")
        try await run.stop()
        #expect(fixture.signalAlerts("firing").count == 1)
    }

    @Test("keep_firing_for: a recovery shorter than it neither resolves nor re-fires; a lasting one resolves after it")
    func keepFiringFor() async throws {
        let run = try await LifecycleRun.start { _ in "alerting:\n  keep_firing_for: 30s\n  resolve_window: 10\n" }
        defer { run.cleanUp() }
        let fixture = run.fixture
        run.lie(10)
        _ = try await fixture.waitForSignalAlerts("firing", daemon: run.daemon)
        // 10 samples after firing before the resolve condition can hold, then 15 honest ones:
        // without keep_firing_for this resolves (resolve_window 10).
        try await fixture.waitForMoreSamples(12)
        run.lie(0)
        try await fixture.waitForMoreSamples(15)
        run.lie(10)
        try await fixture.waitForMoreSamples(15)
        #expect(fixture.signalAlerts("resolved").isEmpty, "a short recovery inside keep_firing_for does not resolve")

        run.lie(0)
        let honestFrom = Date()
        let resolved = try await fixture.waitForSignalAlerts("resolved", daemon: run.daemon)
        let endsAt = try #require(rfc3339(resolved.first?["endsAt"]))
        #expect(
            endsAt >= honestFrom.addingTimeInterval(30),
            "resolved only after keep_firing_for: \(endsAt) vs \(honestFrom)"
        )
        try await run.stop()
        #expect(
            fixture.signalAlerts("firing").count == 1,
            "one alert throughout: the finding coming back kept it firing"
        )
        #expect(fixture.signalAlerts("resolved").count == 1)
        #expect(resolved.first?["id"] as? String == fixture.signalAlerts("firing").first?["id"] as? String)
    }

    @Test(
        "separate fire and resolve thresholds: bursts of lies keep one alert firing; honesty resolves it, sent only where send_resolved"
    )
    func resolutionWithoutFlapping() async throws {
        let run = try await LifecycleRun.start { receiver in
            """
            sinks:
              - type: file
            \(webhookSink("loud", url: receiver.url("/loud"), ["group_wait: 0s", "group_interval: 0s", "send_resolved: true"]))
            \(webhookSink("quiet", url: receiver.url("/quiet"), ["group_wait: 0s", "group_interval: 0s", "send_resolved: false"]))
            alerting:
              resolve_window: 10
            """
        }
        defer { run.cleanUp() }
        let (fixture, receiver) = (run.fixture, run.receiver)
        run.lie(9)
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: run.daemon)

        // Five lies, five truths, over and over: the detector keeps alarming, while five honest
        // answers in a row never bring ten samples back inside the baseline's interval.
        run.lie(5)
        try await fixture.waitForMoreSamples(60)
        #expect(fixture.signalAlerts("resolved").isEmpty, "no resolution while lies come in bursts")
        #expect(fixture.signalAlerts("firing").count == 1, "no second alert: it did not flap")

        run.lie(0)
        let resolved = try await fixture.waitForSignalAlerts("resolved", daemon: run.daemon)
        #expect(
            resolved.first?["id"] as? String == firing.first?["id"] as? String,
            "the resolution carries the alert's id"
        )
        let current = resolved.first?["current"] as? [String: Any]
        #expect(current?["samples"] as? Int == 10, "the resolution reports the recent window's rate")
        let loud = try await eventually(timeout: .seconds(60)) { receiver.signalAlerts(at: "/loud", "resolved").first }
        #expect(loud.map(labels(of:)) == firing.first.map(labels(of:)), "send_resolved: true sends the resolution")
        try await run.stop()

        #expect(receiver.signalAlerts(at: "/loud", "firing").count == 1)
        #expect(receiver.signalAlerts(at: "/quiet", "firing").count == 1)
        #expect(receiver.signalAlerts(at: "/quiet", "resolved").isEmpty, "send_resolved: false sends no resolution")
        #expect(try await fixture.outbox("quiet").allSatisfy { !$0.notifyKey.contains(":resolved") }, "nor queues one")
        #expect(fixture.signalAlerts("firing").count == 1)
    }

    @Test(
        "kill -9 while an alert is pending: the restart resumes its `for:` clock; it fires with its original start, once"
    )
    func restartKeepsPending() async throws {
        var run = try await LifecycleRun.start { _ in "alerting:\n  for: 25s\n  resolve_window: 10\n" }
        defer { run.cleanUp() }
        let fixture = run.fixture
        run.lie(10)
        let pending = try await eventually(timeout: .seconds(120)) {
            try await fixture.store().alertProgress().first { $0.status == "pending" }
        }
        let saved = try #require(pending, "no pending alert was saved; stderr:\n\(run.daemon.stderr.suffix(4000))")
        let pendingSince = try #require(try decodeProgress(saved.record).pendingSince)
        run.daemon.send(SIGKILL)
        _ = try await run.daemon.waitForExit(timeout: .seconds(10))
        #expect(fixture.signalAlerts().isEmpty, "still pending when killed")

        let restart = Date()
        run.daemon = try fixture.start(stderrName: "second.log")
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: run.daemon)
        let startsAt = try #require(rfc3339(firing.first?["startsAt"]))
        #expect(startsAt < restart, "the `for:` clock did not start over at the restart")
        #expect(abs(startsAt.timeIntervalSince(pendingSince)) < 1)
        try await fixture.waitForMoreSamples(5)
        try await run.stop()
        #expect(fixture.signalAlerts("firing").count == 1)
    }
}

/// Decodes a saved ``AlertProgress`` (RFC 3339 dates with or without fractions).
func decodeProgress(_ data: Data) throws -> AlertProgress {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = rfc3339(text) else { throw DaemonTestError("not an RFC 3339 time: \(text)") }
        return date
    }
    return try decoder.decode(AlertProgress.self, from: data)
}
