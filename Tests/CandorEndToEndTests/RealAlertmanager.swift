import CandorTestSupport
import Foundation
import Testing

/// A real Alertmanager (Debian's `prometheus-alertmanager`) on a free loopback port, routing every
/// alert to a receiver that does nothing, its data and log (`am.log`) in a test's directory.
final class RealAlertmanager {
    let process = Process()
    /// Its port on 127.0.0.1.
    let port: Int

    /// Starts it; `webConfig` is the text of a `--web.config.file` (such as `basic_auth_users`).
    init(in directory: TemporaryDirectory, webConfig: String? = nil) throws {
        let binary = try #require(
            ["/usr/bin/prometheus-alertmanager", "/usr/bin/alertmanager"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "Alertmanager is missing: apt-get install prometheus-alertmanager"
        )
        port = try LoopbackPort.free()
        let config = directory.file("alertmanager.yml")
        try "route:\n  receiver: blackhole\nreceivers:\n  - name: blackhole\n".write(
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
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: directory.file("am.log"), contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: directory.file("am.log")))
        try process.run()
    }

    /// Stops it. Call it from a `defer`, which also keeps it alive until the test ends.
    func stop() {
        if process.isRunning { process.terminate() }
    }

    deinit { stop() }
}
