import CandorCore
import Foundation
import ServiceLifecycle

/// Keeps systemd's `STATUS=` line (what `systemctl status candor` shows) current with the signals' warm-up:
/// how many monitor, calibrate or still warm up, and when the last warm-up should end at its pace so far.
/// Without a notify socket it does nothing.
struct WarmupStatusLine: Service {
    let board: SignalBoard
    let notifier: SystemdNotifier
    /// The plan's one-line summary, read each time (a reload changes it).
    let summary: @Sendable () -> String
    let clock: CandorClock
    /// How often the line is refreshed.
    var every: Duration = .seconds(60)

    func run() async throws {
        // A service that returns early stops the whole group: without systemd, idle until it stops.
        guard notifier.isEnabled else { return try await gracefulShutdown() }
        while true {
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(every) }
            } catch {
                return
            }
            let phases = await board.snapshot().values.map(SignalStatus.phase(of:))
            let ends = await board.warmupEnds()
            notifier.status(Self.text(summary: summary(), phases: phases, ends: ends, now: clock.now()))
        }
    }

    /// The line: the plan summary, then the signals by phase and the warm-up ETA (`~3h10m`, the latest end of
    /// the signals still warming up; absent until their pace is known).
    static func text(summary: String, phases: [String], ends: [SignalKey: Date], now: Date) -> String {
        guard !phases.isEmpty else { return summary + "; no signal has a sample yet" }
        let counts = Dictionary(grouping: phases, by: { $0 }).mapValues(\.count)
        var parts = ["\(counts["monitoring", default: 0]) signal(s) monitoring"]
        if let calibrating = counts["calibrating"] { parts.append("\(calibrating) calibrating") }
        if let warming = counts["warming_up"] {
            let eta =
                ends.values.max().map { " (all monitoring ~\(Duration.seconds($0.timeIntervalSince(now)).roughly))" }
                ?? ""
            parts.append("\(warming) warming up\(eta)")
        }
        return summary + "; " + parts.joined(separator: ", ")
    }
}
