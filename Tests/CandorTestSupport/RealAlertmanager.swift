import Foundation

/// A real Alertmanager (Debian's `prometheus-alertmanager`) on a free loopback port, routing
/// everything to a receiver that notifies nobody: the peer for tests and benchmarks of the
/// Alertmanager sink.
public final class RealAlertmanager: Sendable {
    /// Its port on 127.0.0.1.
    public let port: Int
    private let process: Process
    private let directory: TemporaryDirectory

    /// Its base URL.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Starts Alertmanager and waits (at most 30 s) until it answers; `webConfig` is the text of
    /// a `--web.config.file` (such as `basic_auth_users`, behind which it answers 401). With
    /// `webhook`, it groups alerts by `alertname` and notifies that URL of each group at once
    /// (`group_wait: 0s`, `group_interval: 1s`, resolutions included), as a receiver in production would be.
    ///
    /// - Throws: ``TestSupportError`` when the binary is missing or does not become ready.
    public init(webConfig: String? = nil, webhook: String? = nil) async throws {
        guard
            let binary = ["/usr/bin/prometheus-alertmanager", "/usr/bin/alertmanager"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            throw TestSupportError(
                code: .process,
                message: "Alertmanager is missing: apt-get install prometheus-alertmanager"
            )
        }
        directory = try TemporaryDirectory()
        port = try LoopbackPort.free()
        let config = directory.file("alertmanager.yml")
        let routing =
            webhook.map {
                """
                route:
                  receiver: test
                  group_by: [alertname]
                  group_wait: 0s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: test
                    webhook_configs:
                      - url: \($0)
                        send_resolved: true

                """
            } ?? "route:\n  receiver: blackhole\nreceivers:\n  - name: blackhole\n"
        try routing.write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        var arguments = [
            "--config.file=\(config)", "--storage.path=\(directory.file("data"))",
            "--web.listen-address=127.0.0.1:\(port)", "--cluster.listen-address=",
        ]
        if let webConfig {
            try webConfig.write(toFile: directory.file("web.yml"), atomically: true, encoding: .utf8)
            arguments.append("--web.config.file=\(directory.file("web.yml"))")
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let log = directory.file("alertmanager.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        for _ in 0..<150 {
            let status = HTTPRelay.exchange(method: "GET", path: "/-/ready", port: port).status
            if status == 200 || (webConfig != nil && status == 401) { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        stop()
        throw TestSupportError(code: .process, message: "Alertmanager did not become ready; see \(log)")
    }

    /// The alerts `GET /api/v2/alerts` lists (active, silenced and inhibited; not resolved), nil
    /// when Alertmanager does not answer.
    public func alerts() -> [[String: Any]]? {
        let answer = HTTPRelay.exchange(method: "GET", path: "/api/v2/alerts", port: port)
        guard answer.status == 200 else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(answer.body)) as? [[String: Any]]
    }

    /// Stops Alertmanager and deletes its files.
    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        directory.remove()
    }
}
