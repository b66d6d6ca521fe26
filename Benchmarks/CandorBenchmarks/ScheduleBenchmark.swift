import ArgumentParser
import CandorCore
import CandorDaemon
import CandorProviders
import CandorTestSupport
import Foundation
import Logging
import Synchronization

/// `candor-bench schedule`: the scheduler alone at scale (issue 20's "Scale on one machine"): many targets
/// with every enabled probe at its default schedule, each trial taking the model's latency (a sleep), on
/// the system clock. Reports the trials started, the sampling lag (how long after its due time each trial
/// started), the process's CPU and its resident memory over the run, so a curve that keeps rising shows.
struct ScheduleBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Sampling lag, CPU and memory of the scheduler with many targets at their default schedules."
    )

    @Option(help: "Targets, each running every enabled probe of the repository's rules.")
    var targets = 1_000

    @Option(help: "Seconds to run.")
    var seconds = 300

    @Option(help: "Seconds each trial takes (the model's latency).")
    var latency = 2.0

    @Option(help: "trials_per_target.")
    var trialsPerTarget = 1

    /// The lags seen, in seconds, and the scheduler they are read from (set once it exists).
    final class Lags: Sendable {
        let values = Mutex<[Double]>([])
        let scheduler = Mutex<Scheduler?>(nil)
    }

    func run() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let targetLines = (0..<targets).map { "  - {name: t\($0), base_url: 'http://127.0.0.1:9/v1', model: m}" }
        let config = directory.file("candor.yaml")
        try """
        rules: \(repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        trials_per_target: \(trialsPerTarget)
        targets:
        \(targetLines.joined(separator: "\n"))
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let plan = try Plan.load(configPath: config)
        let lags = Lags()
        let sleep = Duration.milliseconds(Int64(latency * 1000))
        let stage = TrialStage(
            isAccepting: { true },
            run: { assignment, _ in
                if let lag = lags.scheduler.withLock({ $0 })?.lastDelay(of: assignment) {
                    lags.values.withLock { $0.append(lag.timeInterval) }
                }
                try? await Task.sleep(for: sleep)
            }
        )
        var clients: [String: any ModelClient] = [:]
        for target in plan.configuration.targets { clients[target.name] = IdleModel(targetName: target.name) }
        let scheduler = Scheduler(
            plan: plan,
            clients: clients,
            trials: stage,
            notifier: SystemdNotifier(environment: [:]),
            clock: .system,
            logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        )
        lags.scheduler.withLock { $0 = scheduler }
        let cpuStart = HTTPBenchmark.cpuSeconds(RUSAGE_SELF.rawValue)
        let loop = Task { try await scheduler.run() }
        var memory: [(Int, Double)] = []
        let step = max(1, seconds / 10)
        for elapsed in stride(from: step, through: seconds, by: step) {
            try await Task.sleep(for: .seconds(step))
            memory.append((elapsed, Self.residentMegabytes()))
        }
        let cpu = HTTPBenchmark.cpuSeconds(RUSAGE_SELF.rawValue) - cpuStart
        loop.cancel()
        let sorted = lags.values.withLock { $0 }.sorted()
        func quantile(_ q: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
        }
        print("## Scheduler (`candor-bench schedule`)\n")
        print(
            "\(targets) targets × \(plan.assignments.count / max(1, targets)) probes at their default schedules "
                + "(\(plan.assignments.count) schedules), trials of \(latency) s, trials_per_target \(trialsPerTarget), "
                + "\(seconds) s on the system clock.\n"
        )
        print("| trials started | trials/s | lag p50 | lag p99 | lag max | CPU (share of one core) |")
        print("|---:|---:|---:|---:|---:|---:|")
        print(
            "| \(sorted.count) | \(Figures.format(Double(sorted.count) / Double(seconds), 1)) "
                + "| \(Figures.format(quantile(0.5) * 1000, 1)) ms | \(Figures.format(quantile(0.99) * 1000, 1)) ms "
                + "| \(Figures.format((sorted.last ?? 0) * 1000, 1)) ms | \(Figures.format(cpu / Double(seconds) * 100, 1)) % |"
        )
        print(
            "\nResident memory (MB) by second: "
                + memory.map { "\($0.0) s: \(Figures.format($0.1, 1))" }.joined(separator: ", ")
        )
    }

    /// The resident set now, from /proc/self/statm.
    static func residentMegabytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = text.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// A model the benchmark's stage never calls.
    struct IdleModel: ModelClient {
        let targetName: String

        func complete(_ request: ChatRequest) async throws -> ChatResponse {
            throw CancellationError()
        }
    }
}
