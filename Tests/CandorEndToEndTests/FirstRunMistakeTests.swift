import CandorTestSupport
import Foundation
import Testing

/// The mistakes of a first run that `candor check` and `candor status` must name plainly: a key
/// variable that is not set, a target nothing watches, a rules path that does not exist, and a
/// status query with no daemon running.
@Suite("First-run mistakes")
struct FirstRunMistakeTests {
    let cli = CommandLineTests()

    /// Writes `config` to `candor.yaml` in `directory` and runs `candor check` on it.
    func check(
        _ config: String,
        in directory: TemporaryDirectory,
        environment: [String: String] = [:]
    ) async throws -> (status: Int32, stdout: String, stderr: String) {
        let path = directory.file("candor.yaml")
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        return try await cli.run(["check", "--config", path], in: directory, environment: environment)
    }

    /// A config with one target whose extra lines are `target`, and `rules` as its rules path.
    static func config(target: String, rules: String = "\(DaemonFixture.repository)/Rules") -> String {
        """
        rules:
          - \(rules)
        state_dir: state
        log_dir: logs
        targets:
          - name: prod
            base_url: http://127.0.0.1:1/v1
            model: m
        \(target)
        """
    }

    @Test("check fails on an API-key variable that is not set, at the line that names it, and passes once it is")
    func unsetKeyVariable() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let variable = "CANDOR_TEST_KEY_\(UInt32.random(in: 0...UInt32.max))"
        let config = Self.config(target: "    api_key_env: \(variable)")
        let unset = try await check(config, in: directory)
        #expect(unset.status == 1)
        #expect(
            unset.stderr.contains(
                "candor.yaml:9:18: target prod: the environment variable \(variable) (api_key_env) is not set"
            ),
            "\(unset.stderr)"
        )
        let set = try await check(config, in: directory, environment: [variable: "sk-test"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(!set.stdout.contains("sk-test") && !set.stderr.contains("sk-test"))
    }

    @Test("check fails on a target no probe is scheduled for, at the target")
    func targetWithoutProbes() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try await check(Self.config(target: "    probes: []"), in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("candor.yaml:6:5: target prod: no probe is scheduled for it"),
            "\(result.stderr)"
        )
    }

    @Test("check fails on a rules path that does not exist, at the config line that names it")
    func missingRulesPath() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try await check(Self.config(target: "", rules: "packs-not-here"), in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "candor.yaml:2:5: rules: \(directory.path)/packs-not-here: no such file or directory"
            ),
            "\(result.stderr)"
        )
    }

    @Test("status with no daemon running says so, with exit status 3 and no usage line")
    func statusWithoutDaemon() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let port = try LoopbackPort.free()
        let path = directory.file("candor.yaml")
        try (Self.config(target: "") + "\nstatus:\n  listen: 127.0.0.1:\(port)\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try await cli.run(["status", "--config", path], in: directory)
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("candor is not running: nothing answers at http://127.0.0.1:\(port)"),
            "\(result.stderr)"
        )
        #expect(!result.stderr.contains("Usage:"), "\(result.stderr)")
    }
}
