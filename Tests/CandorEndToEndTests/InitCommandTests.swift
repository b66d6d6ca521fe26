import CandorDaemon
import CandorTestSupport
import Foundation
import Testing

/// `candor init` as a new user runs it: one endpoint on the command line, a config that checks.
@Suite("candor init")
struct InitCommandTests {
    let cli = CommandLineTests()

    @Test("writes a config for the endpoint that check accepts, and keeps odd values as data")
    func starter() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("candor.yaml")
        let arguments = [
            "init", "--base-url", "http://127.0.0.1:1/v1?tenant=a", "--model", "gpt-4o-mini\" # injected: yes",
            "--api-key-env", "CANDOR_INIT_KEY", "--rules", DaemonFixture.repository + "/Rules", "--output", path,
        ]
        let result = try await cli.run(arguments, in: directory, environment: ["CANDOR_INIT_KEY": "sk-test"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(path)") && result.stdout.contains("probe schedule(s) on prod"))
        let configuration = try Configuration.load(path: path)
        #expect(configuration.targets.map(\.model) == ["gpt-4o-mini\" # injected: yes"])
        #expect(configuration.targets.first?.baseURL == "http://127.0.0.1:1/v1?tenant=a")

        let again = try await cli.run(arguments, in: directory, environment: ["CANDOR_INIT_KEY": "sk-test"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("\(path) exists; give another --output, or --force to replace it"))
    }

    @Test("refuses a URL that is not http(s) before writing anything")
    func badURL() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("candor.yaml")
        let result = try await cli.run(
            ["init", "--base-url", "ftp://models.example", "--model", "m", "--output", path],
            in: directory
        )
        #expect(result.status != 0)
        #expect(result.stderr.contains("--base-url must be an http or https URL with a host"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
