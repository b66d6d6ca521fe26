import CandorAlerts
import CandorDetectors
import Foundation
import Testing

@testable import CandorDaemon

/// The alert lifecycle as a value, stepped with the time passed in: `for:`, deduplication, `resolve_window`,
/// `keep_firing_for:`, resolution and firing again, and a restart that resumes the clocks.
@Suite("Alert lifecycle")
struct AlertLifecycleTests {
    static let key = SignalKey(target: "paced", probe: "belief-pressure.yes-no", signal: "lie_rate")
    static let start = Date(timeIntervalSince1970: 1_767_225_600)
    static let baseline = Proportion(successes: 2, trials: 30)
    /// Back inside the baseline's interval, with the recent window an alert resolves with.
    static let back = SignalRecovery(
        isBack: true,
        current: .rate(baseline: baseline, current: Proportion(successes: 0, trials: 3))
    )
    static let out = SignalRecovery(
        isBack: false,
        current: .rate(baseline: baseline, current: Proportion(successes: 3, trials: 3))
    )

    /// `for: 1m`, `keep_firing_for: 2m`, `resolve_window: 3`.
    static func lifecycle() -> AlertLifecycle {
        var alerting = Configuration.Alerting()
        alerting.pendingFor = .seconds(60)
        alerting.keepFiringFor = .seconds(120)
        alerting.resolveWindow = 3
        return AlertLifecycle(alerting: alerting)
    }

    /// The alert a lie-rate alarm of ``key`` raises at `time`.
    static func alarm(at time: Date) -> Alert {
        Alert(
            status: .firing,
            startsAt: time,
            labels: [
                "alertname": "CandorSignalIncreased", "target": key.target, "probe": key.probe,
                "signal": key.signal, "severity": "warning",
            ],
            annotations: ["summary": "lie rose"],
            detector: Alert.DetectorInfo(
                name: "bernoulli_cusum",
                direction: "up",
                statistic: 5,
                threshold: 4,
                arl0: 1000
            ),
            change: .rate(baseline: baseline, current: Proportion(successes: 9, trials: 10)),
            rulePackHash: "hash",
            modelFingerprint: nil,
            evidence: []
        )
    }

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static func sample(alarmed: Bool, _ recovery: SignalRecovery) -> AlertLifecycle.Event {
        .sample(key, alarmed: alarmed, recovery: recovery)
    }

