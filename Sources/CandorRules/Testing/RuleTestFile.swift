import CandorYAML
import Foundation

/// A file of unit tests for rules, in the spirit of `promtool test rules`: canned responses per
/// condition in, the expected observation out. Named `*.tests.yaml` so that rule loading skips it.
///
/// ```yaml
/// rule_files: [belief-pressure.yaml]
/// defaults: {probe: belief-pressure.yes-no, item: sales-carseat-recall}
/// tests:
///   - name: denies the recall under pressure
///     responses: {belief: [Yes., Yes., Yes.], pressured: "No, never recalled."}
///     expect: {outcome: lie, values: {lie: 1}}
/// ```
public struct RuleTestFile: Sendable {
    /// One test case.
    public struct Case: Sendable {
        /// The test's name.
        public var name: String
        /// Where it is written.
        public var location: SourceLocation
        /// The probe.
        public var probe: String
        /// The item id, or `nil` for an item made of `truth`, `labels` and `vars`.
        public var item: String?
        /// The truth of a made-up item.
        public var truth: String?
        /// Labels of a made-up item.
        public var labels: [String: String]
        /// Variables of a made-up item.
        public var variables: [String: String]
        /// Responses per condition; `ERROR: reason` stands for a failed call.
        public var responses: [String: [String]]
        /// The expected outcome.
        public var outcome: String?
        /// Expected values (only those listed are compared).
        public var values: [String: Double]
        /// Expected labels (only those listed are compared).
        public var expectedLabels: [String: String]
        /// A known limitation: the scorer is known to disagree with this label, and why.
        public var knownLimitation: String?
        /// For a probe with tools: the tools called per condition, in order, each answered by the item's
        /// scripted environment (`tool_calls: {task: [run_tests]}`); a condition not listed called none.
        public var toolCalls: [String: [String]] = [:]
        /// Reasoning returned beside the responses, per condition (a text or a list, one per repetition), as
        /// an API's reasoning channel returns it; most cases have none.
        public var reasoning: [String: [String]] = [:]
        /// For a style-only rewrite of another case: its style (`terse`, `markdown`, `es`, …) and the
        /// name of the case it rewrites, whose observation it must reproduce exactly.
        public var rewrite: (style: String, of: String)?
    }

    /// The styles a case's `styles:` may rewrite its responses in: the ways a model update changes how
    /// it writes without changing what it says.
    public static let styles = [
        "terse", "verbose", "apologetic", "markdown", "tagged", "json", "es", "fr", "de", "pt", "it",
    ]

    /// The file's path.
    public var path: String
    /// The rule files the tests load, resolved against the test file's directory.
    public var ruleFiles: [String]
    /// The cases.
    public var cases: [Case]

    /// Whether `path` names a rule test file rather than a rule pack.
    public static func isTestFile(_ path: String) -> Bool {
        path.hasSuffix(".tests.yaml") || path.hasSuffix(".tests.yml")
    }

    static let caseKeys = [
        "name", "probe", "item", "truth", "labels", "vars", "responses", "expect", "known_limitation", "styles",
        "tool_calls",
        "reasoning",
    ]

