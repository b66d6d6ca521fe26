import CandorTestSupport
import Foundation
import Testing

/// `candor silence add|list|expire` and `candor status` against the real daemon, with the token
/// `candor run` generated into its state directory.
@Suite("candor silence")
struct SilenceCommandTests {
    let cli = CommandLineTests()

    @Test("add, list and expire a silence through the CLI with the generated token; the token survives a restart")
    func silenceLifecycle() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer { fixture.directory.remove() }
        var daemon = try fixture.start()
        _ = try await fixture.statusPort()
        let tokenPath = fixture.stateDirectory + "/status.token"
        let token = try String(contentsOfFile: tokenPath, encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: tokenPath)[.posixPermissions] as? Int
        #expect(mode == 0o600, "only the candor user may read the token")
        let config = ["--config", fixture.config]

        let added = try await cli.run(
            ["silence", "add"] + config + ["target=scripted", "probe=belief-pressure.yes-no", "--duration", "2h"]
                + ["--comment", "vendor incident"],
            in: fixture.directory
        )
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil, "add prints the id: \(added.stdout)")

        let tooLong = try await cli.run(
            ["silence", "add"] + config + ["target=scripted", "--duration", "1e400s"],
            in: fixture.directory
        )
        #expect(tooLong.status != 0 && tooLong.stderr.contains("HTTP 400"), "\(tooLong.stderr)")
        #expect(!tooLong.stderr.contains(token.trimmingCharacters(in: .whitespacesAndNewlines)))

        let listed = try await cli.run(["silence", "list"] + config, in: fixture.directory)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains(id) && listed.stdout.contains("probe=belief-pressure.yes-no target=scripted"))
        #expect(listed.stdout.contains("vendor incident"))

        // A restart reuses the token: the CLI keeps working, and the file is unchanged.
        try await fixture.stop(daemon)
        daemon = try fixture.start(stderrName: "second.log")
        _ = try await fixture.statusPort()
        #expect(try String(contentsOfFile: tokenPath, encoding: .utf8) == token)
        let expired = try await cli.run(["silence", "expire"] + config + [id], in: fixture.directory)
        #expect(expired.status == 0 && expired.stdout.contains("expired \(id)"), "\(expired.stderr)")
        let again = try await cli.run(["silence", "delete"] + config + [id], in: fixture.directory)
        #expect(again.status != 0 && again.stderr.contains("HTTP 404"), "\(again.stderr)")
        let empty = try await cli.run(["silence", "list"] + config, in: fixture.directory)
        #expect(empty.stdout.contains("no silences in force"), "\(empty.stdout)")
        let status = try await cli.run(["status"] + config, in: fixture.directory)
        #expect(status.status == 0 && status.stdout.contains("scripted / belief-pressure.yes-no"), "\(status.stderr)")

        try FileManager.default.removeItem(atPath: tokenPath)
        let withoutToken = try await cli.run(["silence", "add"] + config + ["target=scripted"], in: fixture.directory)
        #expect(withoutToken.status != 0 && withoutToken.stderr.contains(tokenPath), "\(withoutToken.stderr)")
        try await fixture.stop(daemon)
        let logs =
            try String(contentsOfFile: fixture.directory.file("stderr.log"), encoding: .utf8)
            + String(contentsOfFile: fixture.directory.file("second.log"), encoding: .utf8)
        #expect(!logs.contains(token.trimmingCharacters(in: .whitespacesAndNewlines)), "the token is never logged")
    }
}
