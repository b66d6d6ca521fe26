import CandorCore
import Foundation
import Testing

@testable import CandorDaemon

/// What `systemctl status candor` shows while signals warm up.
@Suite("systemd STATUS= line")
struct WarmupStatusLineTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("names the signals by phase and when the last warm-up should end")
    func warmingUp() {
        let ends = [
            SignalKey(target: "t", probe: "p", signal: "a"): now.addingTimeInterval(3 * 3600 + 600),
            SignalKey(target: "t", probe: "p", signal: "b"): now.addingTimeInterval(1200),
        ]
        let line = WarmupStatusLine.text(
            summary: "1 target(s), 2 probe schedule(s)",
            phases: ["monitoring", "warming_up", "warming_up", "calibrating"],
            ends: ends,
            now: now
        )
        #expect(
            line
                == "1 target(s), 2 probe schedule(s); 1 signal(s) monitoring, 1 calibrating, 2 warming up (all monitoring ~3h10m)"
        )
    }

    @Test("says so before any signal has a sample, and leaves out the ETA until a pace is known")
    func early() {
        #expect(WarmupStatusLine.text(summary: "s", phases: [], ends: [:], now: now) == "s; no signal has a sample yet")
        #expect(
            WarmupStatusLine.text(summary: "s", phases: ["warming_up"], ends: [:], now: now)
                == "s; 0 signal(s) monitoring, 1 warming up"
        )
    }

    @Test("a time left reads as a person would say it")
    func roughly() {
        #expect(Duration.seconds(20).roughly == "<1m")
        #expect(Duration.seconds(12 * 60 + 5).roughly == "12m")
        #expect(Duration.seconds(50 * 3600).roughly == "2d2h")
    }
}
