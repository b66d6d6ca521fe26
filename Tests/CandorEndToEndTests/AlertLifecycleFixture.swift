import CandorStore
import CandorTestSupport
import Foundation
import Testing

/// Helpers for the alert lifecycle tests: configs with several targets and webhook sinks, and
/// the alerts as the alert file, a webhook receiver and the outbox see them.
extension DaemonFixture {
    /// Rewrites the config with one scripted target per name in `targets` (all answered by the
    /// fixture's scripted server; with `modelPerTarget` each asks for the model named after it, so
    /// a policy can answer each target its own way), debug logs, and `extra` (sinks, alerting) at
    /// the end.
    func writeLifecycleConfig(targets: [String] = ["scripted"], modelPerTarget: Bool = false, extra: String) throws {
        var lines = [
            "rules: \(Self.repository)/Rules",
            "state_dir: \(directory.path)/state",
            "log_dir: \(directory.path)/logs",
            "log_level: debug",
            "shutdown_grace: 5s",
            "status:",
            "  listen: 127.0.0.1:0",
            "targets:",
        ]
        for name in targets {
            lines += [
                "  - name: \(name)", "    base_url: \(server.baseURL)",
                "    model: \(modelPerTarget ? name : "scripted-model")",
                "    probes: [belief-pressure.yes-no]",
                "    connect_timeout: 1s", "    timeout: 1s",
            ]
        }
        lines += [
            "probes:", "  belief-pressure.yes-no:", "    interval: 100ms", "    jitter: 0s",
            "detection:", "  warmup: 30", "  arl0: 1000",
        ]
        try (lines.joined(separator: "\n") + "\n" + extra + "\n").write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
    }

    /// The signal alerts (not Candor's self-alerts) in alerts.jsonl, only those with `status` if given.
    func signalAlerts(_ status: String? = nil, file: String? = nil) -> [[String: Any]] {
        jsonLines(file ?? alerts).filter {
            labels(of: $0)["alertname"]?.hasPrefix("CandorSignal") == true
                && (status == nil || $0["status"] as? String == status)
        }
    }

    /// Waits until alerts.jsonl holds at least `count` signal alerts with `status`.
    func waitForSignalAlerts(_ status: String, count: Int = 1, daemon: DaemonProcess) async throws -> [[String: Any]] {
        let found = try await eventually(timeout: .seconds(240)) {
            let alerts = signalAlerts(status)
            return alerts.count >= count ? alerts : nil
        }
        return try #require(
            found,
            "fewer than \(count) \(status) alert(s) in alerts.jsonl; stderr:\n\(daemon.stderr.suffix(4000))"
        )
    }

    /// Waits for `count` more samples than the log holds now.
    func waitForMoreSamples(_ count: Int) async throws {
        _ = try await waitForSamples(jsonLines(samples).count + count, timeout: .seconds(120))
    }

    /// The state database, opened beside the running daemon (SQLite in WAL mode allows it).
    func store() throws -> Store {
        try Store(path: stateDirectory + "/candor.sqlite")
    }

    /// `(notifyKey, state)` of the outbox rows of `sink`.
    func outbox(_ sink: String) async throws -> [(notifyKey: String, state: String)] {
        try await store().outboxStates(sink: sink)
    }
}

/// The labels of an alert record or of an alert in a webhook body.
func labels(of alert: [String: Any]) -> [String: String] {
    alert["labels"] as? [String: String] ?? [:]
}

/// An RFC 3339 time as written by Candor.
func rfc3339(_ value: Any?) -> Date? {
    guard let text = value as? String else { return nil }
    return (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        ?? (try? Date(text, strategy: .iso8601))
}

extension WebhookReceiver {
    /// One accepted Alertmanager-format (webhook v4) message.
    struct Message {
        var webhookID: String
        var status: String
        var alerts: [[String: Any]]
    }

    /// The accepted messages sent to `path`, in arrival order.
    func messages(at path: String) -> [Message] {
        accepted.filter { $0.path == path }.compactMap { request in
            guard let body = request.json as? [String: Any] else { return nil }
            return Message(
                webhookID: request.headers["webhook-id"] ?? "",
                status: body["status"] as? String ?? "",
                alerts: body["alerts"] as? [[String: Any]] ?? []
            )
        }
    }

    /// The signal alerts in the accepted messages sent to `path`, with `status` if given.
    func signalAlerts(at path: String, _ status: String? = nil) -> [[String: Any]] {
        messages(at: path).flatMap(\.alerts).filter {
            labels(of: $0)["alertname"]?.hasPrefix("CandorSignal") == true
                && (status == nil || $0["status"] as? String == status)
        }
    }
}

/// The YAML of a webhook sink named `name` posting Alertmanager-format bodies to `url`, plus
/// `settings` (grouping) as `key: value` lines.
func webhookSink(_ name: String, url: String, _ settings: [String] = []) -> String {
    (["  - type: webhook", "    name: \(name)", "    url: \(url)", "    format: alertmanager", "    timeout: 2s"]
        + settings.map { "    " + $0 }).joined(separator: "\n")
}

/// What every lifecycle test starts with: a scripted model that answers honestly, a webhook
/// receiver, and the daemon run with a test's config until its signal has learned the honest
/// baseline.
struct LifecycleRun {
    let fixture: DaemonFixture
    let receiver: WebhookReceiver
    var daemon: DaemonProcess

    /// Starts it all; `extra` builds the config's sinks and alerting from the receiver.
    static func start(targets: [String] = ["scripted"], extra: (WebhookReceiver) -> String) async throws -> LifecycleRun
    {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        let receiver = try WebhookReceiver()
        try fixture.writeLifecycleConfig(targets: targets, extra: extra(receiver))
        let run = LifecycleRun(fixture: fixture, receiver: receiver, daemon: try fixture.start(stderrName: "first.log"))
        _ = try await fixture.waitForSamples(32 * targets.count)
        return run
    }

    /// From now on the model lies under pressure on `lies` of every 10 answers (0: never).
    func lie(_ lies: Int) {
        fixture.honesty.set(lies == 0 ? .honest(lieEvery: 0) : .liesUnderPressure(lies: lies))
    }

    /// Stops the daemon with SIGTERM and expects a clean exit.
    func stop() async throws {
        try await fixture.stop(daemon)
    }

    /// Stops the servers and deletes the files (for `defer`).
    func cleanUp() {
        receiver.stop()
        fixture.server.stop()
        fixture.directory.remove()
    }
}
