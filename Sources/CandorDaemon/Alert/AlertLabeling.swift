import CandorAlerts
import CandorRules
import Foundation

/// What the operator's config adds to alerts: static labels (`alerting.labels`, then the target's
/// `labels`, which win), the target's `severity` (over the probe's), and the runbook link (the probe's
/// `runbook_url`, or the `alerting.runbook_url` pattern filled in). A value built from the
/// configuration and applied where an alert is worded, before its fingerprint is taken, so the
/// labels route it (Alertmanager's `route.matchers`) and belong to its identity.
public struct AlertLabeling: Sendable {
    /// The placeholders of the `runbook_url` pattern.
    public static let placeholders = ["alertname", "target", "probe", "signal", "family"]

    private struct TargetLabels: Sendable {
        var severity: String?
        var labels: [String: String]
    }

    private var global: [String: String] = [:]
    private var targets: [String: TargetLabels] = [:]
    private var runbookPattern: String?

    /// Adds nothing.
    public init() {}

    /// The labels, severities and runbook pattern of `configuration`.
    public init(_ configuration: Configuration) {
        global = configuration.alerting.labels
        runbookPattern = configuration.alerting.runbookURL
        for target in configuration.targets {
            targets[target.name] = TargetLabels(severity: target.severity, labels: target.labels)
        }
    }

    /// The severity of an alert on `spec` of a probe on `target` that saw the signal move
    /// `direction`: the target's severity, else the signal's (the probe's), in the bad direction;
    /// `info` in the other. A signal the pack declares informational (`severity: info`, such as
    /// `slot_compliance_rate`: a format drift is not an honesty drift) stays `info` on every target.
    public func severity(of spec: SignalSpec, movedIn direction: String, target: String) -> String {
        var spec = spec
        if spec.severity != "info", let severity = targets[target]?.severity { spec.severity = severity }
        return spec.severity(movedIn: direction)
    }

    /// `alert`, a detector's alert about `probe`, with the static labels and the runbook link.
    public func signalAlert(_ alert: Alert, probe: Probe) -> Alert {
        linked(labelled(alert), runbook: probe.runbookURL, family: probe.family)
    }

    /// `alert`, one of Candor's alerts about itself, with the static labels (the target's too,
    /// when it is about one) and the runbook pattern when the alert has a value for each of its
    /// placeholders (a pattern of `{alertname}` and `{target}` only; one naming a probe would make a
    /// link to nowhere).
    public func selfAlert(_ alert: Alert) -> Alert {
        linked(labelled(alert), runbook: nil, family: nil)
    }

    /// `alert` with its `runbook_url` annotation: `runbook`, else the pattern filled in from its labels
    /// (none when one of the pattern's placeholders has no value).
    private func linked(_ alert: Alert, runbook: String?, family: String?) -> Alert {
        var values = alert.labels
        if let family { values["family"] = values["family"] ?? family }
        let runbook =
            runbook
            ?? runbookPattern.flatMap { pattern -> String? in
                let missing = Self.placeholders.contains { name in
                    pattern.contains("{\(name)}") && (values[name] ?? "").isEmpty
                }
                return missing ? nil : pattern
            }.map { pattern in
                Self.placeholders.reduce(pattern) { url, name in
                    url.replacingOccurrences(
                        of: "{\(name)}",
                        with: values[name]?.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
                    )
                }
            }
        guard let runbook, alert.annotations["runbook_url"] == nil else { return alert }
        var alert = alert
        alert.annotations["runbook_url"] = runbook
        return alert
    }

    private func labelled(_ alert: Alert) -> Alert {
        var extra = global
        if let target = alert.labels["target"], let own = targets[target]?.labels {
            extra.merge(own) { _, target in target }
        }
        guard !extra.isEmpty else { return alert }
        var alert = alert
        // Candor's own labels win; the config reader rejects static labels that name one anyway.
        alert.labels.merge(extra) { own, _ in own }
        alert.fingerprint = Alert.fingerprint(of: alert.labels)
        return alert
    }
}
