import CandorAlerts
import CandorDaemon
import CandorTestSupport
import Foundation
import Testing

/// How `candor replay` and `candor detect` read their input, and what `candor check` finds that
/// `candor run` would refuse, in process.
@Suite("Reading replay and detect input; checking credentials")
struct InputReadingTests {
    static func lines(_ text: String) throws -> [String] {
        var reader = LineReader(bytes: Array(text.utf8), name: "t")
        var found: [String] = []
        while let line = try reader.next() { found.append(line) }
        return found
    }

    @Test("lines end at LF or CRLF; a last line without a newline counts; a CR inside a line stays")
    func lineEnds() throws {
        #expect(try Self.lines("a\r\nb\nc") == ["a", "b", "c"])
        #expect(try Self.lines("a\r\n\r\n") == ["a", ""])
        #expect(try Self.lines("a\rb\n\r") == ["a\rb", ""])
        #expect(try Self.lines("") == [])
    }

    @Test("a file's lines are read whole across chunk boundaries, the longest first")
    func longLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let long = String(repeating: "x", count: 3 * (1 << 20) + 17)
        let path = directory.file("long.txt")
        try (long + "\r\nshort\n" + long).write(toFile: path, atomically: true, encoding: .utf8)
        var reader = try LineReader(path: path)
        #expect(try reader.next() == long)
        #expect(try reader.next() == "short")
        #expect(try reader.next() == long)
        #expect(try reader.next() == nil)
        #expect(reader.lineNumber == 3)
    }

    @Test("detect's numbers accept CRLF and spaces, and a bad line stops the input with its number")
    func numbers() throws {
        var numbers = NumberLines(LineReader(bytes: Array("0\r\n 1 \r\n\r\n0.5\nlie\r\n1\n".utf8), name: "stdin"))
        #expect(try numbers.next() == 0)
        #expect(try numbers.next() == 1)
        #expect(try numbers.next() == 0.5)
        #expect(numbers.index == 2)
        do {
            _ = try numbers.next()
            Issue.record("'lie' was read as a number")
        } catch {
            #expect(error.description == "stdin:5: 'lie' is not a finite number")
        }
    }

    @Test("a log directory replays its rotated samples, compressed or not, oldest first, then samples.jsonl")
    func directory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let older = directory.file("samples-20260101T000000000Z.jsonl")
        let newer = directory.file("samples-20260102T000000000Z.jsonl")
        try "{}\n".write(toFile: older, atomically: true, encoding: .utf8)
        try Gzip.compress(older, to: older + ".gz")
        try "{}\r\n".write(toFile: newer, atomically: true, encoding: .utf8)
        try "\n{}\n".write(toFile: directory.file("samples.jsonl"), atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: directory.file("alerts.jsonl"), atomically: true, encoding: .utf8)
        let files = try SamplesLog.files(for: directory.path)
        #expect(files == [older + ".gz", newer, directory.file("samples.jsonl")])

        var problems: [String] = []
        for file in files {
            var log = try SamplesLog(path: file)
            while let entry = try log.next() {
                if case .malformed(let problem) = entry { problems.append("\(problem.file):\(problem.line ?? 0)") }
            }
        }
        #expect(problems == [older + ".gz:1", newer + ":1", directory.file("samples.jsonl") + ":2"])

        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        #expect(throws: InputError.self) { try SamplesLog.files(for: empty.path) }
        #expect(throws: InputError.self) { try LineReader(path: empty.path) }
    }

    static func config(_ targetKey: String, sinkKey: String) -> String {
        """
        rules: /nonexistent
        targets:
          - name: a
            base_url: http://127.0.0.1:1/v1
            model: m
            \(targetKey)
        sinks:
          - type: webhook
            url: http://127.0.0.1:1/hook
            \(sinkKey)
        """
    }

    @Test("check finds a missing key file and webhook secret at the lines that name them, and reads present ones")
    func credentials() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("candor.yaml")
        let missing = try Configuration.parse(
            Self.config("api_key_file: keys/absent", sinkKey: "secret_file: absent-secret"),
            file: file
        )
        let found = missing.credentialDiagnostics(environment: [:]).map(\.description)
        #expect(found.count == 2, "\(found)")
        #expect(
            found.first?.hasPrefix(
                "\(file):6:19: target a: cannot read the key file \(directory.path)/keys/absent (api_key_file)"
            ) == true
        )
        #expect(found.last?.hasPrefix("\(file):10:18: sink webhook:") == true, "\(found)")
        #expect(found.last?.contains("\(directory.path)/absent-secret (secret_file)") == true, "\(found)")

        try "key\n".write(toFile: directory.file("key"), atomically: true, encoding: .utf8)
        try "secret\n".write(toFile: directory.file("secret"), atomically: true, encoding: .utf8)
        let present = try Configuration.parse(
            Self.config("api_key_file: key", sinkKey: "secret_file: secret"),
            file: file
        )
        #expect(present.credentialDiagnostics(environment: [:]).isEmpty)

        let credential = try Configuration.parse(
            Self.config("api_key_credential: openai", sinkKey: "secret_env: HOOK_SECRET"),
            file: file
        )
        let unset = credential.credentialDiagnostics(environment: [:]).map(\.description)
        #expect(unset.count == 1, "a systemd credential is not checkable outside systemd: \(unset)")
        #expect(unset.first?.hasPrefix("\(file):10:17: sink webhook:") == true, "\(unset)")
        #expect(unset.first?.contains("the environment variable HOOK_SECRET (secret_env) is not set") == true)
        let service = ["HOOK_SECRET": "s3cret", "CREDENTIALS_DIRECTORY": directory.path]
        let inSystemd = credential.credentialDiagnostics(environment: service)
        #expect(inSystemd.map(\.description).first?.hasPrefix("\(file):6:25: target a: cannot read") == true)
        try "k".write(toFile: directory.file("openai"), atomically: true, encoding: .utf8)
        #expect(credential.credentialDiagnostics(environment: service).isEmpty)
    }

    @Test("check finds a missing status token_file at its line, and reads a present one")
    func statusTokenFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("candor.yaml")
        let text = Self.config("api_key_env: K", sinkKey: "secret_env: S") + "\nstatus:\n  token_file: status-token\n"
        let environment = ["K": "sk-test", "S": "s3cret"]
        let missing = try Configuration.parse(text, file: file).credentialDiagnostics(environment: environment)
        #expect(
            missing.map(\.description).first?.hasPrefix("\(file):12:15: status: cannot read the token file") == true,
            "\(missing)"
        )
        try "t0k3n\n".write(toFile: directory.file("status-token"), atomically: true, encoding: .utf8)
        #expect(try Configuration.parse(text, file: file).credentialDiagnostics(environment: environment).isEmpty)
    }
}

