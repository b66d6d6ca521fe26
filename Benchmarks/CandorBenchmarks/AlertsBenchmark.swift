import ArgumentParser
import CandorAlerts
import CandorDaemon
import CandorDetectors
import CandorHTTP
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Synchronization

/// `candor-bench alerts`: alert delivery latency from detection (the trial that raised the alert
/// is recorded with it and its outbox rows in one SQLite transaction, as ``TrialRecorder`` does)
/// to a local webhook receiver's acknowledgement (p50, p99), and sustained alerts per second into
/// the rotating file sink, directly and through the outbox.
struct AlertsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Alert delivery latency to a local receiver, and alerts/s into the file sink."
    )

    @Option(help: "Alerts timed one at a time for the latency figures.")
    var latencyAlerts = 300

    @Option(help: "Alerts written for the throughput figures.")
    var fileAlerts = 50_000

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("candor-bench-alerts-\(getpid())")
            .path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }

        // Latency: enqueue one alert, wait for the receiver's 2xx to be recorded, repeat.
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let store = try Store(path: directory + "/latency.sqlite")
        let sink = WebhookSink(
            name: "hook",
            url: receiver.url(),
            format: .alertmanager,
            signer: WebhookSigner(secret: "bench"),
            transport: transport
        )
        let route = AlertOutbox.Route(
            name: "hook",
            grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero, repeatInterval: nil),
            groupsAlerts: true
        )
        let outbox = try await AlertOutbox(
            store: store,
            routes: [route],
            silences: [],
            maxPending: 1_000_000,
            logger: logger
        )
        let acks = AsyncStream.makeStream(of: Void.self)
        let deadLetter = try JSONLinesFile(path: directory + "/dead.jsonl")
        let service = DeliveryService(
            outbox: outbox,
            sinks: [sink],
            backoff: DeliveryBackoff(),
            deadLetter: deadLetter,
            logger: logger,
            acknowledged: { _ in acks.continuation.yield() }
        )
        var latencies: [Double] = []
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.run() }
            var iterator = acks.stream.makeAsyncIterator()
            for index in 0..<latencyAlerts {
                let start = ContinuousClock.now
                try await Self.detect(Self.alert(index), store: store, outbox: outbox)
                _ = await iterator.next()
                latencies.append((ContinuousClock.now - start).timeInterval * 1000)
            }
            group.cancelAll()
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }

        // Throughput: the file sink directly, then the outbox into the file sink.
        let file = try AlertFileSink(
            path: directory + "/alerts.jsonl",
            rotation: RotationPolicy(maxBytes: 16 * 1024 * 1024)
        )
        let alerts = (0..<1000).map(Self.alert)
        var start = ContinuousClock.now
        for index in 0..<fileAlerts { try file.deliver(alerts[index % alerts.count]) }
        let direct = Double(fileAlerts) / (ContinuousClock.now - start).timeInterval

        let fileStore = try Store(path: directory + "/file.sqlite")
        let fileSink = try AlertFileSink(
            path: directory + "/outboxed.jsonl",
            name: "file",
            rotation: RotationPolicy(maxBytes: 16 * 1024 * 1024)
        )
        let fileOutbox = try await AlertOutbox(
            store: fileStore,
            routes: [AlertOutbox.Route(name: "file", grouping: .immediate, groupsAlerts: false)],
            silences: [],
            maxPending: 10_000_000,
            logger: logger
        )
        let outboxed = min(fileAlerts, 20_000)
        let done = AsyncStream.makeStream(of: Void.self)
        let count = Atomic(0)
        let fileService = DeliveryService(
            outbox: fileOutbox,
            sinks: [fileSink],
            backoff: DeliveryBackoff(),
            deadLetter: deadLetter,
            logger: logger,
            acknowledged: { _ in if count.add(1, ordering: .relaxed).newValue == outboxed { done.continuation.yield() }
            }
        )
        start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fileService.run() }
            for index in 0..<outboxed {
                try await Self.detect(
                    alerts[index % alerts.count],
                    id: "\(index)",
                    store: fileStore,
                    outbox: fileOutbox
                )
                // Yield now and then, as trials do while they wait for the model.
                if index % 100 == 99 { await Task.yield() }
            }
            var iterator = done.stream.makeAsyncIterator()
            _ = await iterator.next()
            group.cancelAll()
        }
        let throughOutbox = Double(outboxed) / (ContinuousClock.now - start).timeInterval

        print("## candor-bench alerts\n")
        print("| measurement | value |")
        print("|---|---|")
        print(
            String(
                format: "| detected → webhook 2xx acknowledged, p50 (%d alerts, one at a time) | %.2f ms |",
                latencyAlerts,
                percentile(0.5)
            )
        )
        print(String(format: "| detected → webhook 2xx acknowledged, p99 | %.2f ms |", percentile(0.99)))
        print(String(format: "| file sink, direct (%d alerts) | %.0f alerts/s |", fileAlerts, direct))
        print(
            String(
                format:
                    "| detected → outbox → file sink, each alert its own trial transaction, every one acknowledged in SQLite (%d alerts) | %.0f alerts/s |",
                outboxed,
                throughOutbox
            )
        )
    }

    /// Records a trial that raised `alert` the way ``TrialRecorder`` does: the trial, the alert's
    /// state and its outbox rows in one transaction, then wakes delivery.
    static func detect(_ alert: Alert, id: String? = nil, store: Store, outbox: AlertOutbox) async throws {
        var alert = alert
        if let id { alert.id = id }
        let record = try RecordCodec.encoder().encode(alert)
        let added = try await store.record(
            trial: StoredTrial(id: alert.id, time: Date(), target: "bench", probe: "p", outcome: "lie", calls: []),
            signals: [],
            alerts: [StoredAlert(fingerprint: alert.fingerprint, status: "firing", record: record)],
            outbox: outbox.entries(for: [alert]),
            at: Date()
        )
        outbox.added(added)
    }

    static func alert(_ index: Int) -> Alert {
        Alert(
            status: .firing,
            startsAt: Date(),
            labels: [
                "alertname": "CandorSignalIncreased", "target": "bench-\(index)", "probe": "p", "signal": "lie_rate",
                "severity": "warning",
            ],
            annotations: [
                "summary": "lie_rate of p on bench-\(index) rose from 10.0% to 60.0%", "description": "benchmark",
            ],
            detector: Alert.DetectorInfo(
                name: "bernoulli_cusum",
                direction: "up",
                statistic: 5.1,
                threshold: 4.9,
                arl0: 10_000
            ),
            change: .rate(
                baseline: Proportion(successes: 10, trials: 100),
                current: Proportion(successes: 12, trials: 20)
            ),
            rulePackHash: "0123456789abcdef",
            modelFingerprint: "fp_bench",
            evidence: (0..<5).map {
                Alert.Evidence(trialId: "trial-\(index)-\($0)", outcome: "lie", excerpt: "Yes, it is safe.")
            }
        )
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) / 1e18
    }
}
