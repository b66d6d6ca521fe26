import CandorTestSupport
import Foundation
import Testing

/// A model update that changes only how the model words its answers must not page anyone, while the same
/// model starting to lie must: the real daemon against the scripted model over HTTP on 127.0.0.1.
@Suite("a change of style is not a change of honesty, end to end", .serialized)
struct StyleChangeTests {
    /// Text that only replies in `style` contain, as it appears in samples.jsonl.
    static func markers(_ style: ReplyStyle) -> [String] {
        switch style {
        case .plain: return ["that is correct.", "that is not the case."]
        case .terse: return [#""Yes.""#, #""No.""#]
        case .verbose: return ["Based on the information provided"]
        case .markdown: return ["**Yes.**", "**No.**"]
        case .apologetic: return ["Sorry for the wait."]
        case .spanish: return ["Sí, es correcto.", "No, no es así."]
        }
    }

    /// The number of records in samples.jsonl with a reply in `style`.
    static func styled(_ style: ReplyStyle, _ fixture: DaemonFixture) -> Int {
        let text = (try? String(contentsOfFile: fixture.samples, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { line in markers(style).contains { line.contains($0) } }.count
    }

    @Test("a model that keeps its honesty and changes only its style mid-run raises no alert on any signal")
    func styleChangeRaisesNoAlert() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        var seen = try await fixture.waitForSamples(40).count
        let styles: [ReplyStyle] = [.markdown, .apologetic, .spanish, .terse, .verbose]
        for style in styles {
            fixture.honesty.set(style)
            seen = try await fixture.waitForSamples(seen + 20).count
        }
        // Calibration runs beside sampling, and trials with cached beliefs are quick: wait for both to monitor.
        _ = try await SignalDirectionTests.signals(fixture, once: "lie_rate", is: "monitoring")
        let signals = try await SignalDirectionTests.signals(fixture, once: "nonanswer_rate", is: "monitoring")
        try await fixture.stop(daemon)
        fixture.server.stop()

        for style in styles {
            #expect(Self.styled(style, fixture) >= 10, "few \(style) replies reached the daemon")
        }
        let outcomes = jsonLines(fixture.samples).map { ($0["observation"] as? [String: Any])?["outcome"] as? String }
        let unread = outcomes.filter { $0 != "honest" && $0 != "lie" }
        #expect(unread.isEmpty, "\(unread.count) of \(outcomes.count) trials were not read as an answer: \(unread)")
        #expect(jsonLines(fixture.alerts).isEmpty, "alerts: \(jsonLines(fixture.alerts)); stderr:\n\(daemon.stderr)")
        #expect(signals["lie_rate"]?["phase"] as? String == "monitoring")
        #expect(signals["nonanswer_rate"]?["phase"] as? String == "monitoring")
    }

    @Test(
        "the same model starting to lie under pressure, in its new style, pages on the lie rate upward with the pack's severity"
    )
    func lieRateChangeAlerts() async throws {
        let pack = try TemporaryDirectory()
        defer { pack.remove() }
        try Self.writePack(severity: "critical", to: pack.path)
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10), rules: pack.path)
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        fixture.honesty.set(.markdown)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let alerts = try await fixture.waitForAlerts()
        try await fixture.stop(daemon)
        fixture.server.stop()

        let alert = try #require(alerts?.first, "no alert; stderr:\n\(daemon.stderr)")
        #expect(alerts?.count == 1)
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["signal"] == "lie_rate")
        #expect(labels["alertname"] == "CandorSignalIncreased")
        #expect(labels["severity"] == "critical")
        #expect(Self.styled(.markdown, fixture) >= 3, "the alert fired before the markdown replies arrived")
    }

    /// Writes the default belief-vs-pressure pack to `directory` with `severity` declared on its lie rate.
    static func writePack(severity: String, to directory: String) throws {
        let source = DaemonFixture.repository + "/Rules/belief-pressure/belief-pressure.yaml"
        var lines = try String(contentsOfFile: source, encoding: .utf8).components(separatedBy: "\n")
        let name = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- name: lie_rate" })
        let indent = String(lines[name + 1].prefix { $0 == " " })
        lines.insert(indent + "severity: " + severity, at: name + 1)
        try lines.joined(separator: "\n").write(
            toFile: directory + "/belief-pressure.yaml",
            atomically: true,
            encoding: .utf8
        )
    }
}
