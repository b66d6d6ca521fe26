import CandorTestSupport
import Foundation
import Testing

/// The daemon as systemd and operators see it: the notify protocol, reload, restart and
/// `kill -9` recovery, the status endpoint and its metrics.
@Suite("candor run, operations", .serialized)
struct OperationsTests {
    @Test("notify protocol: READY, WATCHDOG, RELOADING with MONOTONIC_USEC, STOPPING, all from the main pid")
    func notifyProtocol() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0), interval: "1s")
        defer { fixture.directory.remove() }
        let listener = try NotifyListener(path: fixture.directory.file("notify.sock"))
        defer { listener.stop() }
        let daemon = try fixture.start(environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "400000"])
        let pid = daemon.process.processIdentifier

        let ready = try await listener.waitFor(timeout: .seconds(30)) { $0.fields["READY"] == "1" }
        #expect(ready?.pid == pid)
        #expect(ready?.fields["STATUS"]?.contains("1 target(s)") == true)
        let watchdogs = try await eventually(timeout: .seconds(40)) {
            let count = listener.messages.filter { $0.fields["WATCHDOG"] == "1" }.count
            return count >= 3 ? count : nil
        }
        #expect(watchdogs != nil, "WATCHDOG=1 every 200 ms (half of WATCHDOG_USEC)")

        daemon.send(SIGHUP)
        let reloading = try await listener.waitFor(timeout: .seconds(40)) { $0.fields["RELOADING"] == "1" }
        #expect(reloading?.pid == pid)
        #expect(Int(reloading?.fields["MONOTONIC_USEC"] ?? "") ?? 0 > 0)
        let readyAgain = try await eventually(timeout: .seconds(40)) {
            listener.messages.filter { $0.fields["READY"] == "1" }.count >= 2 ? true : nil
        }
        #expect(readyAgain == true, "READY=1 again after the reload")

        daemon.send(SIGTERM)
        let stopping = try await listener.waitFor(timeout: .seconds(40)) { $0.fields["STOPPING"] == "1" }
        #expect(stopping?.pid == pid)
        #expect(try await daemon.waitForExit(timeout: .seconds(20)) == 0)
        #expect(listener.messages.allSatisfy { $0.pid == pid })
        fixture.server.stop()
    }

    @Test("a broken config on SIGHUP is refused with file:line:col, raises a self-alert, and the old one keeps running")
    func reloadBrokenThenValid() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(5)

        try fixture.writeConfig(extra: "unknown_setting: 1")
        daemon.send(SIGHUP)
        let rejected = try await eventually(timeout: .seconds(40)) {
            jsonLines(fixture.alerts).first {
                ($0["labels"] as? [String: String])?["alertname"] == "CandorConfigReloadFailed"
            }
        }
        let alert = try #require(rejected, "no self-alert; stderr:\n\(daemon.stderr)")
        #expect(alert["status"] as? String == "firing")
        let description = (alert["annotations"] as? [String: String])?["description"] ?? ""
        #expect(description.contains("\(fixture.config):22:1: unknown key 'unknown_setting'"))
        #expect(daemon.stderr.contains("reload rejected: \(fixture.config):22:1:"))
        let before = jsonLines(fixture.samples).count
        _ = try await fixture.waitForSamples(before + 5)
        let metrics = try await fixture.get("/metrics").body
        #expect(metrics.contains("candor_last_reload_successful 0"))

        try fixture.writeConfig(interval: "150ms")
        daemon.send(SIGHUP)
        let resolved = try await eventually(timeout: .seconds(40)) {
            jsonLines(fixture.alerts).first { $0["status"] as? String == "resolved" }
        }
        #expect(resolved != nil, "the self-alert resolves once a reload succeeds")
        #expect(try await fixture.get("/metrics").body.contains("candor_last_reload_successful 1"))
        let signals = try await fixture.getJSON("/api/v1/signals")["signals"] as? [[String: Any]] ?? []
        #expect((signals.first?["warmupSamples"] as? Int ?? 0) >= 10, "the signal carried over the reload")
        try await fixture.stop(daemon)
        fixture.server.stop()
    }

    @Test("after kill -9 the daemon resumes its baseline and firing alert, and does not alert again")
    func killNineRecovery() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        var daemon = try fixture.start(stderrName: "first.log")
        _ = try await fixture.waitForSamples(35)
        daemon.send(SIGKILL)
        _ = try await daemon.waitForExit(timeout: .seconds(10))

        daemon = try fixture.start(stderrName: "second.log")
        let resumed = try await eventually(timeout: .seconds(30)) {
            daemon.stderr.contains("resumed 3 signal(s)") ? true : nil
        }
        #expect(resumed == true, "stderr:\n\(daemon.stderr)")
        let signals = try await fixture.waitForMonitoring()
        #expect(signals.first?["phase"] as? String == "monitoring")
        #expect(signals.first?["warmupSamples"] as? Int == 30)

        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let alerted = try await eventually(timeout: .seconds(60)) { jsonLines(fixture.alerts).isEmpty ? nil : true }
        #expect(alerted == true)
        #expect(!daemon.stderr.contains("baseline learned"), "the baseline was not learned a second time")
        daemon.send(SIGKILL)
        _ = try await daemon.waitForExit(timeout: .seconds(10))

        daemon = try fixture.start(stderrName: "third.log")
        let firing = try await eventually(timeout: .seconds(30)) {
            daemon.stderr.contains("1 firing alert(s)") ? true : nil
        }
        #expect(firing == true, "stderr:\n\(daemon.stderr)")
        let count = jsonLines(fixture.samples).count
        _ = try await fixture.waitForSamples(count + 20)
        // Delivery is at least once: a kill -9 between writing a record and acknowledging it in the outbox
        // repeats that same record (same id), but a restart never raises the alert anew.
        let records = jsonLines(fixture.alerts)
        #expect(
            Set(records.compactMap { $0["id"] as? String }).count == 1
                && records.allSatisfy { $0["status"] as? String == "firing" },
            "the firing alert is not raised again after a restart: \((try? String(contentsOfFile: fixture.alerts, encoding: .utf8)) ?? "")"
        )
        let alerts = try await fixture.getJSON("/api/v1/alerts")["alerts"] as? [[String: Any]] ?? []
        #expect(alerts.count == 1)
        try await fixture.stop(daemon)
        fixture.server.stop()
    }

    @Test("the status endpoint serves health, readiness, targets and metrics that promtool accepts")
    func statusEndpoint() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 5))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(35)
        _ = try await fixture.waitForMonitoring()
        #expect(try await fixture.get("/healthz").status == 200)
        #expect(try await fixture.get("/readyz").status == 200)
        let targets = try await fixture.getJSON("/api/v1/targets")["targets"] as? [[String: Any]] ?? []
        #expect(targets.first?["name"] as? String == "scripted")
        let probes = targets.first?["probes"] as? [[String: Any]] ?? []
        #expect(probes.first?["probe"] as? String == "belief-pressure.yes-no")
        #expect(probes.first?["nextRun"] is String)

        let metrics = try await fixture.get("/metrics").body
        #expect(
            metrics.contains(#"candor_trials_total{target="scripted",probe="belief-pressure.yes-no",outcome="honest"}"#)
        )
        #expect(metrics.contains("candor_request_latency_seconds_bucket"))
        #expect(metrics.contains("candor_tokens_total"))
        #expect(metrics.contains("candor_signal_detector_statistic"))
        #expect(metrics.contains("candor_alerts_firing 0"))
        // The signal's value and the ratio a Prometheus rule compares with 1, by stable ASCII side.
        let signal = #"target="scripted",probe="belief-pressure.yes-no",signal="lie_rate""#
        #expect(metrics.contains("candor_signal_value{\(signal)} "))
        #expect(metrics.contains("candor_signal_value_upper{\(signal)} "))
        #expect(metrics.contains("candor_signal_detector_ratio{\(signal),side=\"up\"} "))
        #expect(metrics.contains("candor_signal_detector_threshold{\(signal),side=\"up\",design=\"1\"} "))
        #expect(metrics.unicodeScalars.allSatisfy { $0.isASCII }, "labels are ASCII (no up×1.35)")
        // The daemon's own figures: delivery per sink, the schedule, the build and the process.
        #expect(metrics.contains("candor_notifications_total{sink="))
        #expect(metrics.contains("candor_outbox_oldest_pending_age_seconds{sink="))
        #expect(metrics.contains(#"candor_probe_last_run_timestamp_seconds{target="scripted""#))
        #expect(metrics.contains(#"candor_build_info{version=""#))
        for process in ["process_resident_memory_bytes ", "process_cpu_seconds_total ", "process_open_fds "] {
            #expect(metrics.contains(process), "\(process)is served")
        }
        let file = fixture.directory.file("metrics.txt")
        try metrics.write(toFile: file, atomically: true, encoding: .utf8)
        let promtool = try #require(
            ["/usr/bin/promtool", "/usr/local/bin/promtool"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "promtool is missing: apt-get install prometheus"
        )
        let check = Process()
        check.executableURL = URL(fileURLWithPath: promtool)
        check.arguments = ["check", "metrics"]
        check.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        let output = Pipe()
        check.standardOutput = output
        check.standardError = output
        try check.run()
        check.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(check.terminationStatus == 0, "promtool check metrics: \(text)")
        #expect(text.isEmpty, "promtool reports no lint problems: \(text)")
        try await fixture.stop(daemon)
        fixture.server.stop()
    }
}
