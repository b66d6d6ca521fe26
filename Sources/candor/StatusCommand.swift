import ArgumentParser
import CandorDaemon
import CandorHTTP
import Foundation

/// `candor status`: a human summary of a running daemon, from its local status endpoint.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the targets, signals and firing alerts of the running daemon."
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let plan = try options.loadPlan()
        let status = plan.configuration.status
        guard status.enabled else {
            throw ValidationError("the status endpoint is disabled in \(options.config) (status.enabled: false)")
        }
        var port = status.port
        if port == 0 {
            let file = plan.configuration.stateDirectory + "/status.port"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                let bound = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            else {
                throw ValidationError(
                    "status.listen uses port 0 and \(file) does not say which port was bound; is candor running?"
                )
            }
            port = bound
        }
        let token = status.bearerTokenEnvironment.flatMap { ProcessInfo.processInfo.environment[$0] }
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let base = "http://\(status.host):\(port)"
        func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
            let response: HTTPResponse
            do {
                response = try await transport.send(
                    HTTPRequest(
                        url: base + path,
                        headers: token.map { [HTTPHeader("Authorization", "Bearer \($0)")] } ?? [],
                        timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(10))
                    )
                )
            } catch {
                throw ValidationError("cannot reach the status endpoint at \(base): \(error); is candor running?")
            }
            guard response.isSuccess else {
                throw ValidationError("\(base)\(path) answered HTTP \(response.status)")
            }
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(T.self, from: Data(response.body))
        }
        let targets = try await get("/api/v1/targets", as: [String: [TargetStatus]].self)["targets"] ?? []
        let signals = try await get("/api/v1/signals", as: [String: [SignalStatus]].self)["signals"] ?? []
        let alerts = try await get("/api/v1/alerts", as: [String: [AlertSummary]].self)["alerts"] ?? []

        print("TARGET / PROBE".padding(48) + "SCHEDULE".padding(22) + "NEXT RUN".padding(12) + "STATE")
        for target in targets {
            for probe in target.probes {
                let next = probe.nextRun.map { "in \(max(0, Int($0.timeIntervalSinceNow)))s" } ?? "-"
                print(
                    "\(target.name) / \(probe.probe)".padding(48) + probe.schedule.padding(22) + next.padding(12)
                        + (probe.running ? "running" : "idle")
                )
            }
        }
        print("")
        print("SIGNAL".padding(48) + "PHASE".padding(22) + "BASELINE".padding(12) + "DETECTOR (statistic/threshold)")
        for signal in signals {
            let phase =
                signal.phase == "monitoring"
                ? "monitoring" + (signal.baselineSamples.map { " (n=\($0))" } ?? "")
                : "warm-up \(signal.warmupSamples)/\(signal.warmup)"
            let baseline = signal.baseline.map { String(format: "%.4g", $0) } ?? "-"
            let readings = signal.readings.map { reading in
                "\(reading.name) " + String(format: "%.2f", reading.statistic)
                    + (reading.threshold.map { String(format: "/%.2f", $0) } ?? "")
            }
            print(
                signal.key.padding(48) + phase.padding(22) + baseline.padding(12)
                    + ([signal.detector] + readings).joined(separator: "  ")
            )
        }
        print("")
        print(alerts.isEmpty ? "no alerts firing" : "\(alerts.count) alert(s) firing:")
        for alert in alerts {
            print(
                "  [\(alert.labels["severity"] ?? "")] \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")"
            )
        }
    }

    struct AlertSummary: Decodable {
        var labels: [String: String]
        var annotations: [String: String]
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
