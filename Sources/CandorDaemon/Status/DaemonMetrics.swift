import CandorDetectors
import Foundation
import Prometheus

/// The daemon's Prometheus metrics, served at `/metrics` in the text exposition format.
public struct DaemonMetrics: Sendable {
    /// The registry every metric is kept in.
    public let registry = PrometheusCollectorRegistry()

    /// Creates the metrics with the series that exist before the first trial.
    public init() {
        registry.makeGauge(descriptor: Self.describe("alerts_firing", "", "Alerts currently firing.")).set(to: 0)
    }

    /// Counts `record`: its outcome, tokens, call latencies and failures.
    public func record(_ record: TrialRecord) {
        let target = ("target", record.target)
        registry.makeCounter(
            descriptor: Self.describe("trials", "total", "Trials run, by outcome."),
            labels: [target, ("probe", record.probe), ("outcome", record.observation.outcome.rawValue)]
        ).increment()
        for exchange in record.exchanges {
            if let response = exchange.response {
                registry.makeDurationHistogram(
                    descriptor: Self.describe("request_latency", "seconds", "Latency of successful model calls."),
                    labels: [target],
                    buckets: Self.latencyBuckets
                ).record(.milliseconds(Int64(response.latencySeconds * 1000)))
                if let usage = response.usage {
                    let tokens = Self.describe("tokens", "total", "Tokens the model APIs reported, by kind.")
                    registry.makeCounter(descriptor: tokens, labels: [target, ("kind", "prompt")])
                        .increment(by: Int64(usage.promptTokens))
                    registry.makeCounter(descriptor: tokens, labels: [target, ("kind", "completion")])
                        .increment(by: Int64(usage.completionTokens))
                }
            }
            if let error = exchange.error {
                registry.makeCounter(
                    descriptor: Self.describe("call_errors", "total", "Failed model calls, by error code."),
                    labels: [target, ("code", error.code)]
                ).increment()
            }
        }
    }

    /// Publishes the current state of one signal's detector, and when its warm-up should end if it is still
    /// warming up.
    public func update(_ key: SignalKey, _ monitor: SignalMonitor, warmupEnd: Date? = nil) {
        let labels = [("target", key.target), ("probe", key.probe), ("signal", key.signal)]
        if let warmupEnd {
            registry.makeGauge(
                descriptor: Self.describe(
                    "signal_warmup_end_timestamp_seconds",
                    "",
                    "When the warm-up should end at its pace so far, as a Unix time."
                ),
                labels: labels
            ).set(to: warmupEnd.timeIntervalSince1970)
        }
        registry.makeGauge(
            descriptor: Self.describe("signal_warmup_samples", "", "Samples seen while learning the baseline."),
            labels: labels
        ).set(to: Double(monitor.warmupProgress.observed))
        guard let level = monitor.baselineLevel else { return }
        registry.makeGauge(
            descriptor: Self.describe(
                "signal_baseline_samples",
                "",
                "Samples the baseline rests on (its warm-up, or a pinned baseline's count)."
            ),
            labels: labels
        ).set(to: Double(monitor.baselineSamples))
        registry.makeGauge(
            descriptor: Self.describe(
                "signal_baseline",
                "",
                "The baseline rate or mean the detector compares against."
            ),
            labels: labels
        ).set(to: level)
        let statistic = Self.describe("signal_detector_statistic", "", "The detector's statistics, by side.")
        let threshold = Self.describe("signal_detector_threshold", "", "The calibrated thresholds, by side.")
        for reading in monitor.readings {
            registry.makeGauge(descriptor: statistic, labels: labels + [("side", reading.name)]).set(
                to: reading.statistic
            )
            if let limit = reading.threshold {
                registry.makeGauge(descriptor: threshold, labels: labels + [("side", reading.name)]).set(to: limit)
            }
        }
    }

    /// Counts signals that restarted their warm-up because the model fingerprint changed.
    public func baselinesReset(_ count: Int) {
        guard count > 0 else { return }
        registry.makeCounter(
            descriptor: Self.describe(
                "baseline_resets_total",
                "",
                "Signals that learned a new baseline after a model change."
            )
        ).increment(by: Int64(count))
    }

    /// Sets the number of alerts firing.
    public func setFiring(_ count: Int) {
        registry.makeGauge(descriptor: Self.describe("alerts_firing", "", "Alerts currently firing.")).set(
            to: Double(count)
        )
    }

    /// Records the outcome of a configuration reload.
    public func reloaded(success: Bool, at seconds: Double) {
        registry.makeGauge(
            descriptor: Self.describe("last_reload_successful", "", "1 if the last configuration reload succeeded.")
        ).set(to: success ? 1 : 0)
        if success {
            registry.makeGauge(
                descriptor: Self.describe(
                    "last_reload_success_timestamp",
                    "seconds",
                    "When the config was last loaded."
                )
            ).set(to: seconds)
        }
    }

    /// The metrics in the Prometheus text format.
    public func exposition() -> String {
        registry.emitToString()
    }

    static let latencyBuckets: [Duration] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60].map {
        .milliseconds(Int64($0 * 1000))
    }

    static func describe(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "candor", metricName: name, unitName: unit, helpText: help)
    }
}
