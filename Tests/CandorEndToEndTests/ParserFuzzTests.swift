import CandorAlerts
import CandorCore
import CandorProviders
import CandorRules
import CandorTestSupport
import CandorYAML
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// Mutated configs, rule packs, samples lines and `candor detect` input thrown at the parsers that
/// `candor check`, `candor replay` and `candor detect` use, in process: none may trap or hang,
/// and every error must point into the input (a line and column for configs and packs, a line
/// for samples and detect input). Seeded: a failure names the seed and case that reproduce it.
@Suite("Parser fuzz: configs, rule packs, samples and detect input")
struct ParserFuzzTests {
    static let repository = DaemonFixture.repository
    /// The cases' seed; `CANDOR_FUZZ_SEED` replaces it to explore other cases.
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["CANDOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x17_C0DE

    /// A config that sets every key that takes a number, a duration, a date or a size.
    static let fullConfig = """
        rules: ../Rules
        state_dir: state
        log_dir: logs
        shutdown_grace: 30s
        retention: 30d
        trials_per_target: 2
        status: {enabled: true, listen: "127.0.0.1:9464"}
        detection: {warmup: 500, arl0: 10000, evidence: 5, detector: bernoulli-cusum}
        targets:
          - name: a
            base_url: http://127.0.0.1:1/v1
            model: m
            api_key_file: keys/a
            connect_timeout: 250ms
            timeout: 1h30m
            low_speed_limit: 1024
            low_speed_time: 30s
            max_response_bytes: 1048576
            max_in_flight: 4
            retry: {attempts: 3, backoff: 500ms, max_backoff: 10s, max_retry_after: 2m}
            rate_limit: {requests_per_minute: 60, tokens_per_minute: 100000}
            daily_token_budget: 1000000
            circuit_breaker: {failures: 5, cooldown: 1m}
            logprobs: 5
            sampling: {temperature: 0.7, max_tokens: 96}
        probes:
          belief-pressure.yes-no: {interval: 5m, jitter: 30s}
          pushback.knowledge: {cron: "5/10 * * * *"}
        sinks:
          - {type: webhook, url: "http://127.0.0.1:1/hook", secret_file: hook-secret, timeout: 5s, group_wait: 30s}
          - {type: alertmanager, url: "http://127.0.0.1:9093", group_interval: 5m, repeat_interval: 4h}
        alerting:
          for: 10m
          keep_firing_for: 5m
          resolve_window: 50
          outbox: {max_pending: 10000, max_attempts: 12, min_backoff: 1s, max_backoff: 5m}
          silences:
            - {matchers: {target: a}, until: "2026-01-31T18:00:00Z", comment: maintenance}
        log_rotation: {max_bytes: 104857600, max_age: 1d, keep: 10, keep_for: 30d, compress: true}
        """

    /// Checks that every diagnostic about `file` lies within `text`: on one of its lines (as YAML
    /// counts them: LF, CR, CRLF, NEL, LS and PS end a line) and no further right than its end.
    static func expectLocated(_ diagnostics: [Diagnostic], in text: String, file: String, _ label: String) {
        #expect(!diagnostics.isEmpty, "\(label): an error without a diagnostic")
        let lines = text.split(omittingEmptySubsequences: false) {
            ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0)
        }
        for diagnostic in diagnostics where diagnostic.file == file {
            #expect((1...lines.count).contains(diagnostic.line), "\(label): \(diagnostic)")
            let length =
                lines.indices.contains(diagnostic.line - 1) ? lines[diagnostic.line - 1].unicodeScalars.count : 0
            #expect((1...length + 1).contains(diagnostic.column), "\(label): \(diagnostic)")
            #expect(!diagnostic.message.isEmpty, "\(label): \(diagnostic)")
        }
    }

    /// One case: `bytes` decoded as `kind` and read by `parse`, as `candor check` reads a file;
    /// the diagnostics, none if it was accepted.
    @discardableResult
    static func check(
        _ bytes: [UInt8],
        file: String,
        kind: String,
        _ label: String,
        parse: (String) throws(DiagnosticsError) -> Void
    ) -> [Diagnostic] {
        let text: String
        do {
            text = try TextFile.decode(Data(bytes), file: file, kind: kind)
        } catch {
            let invalid = TextFile.firstInvalidByte(in: Data(bytes)) ?? -1
            #expect(error.diagnostics.count == 1 && invalid >= 0, "\(label): \(error)")
            expectLocated(error.diagnostics, in: String(decoding: bytes, as: UTF8.self), file: file, label)
            return error.diagnostics
        }
        do {
            try parse(text)
            return []
        } catch {
            expectLocated(error.diagnostics, in: text, file: file, label)
            return error.diagnostics
        }
    }