extension InputReadingTests {
    @Test("a cron start past its field's range is a located error, not a trap")
    func cronStartOutOfRange() {
        let text =
            "rules: r\ntargets:\n  - {name: a, base_url: \"http://127.0.0.1:1\", model: m}\nprobes:\n  p: {cron: \"70/5 * * * *\"}\n"
        do {
            _ = try Configuration.parse(text, file: "c.yaml")
            Issue.record("minute 70 was accepted")
        } catch {
            #expect(
                error.description == "c.yaml:5:13: 'probes.p.cron': the minute field '70/5' is outside 0-59",
                "\(error)"
            )
        }
    }
}

extension InputReadingTests {
    @Test("a pinned baseline file that cannot be read is reported at the line that names it")
    func missingBaselineFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.file("candor.yaml")
        try """
        rules: \(DaemonFixture.repository)/Rules
        targets:
          - {name: a, base_url: "http://127.0.0.1:1/v1", model: m}
        detection:
          baseline_file: absent.json
        """.write(toFile: config, atomically: true, encoding: .utf8)
        do {
            _ = try Plan.check(configPath: config, environment: [:])
            Issue.record("a missing baseline file passed")
        } catch {
            #expect(
                error.diagnostics.map(\.description).first?.hasPrefix("\(config):5:18: detection.baseline_file:")
                    == true,
                "\(error)"
            )
        }
    }
}
