import CandorAlerts
import Foundation
import Testing

@testable import CandorDaemon

/// When a firing alert is sent again: every `repeat_interval` after its last message, never while
/// one of its rows waits or a silence mutes it, decided from the stored log and the time alone.
@Suite("repeat schedule")
struct RepeatScheduleTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func alert(_ name: String) -> Alert {
        Alert(about: name, severity: "warning", summary: name, description: name, startsAt: now)
    }

    static func schedule(
        _ alerts: [Alert],
        log: [String: (lastSent: Date?, newestRow: Int64, waiting: Bool)],
        silences: [Silence] = []
    ) -> RepeatSchedule {
        RepeatSchedule(firing: alerts, log: log, silences: silences, interval: .seconds(3600), now: now)
    }

    @Test("an alert last sent an interval ago is repeated now, keyed by its newest row; a later one sets the next pass")
    func dueAndNext() {
        let old = Self.alert("old")
        let recent = Self.alert("recent")
        let schedule = Self.schedule(
            [old, recent],
            log: [
                old.fingerprint: (Self.now.addingTimeInterval(-3600), 7, false),
                recent.fingerprint: (Self.now.addingTimeInterval(-600), 9, false),
            ]
        )
        #expect(schedule.due.map(\.alert.fingerprint) == [old.fingerprint])
        #expect(schedule.due.map(\.newestRow) == [7])
        #expect(schedule.next == Self.now.addingTimeInterval(3000), "the recent alert repeats 50 minutes from now")
    }

    @Test("no repeat while a row of the alert waits, for an alert the sink never had, or while a silence mutes it")
    func notRepeated() {
        let waiting = Self.alert("waiting")
        let unknown = Self.alert("unknown")
        let silenced = Self.alert("silenced")
        let silence = Silence(
            matchers: ["alertname": "silenced"],
            endsAt: Self.now.addingTimeInterval(60),
            comment: "maintenance"
        )
        let schedule = Self.schedule(
            [waiting, unknown, silenced],
            log: [
                waiting.fingerprint: (Self.now.addingTimeInterval(-7200), 3, true),
                silenced.fingerprint: (Self.now.addingTimeInterval(-7200), 4, false),
            ],
            silences: [silence]
        )
        #expect(schedule.due.isEmpty)
        #expect(schedule.next == nil)
    }

    @Test("an alert whose rows were all given up on or silenced (never sent) is repeated at once")
    func neverSentIsDue() {
        let alert = Self.alert("never")
        let schedule = Self.schedule([alert], log: [alert.fingerprint: (nil, 2, false)])
        #expect(schedule.due.map(\.newestRow) == [2])
    }
}
