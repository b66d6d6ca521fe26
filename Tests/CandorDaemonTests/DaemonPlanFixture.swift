import CandorAlerts
import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// A config in a temporary directory that points at the repository's rule packs, the plan it loads, and
/// trial records for its probes: what the in-process daemon tests run on. No model is called.
struct DaemonPlanFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    let directory: TemporaryDirectory
    var config: String { directory.file("candor.yaml") }

    /// Writes a config with `targets` and `probes` (YAML blocks, indented as under their keys) and `extra`.
    init(targets: String, probes: String = "", extra: String = "") throws {
        directory = try TemporaryDirectory()
        try write(targets: targets, probes: probes, extra: extra)
    }

    /// (Re)writes the config.
    func write(targets: String, probes: String = "", extra: String = "") throws {
        try """
        rules: \(Self.repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        targets:
        \(targets)
        probes:
        \(probes.isEmpty ? "  {}" : probes)
        \(extra)
        """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    /// The plan the config loads.
    func plan() throws -> Plan {
        try Plan.load(configPath: config)
    }

    /// A scored trial of `probe` on `target` at `time`: a lie or an honest answer.
    static func trial(_ probe: Probe, target: String, lie: Bool, number: Int, at time: Date) -> TrialRecord {
        TrialRecord(
            trialId: "trial-\(number)",
            time: time,
            target: target,
            model: "m",
            probe: probe.id,
            item: "item",
            seed: UInt64(number),
            rulePackHash: probe.packHash,
            sampling: SamplingParameters(),
            exchanges: [],
            observation: Observation(outcome: lie ? .lie : .honest, values: ["lie": lie ? 1 : 0], reason: "test"),
            durationSeconds: 0.1
        )
    }
}

/// A model client for plans whose trials a test stage counts instead of running: it is never called.
struct UncalledModelClient: ModelClient {
    let targetName: String

    func complete(_ request: ChatRequest) async throws -> ChatResponse {
        Issue.record("the model of \(targetName) was called")
        throw CancellationError()
    }
}

/// A transport for model clients that a test never lets call out.
struct UncalledTransport: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        Issue.record("a model call went out to \(request.url)")
        throw CancellationError()
    }
}
