import CandorTestSupport
import Foundation
import Testing

/// `Deploy/install.sh` as a packager or an operator with a prebuilt binary runs it: no Swift on the PATH.
@Suite("Deploy: install.sh")
struct InstallScriptTests {
    /// Runs install.sh with `arguments` and a PATH without Swift; its exit status and output.
    func install(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try DeployTests().run(
            "/bin/bash",
            [DeployTests.deploy + "/install.sh"] + arguments,
            in: "/",
            environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        )
    }

    @Test("installs a prebuilt binary without swift; the config is not world-readable, the credentials are root's")
    func prebuiltBinary() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = directory.file("root")
        let result = try install(["--prefix", root, "--binary", try DaemonProcess.executable])
        #expect(result.status == 0, "\(result.output)")
        #expect(FileManager.default.isExecutableFile(atPath: root + "/usr/local/bin/candor"))
        #expect(FileManager.default.fileExists(atPath: root + "/usr/share/candor/rules/belief-pressure"))
        let mode = { (path: String) in
            ((try? FileManager.default.attributesOfItem(atPath: root + path))?[.posixPermissions] as? Int) ?? -1
        }
        #expect(mode("/etc/candor/candor.yaml") == 0o640)
        #expect(mode("/etc/candor/credentials") == 0o700)
        let unit = try String(contentsOfFile: root + "/etc/systemd/system/candor.service", encoding: .utf8)
        #expect(unit.contains("LoadCredential=candor:/etc/candor/credentials"), "no credential file is required")
    }

    @Test("without a built binary and without swift, it says what to do instead of calling swift")
    func noBinary() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try install(["--prefix", directory.file("root"), "--binary", directory.file("absent")])
        #expect(result.status == 1)
        #expect(result.output.contains("no candor binary at \(directory.file("absent"))"), "\(result.output)")
        #expect(!result.output.contains("swift: command not found"))
    }
}
