import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// `candor check` and `candor run` read every credential by one set of rules, so a value that the
/// daemon would refuse at start is reported by `check` at the line that names it, and none of the
/// messages shows the value.
@Suite("credential rules")
struct CredentialRulesTests {
    static func configuration(in directory: TemporaryDirectory) throws -> Configuration {
        try Configuration.parse(
            """
            rules: rules.d
            state_dir: \(directory.path)
            targets:
              - {name: t, base_url: 'http://127.0.0.1:1/v1', model: m, api_key_file: key}
            sinks:
              - {type: webhook, name: hook, url: 'http://127.0.0.1:1/hook', secret_file: secret}
            status: {listen: '127.0.0.1:0', token_file: token}
            """,
            file: directory.file("candor.yaml")
        )
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("a status token with a space inside is refused by check at its line and by the daemon alike")
    func statusToken() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.write("sk-live-key\n", to: directory.file("key"))
        try Self.write("signing secret with spaces\n", to: directory.file("secret"))
        try Self.write("half token\n", to: directory.file("token"))
        let configuration = try Self.configuration(in: directory)

        let problems = Credentials.uses(of: configuration).compactMap { $0.problem(environment: [:]) }
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.line == 7)
        #expect(problem.message.contains("visible ASCII"))
        #expect(!problem.message.contains("half token"))

        let refused = try #require(throws: ConfigurationError.self) {
            try StatusToken.forServer(configuration, environment: [:])
        }
        #expect(refused.message.contains(directory.file("token")))
        #expect(refused.message.contains("visible ASCII"))
        #expect(!refused.message.contains("half token"))
    }

    @Test(
        "an API key with a control character inside is refused; a signing secret may hold spaces, not control characters"
    )
    func controlCharacters() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.write("sk-live\u{7}key\n", to: directory.file("key"))
        try Self.write("signing\u{1B}secret\n", to: directory.file("secret"))
        try Self.write("0123abcd\n", to: directory.file("token"))
        let configuration = try Self.configuration(in: directory)

        let problems = Credentials.uses(of: configuration).compactMap { $0.problem(environment: [:]) }
        #expect(problems.map(\.line) == [4, 6])
        #expect(problems.first?.message.contains("visible ASCII") == true)
        #expect(problems.last?.message.contains("control character") == true)
        #expect(try StatusToken.forServer(configuration, environment: [:]).token.revealed == "0123abcd")
    }
}
