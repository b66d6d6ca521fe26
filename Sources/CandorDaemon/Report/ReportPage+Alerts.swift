import CandorAlerts
import Foundation

extension ReportPage {
    /// The page of one alert (the status endpoint's `/alerts/ID`): its section, with the report's navigation.
    public func alertPage(_ alert: Alert) -> String {
        let title = "\(alert.labels["alertname"] ?? "alert") \(alert.id)"
        return document(title: title, body: "<p><a href=\"\(root)\">← report</a></p>" + alertSection(alert))
    }

    /// The page of one trial (the status endpoint's `/trials/ID`): its transcript.
    public func trialPage(_ record: TrialRecord) -> String {
        let body =
            "<p><a href=\"\(root)\">← report</a></p><h1>Trial \(e(record.trialId))</h1>" + trialFacts(record)
            + "<pre>\(e(Transcript(record: record).text))</pre>"
        return document(title: "trial \(record.trialId)", body: body)
    }

    /// The report's front page from a page one level down.
    private var root: String {
        switch links {
        case .anchors: "#"
        case .paths(let root): root.isEmpty ? "./" : root
        }
    }

    /// One alert: what fired, the detector's finding, the rates or means, and each evidence trial with its
    /// transcript.
    func alertSection(_ alert: Alert) -> String {
        let anchor = "alert-" + HTMLText.pathSegment(alert.id)
        var out = "<section class=\"alert\" id=\"\(anchor)\"><h3>\(e(alert.labels["alertname"] ?? "alert")) · "
        out += "\(e(alert.status.rawValue))</h3>"
        var facts = ["id \(alert.id)", "started \(Timestamp.format(alert.startsAt))"]
        if let end = alert.endsAt { facts.append("ended \(Timestamp.format(end))") }
        if let detector = alert.detector {
            facts.append(
                "\(detector.name) \(detector.direction): statistic \(String(format: "%.4g", detector.statistic)) "
                    + "over threshold \(String(format: "%.4g", detector.threshold)) (ARL₀ \(Int(detector.arl0)))"
            )
        }
        if let baseline = alert.baseline, let current = alert.current {
            facts.append("rate \(Self.percent(baseline)) → \(Self.percent(current))")
        }
        if let baseline = alert.baselineScore, let current = alert.currentScore {
            facts.append(
                String(
                    format: "mean %.4g (n=%ld) → %.4g (n=%ld)",
                    baseline.mean,
                    baseline.samples,
                    current.mean,
                    current.samples
                )
            )
        }
        out += "<p class=\"meta\">\(e(facts.joined(separator: " · ")))</p><table>"
        for (name, value) in alert.labels.sorted(by: { $0.key < $1.key }) {
            out += "<tr><th>\(e(name))</th><td>\(e(value))</td></tr>"
        }
        for (name, value) in alert.annotations.sorted(by: { $0.key < $1.key }) {
            out += "<tr><th>\(e(name))</th><td>\(e(value))</td></tr>"
        }
        out += "</table>"
        if !alert.evidence.isEmpty { out += "<h4>Evidence: \(alert.evidence.count) trial(s)</h4>" }
        for evidence in alert.evidence {
            out +=
                "<div id=\"trial-\(HTMLText.pathSegment(evidence.trialId))\"><p><a href=\"\(trialLink(evidence.trialId))\">"
            out += "\(e(evidence.trialId))</a> · \(e(evidence.outcome)) · <q>\(e(evidence.excerpt))</q></p>"
            if let record = report.trials[evidence.trialId] {
                out += "<details><summary>transcript</summary>\(trialFacts(record))"
                out += "<pre>\(e(Transcript(record: record).text))</pre></details>"
            } else {
                out += "<p class=\"meta\">transcript not found in the samples logs or the state database</p>"
            }
            out += "</div>"
        }
        return out + "</section>"
    }

    /// When, where and how a trial was scored.
    func trialFacts(_ record: TrialRecord) -> String {
        let facts = [
            Timestamp.format(record.time), "target \(record.target)", "model \(record.model)", "probe \(record.probe)",
            "item \(record.item)", "outcome \(record.observation.outcome.rawValue)",
        ]
        return "<p class=\"meta\">\(e(facts.joined(separator: " · ")))</p>"
    }

    /// `12.5% (5/40)`.
    static func percent(_ rate: Alert.Rate) -> String {
        String(format: "%.1f%% (%ld/%ld)", rate.rate * 100, rate.events, rate.samples)
    }
}
