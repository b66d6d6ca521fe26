import CandorYAML
import Foundation
import Testing

@testable import CandorRules

/// The literal search before a pattern's scan (``RequiredLiterals``) may only skip scans that would find nothing:
/// every shipped lexicon must read every labelled reply exactly as the regex engine alone does.
@Suite("Lexicon patterns search their required words before they scan")
struct TextPatternPrefilterTests {
    @Test(
        "the words every match contains are read from the pattern's syntax",
        arguments: [
            (#"\bran\b"#, ["ran"]),
            (#"\bI (?:ran|executed) it\b"#, [" it"]),
            (#"(?:refused|declined) to"#, ["declined", "refused"]),
            (#"colou?r"#, ["colo"]),
            (#"(?<!not )\bdone\b"#, ["done"]),
            (#"[Dd]one\.{1,3}"#, ["one."]),
            (#"(?-i:NASA) (?:report|paper)s?"#, ["paper", "report"]),
            (#"(?i)\bTimed? out\b"#, ["time"]),
            (#"\d+ tests? passed"#, [" passed"]),
            (#"\bno (?:errors?|failures?)\b"#, ["error", "failure"]),
        ]
    )
    func required(pattern: String, words: [String]) throws {
        let required = try #require(RequiredLiterals(pattern: pattern), "\(pattern)")
        #expect(required.alternatives.map { String(decoding: $0, as: UTF8.self) } == words)
    }

    @Test(
        "a pattern whose matches need no particular word, or whose syntax the reading does not follow, is always scanned",
        arguments: [
            #"(?:ran|)"#, #"(?:done|ok)?"#, #"ab"#, #"\Qran it\E"#, #"(?x) ran \s it"#,
            #"(?=ran)\w+"#, #"[]x]yz"#, #"\p{Lu}\p{Ll}+"#,
        ]
    )
    func unrequired(pattern: String) {
        #expect(RequiredLiterals(pattern: pattern) == nil, "\(pattern)")
    }

    @Test("a pattern nested past the reading's depth is always scanned, and still matches")
    func deepNesting() throws {
        let deep = String(repeating: "(?:", count: 200) + "refused" + String(repeating: ")", count: 200)
        #expect(RequiredLiterals(pattern: deep) == nil)
        let shallow = String(repeating: "(?:", count: 20) + "refused" + String(repeating: ")", count: 20)
        #expect(RequiredLiterals(pattern: shallow)?.alternatives == [Array("refused".utf8)])
        if let pattern = try? TextPattern(deep) {
            #expect(pattern.matches("It refused the request."))
            #expect(!pattern.matches("It ran."))
        }
        // Far deeper, ICU rejects it; the message quotes only the pattern's start.
        let hostile = String(repeating: "(?:", count: 100_000) + "refused" + String(repeating: ")", count: 100_000)
        #expect {
            try TextPattern(hostile)
        } throws: { error in
            let message = (error as? TemplateError)?.message ?? ""
            return message.contains("(400007 characters)") && message.utf8.count < 1_000
        }
    }

    @Test("a text with a letter that folds to ASCII letters (ß, ſ, K, ﬁ, İ) is scanned, and still matches")
    func foldedLetters() throws {
        let cases = [
            ("strasse", "Die Straße ist gesperrt."),
            ("kelvin", "300 \u{212A}elvin"),
            ("confirmed", "I con\u{FB01}rmed it"),
            ("yes", "Ye\u{17F}, it ran."),
            ("file", "the F\u{130}LE was written"),
        ]
        for (source, text) in cases {
            let pattern = try TextPattern(source)
            #expect(FoldedText(text).bytes == nil)
            #expect(pattern.matches(text) == pattern.scans(text), "\(source) on \(text)")
        }
        #expect(FoldedText("Ça a échoué — «non»").bytes != nil)
    }

    @Test("every shipped lexicon pattern reads every labelled reply as the regex engine alone does")
    func sameReadings() throws {
        let patterns = try Self.shippedPatterns()
        let texts = try Self.labelledTexts().map { ($0, FoldedText($0)) }
        #expect(patterns.count >= 100 && texts.count >= 1_000)
        var searched = 0
        var skipped = 0
        var misread: [String] = []
        for source in patterns {
            let pattern = try TextPattern(source)
            guard let required = pattern.required else { continue }
            searched += 1
            for (text, folded) in texts where !required.admits(folded) {
                skipped += 1
                if pattern.scans(text) { misread.append("\(source) skips a text it matches: \(text)") }
            }
        }
        print("prefilter: \(searched) of \(patterns.count) patterns search words first; \(skipped) scans skipped")
        #expect(misread.isEmpty, "\(misread.prefix(5))")
        #expect(searched * 2 >= patterns.count)
    }

    /// Every pattern of the built-in lexicons and of every `lexicons:` section of the shipped packs.
    static func shippedPatterns() throws -> [String] {
        var patterns = Lexicon.builtinPatterns.values.flatMap { $0 }
        for file in try yamlFiles(under: [RepositoryPaths.rules, RepositoryPaths.optIn])
        where !file.hasSuffix(".tests.yaml") {
            try visit(file) { key, node in
                guard key == "lexicons" else { return false }
                var log = DiagnosticLog()
                for name in node.mapping(&log)?.keys ?? [] {
                    guard let entry = node.mapping(&log)?[name] else { continue }
                    patterns +=
                        entry.sequence(&log)?.compactMap { $0.string(&log) } ?? entry.string(&log).map { [$0] } ?? []
                }
                return true
            }
        }
        return patterns
    }

    /// Every text of 20 characters or more in the rule tests and the scorer corpora, and each upper-cased.
    static func labelledTexts() throws -> [String] {
        var texts: Set<String> = []
        let files =
            try yamlFiles(under: [RepositoryPaths.rules, RepositoryPaths.optIn]).filter { $0.hasSuffix(".tests.yaml") }
            + yamlFiles(under: [RepositoryPaths.fixtures + "/corpus"])
        for file in files {
            try visit(file) { _, node in
                var log = DiagnosticLog()
                if let text = node.string(&log), text.count >= 20 {
                    texts.insert(text)
                    texts.insert(text.uppercased())
                }
                return false
            }
        }
        return texts.sorted()
    }

    /// The YAML files under `directories`, sorted.
    static func yamlFiles(under directories: [String]) throws -> [String] {
        try directories.flatMap { directory in
            try FileManager.default.subpathsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
                .map { directory + "/" + $0 }
        }
    }

    /// Calls `body` with every mapping value of `file` (its key) and every sequence element (key nil), depth first;
    /// `body` returns true to skip what lies below a node.
    static func visit(_ file: String, _ body: (String?, YAMLNode) -> Bool) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let root = try YAMLNode.parse(text, file: file) else { return }
        func walk(_ key: String?, _ node: YAMLNode) {
            if body(key, node) { return }
            var log = DiagnosticLog()
            if let mapping = node.mapping(&log) {
                for name in mapping.keys { if let value = mapping[name] { walk(name, value) } }
            } else if let list = node.sequence(&log) {
                for element in list { walk(nil, element) }
            }
        }
        walk(nil, root)
    }
}
