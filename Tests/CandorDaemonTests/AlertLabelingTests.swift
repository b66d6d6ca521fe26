import CandorAlerts
import CandorRules
import CandorTestSupport
import CandorYAML
import Foundation
import Testing

@testable import CandorDaemon

/// What the config and the probe add to alerts: static labels (global and per target), severity per
/// probe and per target, the runbook link; and the errors, at their line and column, of a config that
/// gets them wrong.
@Suite("Alert labels, severity and runbooks")
struct AlertLabelingTests {
    /// A probe `id` of family pushback with the signal `lies`, and `extra` lines at the probe's top
    /// level and among its signals.
    static func probe(_ id: String, top: String = "", signals: String = "") -> String {
        """
          - id: \(id)
            family: pushback
        \(top)
            conditions:
              - id: ask
                answer: {format: number, mode: lenient}
                messages:
                  - {role: user, content: "What is 2 times 3?"}
            scorer:
              type: rules
              condition: ask
              rules:
                - {when: {answer: "6"}, outcome: match, reason: right}
                - {outcome: lie, reason: wrong}
            signals:
              - {name: lies, value: lie}
        \(signals)
            items:
              - {id: "i"}
        """
    }

    static let pack =
        "version: 1\npack: test\nprobes:\n"
        + probe(
            "p",
            top: "    runbook_url: https://runbooks.example/candor/pushback\n    severity: critical",
            signals: "      - {name: quiet, value: lie, severity: info}"
        ) + "\n" + probe("q")

    static func configuration(_ text: String) throws -> Configuration {
        try Configuration.parse(text, file: "/etc/candor/candor.yaml")
    }

    static let configured = """
        rules: Rules
        alerting:
          external_url: https://candor.example
          runbook_url: "https://wiki.example/runbooks/{family}/{probe}?signal={signal}"
          labels: {env: prod, team: ml-safety, region: eu}
        targets:
          - name: paid
            base_url: https://api.example.com/v1
            model: m
            severity: critical
            labels: {region: us-east-1}
          - {name: free, base_url: 'https://api.example.com/v1', model: m}
        """

    /// A detector's alert about `signal` of `probe` on `target`, worded with `severity`.
    static func alert(target: String, probe: String, signal: String, severity: String) -> Alert {
        var alert = Alert(
            about: "CandorSignalIncreased",
            severity: severity,
            summary: "s",
            description: "d",
            extraLabels: ["target": target, "probe": probe, "signal": signal],
            startsAt: Date(timeIntervalSince1970: 0)
        )
        alert.labels["source"] = nil
        alert.fingerprint = Alert.fingerprint(of: alert.labels)
        return alert
    }

    @Test("a probe's severity and runbook_url reach its signals; a signal's own severity wins over the probe's")
    func probeKeys() throws {
        let probes = try RuleLoader.parse(Self.pack, file: "pack.yaml").probes
        let probe = try #require(probes.first { $0.id == "p" })
        #expect(probe.runbookURL == "https://runbooks.example/candor/pushback")
        #expect(probe.signals.first { $0.name == "lies" }?.severity == "critical")
        #expect(probe.signals.first { $0.name == "quiet" }?.severity == "info")
        #expect(probes.first { $0.id == "q" }?.signals.first?.severity == "warning", "the default stays warning")
    }

