import CandorAlerts
import CandorCore
import CandorStore
import Foundation
import Logging
import Synchronization

/// The enqueue side of delivery: writes each alert as one outbox row per sink (in one
/// transaction, before anything is sent), wakes the sinks' delivery loops, and tells the
/// scheduler when the outbox is too full to take more (``hasRoom``).
public final class AlertOutbox: Sendable {
    /// A sink as the outbox sees it: its name and grouping.
    public struct Route: Sendable {
        /// The sink's name.
        public var name: String
        /// Its grouping.
        public var grouping: Grouping
        /// Whether several alerts may share one message.
        public var groupsAlerts: Bool

        /// Creates a route.
        public init(name: String, grouping: Grouping, groupsAlerts: Bool) {
            self.name = name
            self.grouping = grouping
            self.groupsAlerts = groupsAlerts
        }
    }

    let store: Store
    let routes: [Route]
    /// Silences from the config file; the API's live in the store.
    let configSilences: [Silence]
    private let maxPending: Int
    private let pending: Atomic<Int>
    private let wakers: Mutex<[String: AsyncStream<Void>.Continuation]>
    private let logger: Logger
    /// When rows are written (their `created`, from which `group_wait` runs).
    let clock: CandorClock
    /// Candor's alerts about itself that fire now; every self-alert enters the outbox through it.
    public let selfAlerts: OpenSelfAlerts
    /// How each sink's notifications ended so far, for `/metrics`.
    public let notifications = NotificationTally()

    /// Creates the outbox over `store` for `routes`; `clock` stamps the rows it writes.
    ///
    /// - Throws: ``StoreError`` if the outbox cannot be read.
    public init(
        store: Store,
        routes: [Route],
        silences: [Silence],
        maxPending: Int,
        clock: CandorClock = .system,
        logger: Logger
    ) async throws(StoreError) {
        self.store = store
        self.clock = clock
        self.routes = routes
        self.configSilences = silences
        self.maxPending = maxPending
        self.pending = Atomic(try await store.outboxPendingCount())
        self.selfAlerts = OpenSelfAlerts.restore(from: try await store.newestOutboxRecords())
        self.wakers = Mutex([:])
        self.logger = logger
    }

    /// Whether the outbox has room for more alerts. The scheduler checks it before starting a
    /// trial and waits while it is false: a full outbox pauses sampling, it never drops alerts.
    public var hasRoom: Bool {
        pending.load(ordering: .relaxed) < maxPending
    }

    /// Rows waiting to be sent, as last counted.
    public var pendingCount: Int {
        pending.load(ordering: .relaxed)
    }

    /// Writes `alerts` to the outbox for every sink (resolutions only for sinks that send
    /// them); an alert already there for a sink is not added twice. `only` limits it to one
    /// sink (a repeat), `excluding` skips one
    /// (an undeliverable-alert self-alert is not sent to the sink it is about). Self-alerts go
    /// through ``selfAlerts`` first (a repeat does not): one already open is not sent again, and
    /// the resolution of one that is not open is dropped. Returns the alerts that went in.
    ///
    /// - Throws: ``StoreError`` if the write fails; then no row was added.
    @discardableResult
    public func enqueue(
        _ alerts: [Alert],
        only: String? = nil,
        excluding: String? = nil,
        repeatNumber: Int64? = nil
    ) async throws(StoreError) -> [Alert] {
        let admitted =
            repeatNumber != nil
            ? alerts
            : alerts.compactMap { (alert: Alert) -> Alert? in
                OpenSelfAlerts.isSelfAlert(alert) ? selfAlerts.admit(alert) : alert
            }
        let entries = entries(for: admitted, only: only, excluding: excluding, repeatNumber: repeatNumber)
        guard !entries.isEmpty else { return admitted }
        added(try await store.enqueue(entries))
        return admitted
    }

