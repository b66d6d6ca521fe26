import CandorAlerts
import CandorDaemon
import Foundation
import Testing

/// Candor's alerts about itself: each opens once and resolves once, also after a reload changed its static labels.
@Suite("Open self-alerts")
struct OpenSelfAlertsTests {
    static func spent(_ labels: [String: String] = [:], status: Alert.Status = .firing) -> Alert {
        var alert = Alert(
            about: "CandorTokenBudgetSpent",
            severity: "warning",
            summary: "budget spent",
            description: "",
            extraLabels: ["target": "paid"].merging(labels) { _, given in given },
            startsAt: Date(timeIntervalSince1970: 1_000)
        )
        if status == .resolved {
            alert.status = .resolved
            alert.endsAt = Date(timeIntervalSince1970: 2_000)
        }
        return alert
    }

    @Test("a repeat is not sent again; the resolution closes it once, with the open alert's id and start")
    func opensAndResolvesOnce() throws {
        let open = OpenSelfAlerts()
        let firing = try #require(open.admit(Self.spent()))
        #expect(open.admit(Self.spent()) == nil, "already open")
        let resolved = try #require(open.admit(Self.spent(status: .resolved)))
        #expect(resolved.id == firing.id && resolved.startsAt == firing.startsAt && resolved.status == .resolved)
        #expect(open.admit(Self.spent(status: .resolved)) == nil, "nothing open to resolve")
        #expect(open.firing.isEmpty)
    }

    @Test("a reload that changed the static labels between firing and resolving still resolves the open alert")
    func resolvesAcrossALabelChange() throws {
        let open = OpenSelfAlerts()
        let firing = try #require(open.admit(Self.spent(["env": "prod"])))
        // Another target's alert stays open.
        _ = try #require(open.admit(Self.spent(["target": "free"])))
        let resolved = try #require(open.admit(Self.spent(["env": "production"], status: .resolved)))
        #expect(resolved.fingerprint == firing.fingerprint && resolved.labels["env"] == "prod")
        #expect(open.firing.map { $0.labels["target"] } == ["free"])
    }
}
