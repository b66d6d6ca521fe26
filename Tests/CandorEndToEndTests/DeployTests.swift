import CandorTestSupport
import Foundation
import Testing

/// The systemd unit and sysusers file in Deploy/, checked by systemd's own offline tools.
@Suite("Deploy: systemd unit")
struct DeployTests {
    static let deploy = DaemonFixture.repository + "/Deploy"

    /// Runs `tool ARGUMENTS` (in `environment`, or this process's) and returns its exit status and combined output.
    func run(
        _ tool: String,
        _ arguments: [String],
        in directory: String,
        environment: [String: String]? = nil
    ) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The unit with its binary paths pointing at the candor that the tests built
    /// (`systemd-analyze verify` checks that ExecStart's binary exists).
    func unitUnderTest(_ directory: TemporaryDirectory) throws -> String {
        let unit = try String(contentsOfFile: Self.deploy + "/candor.service", encoding: .utf8)
            .replacingOccurrences(of: "/usr/bin/candor", with: try DaemonProcess.executable)
        let path = directory.file("candor.service")
        try unit.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("systemd-analyze verify accepts the unit without a single warning")
    func verify() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try unitUnderTest(directory)
        let (status, output) = try run("/usr/bin/systemd-analyze", ["verify", path], in: directory.path)
        #expect(status == 0)
        #expect(output.isEmpty, "systemd-analyze verify printed:\n\(output)")
        let unit = try String(contentsOfFile: path, encoding: .utf8)
        for setting in [
            "Type=notify", "ExecReload=/bin/kill -HUP $MAINPID", "WatchdogSec=", "Restart=on-failure", "User=candor",
            "StateDirectory=candor", "LogsDirectory=candor", "ConfigurationDirectory=candor", "LoadCredential=",
        ] {
            #expect(unit.contains(setting), "the unit sets \(setting)")
        }
    }

    @Test("systemd-analyze security rates the unit's exposure 2.0 or lower")
    func security() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try unitUnderTest(directory)
        let (status, output) = try run(
            "/usr/bin/systemd-analyze",
            ["security", "--offline=yes", "--threshold=20", path],
            in: directory.path
        )
        #expect(status == 0, "exposure above 2.0:\n\(output.suffix(400))")
        #expect(output.contains("Overall exposure level for candor.service"))
    }

    @Test("systemd-sysusers creates the candor user from the sysusers file")
    func sysusers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path + "/etc", withIntermediateDirectories: true)
        let (status, output) = try run(
            "/usr/bin/systemd-sysusers",
            ["--root=\(directory.path)", Self.deploy + "/candor.sysusers"],
            in: directory.path
        )
        #expect(status == 0, "\(output)")
        let passwd = try String(contentsOfFile: directory.path + "/etc/passwd", encoding: .utf8)
        #expect(passwd.contains("candor:x:"))
        #expect(passwd.contains("/usr/sbin/nologin"))
    }
}
