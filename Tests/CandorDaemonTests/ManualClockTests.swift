import CandorCore
import CandorTestSupport
import Foundation
import Testing

@Suite("Manual clock")
struct ManualClockTests {
    @Test("A sleeper wakes when time passes its deadline, not before")
    func wakesAtDeadline() async throws {
        let time = ManualClock()
        let clock = time.clock
        let started = clock.now()
        let sleeper = Task { try await clock.sleep(.seconds(60)) }
        try await time.waitForSleepers(1)
        time.advance(by: .seconds(59))
        #expect(time.sleeperCount == 1)
        time.advance(by: .seconds(1))
        try await sleeper.value
        #expect(clock.now().timeIntervalSince(started) == 60)
    }

    @Test("A cancelled sleeper throws and leaves the clock")
    func cancellation() async throws {
        let time = ManualClock()
        let clock = time.clock
        let sleeper = Task { try await clock.sleep(.seconds(60)) }
        try await time.waitForSleepers(1)
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(time.sleeperCount == 0)
    }
}
