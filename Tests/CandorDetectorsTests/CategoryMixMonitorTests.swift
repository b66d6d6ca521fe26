import Foundation
import Testing

@testable import CandorDetectors

@Suite("Category mix monitor")
struct CategoryMixMonitorTests {
    /// Draws a category of `mix` (names and shares) with `random`.
    static func draw(_ mix: [(String, Double)], _ random: inout SplitMix64) -> String {
        var u = random.unit()
        for (name, share) in mix {
            if u < share { return name }
            u -= share
        }
        return mix[mix.count - 1].0
    }

    static let styles: [(String, Double)] = [
        ("numbered-list", 0.55), ("dash-list", 0.25), ("inline", 0.15), ("bold", 0.04), ("rare", 0.01),
    ]

    @Test("the warm-up keeps common categories, pools rare ones into other, and sizes the window")
    func design() {
        var monitor = CategoryMixMonitor(warmup: 400, arl0: 10_000)
        var random = SplitMix64(seed: 3)
        var events: [SignalEvent] = []
        for _ in 0..<400 { events += monitor.observe(Self.draw(Self.styles, &random)) }
        guard case .mixBaselineLearned(let baseline, let windowSize)? = events.last else {
            Issue.record("no baseline learned: \(events)")
            return
        }
        #expect(monitor.categories.last == CategoryMixMonitor.other)
        #expect(monitor.categories.contains("numbered-list") && !monitor.categories.contains("rare"))
        // The rarest kept category is expected at least 5 times per window.
        #expect(baseline.shares.keys.sorted() == monitor.categories.sorted())
        let rarest = monitor.categories.dropLast().compactMap { monitor.seen[$0] }.min().map { Double($0) / 400 } ?? 0
        #expect(rarest * Double(windowSize) >= 5 - 1e-9)
        #expect(CategoryMixMonitor.windowRange.contains(windowSize))
        #expect(monitor.readings.first?.threshold ?? 0 > 0)
    }

    @Test("a null stream alarms about once per arl0 samples")
    func nullRate() {
        // arl0 2,000 over 400,000 samples: about 200 false alarms expected; a miscalibrated test is off by far more.
        var monitor = CategoryMixMonitor(warmup: 2_000, arl0: 2_000)
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 { _ = monitor.observe(Self.draw(Self.styles, &random)) }
        #expect(monitor.isMonitoring)
        var alarms = 0
        for _ in 0..<400_000 {
            alarms += monitor.observe(Self.draw(Self.styles, &random)).filter(\.isAlarm).count
        }
        #expect(alarms >= 100 && alarms <= 300, "\(alarms) alarms, about 200 expected")
    }

    @Test("a swapped model's style mix alarms within a few windows, naming what moved")
    func changedMix() throws {
        var monitor = CategoryMixMonitor(warmup: 500, arl0: 10_000)
        var random = SplitMix64(seed: 17)
        for _ in 0..<500 { _ = monitor.observe(Self.draw(Self.styles, &random)) }
        let swapped: [(String, Double)] = [("numbered-list", 0.05), ("dash-list", 0.15), ("inline", 0.8)]
        var found: SignalEvent?
        var samples = 0
        while found == nil, samples < 1_000 {
            samples += 1
            found = monitor.observe(Self.draw(swapped, &random)).first(where: \.isAlarm)
        }
        guard case .mixAlarm(let alarm, let critical, let baseline, let current)? = found else {
            Issue.record("no alarm after \(samples) samples")
            return
        }
        #expect(samples <= 3 * alarm.windowSize)
        #expect(alarm.statistic > critical && alarm.effectSize > 0.1)
        let moved = current.moves(from: baseline)
        #expect(moved.first?.category == "inline" || moved.first?.category == "numbered-list")
    }

