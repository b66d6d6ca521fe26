import CandorTestSupport
import Foundation
import Testing

/// The real `candor check`, `candor replay` and `candor detect` given the inputs that used to crash
/// or mislead them: each exits 1 with a located message, or reads the input as documented.
@Suite("candor check, replay and detect on bad input")
struct BadInputCommandTests {
    let cli = CommandLineTests()
    static let repository = DaemonFixture.repository

    /// A config with `extra` appended to its one target.
    static func config(_ extra: String) -> String {
        """
        rules: \(repository)/Rules
        targets:
          - name: a
            base_url: http://127.0.0.1:1/v1
            model: m
        \(extra)
        """
    }

    func check(_ bytes: [UInt8], in directory: TemporaryDirectory) async throws -> (status: Int32, stderr: String) {
        let path = directory.file("candor.yaml")
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let result = try await cli.run(["check", "--config", path], in: directory)
        return (result.status, result.stderr)
    }

    @Test("check exits 1 with the line, column, key and range of a duration of 10^17 s, not a crash")
    func hugeDuration() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try await check(Array(Self.config("    timeout: 100000000000000000s").utf8), in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "candor.yaml:6:14: 'targets[0].timeout' must be a duration between 10ms and 36525d (100 years), "
                    + "found '100000000000000000s'"
            ),
            "\(result.stderr)"
        )
    }

    @Test("check places a NUL byte and a duplicate key where they are, and says a file is not UTF-8")
    func badBytes() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let nul = try await check(Array(Self.config("    timeout: 5\u{0}s").utf8), in: directory)
        #expect(nul.status == 1)
        #expect(
            nul.stderr.contains("candor.yaml:6:15: not valid YAML: control characters are not allowed"),
            "\(nul.stderr)"
        )

        let duplicate = try await check(Array(Self.config("    model: n").utf8), in: directory)
        #expect(duplicate.status == 1)
        #expect(
            duplicate.stderr.contains("candor.yaml:6:5: duplicate key 'model' (first defined at line 5); remove one"),
            "\(duplicate.stderr)"
        )

        let latin1 = try await check(Array(Self.config("    # caf").utf8) + [0xE9, 0x0A], in: directory)
        #expect(latin1.status == 1)
        #expect(
            latin1.stderr.contains("candor.yaml:6:10: the config file is not valid UTF-8 at byte"),
            "\(latin1.stderr)"
        )

        let unreadable = try await cli.run(["check", "--config", directory.path], in: directory)
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("cannot read the config file: it is a directory"), "\(unreadable.stderr)")

        let endless = try await cli.run(["check", "--config", "/dev/zero"], in: directory)
        #expect(endless.status == 1)
        #expect(endless.stderr.contains("/dev/zero:1:1: cannot read the config file: it is larger than 64 MiB"))
    }

    @Test("check fails on a key file that run could not read, at the line that names it")
    func missingKeyFile() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try await check(Array(Self.config("    api_key_file: absent.key").utf8), in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "candor.yaml:6:19: target a: cannot read the key file \(directory.path)/absent.key (api_key_file)"
            ),
            "\(result.stderr)"
        )
    }

    @Test("replay reads a log directory, skips a malformed line naming it, and refuses a missing path")
    func replayDirectory() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = Self.repository + "/Deploy/examples/openai-compatible.yaml"
        try "not json\r\n\n".write(toFile: directory.file("samples.jsonl"), atomically: true, encoding: .utf8)
        let result = try await cli.run(["replay", "--config", config, directory.path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(directory.file("samples.jsonl")):1: not a candor.sample/v1 record"))
        #expect(result.stderr.contains("replayed 0 trial(s): 0 alert notification(s); 1 unreadable line(s) skipped"))

        let missing = try await cli.run(["replay", "--config", config, directory.file("absent")], in: directory)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("\(directory.file("absent")): no such file or directory"), "\(missing.stderr)")
    }

    @Test("detect reads CRLF input")
    func detectCRLF() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let stream = Array(repeating: "0", count: 300) + Array(repeating: "1", count: 60)
        let result = try await cli.run(
            ["detect", "--p0", "0.05"],
            in: directory,
            stdin: stream.joined(separator: "\r\n") + "\r\n"
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains { Int($0).map { $0 >= 300 } == true }, "\(result.stdout)")
    }

    @Test("a reload with a duration of 10^17 s is refused with its location, and the daemon keeps sampling")
    func reloadHugeDuration() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(3)

        try fixture.writeConfig(interval: "100000000000000000s")
        daemon.send(SIGHUP)
        let rejected = try await eventually(timeout: .seconds(40)) {
            daemon.stderr.contains("reload rejected: \(fixture.config):") ? true : nil
        }
        #expect(rejected == true, "stderr:\n\(daemon.stderr)")
        #expect(
            daemon.stderr.contains(
                "'probes.belief-pressure.yes-no.interval' must be a duration between 100ms and 36525d"
            ),
            "stderr:\n\(daemon.stderr)"
        )
        let before = jsonLines(fixture.samples).count
        // Throws (fails the test) if the daemon stopped sampling after the rejected reload.
        _ = try await fixture.waitForSamples(before + 3)
        try await fixture.stop(daemon)
        fixture.server.stop()
    }
}
