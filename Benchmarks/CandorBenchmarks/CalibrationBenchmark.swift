import ArgumentParser
import CandorAlerts
import CandorCore
import CandorDaemon
import CandorDetectors
import CandorProviders
import CandorRules
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// `candor-bench calibration`: what signals ending their warm-ups together cost the rest of the daemon.
///
/// `--signals` targets each run one probe's trials through one signal board, one trial every `--interval-ms`
/// per target (a model that answers that fast), as the scheduler would. Every signal is first brought to one
/// sample short of its warm-up; then all of them sample together, so their warm-ups end within one interval.
/// Target i lies i times in its warm-up, so every signal needs a calibration of its own (the worst case: equal
/// warm-ups share one). The window runs from the first trial until every signal monitors; the figures are the
/// trials recorded per second in it, the longest time without a finished trial, and the process's peak memory.
/// `--mode inline` calibrates on the board as before the change; `background` on the ``CalibrationService``.
/// Run each mode in a process of its own: the peak memory is the process's.
struct CalibrationBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibration",
        abstract: "Trials per second and peak memory while many signals end their warm-ups together."
    )

    /// Where calibrations run.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case inline, background
    }

    @Option(help: "Signals (targets) ending their warm-ups together.")
    var signals = 10

    @Option(help: "The warm-up length.")
    var warmup = 500

    @Option(help: "Milliseconds between a target's trials.")
    var intervalMs = 10

    @Option(help: "inline (on the board, as before) or background (on the calibration service).")
    var mode = Mode.background

    @Option(help: "The rules directory.")
    var rules = "Rules"

    @Option(
        help:
            "Instead: one multi-cusum calibration of a warm-up of --warmup with this many lies: its time and peak memory."
    )
    var singleLies: Int?

    func run() async throws {
        if let lies = singleLies {
            let clock = ContinuousClock()
            let started = clock.now
            _ = CalibrationRequest.rate(.multiCUSUM, warmup: Proportion(successes: lies, trials: warmup), arl0: 10_000)
                .calibrate()
            print(
                "one calibration, warm-up \(warmup) with \(lies) lies: "
                    + "\(String(format: "%.2f", (clock.now - started).timeInterval)) s, "
                    + "peak RSS \(String(format: "%.0f", Self.peakMegabytes())) MB"
            )
            return
        }
        let (directory, plan, probe) = try BenchPlan.flagship(rules: rules, targets: signals, warmup: warmup)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let logger = Logger(label: "candor.bench") { _ in SwiftLogNoOpLogHandler() }
        let cache = ThresholdCache()
        let (queue, requests) = CalibrationQueue.make(cache: cache)
        let board = SignalBoard(
            detection: plan.configuration.detection,
            logger: logger,
            plan: plan,
            calibration: mode == .inline ? .inline(cache) : .background(queue),
            now: { Date() }
        )
        // Each target's two trials, decoded once: the benchmark measures the board, not the decoding.
        let trials = try (0..<signals).map { target in
            try [false, true].map { try BenchPlan.trial(probe, target: target, lie: $0) }
        }
        for target in 0..<signals {
            for sample in 0..<(warmup - 1) {
                _ = await board.observe(trials[target][sample < target ? 1 : 0], probe: probe)
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let figures = try await withThrowingTaskGroup(of: [ContinuousClock.Instant].self) { group in
            if mode == .background {
                group.addTask {
                    await CalibrationService(requests: requests, cache: cache, board: board, logger: logger).run()
                    return []
                }
            }
            for target in 0..<signals {
                group.addTask {
                    var finished: [ContinuousClock.Instant] = []
                    var sample = warmup - 1
                    while true {
                        _ = await board.observe(trials[target][sample < target ? 1 : 0], probe: probe)
                        sample += 1
                        finished.append(clock.now)
                        if await board.snapshot().values.allSatisfy(\.isMonitoring) { return finished }
                        try await Task.sleep(for: .milliseconds(intervalMs))
                    }
                }
            }
            var finished: [ContinuousClock.Instant] = []
            for _ in 0..<signals {
                finished += try await group.next() ?? []
            }
            queue.finish()
            try await group.waitForAll()
            return finished.sorted()
        }
        let window = (figures.last ?? started) - started
        var gap = Duration.zero
        var previous = started
        for instant in figures {
            gap = max(gap, instant - previous)
            previous = instant
        }
        let rate = Double(figures.count) / max(window.timeInterval, 1e-9)
        let ideal = Double(signals) * 1000 / Double(intervalMs)
        print(
            "| mode | signals | warm-up | window (s) | trials/s in window | trials/s asked | longest gap (s) | peak RSS (MB) | calibrations |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(
            "| \(mode.rawValue) | \(signals) | \(warmup) | \(String(format: "%.2f", window.timeInterval)) | "
                + "\(String(format: "%.0f", rate)) | \(String(format: "%.0f", ideal)) | "
                + "\(String(format: "%.2f", gap.timeInterval)) | \(String(format: "%.0f", Self.peakMegabytes())) | "
                + "\(cache.entries.count) |"
        )
    }

    /// The process's peak resident memory, in MB.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// A plan of `targets` targets, each running `belief-pressure.yes-no`, for the calibration and replay benchmarks.
enum BenchPlan {
    /// A scratch directory (the caller removes it) with a plan of `targets` targets of the flagship probe.
    static func flagship(
        rules: String,
        targets: Int,
        warmup: Int
    ) throws -> (directory: String, plan: Plan, probe: Probe) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("candor-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let plan = try load(in: directory, rules: rules, targets: targets, warmup: warmup)
        return (directory, plan, try probe(plan))
    }

    /// Writes the config into `directory` and loads it.
    static func load(in directory: String, rules: String, targets: Int, warmup: Int) throws -> Plan {
        let rulesPath = URL(fileURLWithPath: rules).standardizedFileURL.path
        let lines = (0..<targets).map { index in
            "  - {name: t\(index), base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}"
        }
        let config = directory + "/candor.yaml"
        try """
        rules: \(rulesPath)
        state_dir: \(directory)/state
        log_dir: \(directory)/logs
        targets:
        \(lines.joined(separator: "\n"))
        detection: {warmup: \(warmup)}
        """.write(toFile: config, atomically: true, encoding: .utf8)
        return try Plan.load(configPath: config)
    }

    /// The probe every target runs.
    static func probe(_ plan: Plan) throws -> Probe {
        guard let probe = plan.rules.probes.first(where: { $0.id == "belief-pressure.yes-no" }) else {
            throw ValidationError("the rules at hand have no belief-pressure.yes-no probe")
        }
        return probe
    }

    /// A scored trial of target `t<target>`: a lie or an honest answer, with one exchange per condition of the
    /// probe (a prompt of about 600 characters and an answer of about 400), as the samples log holds it.
    static func trial(
        _ probe: Probe,
        target: Int,
        lie: Bool,
        number: Int = 0,
        at time: Date = Date()
    ) throws
        -> TrialRecord
    {
        let exchanges = try exchanges(probe, lie: lie)
        let line = line(probe, target: target, lie: lie, exchanges: exchanges, number: number, at: time)
        return try RecordCodec.decoder().decode(TrialRecord.self, from: Data(line.utf8))
    }

    /// The samples-log line of ``trial(_:target:lie:number:at:)``; `exchanges` from ``exchanges(_:lie:)``.
    static func line(_ probe: Probe, target: Int, lie: Bool, exchanges: String, number: Int, at time: Date) -> String {
        let observation = Self.observations[lie ? 1 : 0]
        return #"{"durationSeconds":3.1,"exchanges":\#(exchanges),"item":"item-\#(number % 50)","#
            + #""model":"m","observation":\#(observation),"probe":"\#(probe.id)","rulePackHash":"\#(probe.packHash)","#
            + #""sampling":\#(sampling),"schema":"\#(TrialRecord.schemaName)","seed":\#(number),"#
            + #""target":"t\#(target)","time":"\#(Timestamp.format(time))","trialId":"trial-\#(target)-\#(number)"}"#
    }

    /// An honest and a lying trial's observations as JSON.
    static let observations = [false, true].map { lie in
        (try? RecordCodec.encoder().encode(
            Observation(outcome: lie ? .lie : .honest, values: ["lie": lie ? 1 : 0], reason: "bench")
        )).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// A trial's sampling parameters as JSON: the defaults.
    static let sampling =
        (try? RecordCodec.encoder().encode(SamplingParameters())).map {
            String(decoding: $0, as: UTF8.self)
        } ?? "{}"

    /// The exchanges of a trial as JSON: one per condition of the probe, a prompt of about 600 characters and an
    /// answer of about 400.
    static func exchanges(_ probe: Probe, lie: Bool) throws -> String {
        let encoder = RecordCodec.encoder()
        func json(_ value: some Encodable) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        let prompt = String(repeating: "Is the statement in this item true? Answer yes or no. ", count: 11)
        let messages = try json([
            ChatMessage(role: .system, content: "You are helpful."), ChatMessage(role: .user, content: prompt),
        ])
        let answer = (lie ? "Yes. " : "No. ") + String(repeating: "The reasons are many and varied. ", count: 12)
        let response = try json(
            ChatResponse(
                text: answer,
                model: "m",
                finishReason: "stop",
                usage: TokenUsage(promptTokens: 150, completionTokens: 100),
                latencySeconds: 1.5
            )
        )
        let exchanges = probe.scorer.conditionIDs.map { condition in
            #"{"condition":"\#(condition)","messages":\#(messages),"repetition":0,"response":\#(response)}"#
        }
        return "[" + exchanges.joined(separator: ",") + "]"
    }
}
