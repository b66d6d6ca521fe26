import CandorTestSupport
import Foundation
import Testing

@Suite("A second daemon on one state directory")
struct SecondDaemonTests {
    @Test("is refused with the first one's PID, and the first keeps sampling")
    func refused() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer { fixture.directory.remove() }
        let first = try fixture.start()
        _ = try await fixture.waitForSamples(1)
        let second = try fixture.start(stderrName: "second.log")
        let status = try await second.waitForExit(timeout: .seconds(30))
        #expect(status == 1, "the second daemon exited with \(String(describing: status))")
        #expect(
            second.stderr.contains("another candor (PID \(first.process.processIdentifier)) is already running"),
            "\(second.stderr)"
        )
        let before = jsonLines(fixture.samples).count
        _ = try await fixture.waitForSamples(before + 1)
        try await fixture.stop(first)
    }
}
