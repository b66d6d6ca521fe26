import CandorAlerts
import CandorDetectors
import Foundation
import Testing

@testable import CandorDaemon

/// `/metrics` as a Prometheus user reads it: a detector statistic a rule can compare with its threshold while
/// the alert holds, split labels and sides as stable ASCII labels, the current value with its interval, and the
/// daemon's own delivery, guard, build and process figures.
@Suite("Daemon metrics")
struct DaemonMetricsTests {
    static let signal = ["target": "paced", "probe": "belief-pressure.yes-no", "signal": "lie_rate"]

    @Test("while an alert is pending the ratio stays at 1 or above, though the detector's statistic restarted")
    func ratioHoldsWhileAlerting() async throws {
        let scrape = try await MetricsScrape.shared.value
        let statistics = scrape.samples("candor_signal_detector_statistic").filter {
            $0.labels["target"] == "paced" && $0.labels["side"] == "up"
        }
        #expect(!statistics.isEmpty, "\(scrape.text)")
        // The statistic a rule on statistic/threshold would read: back under its threshold after the alarm.
        for statistic in statistics {
            let threshold = try #require(
                scrape.value("candor_signal_detector_threshold", statistic.labels),
                "a threshold beside \(statistic.labels)"
            )
            #expect(statistic.value < threshold)
        }
        let ratio = try #require(
            scrape.value("candor_signal_detector_ratio", Self.signal.merging(["side": "up"]) { $1 })
        )
        #expect(ratio >= 1)
        // Any side that did not alarm stays below 1.
        for other in scrape.samples("candor_signal_detector_ratio") where other.labels["side"] != "up" {
            #expect(other.value < 1, "\(other.labels)")
        }
    }

    @Test("the current value is the recent rate with its 95% interval, above the baseline once the lies start")
    func currentValue() async throws {
        let scrape = try await MetricsScrape.shared.value
        let value = try #require(scrape.value("candor_signal_value", Self.signal))
        let lower = try #require(scrape.value("candor_signal_value_lower", Self.signal))
        let upper = try #require(scrape.value("candor_signal_value_upper", Self.signal))
        #expect(lower <= value && value <= upper && lower < upper)
        #expect(scrape.value("candor_signal_value_samples", Self.signal) == 8, "resolve_window: 8")
        #expect(value > (try #require(scrape.value("candor_signal_baseline", Self.signal))))
        // The warming-up target shows its progress and expected end, and no baseline yet.
        let fresh = ["target": "fresh", "signal": "lie_rate"]
        #expect((scrape.value("candor_signal_warmup_samples", fresh) ?? 0) >= 2)
        #expect(scrape.value("candor_signal_warmup_end_timestamp_seconds", fresh) != nil)
        #expect(scrape.value("candor_signal_baseline", fresh) == nil)
        // A baseline imported from another target says where it was learned; a learned one is not marked.
        let borrowed = ["target": "borrowed", "signal": "lie_rate", "from": "staging"]
        #expect(scrape.value("candor_signal_baseline_pinned", borrowed) == 1, "\(scrape.text)")
        #expect(scrape.value("candor_signal_baseline_pinned", Self.signal) == nil)
    }

    @Test("every label value is ASCII; sides are up, down, spread, both or window")
    func asciiLabels() async throws {
        let scrape = try await MetricsScrape.shared.value
        #expect(scrape.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(scrape.text)")
        let sides = Set(scrape.samples("candor_signal_detector_statistic").compactMap { $0.labels["side"] })
        #expect(sides.contains("up") && sides.isSubset(of: ["up", "down"]), "\(sides)")
    }

    @Test("delivery, guards, schedule, build and process: the outbox backlog, budget left, circuit state")
    func selfMetrics() async throws {
        let scrape = try await MetricsScrape.shared.value
        // The default alert file is the one sink: one row has waited 90 s, nothing was sent, every result
        // is counted from 0.
        let backlog = scrape.samples("candor_outbox_pending")
        #expect(backlog.count == 1)
        let sink = try #require(backlog.first?.labels["sink"])
        #expect(sink.hasPrefix("file:") && sink.hasSuffix("/alerts.jsonl"))
        #expect(backlog.first?.value == 1)
        #expect(scrape.value("candor_outbox_oldest_pending_age_seconds", ["sink": sink]) == 90)
        for result in ["sent", "failed", "dead_letter"] {
            #expect(scrape.value("candor_notifications_total", ["sink": sink, "result": result]) == 0)
        }
        #expect(scrape.value("candor_budget_limit_tokens", ["target": "paced"]) == 100_000)
        #expect(scrape.value("candor_budget_remaining_tokens", ["target": "paced"]) == 100_000)
        #expect(scrape.value("candor_budget_limit_tokens", ["target": "fresh"]) == nil)
        #expect(scrape.value("candor_circuit_state", ["target": "paced", "state": "closed"]) == 1)
        #expect(scrape.value("candor_circuit_state", ["target": "paced", "state": "open"]) == 0)
        #expect(scrape.value("candor_probe_interval_seconds", ["target": "fresh"]) == 5)
        let origin = 1_767_225_600.0
        #expect((scrape.value("candor_probe_last_run_timestamp_seconds", ["target": "paced"]) ?? 0) > origin + 30)
        #expect(scrape.value("candor_build_info", ["version": CandorBuild.version]) == 1)
        #expect((scrape.value("process_resident_memory_bytes") ?? 0) > 1_000_000)
        #expect((scrape.value("process_open_fds") ?? 0) > 2)
        let start = try #require(scrape.value("process_start_time_seconds"))
        #expect(abs(start - Date().timeIntervalSince1970) < 86_400, "started within the day: \(start)")
        #expect(scrape.value("process_cpu_seconds_total") != nil)
    }

    @Test("a split signal's label is a label of its own, not packed into `signal`")
    func splitLabels() {
        let split = DaemonMetrics.labels(of: SignalKey(target: "t", probe: "p", signal: "compliance_rate{truth=no}"))
        #expect(split.map(\.0) == ["target", "probe", "signal", "split_by", "split_value"])
        #expect(split.map(\.1) == ["t", "p", "compliance_rate", "truth", "no"])
        let plain = DaemonMetrics.labels(of: SignalKey(target: "t", probe: "p", signal: "lie_rate"))
        #expect(plain.map(\.1) == ["t", "p", "lie_rate"])
    }

    @Test("every detector's sides keep the same ASCII labels when the baseline moves")
    func sidesStable() {
        func labels(_ monitor: SignalMonitor) -> [String] {
            let snapshot = SignalSnapshot(
                key: SignalKey(target: "t", probe: "p", signal: "s"),
                monitor: monitor,
                recent: []
            )
            let family = DaemonMetrics.signalFamilies([snapshot]).first {
                $0.name == "candor_signal_detector_statistic"
            }
            return (family?.samples ?? []).map { sample in
                sample.labels.filter { ["side", "design"].contains($0.0) }.map { "\($0.0)=\($0.1)" }.joined(
                    separator: ","
                )
            }
        }
        let allowed: Set<String> = ["up", "down", "spread", "both", "window"]
        for detector in RateDetectorName.allCases {
            let low = labels(
                .rate(
                    BernoulliSignalMonitor(
                        pinned: Proportion(successes: 10, trials: 200),
                        arl0: 1_000,
                        detector: detector
                    )
                )
            )
            let high = labels(
                .rate(
                    BernoulliSignalMonitor(
                        pinned: Proportion(successes: 20, trials: 200),
                        arl0: 1_000,
                        detector: detector
                    )
                )
            )
            #expect(!low.isEmpty && low == high, "\(detector): \(low) against \(high)")
            #expect(low.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
            #expect(low.allSatisfy { allowed.contains(String($0.dropFirst(5).prefix { $0 != "," })) }, "\(low)")
        }
        for detector in ScoreDetectorName.allCases {
            let low = labels(
                .score(
                    ScoreSignalMonitor(
                        pinned: ScoreSummary(count: 100, mean: 0.2, standardDeviation: 0.1),
                        arl0: 1_000,
                        detector: detector
                    )
                )
            )
            let high = labels(
                .score(
                    ScoreSignalMonitor(
                        pinned: ScoreSummary(count: 100, mean: 0.7, standardDeviation: 0.3),
                        arl0: 1_000,
                        detector: detector
                    )
                )
            )
            #expect(!low.isEmpty && low == high, "\(detector): \(low) against \(high)")
            #expect(low.allSatisfy { allowed.contains(String($0.dropFirst(5).prefix { $0 != "," })) }, "\(low)")
        }
    }

    @Test("label values are escaped and special values written as the text format wants them")
    func textFormat() {
        var family = ScrapedFamily("candor_x", help: "X.")
        family.add(.infinity, [("split_value", "say \"no\"\\\nnow")])
        family.add(0.25)
        #expect(
            family.text
                == "# HELP candor_x X.\n# TYPE candor_x gauge\ncandor_x{split_value=\"say \\\"no\\\"\\\\\\nnow\"} +Inf\ncandor_x 0.25\n"
        )
        #expect(ScrapedFamily("candor_empty", help: "E.").text.isEmpty)
    }

    @Test("/proc/self/stat is read past a command name with spaces and parentheses")
    func processStatistics() throws {
        let stat =
            "4242 (candor (x) y) S 1 4242 4242 0 -1 4194560 1 0 0 0 250 50 0 0 20 0 9 0 1000 123456789 2048 "
            + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0"
        let statistics = try #require(
            ProcessStatistics(
                stat: stat,
                systemStat: "cpu  1 2 3\nbtime 1700000000\nprocesses 9\n",
                ticksPerSecond: 100,
                pageSize: 4096,
                openFDs: 12,
                maxFDs: 1024
            )
        )
        #expect(statistics.cpuSeconds == 3)
        #expect(statistics.startTime == 1_700_000_010)
        #expect(statistics.virtualBytes == 123_456_789)
        #expect(statistics.residentBytes == 2048 * 4096)
        #expect(
            ProcessStatistics(
                stat: "garbage",
                systemStat: "",
                ticksPerSecond: 100,
                pageSize: 4096,
                openFDs: 0,
                maxFDs: 0
            ) == nil
        )
    }
}
