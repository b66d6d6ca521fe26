/// One metric family read at scrape time rather than kept in the registry: a view of state held elsewhere (the
/// signal board, the outbox, the guards, `/proc`), so a series goes away with what it shows and its labels never
/// go stale (Prometheus's "collector" pattern).
struct ScrapedFamily: Sendable {
    /// The family's type, as `# TYPE` names it.
    enum Kind: String, Sendable {
        /// A value that goes up and down.
        case gauge
        /// A count that only grows while the process lives.
        case counter
    }

    /// One series of the family.
    struct Sample: Sendable {
        /// Its labels, in order.
        var labels: [(String, String)]
        /// Its value.
        var value: Double
    }

    /// The full name, such as `candor_outbox_pending`.
    let name: String
    /// Its type.
    let kind: Kind
    /// The `# HELP` text.
    let help: String
    /// Its series so far.
    private(set) var samples: [Sample] = []

    /// An empty family.
    init(_ name: String, _ kind: Kind = .gauge, help: String) {
        self.name = name
        self.kind = kind
        self.help = help
    }

    /// Adds the series `labels` with `value`.
    mutating func add(_ value: Double, _ labels: [(String, String)] = []) {
        samples.append(Sample(labels: labels, value: value))
    }

    /// The family in the text exposition format (version 0.0.4); empty when it has no series, as the registry
    /// leaves out a family without one.
    var text: String {
        guard !samples.isEmpty else { return "" }
        var text = "# HELP \(name) \(help)\n# TYPE \(name) \(kind.rawValue)\n"
        for sample in samples {
            text += name
            if !sample.labels.isEmpty {
                text += "{" + sample.labels.map { "\($0)=\"\(Self.escape($1))\"" }.joined(separator: ",") + "}"
            }
            text += " \(Self.format(sample.value))\n"
        }
        return text
    }

    /// `value` as the text format writes it (`+Inf`, `-Inf`, `NaN`, else Swift's shortest round-trip form).
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A label value with backslash, double quote and line feed escaped, as the text format requires.
    static func escape(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
