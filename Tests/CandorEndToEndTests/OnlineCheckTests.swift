import CandorTestSupport
import Foundation
import Testing

@Suite("candor check --online")
struct OnlineCheckTests {
    let cli = CommandLineTests()

    @Test("calls each target once: the live one answers, the unreachable one is named with what to check")
    func perTarget() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setPolicy { _ in .answer("OK", model: "m") }
        let closed = try LoopbackPort.free()
        let config = directory.file("candor.yaml")
        try """
        rules: \(DaemonFixture.repository)/Rules
        targets:
          - name: live
            base_url: \(server.baseURL)
            model: m
            api_key_env: CANDOR_ONLINE_KEY
          - name: down
            base_url: http://127.0.0.1:\(closed)/v1
            model: m
            connect_timeout: 1s
            timeout: 2s
            retry: {attempts: 1}
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await cli.run(
            ["check", "--online", "--config", config],
            in: directory,
            environment: ["CANDOR_ONLINE_KEY": "sk-online-secret-77"]
        )
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("ok: target live: answered in"), "\(result.stdout)")
        #expect(result.stderr.contains("error: target down:"), "\(result.stderr)")
        #expect(result.stderr.contains("check base_url, the network and any proxy"), "\(result.stderr)")
        #expect(result.stderr.contains("1 of 2 target(s) did not answer"))
        #expect(server.requests.filter { $0.toolNames.isEmpty }.count == 1, "one call to the live target")
        #expect(!(result.stdout + result.stderr).contains("sk-online-secret-77"))
    }

    @Test("a model name with terminal escapes from the endpoint is printed escaped")
    func escapedModelName() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setPolicy { _ in .answer("OK", model: "m\u{1B}[2J\u{7}") }
        let config = directory.file("candor.yaml")
        try """
        rules: \(DaemonFixture.repository)/Rules
        targets:
          - name: live
            base_url: \(server.baseURL)
            model: m
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await cli.run(["check", "--online", "--config", config], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("the endpoint names the model m\\u{1B}[2J\\u{7}"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
