import ArgumentParser
import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorStore
import CandorTestSupport
import Foundation
import Logging

/// `candor-bench outage`: every receiver down for a while (answering 503) while alerts fire
/// and resolve, with the default retry settings: per sink, how many deliveries reached a receiver
/// out of order (an alert's older state after a newer one), how many messages were given up on,
/// how long delivery took to catch up, and whether a real Alertmanager behind one of the sinks
/// ends with exactly the alerts that are firing.
struct OutageBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outage",
        abstract: "Out-of-order deliveries, dead letters and Alertmanager's end state after a receiver outage."
    )

    @Option(help: "Seconds the receivers are down.")
    var outage = 300

    @Option(help: "Distinct alerts (label sets); half of them fire before the outage.")
    var alerts = 20

    @Option(help: "Seconds between two alert changes (fire or resolve) during the outage.")
    var every = 3.0

    @Option(help: "Seconds from the start of the outage during which alerts change (default: all of it).")
    var changesFor: Int?

    @Option(help: "Seed of the alert changes.")
    var seed: UInt64 = 17

    @Option(help: "Seconds to wait for delivery to catch up after the outage.")
    var catchUp = 1200

    func run() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let alertmanager = try await RealAlertmanager()
        defer { alertmanager.stop() }
        // The Alertmanager sink reaches Alertmanager through a front that can fail requests
        // while Alertmanager keeps its state.
        let front = try WebhookReceiver()
        front.script([], then: .forward(port: alertmanager.port))
        let amWebhook = try WebhookReceiver()
        let candorWebhook = try WebhookReceiver()
        let receivers = [front, amWebhook, candorWebhook]
        defer { for receiver in receivers { receiver.stop() } }
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let signer = WebhookSigner(secret: "bench")
        let sinks: [any AlertSink] = [
            AlertmanagerSink(name: "alertmanager", baseURL: front.url(""), transport: transport),
            WebhookSink(
                name: "webhook-am",
                url: amWebhook.url(),
                format: .alertmanager,
                signer: signer,
                transport: transport
            ),
            WebhookSink(
                name: "webhook-candor",
                url: candorWebhook.url(),
                format: .candor,
                signer: signer,
                transport: transport
            ),
        ]
        // The sinks' defaults, but a webhook sends each alert at once (no group_wait or
        // group_interval), so that only the retry schedule decides when it goes.
        let routes = [
            AlertOutbox.Route(
                name: "alertmanager",
                grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero, repeatInterval: .seconds(60)),
                groupsAlerts: true
            ),
            AlertOutbox.Route(
                name: "webhook-am",
                grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero),
                groupsAlerts: true
            ),
            AlertOutbox.Route(
                name: "webhook-candor",
                grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero),
                groupsAlerts: false
            ),
        ]
        let store = try Store(path: directory.file("candor.sqlite"))
        let outbox = try await AlertOutbox(
            store: store,
            routes: routes,
            silences: [],
            maxPending: 1_000_000,
            logger: logger
        )
        let deadLetterPath = directory.file("dead-letter.jsonl")
        let deadLetter = try JSONLinesFile(path: deadLetterPath)
        let service = DeliveryService(
            outbox: outbox,
            sinks: sinks,
            backoff: DeliveryBackoff(),
            deadLetter: deadLetter,
            logger: logger
        )
        var random = FuzzMutator(seed: seed)
        var firing: [Int: Alert] = [:]
        var changes = 0
        var caughtUp: Double?
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.run() }
            for index in 0..<alerts / 2 { firing[index] = try await Self.fire(index, store: store, outbox: outbox) }
            try await Task.sleep(for: .seconds(10))
            // Down means 503 Service Unavailable (a proxy whose backend is gone), retried exactly
            // like a refused connection: a closed port could be taken by another process on a
            // shared machine, whose 404s would be dead letters that say nothing about Candor.
            for receiver in receivers { receiver.script([], then: .fail(status: 503, retryAfter: nil)) }
            let start = ContinuousClock.now
            while ContinuousClock.now - start < .seconds(outage) {
                try await Task.sleep(for: .milliseconds(Int64(every * 1000)))
                if ContinuousClock.now - start > .seconds(changesFor ?? outage) { continue }
                let index = Int.random(in: 0..<alerts, using: &random)
                if let alert = firing.removeValue(forKey: index) {
                    try await Self.resolve(alert, store: store, outbox: outbox)
                } else {
                    firing[index] = try await Self.fire(index, store: store, outbox: outbox)
                }
                changes += 1
            }
            front.script([], then: .forward(port: alertmanager.port))
            amWebhook.script([], then: .accept)
            candorWebhook.script([], then: .accept)
            let up = ContinuousClock.now
            for _ in 0..<catchUp {
                if try await store.outboxPendingCount() == 0 {
                    caughtUp = (ContinuousClock.now - up).timeInterval
                    break
                }
                try await Task.sleep(for: .seconds(1))
            }
            group.cancelAll()
        }
        let expected = Set(firing.values.map { $0.labels["target"] ?? "" })
        let listed = Set(
            (alertmanager.alerts() ?? []).filter { ($0["status"] as? [String: Any])?["state"] as? String == "active" }
                .compactMap { ($0["labels"] as? [String: String])?["target"] }
        )
        let deadLines = (try? String(contentsOfFile: deadLetterPath, encoding: .utf8))?.split(separator: "\n") ?? []
        let reasons = Set(
            deadLines.compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]).map {
                    "\($0["attempts"] ?? "?") attempt(s): \($0["reason"] ?? "?")"
                }
            }
        )

        print("## candor-bench outage\n")
        print(
            "Receivers down for \(outage) s; \(alerts) alerts, \(alerts / 2) firing before, \(changes) changes (fire or resolve) in the first \(changesFor ?? outage) s of the outage; default retry settings.\n"
        )
        print("| sink | messages accepted | out-of-order deliveries | dead letters |")
        print("|---|---|---|---|")
        for (sink, receiver) in zip(sinks, receivers) {
            let dead = try await store.outboxStates(sink: sink.name).filter { $0.state == "dead" }.count
            print(
                "| \(sink.name) | \(receiver.accepted.count) | \(DeliveryOrder.violations(in: receiver.accepted)) | \(dead) |"
            )
        }
        print("")
        print("| measurement | value |")
        print("|---|---|")
        print("| dead-letter file lines | \(deadLines.count) \(reasons.sorted().joined(separator: "; ")) |")
        print(
            "| caught up after the outage (no pending row) | \(caughtUp.map { String(format: "%.0f s", $0) } ?? "no") |"
        )
        print("| alerts firing at the end | \(expected.count) |")
        print("| Alertmanager active alerts | \(listed.count) |")
        print(
            "| Alertmanager lists exactly the firing alerts | \(listed == expected ? "yes" : "no: \(listed.symmetricDifference(expected).sorted())") |"
        )
    }

    /// A new instance of alert `index` fires: recorded with its outbox rows, as a trial that raised it would be.
    static func fire(_ index: Int, store: Store, outbox: AlertOutbox) async throws -> Alert {
        var alert = AlertsBenchmark.alert(index)
        alert.startsAt = Date()
        try await record(alert, store: store, outbox: outbox)
        return alert
    }

    /// `alert` resolves.
    static func resolve(_ alert: Alert, store: Store, outbox: AlertOutbox) async throws {
        var resolved = alert
        resolved.status = .resolved
        resolved.endsAt = Date()
        try await record(resolved, store: store, outbox: outbox)
    }

    static func record(_ alert: Alert, store: Store, outbox: AlertOutbox) async throws {
        let record = try RecordCodec.encoder().encode(alert)
        let added = try await store.record(
            trial: StoredTrial(
                id: UUID().uuidString,
                time: Date(),
                target: "bench",
                probe: "p",
                outcome: "lie",
                calls: []
            ),
            signals: [],
            alerts: [StoredAlert(fingerprint: alert.fingerprint, status: alert.status.rawValue, record: record)],
            outbox: outbox.entries(for: [alert]),
            at: Date()
        )
        outbox.added(added)
    }
}
