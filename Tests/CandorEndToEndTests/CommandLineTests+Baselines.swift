import CandorTestSupport
import Foundation
import Testing

extension CommandLineTests {
    /// Runs `candor baseline export` for `config` into `output`, as a user does, and returns the file's entries.
    func exportBaselines(
        config: String,
        to output: String,
        in directory: TemporaryDirectory
    ) async throws -> [[String: Any]] {
        let export = try await run(["baseline", "export", "--config", config, "--output", output], in: directory)
        #expect(export.status == 0, "\(export.stderr)")
        let file = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        )
        #expect(file["schema"] as? String == "candor.baselines/v1")
        return try #require(file["baselines"] as? [[String: Any]])
    }
}
