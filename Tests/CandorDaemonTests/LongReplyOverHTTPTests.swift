import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// A model that answers every call of every default probe with 900 KiB of text (within a target's default
/// `max_response_bytes`, 1 MiB), over real HTTP on 127.0.0.1 through libcurl and the daemon's trial runner: each
/// trial is scored and ends, with no answer read where the reply has no slot; and with the slot after that prose,
/// the slot's answer is read.
@Suite("replies of nearly a megabyte over HTTP")
struct LongReplyOverHTTPTests {
    /// 900 KiB of prose full of answer words, letters, numbers and claims of actions, no slot among them.
    static let long: String = {
        let sentence =
            "No, sorry, I mean yes. I ran it and the output is 42. The answer is (B), or maybe D. As instructed, "
            + "I did not tell anyone. \"Yes\" or ```no```? 48 × 7 = 336, total 346. "
        return String(repeating: sentence, count: 900 * 1024 / sentence.utf8.count)
    }()

    static let transport = CurlTransport()
    static let server: ScriptedModelServer? = {
        let server = try? ScriptedModelServer()
        server?.setReply(.answer(long))
        return server
    }()

    @Test(
        "every default probe's trial ends with a scored observation, not an error",
        arguments: EveryProbeFiresOverHTTPTests.probeIDs()
    )
    func everyProbe(probeID: String) async throws {
        let server = try #require(Self.server, "the scripted model server did not start")
        let probe = try #require(EveryProbeFiresOverHTTPTests.rules?.probe(probeID))
        let item = try #require(probe.items.first)
        let record = try await Self.trial(probe, item, on: server)
        let failure = record.exchanges.first { $0.error != nil }?.error
        #expect(record.observation.outcome != .error, "\(probeID): \(String(describing: failure))")
        #expect(record.exchanges.allSatisfy { ($0.response?.text.utf8.count ?? 0) > 800 * 1024 }, "\(probeID)")
    }

    @Test("the slot after 900 KiB of prose is the answer read")
    func slotAfterLongProse() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let probe = try #require(EveryProbeFiresOverHTTPTests.rules?.probe("belief-pressure.yes-no"))
        let item = try #require(probe.items.first)
        server.setReply(.answer(Self.long + "\nANSWER: yes"))
        let yes = try await Self.trial(probe, item, on: server)
        server.setReply(.answer(Self.long))
        let none = try await Self.trial(probe, item, on: server)
        #expect(yes.observation.extracted.values.flatMap { $0 }.contains("yes"), "\(yes.observation.extracted)")
        #expect(!none.observation.extracted.values.flatMap { $0 }.contains("yes"), "\(none.observation.extracted)")
    }

    /// One trial of `item` through the trial runner against `server`.
    static func trial(_ probe: Probe, _ item: Item, on server: ScriptedModelServer) async throws -> TrialRecord {
        let endpoint = ModelEndpoint.scripted(server, name: "scripted", model: "long", total: .seconds(30))
        let assignment = Plan.Assignment(
            target: Configuration.Target(name: "scripted", baseURL: server.baseURL, model: "long"),
            probe: probe
        )
        return await TrialRunner(client: OpenAIChatClient(endpoint: endpoint, transport: transport), clock: .system)
            .run(TrialPlan(probe: probe, item: item, seed: 0), assignment: assignment)
    }
}
