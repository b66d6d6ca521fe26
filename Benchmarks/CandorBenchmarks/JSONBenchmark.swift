import ArgumentParser
import CandorHTTP
import CandorProviders
import Foundation

/// `candor-bench json`: the cost of the model APIs' JSON per call, through the public
/// `OpenAIChatAPI`, `AnthropicMessagesAPI` and `GeminiAPI` (Foundation's `JSONEncoder` and
/// `JSONDecoder`, as the daemon runs them), at the shapes of real trials (``ChatJSONSamples``),
/// and what that cost is at the daemon's rate of calls.
///
/// Each operation is timed on one thread for `--seconds`, `--rounds` times; the table shows
/// medians. An earlier version compared a hand-written writer and reader against Foundation; the
/// figures and the decision to drop them are in Benchmarks/README.md.
struct JSONBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Model API JSON per call (Foundation's JSONEncoder and JSONDecoder), and its share of a core."
    )

    @Option(help: "Seconds each measurement runs.")
    var seconds = 1.0

    @Option(help: "Rounds of every measurement; the table shows each operation's median.")
    var rounds = 5

    @Option(help: "Seconds between two model calls to one target, for the rate section.")
    var interval = 2.0

    /// One API's request and answer, each returning a size so the work is not optimized away.
    struct Case {
        var api: String
        var requestBytes: Int
        var answerBytes: Int
        var request: () throws -> Int
        var answer: () throws -> Int
    }

    func run() async throws {
        let cases = try Self.cases()
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        print("## Model API JSON through Foundation\n")
        print(
            "\(seconds) s per measurement, median of \(max(1, rounds)) rounds, one thread, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) at start; "
                + "a call every \(Figures.format(interval, 1)) s per target for the shares\n"
        )
        print(
            "| API | request bytes | request µs | answer bytes | answer µs | % of a core per target "
                + "| targets before JSON is 1 % of a core |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for operation in cases {
            _ = try operation.request()  // warm up
            _ = try operation.answer()
            var requests: [Double] = []
            var answers: [Double] = []
            for _ in 0..<max(1, rounds) {
                requests.append(try Self.microseconds(seconds: seconds, operation.request))
                answers.append(try Self.microseconds(seconds: seconds, operation.answer))
            }
            let request = Figures.median(requests)
            let answer = Figures.median(answers)
            let call = request + answer
            print(
                "| \(operation.api) | \(operation.requestBytes) | \(Figures.format(request, 1)) "
                    + "| \(operation.answerBytes) | \(Figures.format(answer, 1)) "
                    + "| \(Figures.format(call / interval / 1e4, 4)) % | \(Figures.format(interval * 1e4 / call, 0)) |"
            )
        }
    }

    /// The four calls: OpenAI with and without log probabilities, Anthropic and Gemini.
    static func cases() throws -> [Case] {
        let request = ChatJSONSamples.request
        let base = "http://127.0.0.1:9/v1"
        func call(
            _ api: String,
            _ endpoint: ModelEndpoint,
            _ answer: [UInt8],
            body: @escaping (ChatRequest, ModelEndpoint) throws -> [UInt8],
            parse: @escaping (HTTPResponse, ModelEndpoint, String) throws -> ChatResponse
        ) throws -> Case {
            let response = HTTPResponse(status: 200, headers: [], body: answer, totalTime: .milliseconds(800))
            return Case(
                api: api,
                requestBytes: try body(request, endpoint).count,
                answerBytes: answer.count,
                request: { try body(request, endpoint).count },
                answer: { try parse(response, endpoint, base).text.utf8.count }
            )
        }
        let openAI = ModelEndpoint(name: "bench", baseURL: base, model: "gpt-4o-2024-08-06")
        var logprobs = openAI
        logprobs.logprobs = 5
        let anthropic = ModelEndpoint(name: "bench", baseURL: base, model: "claude-sonnet-4-20250514")
        let gemini = ModelEndpoint(name: "bench", baseURL: base, model: "gemini-2.5-flash")
        return [
            try call(
                "OpenAI",
                openAI,
                ChatJSONSamples.openAIResponse(logprobs: false),
                body: OpenAIChatAPI.body,
                parse: { try OpenAIChatAPI.parse($0, endpoint: $1, url: $2) }
            ),
            try call(
                "OpenAI with logprobs: 5",
                logprobs,
                ChatJSONSamples.openAIResponse(logprobs: true),
                body: OpenAIChatAPI.body,
                parse: { try OpenAIChatAPI.parse($0, endpoint: $1, url: $2) }
            ),
            try call(
                "Anthropic",
                anthropic,
                ChatJSONSamples.anthropicResponse,
                body: AnthropicMessagesAPI.body,
                parse: { try AnthropicMessagesAPI.parse($0, endpoint: $1, url: $2) }
            ),
            try call(
                "Gemini",
                gemini,
                ChatJSONSamples.geminiResponse,
                body: GeminiAPI.body,
                parse: { try GeminiAPI.parse($0, endpoint: $1, url: $2) }
            ),
        ]
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