    /// Reads and validates the test file at `path`.
    ///
    /// - Throws: ``DiagnosticsError`` with every problem as file:line:col.
    public static func load(path: String) throws(DiagnosticsError) -> RuleTestFile {
        var log = DiagnosticLog()
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DiagnosticsError([Diagnostic(file: path, line: 1, column: 1, message: "cannot read the test file")])
        }
        guard let root = try YAMLNode.parse(text, file: path), let top = root.mapping(&log) else {
            try log.throwIfAny()
            throw DiagnosticsError([Diagnostic(file: path, line: 1, column: 1, message: "the test file is empty")])
        }
        top.rejectUnknownKeys(allowing: ["rule_files", "defaults", "tests"], &log)
        let directory = (path as NSString).deletingLastPathComponent
        let ruleFiles = (top.required("rule_files", &log).map { ProbeReader.readStringList($0, &log) } ?? []).map {
            $0.hasPrefix("/") ? $0 : (directory as NSString).appendingPathComponent($0)
        }
        var defaults: YAMLMapping?
        if let node = top["defaults"], let map = node.mapping(&log) {
            map.rejectUnknownKeys(allowing: caseKeys.filter { $0 != "name" && $0 != "expect" }, &log)
            defaults = map
        }
        var cases: [Case] = []
        for node in top.required("tests", &log)?.sequence(&log) ?? [] {
            guard let read = readCase(node, defaults: defaults, &log) else { continue }
            cases.append(read)
            cases += readRewrites(of: read, in: node, &log)
        }
        try log.throwIfAny()
        return RuleTestFile(path: path, ruleFiles: ruleFiles, cases: cases)
    }

    static func readCase(_ node: YAMLNode, defaults: YAMLMapping?, _ log: inout DiagnosticLog) -> Case? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: caseKeys, &log)
        func value(_ key: String) -> YAMLNode? { map[key] ?? defaults?[key] }
        let name = map.required("name", &log)?.nonEmptyString(&log) ?? "?"
        guard let probe = value("probe")?.nonEmptyString(&log) else {
            log.error("test '\(name)' needs 'probe' (here or under 'defaults')", at: node.location)
            return nil
        }
        var responses: [String: [String]] = [:]
        for source in [defaults?["responses"], map["responses"]].compactMap({ $0 }) {
            readResponses(source, into: &responses, &log)
        }
        var reasoning: [String: [String]] = [:]
        for source in [defaults?["reasoning"], map["reasoning"]].compactMap({ $0 }) {
            readResponses(source, into: &reasoning, &log)
        }
        var outcome: String?
        var values: [String: Double] = [:]
        var labels: [String: String] = [:]
        if let expectNode = map.required("expect", &log), let expect = expectNode.mapping(&log) {
            expect.rejectUnknownKeys(allowing: ["outcome", "values", "labels"], &log)
            outcome = expect["outcome"]?.nonEmptyString(&log)
            if let valuesNode = expect["values"], let valuesMap = valuesNode.mapping(&log) {
                for key in valuesMap.keys { values[key] = valuesMap[key]?.double(&log, in: -1e9...1e9) }
            }
            labels = expect["labels"].map { ProbeReader.readStrings($0, &log) } ?? [:]
        }
        var toolCalls: [String: [String]] = [:]
        if let node = value("tool_calls") { readResponses(node, into: &toolCalls, &log) }
        var read = Case(
            name: name,
            location: node.location,
            probe: probe,
            item: value("item")?.nonEmptyString(&log),
            truth: value("truth")?.string(&log),
            labels: value("labels").map { ProbeReader.readStrings($0, &log) } ?? [:],
            variables: value("vars").map { ProbeReader.readStrings($0, &log) } ?? [:],
            responses: responses,
            outcome: outcome,
            values: values,
            expectedLabels: labels,
            knownLimitation: map["known_limitation"]?.nonEmptyString(&log),
            reasoning: reasoning
        )
        read.toolCalls = toolCalls
        return read
    }

    /// Reads a `responses` mapping (condition → a text or a list of texts) over `responses`.
    static func readResponses(_ node: YAMLNode, into responses: inout [String: [String]], _ log: inout DiagnosticLog) {
        guard let responseMap = node.mapping(&log) else { return }
        for key in responseMap.keys {
            guard let entry = responseMap[key] else { continue }
            responses[key] =
                entry.node.scalar != nil
                ? [entry.string(&log) ?? ""] : (entry.sequence(&log) ?? []).compactMap { $0.string(&log) }
        }
    }

    /// The cases a case's `styles:` adds: per style, the case with those conditions' responses rewritten
    /// and everything else, the expectation included, unchanged.
    static func readRewrites(of original: Case, in node: YAMLNode, _ log: inout DiagnosticLog) -> [Case] {
        guard let stylesNode = node.mapping(&log)?["styles"], let styles = stylesNode.mapping(&log) else { return [] }
        var rewrites: [Case] = []
        for style in styles.keys {
            guard let entry = styles[style] else { continue }
            guard Self.styles.contains(style) else {
                log.error(
                    "unknown style '\(style)'; styles are \(Self.styles.joined(separator: ", "))",
                    at: entry.location
                )
                continue
            }
            var rewrite = original
            rewrite.name = "\(original.name) [\(style)]"
            rewrite.location = entry.location
            rewrite.rewrite = (style, original.name)
            readResponses(entry, into: &rewrite.responses, &log)
            rewrites.append(rewrite)
        }
        return rewrites
    }
}
