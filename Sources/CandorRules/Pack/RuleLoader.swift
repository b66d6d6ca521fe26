import CandorYAML
import Crypto
import Foundation

/// Loads rule packs from files and directories and validates them as a whole: a pack with any
/// error never half-loads, and every error is reported at once as `file:line:col: message`.
public enum RuleLoader {
    /// The only pack format version this build reads.
    public static let supportedVersion = 1

    /// Loads every `*.yaml` / `*.yml` file under `paths` (files, or directories searched
    /// recursively, in name order).
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem in every file.
    public static func load(paths: [String]) throws(DiagnosticsError) -> RuleSet {
        var log = DiagnosticLog()
        var packs: [RulePack] = []
        for file in ruleFiles(paths, &log) {
            let data: Data
            do {
                data = try TextFile.contents(file, kind: "rule file")
            } catch {
                log.append(contentsOf: error.diagnostics)
                continue
            }
            if let pack = parsePack(data: data, file: file, &log) {
                packs.append(pack)
            }
        }
        checkUniqueProbeIDs(packs, &log)
        try log.throwIfAny()
        return RuleSet(packs: packs)
    }

    /// Parses one pack from `text`, as if read from `file`.
    ///
    /// - Throws: ``DiagnosticsError`` listing every problem.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> RulePack {
        var log = DiagnosticLog()
        let pack = parsePack(data: Data(text.utf8), file: file, &log)
        try log.throwIfAny()
        guard let pack else {
            throw DiagnosticsError([Diagnostic(file: file, line: 1, column: 1, message: "the rule file is empty")])
        }
        return pack
    }

    static func ruleFiles(_ paths: [String], _ log: inout DiagnosticLog) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                log.error("no such rule file or directory", at: .init(file: path, line: 1, column: 1))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !RuleTestFile.isTestFile($0) }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            files.append(contentsOf: found)
        }
        return files
    }

    static func parsePack(data: Data, file: String, _ log: inout DiagnosticLog) -> RulePack? {
        let text: String
        do {
            text = try TextFile.decode(data, file: file, kind: "rule file")
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
        let root: YAMLNode
        do {
            guard let parsed = try YAMLNode.parse(text, file: file) else {
                log.error(
                    "the rule file is empty; it needs 'version', 'pack' and 'probes'",
                    at: .init(file: file, line: 1, column: 1)
                )
                return nil
            }
            root = parsed
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
        guard let top = root.mapping(&log) else { return nil }
        top.rejectUnknownKeys(allowing: ["version", "pack", "lexicons", "probes"], &log)
        if let version = top.required("version", &log)?.int(&log, in: 0...Int.max), version != supportedVersion {
            log.error(
                "rule pack version \(version) is not supported; this build reads version \(supportedVersion)",
                at: top["version"]!.location
            )
        }
        let name = top.required("pack", &log)?.nonEmptyString(&log) ?? ""
        let lexicons = readLexicons(top["lexicons"], &log)
        var context = ProbeReader.Context(lexicons: lexicons, directory: (file as NSString).deletingLastPathComponent)
        var probes: [Probe] = []
        var seen: [String: SourceLocation] = [:]
        for node in top.required("probes", &log)?.sequence(&log) ?? [] {
            guard var probe = ProbeReader.read(node, context: &context, &log) else { continue }
            probe.location = node.location
            if let first = seen[probe.id] {
                log.error("duplicate probe id '\(probe.id)' (first defined at \(first))", at: node.location)
                continue
            }
            seen[probe.id] = node.location
            probes.append(probe)
        }
        var hasher = SHA256()
        hasher.update(data: data)
        for included in context.included { hasher.update(data: included) }
        let hash = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        for index in probes.indices { probes[index].packHash = hash }
        return RulePack(name: name, file: file, hash: hash, probes: probes)
    }

    /// The built-in lexicons, with the pack's own `lexicons:` (name → list of regexes) over them.
    static func readLexicons(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [String: Lexicon] {
        var lexicons = Lexicon.builtin
        guard let node, let map = node.mapping(&log) else { return lexicons }
        for name in map.keys {
            guard let listNode = map[name], let list = listNode.sequence(&log) else { continue }
            var patterns: [String] = []
            for entry in list {
                guard let pattern = entry.nonEmptyString(&log) else { continue }
                do {
                    _ = try TextPattern(pattern)
                    patterns.append(pattern)
                } catch {
                    log.error(
                        "lexicon '\(name)': \(error.message); check escaping (YAML single quotes keep backslashes)",
                        at: entry.location
                    )
                }
            }
            if patterns.isEmpty {
                log.error("lexicon '\(name)' needs at least one pattern", at: listNode.location)
                continue
            }
            if let lexicon = try? Lexicon(name: name, patterns: patterns) { lexicons[name] = lexicon }
        }
        return lexicons
    }

    private static func checkUniqueProbeIDs(_ packs: [RulePack], _ log: inout DiagnosticLog) {
        var owner: [String: String] = [:]
        for pack in packs {
            for probe in pack.probes {
                if let first = owner[probe.id] {
                    log.error(
                        "probe id '\(probe.id)' is also defined in \(first); probe ids must be unique across packs",
                        at: .init(file: pack.file, line: 1, column: 1)
                    )
                } else {
                    owner[probe.id] = pack.file
                }
            }
        }
    }
}
