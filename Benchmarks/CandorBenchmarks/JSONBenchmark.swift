import ArgumentParser
import CandorHTTP
import CandorProviders
import Foundation

/// `candor-bench json`: the cost of the model APIs' JSON per call, CandorProviders' hand-written
/// `JSONWriter`/`JSONReader` against Foundation's `JSONEncoder`/`JSONDecoder` and
/// `JSONSerialization`, in the same run, at the shapes of real trials (``ChatJSONSamples``), and
/// what that cost is at the daemon's rate of calls.
///
/// Each contender's output is checked against the hand-written one before it is timed: the same
/// JSON value for a request body, the same ``ChatResponse`` for an answer. Each is then timed on
/// one thread for `--seconds`, once per round in a rotating order; the table shows medians. A
/// Foundation coder is made per call, as `JSONDecoder` is today for Anthropic and Gemini answers.
struct JSONBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Model API JSON per call: hand-written writer and reader against Foundation's."
    )

    @Option(help: "Seconds each measurement runs.")
    var seconds = 1.0

    @Option(help: "Rounds of every measurement; the table shows each contender's median.")
    var rounds = 5

    @Option(help: "Seconds between two model calls to one target, for the rate section.")
    var interval = 2.0

    /// Hand-written, Codable (`JSONEncoder`/`JSONDecoder`), `JSONSerialization`.
    static let columns = ["hand-written", "JSONEncoder/JSONDecoder", "JSONSerialization"]

    /// One operation and its contenders, in ``columns`` order (nil: not measured).
    struct Case {
        var name: String
        var bytes: Int
        var contenders: [(() throws -> Int)?]
    }

    func run() async throws {
        let cases = try Self.cases()
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        var medians: [[Double?]] = []
        for operation in cases {
            var samples = Array(repeating: [Double](), count: Self.columns.count)
            for contender in operation.contenders.compactMap({ $0 }) { _ = try contender() }  // warm up
            for round in 0..<max(1, rounds) {
                for step in operation.contenders.indices {
                    let index = (step + round) % operation.contenders.count
                    guard let contender = operation.contenders[index] else { continue }
                    samples[index].append(try Self.microseconds(seconds: seconds, contender))
                }
            }
            medians.append(samples.map { $0.isEmpty ? nil : Figures.median($0) })
        }

        print("## Model API JSON: hand-written against Foundation\n")
        print(
            "\(seconds) s per measurement, median of \(max(1, rounds)) rounds, one thread, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) at start\n"
        )
        print(
            "| operation | bytes | " + Self.columns.map { "\($0) µs" }.joined(separator: " | ")
                + " | Codable ÷ hand-written |"
        )
        print("|---|---:|" + String(repeating: "---:|", count: Self.columns.count + 1))
        for (operation, row) in zip(cases, medians) {
            let cells = row.map { $0.map { Figures.format($0, 1) } ?? "—" }
            let ratio = row[0].flatMap { hand in row[1].map { Figures.format($0 / hand, 1) + "×" } } ?? "—"
            print("| \(operation.name) | \(operation.bytes) | " + cells.joined(separator: " | ") + " | \(ratio) |")
        }
        rateSection(cases: cases, medians: medians)
    }

    /// What one call's JSON (request and answer) costs at a call every `interval` seconds per
    /// target, and how many such targets it takes before it is 1 % of a core.
    private func rateSection(cases: [Case], medians: [[Double?]]) {
        print(
            "\nAt the daemon's rate: a call every \(Figures.format(interval, 1)) s per target (a trial every few "
                + "seconds; the shipped packs run each of their probes every 10 to 30 minutes, about one trial a "
                + "minute per target, so this is an upper bound):\n"
        )
        print(
            "| API, request + answer | hand-written µs | Foundation µs | % of a core per target, hand-written "
                + "| % of a core per target, Foundation | targets before Foundation's JSON is 1 % of a core |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        let byName = Dictionary(zip(cases.map(\.name), medians)) { first, _ in first }
        for (api, encode, decode) in [
            ("OpenAI", "OpenAI request", "OpenAI answer"),
            ("OpenAI with logprobs: 5", "OpenAI request, logprobs: 5", "OpenAI answer with logprobs"),
        ] {
            guard let request = byName[encode], let answer = byName[decode], let handRequest = request[0],
                let handAnswer = answer[0], let codableRequest = request[1], let codableAnswer = answer[1]
            else { continue }
            let hand = handRequest + handAnswer
            let codable = codableRequest + codableAnswer
            let share = { (micros: Double) in Figures.format(micros / interval / 1e4, 4) + " %" }
            print(
                "| \(api) | \(Figures.format(hand, 1)) | \(Figures.format(codable, 1)) | \(share(hand)) | \(share(codable)) "
                    + "| \(Figures.format(interval * 1e4 / codable, 0)) |"
            )
        }
    }

    /// The operations, each contender checked against the hand-written result first.
    static func cases() throws -> [Case] {
        let request = ChatJSONSamples.request
        let model = "gpt-4o-2024-08-06"
        let endpoint = ModelEndpoint(name: "bench", baseURL: "http://127.0.0.1:9/v1", model: model)
        let logprobEndpoint = ModelEndpoint(name: "bench", baseURL: "http://127.0.0.1:9/v1", model: model, logprobs: 5)
        func encoding(
            _ name: String,
            hand: @escaping () throws -> [UInt8],
            codable: @escaping () throws -> Data,
            object: @escaping () -> [String: Any]
        ) throws -> Case {
            let expected = try canonical(Data(try hand()))
            guard try canonical(try codable()) == expected,
                try canonical(try JSONSerialization.data(withJSONObject: object())) == expected
            else { throw ValidationError("\(name): Foundation's body differs from the hand-written one") }
            return Case(
                name: name,
                bytes: try hand().count,
                contenders: [
                    { try hand().count }, { try codable().count },
                    { try JSONSerialization.data(withJSONObject: object()).count },
                ]
            )
        }
        func answer(_ name: String, _ body: [UInt8], logprobs: Bool) throws -> Case {
            let response = HTTPResponse(status: 200, headers: [], body: body, totalTime: .milliseconds(800))
            let url = "http://127.0.0.1:9/v1/chat/completions"
            let hand = { try OpenAIChatAPI.parse(response, endpoint: endpoint, url: url) }
            let codable = {
                try JSONDecoder().decode(FoundationChatJSON.OpenAIAnswer.self, from: Data(body))
                    .response(latencySeconds: response.totalSeconds)
            }
            let serialization = { try FoundationChatJSON.openAIAnswer(body, latencySeconds: response.totalSeconds) }
            let expected = try hand()
            guard (expected.logprobs?.isEmpty == false) == logprobs, try codable() == expected,
                try serialization() == expected
            else { throw ValidationError("\(name): Foundation's answer differs from the hand-written one") }
            return Case(
                name: name,
                bytes: body.count,
                contenders: [
                    { try hand().text.utf8.count }, { try codable()?.text.utf8.count ?? 0 },
                    { try serialization()?.text.utf8.count ?? 0 },
                ]
            )
        }
        func current(_ name: String, _ body: [UInt8], _ parse: @escaping (HTTPResponse) throws -> ChatResponse) -> Case
        {
            let response = HTTPResponse(status: 200, headers: [], body: body, totalTime: .milliseconds(800))
            return Case(name: name, bytes: body.count, contenders: [nil, { try parse(response).text.utf8.count }, nil])
        }
        let openAI = FoundationChatJSON.openAIBody(request, model: model, logprobs: nil)
        let openAILogprobs = FoundationChatJSON.openAIBody(request, model: model, logprobs: 5)
        let anthropic = FoundationChatJSON.anthropicBody(request, model: "claude-sonnet-4-20250514")
        let anthropicEndpoint = ModelEndpoint(
            name: "bench",
            baseURL: "http://127.0.0.1:9/v1",
            model: "claude-sonnet-4-20250514"
        )
        let gemini = FoundationChatJSON.geminiBody(request)
        return [
            try encoding(
                "OpenAI request",
                hand: { try OpenAIChatAPI.body(for: request, endpoint: endpoint) },
                codable: { try JSONEncoder().encode(openAI) },
                object: { FoundationChatJSON.object(openAI) }
            ),
            try encoding(
                "OpenAI request, logprobs: 5",
                hand: { try OpenAIChatAPI.body(for: request, endpoint: logprobEndpoint) },
                codable: { try JSONEncoder().encode(openAILogprobs) },
                object: { FoundationChatJSON.object(openAILogprobs) }
            ),
            try encoding(
                "Anthropic request",
                hand: { try AnthropicMessagesAPI.body(for: request, endpoint: anthropicEndpoint) },
                codable: { try JSONEncoder().encode(anthropic) },
                object: { FoundationChatJSON.object(anthropic) }
            ),
            try encoding(
                "Gemini request",
                hand: { try GeminiAPI.body(for: request, endpoint: endpoint) },
                codable: { try JSONEncoder().encode(gemini) },
                object: { FoundationChatJSON.object(gemini) }
            ),
            try answer("OpenAI answer", ChatJSONSamples.openAIResponse(logprobs: false), logprobs: false),
            try answer("OpenAI answer with logprobs", ChatJSONSamples.openAIResponse(logprobs: true), logprobs: true),
            current("Anthropic answer (JSONDecoder today)", ChatJSONSamples.anthropicResponse) {
                try AnthropicMessagesAPI.parse($0, endpoint: anthropicEndpoint, url: "http://127.0.0.1:9/v1/messages")
            },
            current("Gemini answer (JSONDecoder today)", ChatJSONSamples.geminiResponse) {
                try GeminiAPI.parse($0, endpoint: endpoint, url: "http://127.0.0.1:9/v1/models/m:generateContent")
            },
        ]
    }

    /// `data` re-serialized with sorted keys: equal for equal JSON values.
    static func canonical(_ data: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data), options: [.sortedKeys])
    }

    /// Microseconds per call of `operation`, run repeatedly for `seconds`.
    static func microseconds(seconds: Double, _ operation: () throws -> Int) throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .milliseconds(Int64(seconds * 1000))
        var calls = 0
        var sink = 0
        while clock.now < deadline {
            for _ in 0..<8 { sink &+= try operation() }
            calls += 8
        }
        let elapsed = (clock.now - start) / .microseconds(1)
        if sink == 42 { print("") }  // keeps the results alive
        return elapsed / Double(calls)
    }
}