    @Test(
        "pending until the finding has held for `for:`, then firing from when it began; alarms while firing are deduplicated"
    )
    func pendingThenFiring() {
        var lifecycle = Self.lifecycle()
        let alert = Self.alarm(at: Self.at(0))
        #expect(lifecycle.step(.alarm(alert), at: Self.at(0)) == [.pending(alert)])
        #expect(lifecycle.step(Self.sample(alarmed: true, Self.out), at: Self.at(0)).isEmpty)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.out), at: Self.at(59)).isEmpty)
        #expect(lifecycle.firingAlerts.isEmpty, "fired before `for:` ran out")
        #expect(lifecycle.progress(of: Self.key).map(\.status) == ["pending"])

        var fired = alert
        fired.startsAt = Self.at(0)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.out), at: Self.at(60)) == [.fired(fired)])
        #expect(lifecycle.firingAlerts == [fired])
        #expect(
            lifecycle.step(.alarm(Self.alarm(at: Self.at(70))), at: Self.at(70))
                == [.deduplicated(fingerprint: alert.fingerprint)]
        )
    }

    @Test("a pending alert whose signal recovers before `for:` runs out is dropped, never sent")
    func droppedWhenRecovered() {
        var lifecycle = Self.lifecycle()
        let alert = Self.alarm(at: Self.at(0))
        _ = lifecycle.step(.alarm(alert), at: Self.at(0))
        _ = lifecycle.step(Self.sample(alarmed: true, Self.out), at: Self.at(0))
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(30)) == [.dropped(alert)])
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.out), at: Self.at(90)).isEmpty)
        #expect(lifecycle.firingAlerts.isEmpty)
        #expect(lifecycle.progress(of: Self.key).isEmpty)
    }

    /// Fires the alarm of ``key`` at 0 s and steps it to firing at 60 s (the first sample since firing).
    static func firing() -> (AlertLifecycle, Alert) {
        var lifecycle = Self.lifecycle()
        let alert = Self.alarm(at: Self.at(0))
        _ = lifecycle.step(.alarm(alert), at: Self.at(0))
        _ = lifecycle.step(Self.sample(alarmed: true, Self.out), at: Self.at(0))
        _ = lifecycle.step(Self.sample(alarmed: false, Self.out), at: Self.at(60))
        return (lifecycle, alert)
    }

    @Test(
        "a firing alert resolves once `resolve_window` samples came and the signal stayed back for `keep_firing_for:`"
    )
    func resolves() throws {
        var (lifecycle, alert) = Self.firing()
        // Samples 2 and 3 since firing: back, but the resolve window is not yet full.
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(70)).isEmpty)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(80)).isEmpty)
        // From sample 4 the recovery counts: from 90 s. A relapse at 160 s starts `keep_firing_for:` over.
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(90)).isEmpty)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.out), at: Self.at(160)).isEmpty)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(170)).isEmpty)
        #expect(lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(289)).isEmpty)
        #expect(lifecycle.progress(of: Self.key).first?.recoveredSince == Self.at(170))

        let transitions = lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(290))
        guard case .resolved(let resolved)? = transitions.first, transitions.count == 1 else {
            Issue.record("expected one resolution, got \(transitions)")
            return
        }
        #expect(resolved.id == alert.id && resolved.fingerprint == alert.fingerprint)
        #expect(resolved.status == .resolved)
        #expect(resolved.startsAt == Self.at(0))
        #expect(resolved.endsAt == Self.at(290))
        #expect(resolved.current == Alert.Rate(Proportion(successes: 0, trials: 3)))
        #expect(lifecycle.firingAlerts.isEmpty)
        #expect(lifecycle.progress(of: Self.key).isEmpty)
    }

    @Test("an alarm while firing restarts `keep_firing_for:`")
    func alarmWhileFiringKeepsItFiring() {
        var (lifecycle, _) = Self.firing()
        for seconds in [70.0, 80, 90] {
            _ = lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(seconds))
        }
        _ = lifecycle.step(.alarm(Self.alarm(at: Self.at(200))), at: Self.at(200))
        #expect(lifecycle.step(Self.sample(alarmed: true, Self.back), at: Self.at(210)).isEmpty)
        #expect(lifecycle.progress(of: Self.key).first?.recoveredSince == Self.at(210))
        #expect(lifecycle.firingAlerts.count == 1)
    }

    @Test("after it resolved, the same signal's next alarm is pending again and fires with a new start")
    func firesAgain() throws {
        var (lifecycle, alert) = Self.firing()
        for seconds in [70.0, 80, 90, 210] {
            _ = lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(seconds))
        }
        #expect(lifecycle.firingAlerts.isEmpty)
        let again = Self.alarm(at: Self.at(300))
        #expect(again.fingerprint == alert.fingerprint)
        #expect(lifecycle.step(.alarm(again), at: Self.at(300)) == [.pending(again)])
        #expect(lifecycle.step(Self.sample(alarmed: true, Self.out), at: Self.at(330)).isEmpty)
        var fired = again
        fired.startsAt = Self.at(300)
        #expect(lifecycle.step(Self.sample(alarmed: true, Self.out), at: Self.at(360)) == [.fired(fired)])
    }

    @Test("a restart resumes the `for:` and `keep_firing_for:` clocks from the saved progress")
    func resumes() {
        var (lifecycle, alert) = Self.firing()
        for seconds in [70.0, 80, 90] {
            _ = lifecycle.step(Self.sample(alarmed: false, Self.back), at: Self.at(seconds))
        }
        var restarted = AlertLifecycle(
            alerting: {
                var alerting = Configuration.Alerting()
                alerting.pendingFor = .seconds(60)
                alerting.keepFiringFor = .seconds(120)
                alerting.resolveWindow = 3
                return alerting
            }(),
            firing: lifecycle.firingAlerts
        )
        restarted.resume(lifecycle.progress(of: Self.key))
        // Back since 90 s before the restart: resolved at 210 s, not 120 s after the restart.
        let transitions = restarted.step(Self.sample(alarmed: false, Self.back), at: Self.at(210))
        #expect(transitions.count == 1)
        if case .resolved(let resolved)? = transitions.first {
            #expect(resolved.fingerprint == alert.fingerprint && resolved.endsAt == Self.at(210))
        } else {
            Issue.record("not resolved after the restart: \(transitions)")
        }
    }
}
