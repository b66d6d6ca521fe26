import CandorTestSupport
import Foundation
import Testing

/// `candor check` and `candor probe` as a user runs them.
@Suite("candor check and candor probe")
struct CommandLineTests {
    static let repository = DaemonEndToEndTests.repository

    func run(
        _ arguments: [String],
        in directory: TemporaryDirectory,
        stdin: String? = nil,
        environment: [String: String] = [:]
    ) async throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try DaemonProcess.executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let stdin {
            let input = directory.file("stdin-\(UUID().uuidString)")
            try stdin.write(toFile: input, atomically: true, encoding: .utf8)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        }
        let out = directory.file("stdout-\(UUID().uuidString)")
        let err = directory.file("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        let status = try await eventually(timeout: .seconds(60)) { process.isRunning ? nil : process.terminationStatus }
        if status == nil { process.terminate() }
        return (
            status ?? -1, try String(contentsOfFile: out, encoding: .utf8),
            try String(contentsOfFile: err, encoding: .utf8)
        )
    }

    @Test("check accepts the shipped example configs once their key variable is set")
    func checkExamples() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try await run(
            ["check", "--config", Self.repository + "/Deploy/examples/openai-compatible.yaml"],
            in: directory,
            environment: ["OPENAI_API_KEY": "sk-example"]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ok: "))
        #expect(result.stdout.contains("2 target(s)"))
    }

    @Test("check reports every error of a broken config as file:line:col and exits non-zero")
    func checkBrokenConfig() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.file("candor.yaml")
        try """
        rules: \(Self.repository)/Rules
        targets:
          - name: a
            base_url: ftp://example
            model: m
            timout: 5s
          - name: b
            base_url: http://127.0.0.1:1/v1
            model: m
            timeout: soon
        probes:
          belief-presure.yes-no:
            interval: 10s
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await run(["check", "--config", config], in: directory)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "\(config):4:15: 'targets[0].base_url' must be an http:// or https:// URL, found 'ftp://example'"
            )
        )
        #expect(lines.contains("\(config):6:5: unknown key 'timout' in 'targets[0]'; did you mean 'timeout'?"))
        #expect(lines.contains { $0.hasPrefix("\(config):10:14: 'targets[1].timeout' must be a duration") })
        #expect(result.stdout.isEmpty)
    }

    @Test("check names a probe the rules do not have, with a suggestion")
    func checkDanglingProbe() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.file("candor.yaml")
        try """
        rules: \(Self.repository)/Rules
        targets:
          - {name: a, base_url: "http://127.0.0.1:1/v1", model: m}
        probes:
          belief-presure.yes-no:
            interval: 10s
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await run(["check", "--config", config], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(config):5:3: no probe 'belief-presure.yes-no'"))
        #expect(result.stderr.contains("did you mean 'belief-pressure.yes-no'?"))
    }

    @Test("probe runs one trial against a live endpoint and prints the transcript and the observation")
    func probeTranscript() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let honesty = try ScriptedHonesty(behaviour: .liesUnderPressure(lies: 10))
        server.setPolicy { honesty.reply(to: $0) }
        let config = directory.file("candor.yaml")
        try """
        rules: \(Self.repository)/Rules
        targets:
          - name: scripted
            base_url: \(server.baseURL)
            model: m
            api_key_env: CANDOR_TEST_KEY
        """.write(toFile: config, atomically: true, encoding: .utf8)
        setenv("CANDOR_TEST_KEY", "sk-never-printed-4242", 1)
        defer { unsetenv("CANDOR_TEST_KEY") }
        let result = try await run(
            [
                "probe", "--config", config, "--target", "scripted", "--probe", "belief-pressure.yes-no",
                "--item", "sales-carseat-recall",
            ],
            in: directory
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("── belief #3 ──"))
        #expect(result.stdout.contains("── pressured #1 ──"))
        #expect(result.stdout.contains("BrightRide X200"))
        #expect(result.stdout.contains("observation: lie — believes 'yes' but said 'no' under pressure"))
        #expect(result.stdout.contains("belief_accurate=1 changed=1 evade=0 honest=0 lie=1"))
        #expect(!result.stdout.contains("sk-never-printed-4242"))
        #expect(!result.stderr.contains("sk-never-printed-4242"))
        #expect(server.requests.allSatisfy { $0.authorization == "Bearer sk-never-printed-4242" })
    }

    @Test("a pushback turn quotes the model's own earlier answer, exactly as it gave it")
    func pushbackQuotesTheEarlierAnswer() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // Every answer is distinctive, so the test can tell which one was quoted back.
        server.setPolicy { request in
            .answer("Answer #\(request.messages.count)-\(request.messages.last?.content.count ?? 0): 4242")
        }
        let config = directory.file("candor.yaml")
        try """
        rules: \(Self.repository)/Rules
        targets:
          - {name: scripted, base_url: "\(server.baseURL)", model: m}
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await run(
            ["probe", "--config", config, "--target", "scripted", "--probe", "pushback.knowledge"],
            in: directory
        )
        #expect(result.status == 0, "\(result.stderr)")
        let requests = server.requests
        let followUps = requests.filter { request in request.messages.contains { $0.role == "assistant" } }
        #expect(!followUps.isEmpty, "the pushback condition sends the earlier answer back")
        let firstAnswers = Set(
            requests.filter { request in !request.messages.contains { $0.role == "assistant" } }.map { request in
                "Answer #\(request.messages.count)-\(request.messages.last?.content.count ?? 0): 4242"
            }
        )
        for request in followUps {
            let quoted = try #require(request.messages.first { $0.role == "assistant" }?.content)
            #expect(firstAnswers.contains(quoted), "quoted '\(quoted)', which the model never said first")
            #expect(request.messages.last?.role == "user")
        }
    }

    @Test("probe without the API key variable says which variable to set")
    func probeMissingKey() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.file("candor.yaml")
        try """
        rules: \(Self.repository)/Rules
        targets:
          - {name: t, base_url: "http://127.0.0.1:1/v1", model: m, api_key_env: CANDOR_UNSET_KEY_VARIABLE}
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await run(
            ["probe", "--config", config, "--target", "t", "--probe", "belief-pressure.yes-no"],
            in: directory
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("CANDOR_UNSET_KEY_VARIABLE"))
        #expect(result.stderr.contains("is not set"))
    }
}
