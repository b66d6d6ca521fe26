import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// A scripted model server, a config pointing `candor run` at it, and helpers to start the
/// daemon, read its files and query its status endpoint.
struct DaemonFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let http = CurlTransport()

    let directory: TemporaryDirectory
    let server: ScriptedModelServer
    let honesty: ScriptedHonesty
    let config: String
    /// The rule-pack directory the config points at: the repository's Rules unless a test brings its own.
    let rules: String
    /// `detection.arl0`. 1,000 unless a test needs the default: with a 30-sample warm-up the
    /// thresholds allow for a very uncertain baseline, and at 10,000 even a jump from 13% to 90%
    /// lies takes a couple of hundred samples to catch.
    let arl0: Int

    var samples: String { directory.path + "/logs/samples.jsonl" }
    var alerts: String { directory.path + "/logs/alerts.jsonl" }
    var stateDirectory: String { directory.path + "/state" }

    init(
        behaviour: ScriptedHonesty.Behaviour,
        timeout: String = "1s",
        grace: String = "5s",
        interval: String = "100ms",
        arl0: Int = 1_000,
        rules: String = Self.repository + "/Rules",
        extra: String = "",
        targetExtra: String = ""
    ) throws {
        self.arl0 = arl0
        self.rules = rules
        directory = try TemporaryDirectory()
        server = try ScriptedModelServer()
        let honesty = try ScriptedHonesty(behaviour: behaviour)
        self.honesty = honesty
        server.setPolicy { honesty.reply(to: $0) }
        config = directory.file("candor.yaml")
        try writeConfig(timeout: timeout, grace: grace, interval: interval, extra: extra, targetExtra: targetExtra)
    }

    /// (Re)writes the config file.
    func writeConfig(
        timeout: String = "1s",
        grace: String = "5s",
        interval: String = "100ms",
        extra: String = "",
        targetExtra: String = ""
    )
        throws
    {
        let yaml = """
            rules: \(rules)
            state_dir: \(directory.path)/state
            log_dir: \(directory.path)/logs
            log_level: info
            shutdown_grace: \(grace)
            status:
              listen: 127.0.0.1:0
            targets:
              - name: scripted
                base_url: \(server.baseURL)
                model: scripted-model
                probes: [belief-pressure.yes-no]
                connect_timeout: 1s
                timeout: \(timeout)\(targetExtra.isEmpty ? "" : "\n    " + targetExtra)
            probes:
              belief-pressure.yes-no:
                interval: \(interval)
                jitter: 0s
            detection:
              warmup: 30
              arl0: \(arl0)
            \(extra)
            """
        try yaml.write(toFile: config, atomically: true, encoding: .utf8)
    }

    func start(environment: [String: String] = [:], stderrName: String = "stderr.log") throws -> DaemonProcess {
        try? FileManager.default.removeItem(atPath: stateDirectory + "/status.port")
        return try DaemonProcess(
            ["run", "--config", config],
            stderrFile: directory.file(stderrName),
            environment: environment
        )
    }

    /// Waits until the samples log has at least `count` records.
    func waitForSamples(_ count: Int, timeout: Duration = .seconds(60)) async throws -> [[String: Any]] {
        let found = try await eventually(timeout: timeout) {
            let lines = jsonLines(samples)
            return lines.count >= count ? lines : nil
        }
        return try #require(found, "fewer than \(count) samples in \(samples)")
    }

    /// The signals of `/api/v1/signals` once every one of them monitors. Calibration runs beside sampling at a
    /// lower priority, so a signal whose warm-up just ended may calibrate for minutes while the other suites keep
    /// both cores busy; the wait is long, and running out of it fails the test with the phases seen last.
    func waitForMonitoring(timeout: Duration = .seconds(300)) async throws -> [[String: Any]] {
        let signals = { try await self.getJSON("/api/v1/signals")["signals"] as? [[String: Any]] ?? [] }
        let monitoring = try await eventually(timeout: timeout) {
            let list = try await signals()
            return !list.isEmpty && list.allSatisfy { $0["phase"] as? String == "monitoring" } ? list : nil
        }
        let phases = try await signals().map { "\($0["signal"] ?? "?"): \($0["phase"] ?? "?")" }
        return try #require(monitoring, "signals not monitoring after \(timeout): \(phases)")
    }

    /// Waits until alerts.jsonl has a record and returns them all, or nil if none came within `timeout`.
    func waitForAlerts(timeout: Duration = .seconds(60)) async throws -> [[String: Any]]? {
        try await eventually(timeout: timeout) {
            let found = jsonLines(alerts)
            return found.isEmpty ? nil : found
        }
    }

    /// SIGTERM, then expect a clean exit.
    func stop(_ daemon: DaemonProcess) async throws {
        daemon.send(SIGTERM)
        let status = try await daemon.waitForExit(timeout: .seconds(20))
        #expect(status == 0, "candor run exited with \(String(describing: status)); stderr:\n\(daemon.stderr)")
    }

    /// The status endpoint's port, once the daemon has written it.
    func statusPort() async throws -> Int {
        let port = try await eventually(timeout: .seconds(30)) {
            (try? String(contentsOfFile: stateDirectory + "/status.port", encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        return try #require(port, "the daemon never wrote \(stateDirectory)/status.port")
    }

    /// GET `path` on the status endpoint.
    func get(_ path: String, token: String? = nil) async throws -> (status: Int, body: String) {
        let port = try await statusPort()
        let response = try await Self.http.send(
            HTTPRequest(
                url: "http://127.0.0.1:\(port)\(path)",
                headers: token.map { [HTTPHeader("Authorization", "Bearer \($0)")] } ?? []
            )
        )
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    /// GET `path` on the status endpoint and decode its JSON object.
    func getJSON(_ path: String) async throws -> [String: Any] {
        let (status, body) = try await get(path)
        #expect(status == 200)
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }
}
