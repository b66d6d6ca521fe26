import ArgumentParser
import CandorHTTP
import CandorTestSupport
import Foundation

/// `candor-bench fleet`: the daemon itself with many targets (issue 20's "Scale on one machine"). Starts the
/// scripted model server on 127.0.0.1, runs the `candor` binary (`candor run`) with `--targets` targets on it,
/// every enabled probe of the repository's rules at its default schedule, and every `--every` seconds reads
/// the daemon's resident memory and CPU from /proc, its state database's size, and from the status API
/// (`/api/v1/targets`, through libcurl) the trials started and how many started late. A start is late when it came more than
/// a second after its due time (``AssignmentSchedule/lateness(interval:)``, for every interval over 2 s), so
/// sampling lag p99 is under 1 s exactly when at most 1 % of the starts were late.
struct FleetBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "The candor daemon with many targets on the scripted server: lateness, memory and disk over time."
    )

    @Option(help: "Targets, each running every enabled probe at its default schedule.")
    var targets = 1_000

    @Option(help: "Seconds to run.")
    var seconds = 900

    @Option(help: "Seconds between readings.")
    var every = 30

    @Option(help: "Seconds the scripted model takes per answer.")
    var latency = 0.5

    @Option(help: "The candor binary (default: the one next to this benchmark).")
    var candor: String?

    @Flag(
        help: """
            Keep the default cadence, whose warm-up samples every probe at the fast pace in the slots its target \
            has free (such runs are never late). Without it the speed-ups are off, so every run is at the \
            operator's schedule, as once the signals monitor: the steady state whose lateness the goal is about.
            """
    )
    var fastWarmup = false

    /// One reading of the running daemon.
    struct Reading {
        var seconds: Double
        var rssMB: Double
        var cpuSeconds: Double
        var runs: Int
        var late: Int
        var skipped: Int
        var databaseBytes: Int
    }

    func run() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let binary =
            candor
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "candor"
            )
            .path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no candor binary at \(binary): build it (swift build -c release --product candor)")
        }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let pause = latency
        server.setPolicy { _ in
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            return .answer("Yes. That is correct, as far as I know.")
        }
        let statusPort = try LoopbackPort.free()
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let config = try Self.writeConfig(
            in: directory,
            targets: targets,
            server: server.baseURL,
            status: statusPort,
            fastWarmup: fastWarmup
        )
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: binary)
        daemon.arguments = ["run", "--config", config]
        daemon.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        _ = FileManager.default.createFile(atPath: directory.file("daemon.log"), contents: nil)
        daemon.standardError = FileHandle(forWritingAtPath: directory.file("daemon.log"))
        try daemon.run()
        defer { if daemon.isRunning { daemon.terminate() } }
        let cadence = fastWarmup ? "default cadence (fast warm-up)" : "speed-ups off"
        print(
            "## candor run: \(targets) targets at default schedules, \(cadence), model latency \(latency) s, \(seconds) s\n"
        )
        print(
            "| s | RSS MB | CPU % of a core (interval) | trials started | late (>1 s) | skipped | state DB bytes/trial |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|")
        let clock = ContinuousClock()
        let started = clock.now
        var previous: Reading?
        var last: Reading?
        for _ in 0..<(seconds / max(1, every) + 1) {
            try await Task.sleep(for: .seconds(every))
            guard daemon.isRunning else {
                throw ValidationError("the daemon exited (\(daemon.terminationStatus)); see its log")
            }
            var reading = try await Self.read(
                pid: daemon.processIdentifier,
                statusPort: statusPort,
                state: directory.file("state"),
                transport: transport
            )
            reading.seconds = (clock.now - started).timeInterval
            let cpu = previous.map { ($0.cpuSeconds, $0.seconds) } ?? (0, 0)
            let share = 100 * (reading.cpuSeconds - cpu.0) / max(0.001, reading.seconds - cpu.1)
            let perTrial = reading.runs > 0 ? String(reading.databaseBytes / reading.runs) : "—"
            print(
                "| \(Int(reading.seconds)) | \(String(format: "%.1f", reading.rssMB)) | \(String(format: "%.1f", share)) "
                    + "| \(reading.runs) | \(reading.late) | \(reading.skipped) | \(perTrial) |"
            )
            previous = reading
            last = reading
            if reading.seconds >= Double(seconds) { break }
        }
        daemon.terminate()
        daemon.waitUntilExit()
        if let last, last.runs > 0 {
            let share = 100 * Double(last.late) / Double(last.runs)
            print(
                "\n\(last.runs) trials started, \(last.late) late (\(String(format: "%.2f", share)) %): sampling lag p99 "
                    + (share <= 1 ? "under 1 s" : "over 1 s") + "; model requests served: \(server.requestCount)"
            )
        }
    }

    /// The config: the repository's rules, every target on the scripted server, the status API on `status`, and
    /// unless `fastWarmup`, the cadence's speed-ups off.
    static func writeConfig(
        in directory: TemporaryDirectory,
        targets: Int,
        server: String,
        status: Int,
        fastWarmup: Bool
    ) throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let lines = (0..<targets).map { "  - {name: t\($0), base_url: '\(server)', model: m}" }
        let config = directory.file("candor.yaml")
        try """
        rules: \(repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        log_level: warning
        status: {listen: '127.0.0.1:\(status)'}
        \(fastWarmup ? "" : "cadence: {warmup_speedup: 1, alert_speedup: 1}")
        targets:
        \(lines.joined(separator: "\n"))
        """.write(toFile: config, atomically: true, encoding: .utf8)
        return config
    }

    /// The daemon's memory and CPU from /proc, its starts from the status API, its database's size.
    static func read(pid: Int32, statusPort: Int, state: String, transport: CurlTransport) async throws -> Reading {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let rss =
            status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
            .flatMap { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } ?? 0
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        let ticks = fields.count > 12 ? (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0) : 0
        // The answer runs to megabytes with 1,000 targets: libcurl, with room for it.
        let answer = try await transport.send(
            HTTPRequest(url: "http://127.0.0.1:\(statusPort)/api/v1/targets", maxResponseBytes: 256 << 20)
        )
        var counts = (runs: 0, late: 0, skipped: 0)
        if let body = try? JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any],
            let targets = body["targets"] as? [[String: Any]]
        {
            for target in targets {
                for probe in target["probes"] as? [[String: Any]] ?? [] {
                    counts.runs += probe["runs"] as? Int ?? 0
                    counts.late += probe["late"] as? Int ?? 0
                    counts.skipped += probe["skipped"] as? Int ?? 0
                }
            }
        }
        let database = ["candor.sqlite", "candor.sqlite-wal"].reduce(0) { sum, name in
            sum + ((try? FileManager.default.attributesOfItem(atPath: state + "/" + name))?[.size] as? Int ?? 0)
        }
        return Reading(
            seconds: 0,
            rssMB: rss / 1024,
            cpuSeconds: ticks / Double(sysconf(Int32(_SC_CLK_TCK))),
            runs: counts.runs,
            late: counts.late,
            skipped: counts.skipped,
            databaseBytes: database
        )
    }
}
