extension Alert {
    /// The alert's page under `externalURL` (Candor's `alerting.external_url`): `<external_url>/alerts/<id>`,
    /// written as `generatorURL` into Alertmanager bodies so a receiver links to the alert's evidence; empty
    /// when no external URL is configured (Alertmanager takes an empty one, not a relative one).
    public func generatorURL(externalURL: String) -> String {
        guard !externalURL.isEmpty else { return "" }
        let base = externalURL.hasSuffix("/") ? String(externalURL.dropLast()) : externalURL
        return "\(base)/alerts/\(id)"
    }
}