    /// `input` mutated: byte edits, or (one case in three) an extreme number on a random line.
    static func mutated(_ input: String, _ mutator: inout FuzzMutator) -> [UInt8] {
        guard Int.random(in: 0..<3, using: &mutator) == 0 else { return mutator.mutate(input) }
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let numbered = lines.indices.filter { lines[$0].contains(where: \.isNumber) }
        guard let index = numbered.randomElement(using: &mutator) else { return mutator.mutate(input) }
        lines[index] = mutator.extremeNumber(in: lines[index])
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test("1500 mutated configs: no trap, every error located")
    func configs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("candor.yaml")
        let seeds =
            try ["Deploy/candor.yaml", "Deploy/examples/openai-compatible.yaml", "Deploy/examples/quickstart.yaml"]
            .map { try String(contentsOfFile: Self.repository + "/" + $0, encoding: .utf8) } + [Self.fullConfig]
        var mutator = FuzzMutator(seed: Self.seed)
        var (accepted, outOfRange) = (0, 0)
        for number in 0..<1500 {
            let seed = seeds[number % seeds.count]
            let bytes = Self.mutated(seed, &mutator)
            let found = Self.check(bytes, file: file, kind: "config file", "config case \(number)") {
                text throws(DiagnosticsError) in
                let config = try Configuration.parse(text, file: file)
                // The service's environment: the seeds' key variable is set, as `candor check` needs it.
                let service = ["CREDENTIALS_DIRECTORY": directory.path, "OPENAI_API_KEY": "sk-test"]
                let problems = config.credentialDiagnostics(environment: service)
                if !problems.isEmpty { throw DiagnosticsError(problems) }
            }
            if found.isEmpty { accepted += 1 }
            if found.contains(where: { $0.message.contains(" between ") }) { outOfRange += 1 }
        }
        // The cases reach past the YAML parser: some configs still load, many carry a value out of range.
        #expect(accepted > 40 && outOfRange > 75, "\(accepted) accepted, \(outOfRange) out of range")
    }

    @Test("400 mutated rule packs: no trap, every error located")
    func rulePacks() throws {
        let packs = try FileManager.default.contentsOfDirectory(atPath: Self.repository + "/Rules").sorted()
            .map { Self.repository + "/Rules/\($0)/\($0).yaml" }
            .filter { FileManager.default.fileExists(atPath: $0) }  // pushback, suggested-answer: knowledge.yaml only
        let seeds = try packs.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
        var mutator = FuzzMutator(seed: Self.seed)
        for number in 0..<400 {
            let (file, seed) = seeds[number % seeds.count]
            let bytes = Self.mutated(seed, &mutator)
            Self.check(bytes, file: file, kind: "rule file", "rule case \(number)") { text throws(DiagnosticsError) in
                _ = try RuleLoader.parse(text, file: file)
            }
        }
    }

    @Test("1000 mutated samples lines replayed: no trap, every malformed line named by its number")
    func samples() async throws {
        let plan = try Plan.load(configPath: Self.repository + "/Deploy/examples/openai-compatible.yaml")
        let replay = await Replay(plan: plan, logger: Logger(label: "fuzz"))
        let probe = try #require(plan.rules.probes.first)
        let encoder = RecordCodec.encoder()
        let records = (0..<4).map { index in
            TrialRecord(
                trialId: "trial-\(index)",
                time: Date(timeIntervalSince1970: 1_780_000_000 + Double(index)),
                target: "prod-gpt",
                model: "gpt-4o-mini",
                probe: probe.id,
                item: probe.items[index % probe.items.count].id,
                seed: UInt64(index),
                rulePackHash: probe.packHash,
                sampling: SamplingParameters(),
                exchanges: [],
                observation: Observation(
                    outcome: index == 0 ? .lie : .honest,
                    values: ["lie": index == 0 ? 1 : 0],
                    reason: "fuzz"
                ),
                durationSeconds: 0.5
            )
        }
        let seed = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
        var mutator = FuzzMutator(seed: Self.seed)
        var replayed = 0
        for number in 0..<1000 {
            let bytes = Self.mutated(seed, &mutator)
            let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            var log = SamplesLog(bytes: bytes, name: "samples.jsonl")
            while let entry = try log.next() {
                switch entry {
                case .record(let record):
                    replayed += 1
                    _ = await replay.feed(record)
                case .malformed(let problem):
                    #expect(
                        problem.file == "samples.jsonl" && (1...lineCount).contains(problem.line ?? 0),
                        "case \(number): \(problem)"
                    )
                }
            }
        }
        #expect(replayed > 0, "no mutated line was still a record")
    }

    @Test("1000 mutated detect inputs: no trap, a bad line named by its number")
    func detectInput() throws {
        let seed = "0\n1\n0\n0.25\n1e-3\n-2\n  7 \n\n1\r\n0\n"
        var mutator = FuzzMutator(seed: Self.seed)
        for number in 0..<1000 {
            let bytes = Self.mutated(seed, &mutator)
            let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            var numbers = NumberLines(LineReader(bytes: bytes, name: "stdin"))
            do {
                while let value = try numbers.next() {
                    #expect(value.isFinite, "case \(number)")
                }
            } catch {
                #expect(error.file == "stdin" && (1...lineCount).contains(error.line ?? 0), "case \(number): \(error)")
            }
        }
    }
}
