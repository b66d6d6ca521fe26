import Foundation
import Prometheus

/// The daemon's Prometheus metrics, served at `/metrics` in the text exposition format: the events counted as
/// they happen (trials, tokens, latencies, errors, reloads, late runs) live in the registry; the state of the
/// signals, schedule, outbox, guards and process is read at each ``scrape(scheduler:board:outbox:)``.
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

    /// The registry's metrics in the Prometheus text format (the counted events only).
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
