import Foundation
import Testing

/// The real `candor` binary, started as a child process the way systemd would start it.
final class DaemonProcess {
    let process = Process()
    let stderrFile: String

    /// The `candor` executable that `swift test` built next to the test bundle.
    static var executable: String {
        get throws {
            let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            var candidates = [bundleDirectory.appendingPathComponent("candor").path]
            // An .xctest bundle keeps its binary one or more levels down on some platforms.
            var directory = bundleDirectory
            for _ in 0..<4 {
                directory = directory.deletingLastPathComponent()
                candidates.append(directory.appendingPathComponent("candor").path)
            }
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw DaemonTestError("the candor binary was not built next to the tests (looked in \(candidates))")
            }
            return found
        }
    }

    /// Starts `candor ARGUMENTS`, with stderr captured in `stderrFile`.
    init(_ arguments: [String], stderrFile: String, environment: [String: String] = [:]) throws {
        self.stderrFile = stderrFile
        _ = FileManager.default.createFile(atPath: stderrFile, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Self.executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrFile))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    /// Sends `signal` to the daemon.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits up to `timeout` for the daemon to exit; returns its status, or nil if it is still running.
    func waitForExit(timeout: Duration) async throws -> Int32? {
        try await eventually(timeout: timeout) { self.process.isRunning ? nil : self.process.terminationStatus }
    }

    /// What the daemon wrote to stderr so far.
    var stderr: String {
        (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? ""
    }

    deinit {
        if process.isRunning {
            process.terminate()
        }
    }
}

struct DaemonTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 50 ms until it returns a value or `timeout` passes (then nil).
func eventually<T>(timeout: Duration, _ condition: () async throws -> T?) async throws -> T? {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if let value = try await condition() { return value }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// The JSON objects of a JSON Lines file (an absent file has none).
func jsonLines(_ path: String) -> [[String: Any]] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return jsonLines(text: text)
}

/// The JSON objects among the lines of `text`.
func jsonLines(text: String) -> [[String: Any]] {
    text.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
}