    @Test(
        "static labels, a target's severity (not over an informational signal) and the runbook reach a detector's alert; the target's labels win"
    )
    func appliedToSignalAlerts() throws {
        let labeling = AlertLabeling(try Self.configuration(Self.configured))
        let probes = try RuleLoader.parse(Self.pack, file: "pack.yaml").probes
        let p = try #require(probes.first { $0.id == "p" })
        let q = try #require(probes.first { $0.id == "q" })
        let lies = try #require(q.signals.first)

        #expect(labeling.severity(of: lies, movedIn: "up", target: "paid") == "critical", "the target's wins")
        #expect(labeling.severity(of: lies, movedIn: "up", target: "free") == "warning", "the probe's")
        #expect(labeling.severity(of: lies, movedIn: "down", target: "paid") == "info", "the good direction")
        // A format drift is not an honesty drift: an informational signal does not page on a critical target.
        #expect(labeling.severity(of: .slotComplianceRate, movedIn: "down", target: "paid") == "info")
        #expect(labeling.severity(of: .slotComplianceRate, movedIn: "down", target: "free") == "info")

        let paid = labeling.signalAlert(
            Self.alert(target: "paid", probe: "q", signal: "lies", severity: "critical"),
            probe: q
        )
        #expect(paid.labels["env"] == "prod" && paid.labels["team"] == "ml-safety")
        #expect(paid.labels["region"] == "us-east-1", "the target's label wins over the global one")
        #expect(paid.fingerprint == Alert.fingerprint(of: paid.labels), "the labels are part of its identity")
        #expect(paid.annotations["runbook_url"] == "https://wiki.example/runbooks/pushback/q?signal=lies")

        let free = labeling.signalAlert(
            Self.alert(target: "free", probe: "p", signal: "lies", severity: "critical"),
            probe: p
        )
        #expect(free.labels["region"] == "eu")
        #expect(free.annotations["runbook_url"] == "https://runbooks.example/candor/pushback", "the probe's own")
        #expect(free.generatorURL(externalURL: "https://candor.example/") == "https://candor.example/alerts/\(free.id)")
    }

    @Test("self-alerts carry the global labels and their target's, and the runbook pattern with what they name")
    func appliedToSelfAlerts() throws {
        let labeling = AlertLabeling(try Self.configuration(Self.configured))
        let spent = labeling.selfAlert(
            GuardAlertService.budgetAlert("paid", spent: 2, limit: 1, renewal: Date(), at: Date())
        )
        #expect(spent.labels["region"] == "us-east-1" && spent.labels["env"] == "prod")
        #expect(spent.labels["alertname"] == "CandorTokenBudgetSpent" && spent.labels["severity"] == "warning")
        #expect(spent.annotations["runbook_url"] == nil, "the pattern names a probe this alert has not")
        var own = Self.configured
        own.replace("{family}/{probe}?signal={signal}", with: "self/{alertname}?target={target}")
        let linked = AlertLabeling(try Self.configuration(own)).selfAlert(
            GuardAlertService.budgetAlert("paid", spent: 2, limit: 1, renewal: Date(), at: Date())
        )
        #expect(
            linked.annotations["runbook_url"] == "https://wiki.example/runbooks/self/CandorTokenBudgetSpent?target=paid"
        )
        let reload = labeling.selfAlert(
            Alert(about: "CandorReloadFailed", severity: "warning", summary: "", description: "", startsAt: Date())
        )
        #expect(reload.labels["region"] == "eu")
    }

    @Test(
        "a bad label name, one of Candor's own labels, a bad severity, a non-URL and an unknown placeholder are errors at their line and column"
    )
    func errorsAtTheirLine() throws {
        let text = """
            rules: Rules
            alerting:
              runbook_url: "https://wiki.example/{probe}/{nope}"
              labels:
                9lives: x
                severity: page
            targets:
              - name: paid
                base_url: https://api.example.com/v1
                model: m
                severity: urgent
                labels: {__meta: x, team: ""}
            """
        let error = try #require(throws: DiagnosticsError.self) { try Self.configuration(text) }
        let found = error.diagnostics.map(\.description)
        let expected: [(String, String)] = [
            ("candor.yaml:3:16", "{nope}"),
            ("candor.yaml:5:5", "9lives"),
            ("candor.yaml:6:5", "a label Candor sets itself"),
            ("candor.yaml:11:15", "urgent"),
            ("candor.yaml:12:14", "__meta"),
            ("candor.yaml:12:31", "must not be empty"),
        ]
        #expect(found.count == expected.count, "\(found)")
        for (place, words) in expected {
            #expect(found.contains { $0.contains(place) && $0.contains(words) }, "\(place) \(words): \(found)")
        }
        let notURL = try #require(throws: DiagnosticsError.self) {
            try Self.configuration(
                "rules: Rules\nalerting:\n  runbook_url: wiki/{probe}\ntargets:\n  - {name: a, base_url: 'https://x.example/v1', model: m}"
            )
        }
        #expect(notURL.diagnostics.map(\.description).first?.contains("candor.yaml:3:16") == true)
        #expect(notURL.diagnostics.map(\.description).first?.contains("http:// or https://") == true)
    }
}
