import Testing

@testable import CandorDaemon

/// The daemon's plan for a target that cannot call tools: its probes with tools are left out and counted,
/// and the count is in the status line.
@Suite("Plan with a text-only target")
struct ToolTargetPlanTests {
    @Test("probes with tools are skipped for a tool_calls: false target, counted, and kept for the other")
    func skipped() throws {
        let fixture = try DaemonPlanFixture(
            targets: """
                  - {name: text-only, base_url: 'http://127.0.0.1:9/v1', model: m, tool_calls: false}
                  - {name: agent, base_url: 'http://127.0.0.1:9/v1', model: m}
                """
        )
        defer { fixture.directory.remove() }
        let plan = try fixture.plan()
        let skipped = plan.skippedWithoutTools
        #expect(skipped.count == 5 && skipped.allSatisfy { $0.target.name == "text-only" && !$0.probe.tools.isEmpty })
        #expect(!plan.assignments.contains { $0.target.name == "text-only" && !$0.probe.tools.isEmpty })
        #expect(plan.assignments.filter { $0.target.name == "agent" && !$0.probe.tools.isEmpty }.count == 5)
        #expect(
            plan.assignments.contains { $0.target.name == "text-only" && $0.probe.id == "agent-actions.confession" }
        )
        #expect(Daemon.summary(plan).hasSuffix("5 skipped (probes with tools on targets with tool_calls: false)"))
    }
}
