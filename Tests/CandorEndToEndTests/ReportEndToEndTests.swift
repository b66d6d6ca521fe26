import CandorDaemon
import CandorTestSupport
import Foundation
import Testing

/// `candor report`, `candor show` and the status endpoint's pages against a real daemon that raised an alert,
/// and both pages opened in headless Chromium.
@Suite("candor report and candor show")
struct ReportEndToEndTests {
    let cli = CommandLineTests()

    @Test("the report and the live page show charts with data, link each alert to its evidence and transcripts")
    func reportOfAnAlert() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let firing = try await fixture.waitForSignalAlerts("firing", daemon: daemon)
        let alert = try #require(firing.first)
        let id = try #require(alert["id"] as? String)
        let evidence = try #require((alert["evidence"] as? [[String: Any]])?.first?["trialId"] as? String)

        // The static file, written beside the running daemon.
        let output = fixture.directory.file("report.html")
        let written = try await cli.run(
            ["report", "--config", fixture.config, "--output", output],
            in: fixture.directory
        )
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("wrote \(output)"), "\(written.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("id=\"alert-\(id)\""), "the alert's section")
        #expect(html.contains("id=\"trial-\(evidence)\"") && html.contains("observation: "), "its evidence transcript")
        #expect(!html.contains("src=") && !html.contains("<script") && !html.contains("<link"), "self-contained")

        // One trial's transcript.
        let shown = try await cli.run(["show", "--config", fixture.config, evidence], in: fixture.directory)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("observation: ") && shown.stdout.contains("trial \(evidence)"), "\(shown.stdout)")
        let missing = try await cli.run(["show", "--config", fixture.config, "no-such-trial"], in: fixture.directory)
        #expect(missing.status == 1 && missing.stderr.contains("no trial 'no-such-trial'"), "\(missing.stderr)")

        // The live pages.
        let live = try await fixture.get("/")
        #expect(live.status == 200 && live.body.contains("alerts/\(id)"), "\(live.body.prefix(500))")
        let page = try await fixture.get("/alerts/\(id)")
        #expect(page.status == 200 && page.body.contains("../trials/\(evidence)"), "\(page.body.prefix(500))")
        let trial = try await fixture.get("/trials/\(evidence)")
        #expect(trial.status == 200 && trial.body.contains("observation: "))

        // Both opened in a browser: the lines of the signals' charts are on screen.
        let port = try await fixture.statusPort()
        for (name, url) in [("file", "file://\(output)"), ("live", "http://127.0.0.1:\(port)/")] {
            let png = fixture.directory.file("\(name).png")
            try await HeadlessChromium.screenshot(url, to: png, in: fixture.directory)
            let pixels = try HeadlessChromium.pixels(of: SVGChart.seriesColour, in: png)
            #expect(pixels > 1_500, "\(name): \(pixels) pixels of the series colour in \(png)")
        }
        try await fixture.stop(daemon)
    }

    @Test("a report of a state without samples says so, and a browser shows no chart line")
    func emptyReport() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let output = fixture.directory.file("empty.html")
        let written = try await cli.run(
            ["report", "--config", fixture.config, "--output", output, "--since", "7d"],
            in: fixture.directory
        )
        #expect(written.status == 0, "\(written.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("No alerts.") && html.contains("No samples of its signals yet."))
        let png = fixture.directory.file("empty.png")
        try await HeadlessChromium.screenshot("file://\(output)", to: png, in: fixture.directory)
        #expect(try HeadlessChromium.pixels(of: SVGChart.seriesColour, in: png) < 50)
        let bad = try await cli.run(
            ["report", "--config", fixture.config, "--since", "later"],
            in: fixture.directory
        )
        #expect(bad.status != 0 && bad.stderr.contains("neither a duration"), "\(bad.stderr)")
    }
}