    /// The outbox rows of `alerts` (see ``enqueue(_:only:excluding:repeatNumber:)``), for a
    /// caller that writes them in a transaction of its own and then reports them with ``added(_:)``.
    public func entries(
        for alerts: [Alert],
        only: String? = nil,
        excluding: String? = nil,
        repeatNumber: Int64? = nil
    ) -> [OutboxEntry] {
        let encoder = RecordCodec.encoder()
        let now = clock.now()
        var entries: [OutboxEntry] = []
        for alert in alerts {
            guard let record = try? encoder.encode(alert) else {
                logger.error(
                    "an alert cannot be encoded; it is not sent",
                    metadata: ["candor.fingerprint": "\(alert.fingerprint)"]
                )
                continue
            }
            for route in routes where route.name != excluding && (only == nil || route.name == only) {
                if alert.status == .resolved && !route.grouping.sendResolved { continue }
                var key = "\(alert.id):\(alert.status.rawValue)"
                if let repeatNumber { key += ":repeat:\(repeatNumber)" }
                entries.append(
                    OutboxEntry(
                        sink: route.name,
                        notifyKey: key,
                        groupKey: route.grouping.groupKey(sink: route.name, labels: alert.labels),
                        fingerprint: alert.fingerprint,
                        record: record,
                        created: now
                    )
                )
            }
        }
        return entries
    }

    /// Counts `count` rows just written to the store and wakes the delivery loops.
    public func added(_ count: Int) {
        guard count > 0 else { return }
        pending.add(count, ordering: .relaxed)
        wakeAll()
    }

    /// Enqueues, for every sink, the alerts of the state database that are firing or changed
    /// in the last hour and that the sink has never had a row for: an alert recorded before
    /// trials and their alerts shared a transaction, or a sink added since.
    ///
    /// - Throws: ``StoreError`` if the database cannot be read or written.
    func reconcile(firing: [Alert], recentlyResolved: [Alert]) async throws(StoreError) {
        // Oldest state first: a resolved alert is older than a firing one with its fingerprint,
        // and the outbox orders an alert's states by row.
        added(try await store.enqueueUnlessKnown(entries(for: recentlyResolved + firing)))
    }

    /// The alerts firing now: the detectors' (from the state database) and Candor's own, oldest
    /// first; what repeats and what a group's message carries besides its own rows.
    ///
    /// - Throws: ``StoreError`` if the state database cannot be read.
    func firingAlerts() async throws(StoreError) -> [Alert] {
        let decoder = RecordCodec.decoder()
        let stored = try await store.alerts(status: "firing").compactMap {
            try? decoder.decode(Alert.self, from: $0.record)
        }
        let known = Set(stored.map(\.fingerprint))
        return (stored + selfAlerts.firing.filter { !known.contains($0.fingerprint) }).sorted {
            $0.startsAt < $1.startsAt
        }
    }

    /// Counts `count` rows that left the queue (sent, silenced, given up on).
    func finished(_ count: Int) {
        pending.subtract(count, ordering: .relaxed)
    }

    /// Recounts the pending rows from the store.
    func recount() async {
        if let count = try? await store.outboxPendingCount() {
            pending.store(count, ordering: .relaxed)
        }
    }

    /// The silences in force at `now`: the config's and the API's.
    public func silences(at now: Date) async -> [Silence] {
        let stored = ((try? await store.silences(activeAt: now)) ?? []).compactMap {
            try? RecordCodec.decoder().decode(Silence.self, from: $0)
        }
        return configSilences.filter { $0.endsAt > now } + stored
    }

    /// A stream that yields when rows are added for any sink; one per delivery loop.
    func wakeups(for sink: String) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        wakers.withLock { $0[sink] = continuation }
        return stream
    }

    /// Wakes the delivery loop of `sink` (its timer, or an enqueue).
    func wake(_ sink: String) {
        _ = wakers.withLock { $0[sink] }?.yield()
    }

    /// Wakes every delivery loop: a silence was added or removed.
    func wakeAll() {
        for continuation in wakers.withLock({ Array($0.values) }) { continuation.yield() }
    }
}