    @Test("an unseen category counts as other, and a new style appearing alarms")
    func unseenCategory() {
        var monitor = CategoryMixMonitor(warmup: 200, arl0: 10_000)
        for _ in 0..<200 { _ = monitor.observe("plain") }
        #expect(monitor.categories == ["plain", CategoryMixMonitor.other])
        var alarmed = false
        for index in 0..<200 where !alarmed {
            alarmed = monitor.observe(index.isMultiple(of: 4) ? "numbered-list" : "plain").contains(where: \.isAlarm)
        }
        #expect(alarmed)
    }

    @Test("a monitor pinned to an exported baseline monitors at once and tests each window as the original does")
    func pinned() throws {
        var learned = CategoryMixMonitor(warmup: 400, arl0: 10_000)
        var random = SplitMix64(seed: 23)
        for _ in 0..<400 { _ = learned.observe(Self.draw(Self.styles, &random)) }
        #expect(CategoryMixMonitor(warmup: 400).pinnable == nil, "a monitor still warming up has nothing to pin")
        let exported = try #require(learned.pinnable)
        let baseline = try JSONDecoder().decode(CategoryMixBaseline.self, from: JSONEncoder().encode(exported))
        #expect(baseline.problem == nil)
        var pinned = CategoryMixMonitor(pinned: baseline, warmup: 400, arl0: 10_000)
        #expect(pinned.isMonitoring && pinned.categories == learned.categories)
        for (category, share) in learned.baseline.shares {
            #expect(abs((pinned.baseline.shares[category] ?? 0) - share) < 1e-12, "\(category)")
        }
        #expect(pinned.pinnable == baseline, "a pinned monitor exports its file's baseline exactly")
        // A swapped style mix: both monitors see the same samples and alarm on the same windows.
        let swapped: [(String, Double)] = [("numbered-list", 0.1), ("dash-list", 0.2), ("inline", 0.7)]
        var alarms: [Int] = []
        var pinnedAlarms: [Int] = []
        var windows = 0
        for sample in 0..<(4 * baseline.windowSize) {
            let category = Self.draw(sample < baseline.windowSize ? Self.styles : swapped, &random)
            if learned.observe(category).contains(where: \.isAlarm) { alarms.append(sample) }
            if pinned.observe(category).contains(where: \.isAlarm) { pinnedAlarms.append(sample) }
            if pinned.completedWindow { windows += 1 }
            let statistics = zip(pinned.readings, learned.readings).map { abs($0.statistic - $1.statistic) }
            #expect(pinned.readings.count == learned.readings.count && statistics.allSatisfy { $0 < 1e-9 })
        }
        #expect(windows == 4)
        #expect(!pinnedAlarms.isEmpty && pinnedAlarms == alarms)
    }

    @Test("a damaged mix baseline is refused with a reason")
    func damagedBaseline() {
        let good = CategoryMixBaseline(
            categories: ["plain", CategoryMixMonitor.other],
            shares: [0.9, 0.1],
            samples: 200,
            windowSize: 50,
            critical: 9.5,
            level: 0.002
        )
        #expect(good.problem == nil)
        var oneCategory = good
        oneCategory.categories = ["plain"]
        #expect(oneCategory.problem?.contains("at least two categories") == true)
        var noOther = good
        noOther.categories = ["plain", "bold"]
        #expect(noOther.problem?.contains("end with 'other'") == true)
        var zeroShare = good
        zeroShare.shares = [1, 0]
        #expect(zeroShare.problem?.contains("positive") == true)
        var noThreshold = good
        noThreshold.critical = .nan
        #expect(noThreshold.problem?.contains("threshold") == true)
    }

    @Test("the state survives encoding mid-window")
    func persists() throws {
        var monitor = CategoryMixMonitor(warmup: 100, arl0: 10_000)
        var random = SplitMix64(seed: 5)
        for _ in 0..<137 { _ = monitor.observe(Self.draw(Self.styles, &random)) }
        let decoded = try JSONDecoder().decode(
            SignalMonitor.self,
            from: JSONEncoder().encode(SignalMonitor.mix(monitor))
        )
        #expect(decoded == .mix(monitor))
    }
}
