import Foundation
import Testing

@testable import CandorDetectors

@Suite("Page-Hinkley core")
struct PageHinkleyTests {
    @Test("values are compared with their own running mean, so a constant offset never alarms")
    func runningMeanReference() {
        var test = PageHinkley(tolerance: 0.25, threshold: 5)
        for index in 0..<1_000 {
            #expect(test.update(3 + (index.isMultiple(of: 2) ? 0.1 : -0.1)) == nil)
        }
        #expect(abs(test.mean - 3) < 0.01)
    }

    @Test("a jump after a settled stretch alarms on the side it moved, with its run")
    func alarmsOnJump() {
        var test = PageHinkley(tolerance: 0.25, threshold: 5)
        for _ in 0..<200 {
            _ = test.update(0)
        }
        var direction: ChangeDirection?
        var steps = 0
        while direction == nil && steps < 100 {
            steps += 1
            direction = test.update(-1)
        }
        #expect(direction == .down)
        #expect(steps <= 8)
        #expect(test.side(.down).runLength == steps)
    }

    @Test("the calibrated threshold grows with arl0")
    func calibrationGrowsWithARL() {
        let effort = MonteCarloCalibration.Effort(runsPerScenario: 200)
        let short = PageHinkley(tolerance: 0.25, arl0: 100, law: .normal, effort: effort)
        let long = PageHinkley(tolerance: 0.25, arl0: 1_000, law: .normal, effort: effort)
        #expect(short.threshold > 2 && short.threshold < long.threshold)
    }
}
