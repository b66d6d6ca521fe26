import Foundation
import Testing

@testable import CandorDaemon

/// What is written about the metrics against what `/metrics` serves: the operations guide's table, the Grafana
/// dashboard and the Prometheus rules of `Deploy/monitoring/` name only metrics Candor emits.
@Suite("Metrics coverage")
struct MetricsCoverageTests {
    /// One row of the metrics table in `Docs/operations.md`.
    struct DocumentedMetric {
        var name: String
        var type: String
        var labels: Set<String>
    }

    static func repositoryFile(_ path: String) throws -> String {
        try String(contentsOfFile: DaemonPlanFixture.repository + "/" + path, encoding: .utf8)
    }

    /// The rows of the table under `### Metrics` in `Docs/operations.md`: `| `name` | type | labels | meaning |`,
    /// the labels comma-separated, each optionally followed by a parenthesised note.
    static func documented() throws -> [DocumentedMetric] {
        let guide = try repositoryFile("Docs/operations.md")
        let section = try #require(guide.range(of: "\n### Metrics\n"), "Docs/operations.md has no ### Metrics")
        var rows: [DocumentedMetric] = []
        for line in guide[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") else { continue }
            var labels = cells[3]
            while let open = labels.firstIndex(of: "("), let close = labels[open...].firstIndex(of: ")") {
                labels.removeSubrange(open...close)
            }
            rows.append(
                DocumentedMetric(
                    name: String(cells[1].dropFirst().dropLast()),
                    type: cells[2],
                    labels: Set(labels.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                )
            )
        }
        return rows
    }

    @Test("every metric the operations guide documents is emitted with its type and labels, and none is undocumented")
    func documentedMetricsEmitted() async throws {
        let scrape = try await MetricsScrape.shared.value
        let documented = try Self.documented()
        #expect(documented.count > 20, "the table was read: \(documented.map(\.name))")
        let families = scrape.families
        for metric in documented {
            #expect(families[metric.name] == metric.type, "\(metric.name) is documented as a \(metric.type)")
            let series = scrape.samples(metric.name) + scrape.samples(metric.name + "_bucket")
            for sample in series {
                let undocumented = Set(sample.labels.keys).subtracting(metric.labels).subtracting(["le"])
                #expect(undocumented.isEmpty, "\(metric.name) has labels the guide does not name: \(undocumented)")
            }
        }
        let names = Set(documented.map(\.name))
        for family in families.keys {
            #expect(names.contains(family), "\(family) is emitted but not in Docs/operations.md")
        }
    }

    @Test("every metric named in backticks anywhere in README.md and Docs/ is emitted")
    func metricsNamedInDocsEmitted() async throws {
        let scrape = try await MetricsScrape.shared.value
        let emitted = scrape.seriesNames.union(scrape.families.keys)
        let docs =
            try FileManager.default.contentsOfDirectory(atPath: DaemonPlanFixture.repository + "/Docs")
            .filter { $0.hasSuffix(".md") }.map { "Docs/" + $0 } + ["README.md"]
        var named = 0
        for path in docs {
            let text = try Self.repositoryFile(path)
            for match in text.matches(of: /`((?:candor|process)_[a-z][a-z0-9_]*)`/) {
                named += 1
                #expect(emitted.contains(String(match.1)), "\(path) names \(match.1), which Candor does not emit")
            }
        }
        #expect(named > 30)
    }

    @Test("the Grafana dashboard's queries name only metrics Candor emits")
    func dashboardNamesEmittedMetrics() async throws {
        let scrape = try await MetricsScrape.shared.value
        let dashboard = try Self.repositoryFile("Deploy/monitoring/candor-dashboard.json")
        let object = try JSONSerialization.jsonObject(with: Data(dashboard.utf8))
        var queries: [String] = []
        Self.collect(object, into: &queries)
        #expect(queries.count > 20, "the dashboard's expressions were found: \(queries)")
        let emitted = scrape.seriesNames
        for query in queries {
            let names = PromQLNames.metrics(in: query)
            #expect(!names.isEmpty, "no metric read from \(query)")
            for name in names {
                #expect(emitted.contains(name), "the dashboard queries \(name), which Candor does not emit: \(query)")
            }
        }
    }

    @Test("the Prometheus rules for Candor name only metrics Candor emits (and Prometheus's `up`)")
    func rulesNameEmittedMetrics() async throws {
        let scrape = try await MetricsScrape.shared.value
        let rules = try Self.repositoryFile("Deploy/monitoring/candor-rules.yml")
        let emitted = scrape.seriesNames.union(["up"])
        var expressions = 0
        // Each `expr:` is one line, or a `|` block of the lines indented deeper than it.
        let lines = rules.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            guard let range = line.range(of: "expr: ") else { continue }
            var expression = String(line[range.upperBound...])
            if expression == "|" {
                let indent = line.prefix { $0 == " " }.count
                expression = lines[(index + 1)...].prefix { $0.prefix { $0 == " " }.count > indent || $0.isEmpty }
                    .joined(separator: "\n")
            }
            expressions += 1
            let names = PromQLNames.metrics(in: expression)
            #expect(!names.isEmpty, "no metric read from \(expression)")
            for name in names {
                #expect(emitted.contains(name), "a rule queries \(name), which Candor does not emit: \(expression)")
            }
        }
        #expect(expressions == 8)
    }

    /// Every `expr` of the dashboard's panels and the `definition` of its query variables.
    static func collect(_ value: Any, into queries: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                if key == "expr" || key == "definition", let text = child as? String {
                    queries.append(text)
                } else {
                    collect(child, into: &queries)
                }
            }
        } else if let array = value as? [Any] {
            for child in array { collect(child, into: &queries) }
        }
    }
}

/// The metric names a PromQL expression reads: identifiers outside strings, label matchers, ranges and grouping
/// clauses that are neither functions, keywords nor Grafana variables.
enum PromQLNames {
    static let keywords: Set<String> = [
        "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
        "inf", "nan",
    ]

    static func metrics(in expression: String) -> Set<String> {
        var text = expression
        // Strings, then label matchers and ranges, then the label lists of grouping and matching clauses.
        for pattern in [#""(?:[^"\\]|\\.)*""#, #"\{[^}]*\}"#, #"\[[^\]]*\]"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        // Grafana's `label_values(metric, label)` reads the metric, not the label.
        text = text.replacingOccurrences(
            of: #"label_values\(([^,()]*),[^)]*\)"#,
            with: "$1",
            options: .regularExpression
        )
        text = text.replacingOccurrences(
            of: #"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)"#,
            with: " ",
            options: .regularExpression
        )
        var names: Set<String> = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "_" || scalar == "$" || (scalar.isASCII && scalar.properties.isAlphabetic) else {
                // Skip numbers whole, so 1e3 or 0.5 is no name.
                if scalar.properties.numericType != nil || scalar == "." {
                    while index < scalars.count,
                        scalars[index] == "." || scalars[index].properties.isAlphabetic
                            || scalars[index].properties.numericType != nil
                    {
                        index += 1
                    }
                } else {
                    index += 1
                }
                continue
            }
            var end = index + 1
            while end < scalars.count,
                scalars[end] == "_" || scalars[end] == ":"
                    || (scalars[end].isASCII
                        && (scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil))
            {
                end += 1
            }
            let word = String(String.UnicodeScalarView(scalars[index..<end]))
            var next = end
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\n" { next += 1 }
            let isCall = next < scalars.count && scalars[next] == "("
            if !isCall, !word.hasPrefix("$"), !keywords.contains(word) { names.insert(word) }
            index = end
        }
        return names
    }
}
