import CandorAlerts
import CandorCore
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// `candor replay` reads only what a replay uses from each samples line; what it reads must be what
/// `JSONDecoder` reads, and a line it cannot read must be reported as before.
@Suite("samples log, replayed fields")
struct SamplesLogDetailTests {
    /// A record with every field set, strings that need escapes, and prompts, tool logs, reasoning and
    /// log probabilities that a replay leaves out.
    static func record(_ number: Int, at time: Date) -> TrialRecord {
        let call = ToolCall(id: "c\(number)", name: "lookup", arguments: #"{"q": "x"}"#)
        var answer = ChatResponse(
            text: "Paris \"is\" the capital,\nnaïve 🙂 \\ \u{1}\(number)",
            reasoning: "thinking\tabout it",
            model: "m-2026",
            fingerprint: number % 7 == 0 ? "fp-b" : "fp-a",
            finishReason: "stop",
            usage: TokenUsage(promptTokens: 120 + number, completionTokens: 30),
            logprobs: [TokenLogprob(token: "Paris", logprob: -0.01, top: [.init(token: "Lyon", logprob: -4.5)])],
            toolCalls: [call],
            latencySeconds: 0.25 + Double(number) / 1_000
        )
        answer.usage = number % 5 == 0 ? nil : answer.usage
        return TrialRecord(
            trialId: "trial-\(number)",
            time: time.addingTimeInterval(Double(number) * 1.5 + 0.123),
            target: "t\(number % 3)",
            model: "m",
            probe: "belief-pressure.yes-no",
            item: "item-\(number)",
            seed: UInt64.max - UInt64(number),
            rulePackHash: "sha256:abc",
            sampling: SamplingParameters(temperature: number % 2 == 0 ? 0.7 : nil, maxTokens: 64, seed: 42),
            exchanges: [
                TrialRecord.Exchange(
                    condition: "neutral",
                    repetition: 0,
                    messages: [
                        ChatMessage(role: .system, content: "Answer {\"yes\"} or no. \u{2028}"),
                        ChatMessage(role: .user, content: "Is it true? " + String(repeating: "ä", count: 300)),
                    ],
                    response: answer,
                    error: nil,
                    toolLog: [ToolLogEntry(call: call, status: .ok, content: "[1, 2, {\"a\": null}]")],
                    toolLoopStopped: number % 4 == 0 ? "max_steps" : nil
                ),
                TrialRecord.Exchange(
                    condition: "pressure",
                    repetition: 1,
                    messages: [ChatMessage(role: .user, content: "Really?")],
                    response: nil,
                    error: TrialRecord.ExchangeError(
                        code: "http_status",
                        message: "target t: HTTP 503",
                        status: 503,
                        skipped: number % 2 == 0 ? true : nil
                    )
                ),
            ],
            observation: Observation(
                outcome: number % 10 == 0 ? .lie : .honest,
                values: ["lie": number % 10 == 0 ? 1 : 0, "score": -0.5e-3],
                labels: ["topic": "geo\u{e9}"],
                extracted: ["neutral": ["yes", "oui"], "pressure": []],
                reason: "the belief was \"yes\"",
                slotCompliant: number % 3 == 0 ? nil : true
            ),
            durationSeconds: 1.75
        )
    }

    /// `record` as a replay should see it: without the parts it leaves out.
    static func replayedPart(of record: TrialRecord) -> TrialRecord {
        var record = record
        for index in record.exchanges.indices {
            record.exchanges[index].messages = []
            record.exchanges[index].toolLog = nil
            record.exchanges[index].response?.reasoning = nil
            record.exchanges[index].response?.logprobs = nil
            record.exchanges[index].response?.toolCalls = nil
        }
        return record
    }

    static func entries(_ text: String, detail: SamplesLog.Detail) throws -> [SamplesLog.Entry] {
        var log = SamplesLog(bytes: Array(text.utf8), name: "samples.jsonl", detail: detail)
        var entries: [SamplesLog.Entry] = []
        for _ in 0..<10_000 {
            guard let entry = try log.next() else { break }
            entries.append(entry)
        }
        return entries
    }

    static func json(_ record: TrialRecord) throws -> String {
        String(decoding: try RecordCodec.encoder().encode(record), as: UTF8.self)
    }

    @Test("every field a replay reads comes out as JSONDecoder reads it")
    func sameFields() throws {
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let records = (0..<40).map { Self.record($0, at: time) }
        let text = try records.map(Self.json).joined(separator: "\n")
        let full = try Self.entries(text, detail: .full)
        let replayed = try Self.entries(text, detail: .replayed)
        #expect(full.count == 40 && replayed.count == 40)
        for (whole, part) in zip(full, replayed) {
            guard case .record(let whole) = whole, case .record(let part) = part else {
                Issue.record("a line was not read")
                continue
            }
            #expect(try Self.json(part) == Self.json(Self.replayedPart(of: whole)))
            #expect(abs(part.time.timeIntervalSince(whole.time)) < 1e-6 && part.seed == whole.seed)
            #expect(part.exchanges.allSatisfy { $0.messages.isEmpty }, "read by the scanner, not JSONDecoder")
        }
    }

    @Test("a line that is not a record is reported with its line number, as before")
    func malformedLines() throws {
        let good = try Self.json(Self.record(1, at: Date(timeIntervalSince1970: 1_800_000_000)))
        let lines = [
            good,
            String(good.prefix(200)),  // torn by a crash
            good.replacingOccurrences(of: "candor.sample/v1", with: "candor.sample/v9"),
            good.replacingOccurrences(of: "Really?", with: "Really\u{1}?"),  // a raw control byte in a prompt
            good.replacingOccurrences(of: #""durationSeconds":1.75"#, with: #""durationSeconds":"slow""#),
            good.replacingOccurrences(of: #"[{"content":"Really?","role":"user"}]"#, with: "[01]"),
            good + " trailing",
            good.replacingOccurrences(of: "\"trialId\"", with: "\"trial\\u0049d\""),  // an escaped key: still read
        ]
        let text = lines.joined(separator: "\n")
        let full = try Self.entries(text, detail: .full)
        let replayed = try Self.entries(text, detail: .replayed)
        #expect(full.count == lines.count && replayed.count == lines.count)
        for (line, (whole, part)) in zip(1..., zip(full, replayed)) {
            switch (whole, part) {
            case (.record, .record): #expect([1, 8].contains(line), "line \(line) should not be read")
            case (.malformed(let before), .malformed(let now)):
                #expect(now.description == before.description)
                #expect(now.line == line)
            default: Issue.record("line \(line) is read by one reader and not the other")
            }
        }
    }

    @Test("1000 mutated samples logs: no trap, and every line JSONDecoder reads is read the same")
    func mutated() throws {
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let seed = try (0..<3).map { try Self.json(Self.record($0, at: time)) }.joined(separator: "\n")
        var mutator = FuzzMutator(seed: 20_261_203)
        var agreed = 0
        for number in 0..<1000 {
            let text = String(decoding: mutator.mutate(seed), as: UTF8.self)
            let full = try Self.entries(text, detail: .full)
            let replayed = try Self.entries(text, detail: .replayed)
            #expect(full.count == replayed.count, "case \(number)")
            for (whole, part) in zip(full, replayed) {
                guard case .record(let whole) = whole else { continue }
                guard case .record(let part) = part else {
                    Issue.record("case \(number): a line JSONDecoder reads was not read")
                    continue
                }
                // A line the scanner passes over is read whole by JSONDecoder: compare the replayed parts.
                let (read, decoded) = (
                    try Self.json(Self.replayedPart(of: part)), try Self.json(Self.replayedPart(of: whole))
                )
                let same = zip(read, decoded).prefix { $0 == $1 }.count
                #expect(
                    read == decoded,
                    "case \(number): \(read.dropFirst(max(0, same - 60)).prefix(140)) ≠ \(decoded.dropFirst(max(0, same - 60)).prefix(140))"
                )
                agreed += 1
            }
        }
        #expect(agreed > 0, "no mutated line was still a record")
    }
}
