import CandorYAML
import Testing

@testable import CandorDaemon

/// `connections_per_host`: sized from the targets on the busiest host unless set, and `candor check` warns when a
/// set value is below what the targets on a host may run at once.
@Suite("Connections per host")
struct ConnectionsPerHostTests {
    /// A config with `count` targets on one host and one elsewhere, and `extra` top-level lines.
    static func configuration(targets count: Int, extra: String = "") throws -> Configuration {
        let targets = (0..<count).map { "  - {name: t\($0), base_url: 'http://10.0.0.1:8000/v1', model: m}" }
        return try Configuration.parse(
            """
            rules: Rules
            \(extra)
            targets:
            \(targets.joined(separator: "\n"))
              - {name: other, base_url: 'https://api.example.com/v1', model: m, max_in_flight: 1}
            """,
            file: "/etc/candor/candor.yaml"
        )
    }

    @Test("unset, it fits every trial the targets on the busiest host may run at once, within 16 and 256")
    func sizedFromTargets() throws {
        #expect(try Self.configuration(targets: 3).effectiveConnectionsPerHost == 16)
        #expect(try Self.configuration(targets: 50).effectiveConnectionsPerHost == 50)
        #expect(try Self.configuration(targets: 40, extra: "trials_per_target: 2").effectiveConnectionsPerHost == 80)
        #expect(try Self.configuration(targets: 40, extra: "trials_per_target: 8").effectiveConnectionsPerHost == 160)
        #expect(try Self.configuration(targets: 300).effectiveConnectionsPerHost == 256)
    }

    @Test("a set value wins; below what a host needs, check warns at its line")
    func configured() throws {
        let configuration = try Self.configuration(targets: 50, extra: "connections_per_host: 20")
        #expect(configuration.effectiveConnectionsPerHost == 20)
        let warnings = configuration.connectionWarnings.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("candor.yaml:2:") == true)
        #expect(warnings.first?.contains("10.0.0.1:8000") == true)
        #expect(warnings.first?.contains("raise it to 50") == true)
        #expect(try Self.configuration(targets: 10, extra: "connections_per_host: 20").connectionWarnings.isEmpty)
    }

    @Test("a value out of range is an error at its line")
    func outOfRange() {
        #expect(throws: DiagnosticsError.self) {
            _ = try Self.configuration(targets: 1, extra: "connections_per_host: 0")
        }
    }
}
