import CandorTestSupport
import Foundation
import Testing

/// The daemon as users run it: the real `candor run` process sampling the scripted model server
/// over HTTP on 127.0.0.1, writing samples.jsonl and alerts.jsonl, stopped with SIGTERM.
@Suite("candor run, end to end", .serialized)
struct DaemonEndToEndTests {
    static let repository = DaemonFixture.repository
    typealias Fixture = DaemonFixture

    @Test("a model that starts lying under pressure raises one alert with its effect and evidence")
    func alertWhenModelStartsLying() async throws {
        let fixture = try Fixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        #expect(jsonLines(fixture.alerts).isEmpty, "no alert while the model behaves as during warm-up")

        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let alerts = try await fixture.waitForAlerts()
        try await fixture.stop(daemon)
        fixture.server.stop()

        let alert = try #require(alerts?.first, "no alert in alerts.jsonl; stderr:\n\(daemon.stderr)")
        #expect(alerts?.count == 1, "a firing alert is not repeated")
        #expect(alert["schema"] as? String == "candor.alert/v1")
        #expect(alert["status"] as? String == "firing")
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["target"] == "scripted")
        #expect(labels["probe"] == "belief-pressure.yes-no")
        #expect(labels["signal"] == "lie_rate")
        #expect(labels["alertname"] == "CandorSignalIncreased")
        #expect(labels["model"] == "scripted-1")
        let effect = try #require(alert["effect"] as? [String: Any])
        #expect((effect["difference"] as? Double ?? 0) > 0.3)
        let interval = try #require(effect["interval"] as? [Double])
        #expect(interval[0] > 0, "the effect's interval excludes zero")
        let baseline = try #require(alert["baseline"] as? [String: Any])
        #expect(baseline["samples"] as? Int == 30)
        #expect((baseline["rate"] as? Double ?? 1) < 0.2)
        let detector = try #require(alert["detector"] as? [String: Any])
        #expect(detector["name"] as? String == "multi-cusum")
        #expect((detector["statistic"] as? Double ?? 0) >= (detector["threshold"] as? Double ?? .infinity))
        #expect(alert["modelFingerprint"] as? String == "fp_scripted")
        #expect(
            daemon.stderr.contains("detection.warmup 30 is short"),
            "a warm-up too short for production is warned about at start"
        )

        let samples = jsonLines(fixture.samples)
        let byID = Dictionary(samples.map { ($0["trialId"] as? String ?? "", $0) }) { first, _ in first }
        let evidence = try #require(alert["evidence"] as? [[String: Any]])
        #expect(!evidence.isEmpty)
        for entry in evidence {
            let trial = try #require(byID[entry["trialId"] as? String ?? ""], "evidence names a trial in samples.jsonl")
            #expect((trial["observation"] as? [String: Any])?["outcome"] as? String == "lie")
            #expect(entry["outcome"] as? String == "lie")
            #expect(trial["rulePackHash"] as? String == alert["rulePackHash"] as? String)
        }
    }

    @Test("a model that keeps behaving as during warm-up raises no alert over the same number of samples")
    func noAlertWithoutChange() async throws {
        // One lie in five under pressure, from a fixed-seed sequence: the warm-up learns about
        // 24%, and the sequence that follows drives the CUSUM to about half of its calibrated
        // threshold at the default arl0, so a detector with a threshold set much too low fails
        // this test.
        let fixture = try Fixture(behaviour: .honest(lieEvery: 5), arl0: 10_000)
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let samples = try await fixture.waitForSamples(150, timeout: .seconds(120))
        try await fixture.stop(daemon)
        fixture.server.stop()
        #expect(jsonLines(fixture.alerts).isEmpty, "stderr:\n\(daemon.stderr)")
        let outcomes = samples.map { ($0["observation"] as? [String: Any])?["outcome"] as? String ?? "" }
        #expect(outcomes.filter { $0 == "lie" }.count >= 20)
        #expect(outcomes.allSatisfy { $0 == "lie" || $0 == "honest" })
        for sample in samples {
            #expect(sample["schema"] as? String == "candor.sample/v1")
            // The calls made, and the belief answers reused from the belief cache: four answers in all.
            let exchanges = try #require(sample["exchanges"] as? [[String: Any]])
            let cached = sample["cachedBelief"] as? [[String: Any]] ?? []
            #expect(exchanges.count + cached.count == 4)
            #expect((exchanges + cached).allSatisfy { ($0["response"] as? [String: Any])?["text"] is String })
        }
    }

    @Test("server errors, broken JSON and timeouts are recorded as errors and never move the signal")
    func errorsNeverMoveTheSignal() async throws {
        let fixture = try Fixture(behaviour: .fault(.status(500, body: #"{"error":{"message":"overloaded"}}"#)))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        // Each fault until a sample shows it (counts alone race the daemon on a busy machine), and 25 in all.
        try await Self.waitForError(in: fixture) { code, _ in code == "http_status" }
        fixture.honesty.set(.fault(.brokenJSON))
        try await Self.waitForError(in: fixture) { code, _ in code == "malformed_response" }
        fixture.honesty.set(.fault(.hang(seconds: 3)))
        try await Self.waitForError(in: fixture) { _, message in message.contains("time limit") }
        fixture.honesty.set(.fault(.closeConnection))
        _ = try await fixture.waitForSamples(25)
        let errors = jsonLines(fixture.samples)
        fixture.honesty.set(.honest(lieEvery: 0))

        // The baseline needs 30 scored samples: the errors before them must not count.
        let learned = try await eventually(timeout: .seconds(60)) {
            daemon.stderr.contains("baseline learned") ? jsonLines(fixture.samples) : nil
        }
        try await fixture.stop(daemon)
        fixture.server.stop()
        let atLearning = try #require(learned, "the baseline was never learned; stderr:\n\(daemon.stderr)")
        let scored = atLearning.filter { ($0["observation"] as? [String: Any])?["outcome"] as? String != "error" }
        #expect(scored.count >= 30, "the baseline was learned after \(scored.count) scored samples")
        #expect(jsonLines(fixture.alerts).isEmpty)

        #expect(errors.count >= 25)
        var codes: Set<String> = []
        for sample in errors {
            let observation = try #require(sample["observation"] as? [String: Any])
            #expect(observation["outcome"] as? String == "error")
            #expect((observation["values"] as? [String: Any])?.isEmpty ?? true)
            let exchanges = try #require(sample["exchanges"] as? [[String: Any]])
            let error = try #require(exchanges.last?["error"] as? [String: Any])
            codes.insert(error["code"] as? String ?? "")
        }
        #expect(codes == ["http_status", "malformed_response", "transport"])
        let messages = errors.compactMap {
            (($0["exchanges"] as? [[String: Any]])?.last?["error"] as? [String: Any])?["message"] as? String
        }
        #expect(messages.contains { $0.contains("HTTP 500") && $0.contains("target scripted") })
        #expect(messages.contains { $0.contains("time limit") })
    }

    /// Waits until a sample of `fixture` ends in an error whose code and message `matches` accepts.
    static func waitForError(in fixture: Fixture, _ matches: (String, String) -> Bool) async throws {
        let seen = try await eventually(timeout: .seconds(60)) { () -> Bool? in
            let found = jsonLines(fixture.samples).contains { sample in
                let error = (sample["exchanges"] as? [[String: Any]])?.last?["error"] as? [String: Any]
                return matches(error?["code"] as? String ?? "", error?["message"] as? String ?? "")
            }
            return found ? true : nil
        }
        #expect(seen == true, "no sample with the expected error in \(fixture.samples)")
    }

    @Test("SIGTERM lets the trial in flight finish, records it, and exits 0")
    func sigtermDrains() async throws {
        let fixture = try Fixture(behaviour: .fault(.hang(seconds: 0.4)), timeout: "5s", grace: "10s", interval: "1h")
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let inFlight = try await eventually(timeout: .seconds(30)) { fixture.server.requestCount >= 1 ? true : nil }
        #expect(inFlight == true)
        daemon.send(SIGTERM)
        let status = try await daemon.waitForExit(timeout: .seconds(20))
        #expect(status == 0, "stderr:\n\(daemon.stderr)")
        let samples = jsonLines(fixture.samples)
        #expect(samples.count == 1)
        let exchanges = samples.first?["exchanges"] as? [[String: Any]] ?? []
        #expect(exchanges.count == 4, "the trial ran to its end")
        #expect(exchanges.allSatisfy { $0["error"] == nil })
        #expect(fixture.server.requestCount == 4, "no new trial started after SIGTERM")
        fixture.server.stop()
    }
}
