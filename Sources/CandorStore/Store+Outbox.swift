import Foundation
import GRDB

/// One row of the alert outbox: one alert (or one resolution, or one repeat) for one sink.
///
/// Rows are written before anything is sent and change state only in transactions, so a crash
/// or `kill -9` at any point loses none: `pending` rows are sent after a restart under the same
/// `batch` id (the `webhook-id`) they were first tried with.
public struct OutboxEntry: Sendable, Hashable {
    /// The row id.
    public var id: Int64
    /// The sink's name.
    public var sink: String
    /// Unique per sink: `ALERTID:STATUS`, or `ALERTID:STATUS:repeat:N` for a repeat.
    public var notifyKey: String
    /// The group the row belongs to at its sink.
    public var groupKey: String
    /// The alert's fingerprint.
    public var fingerprint: String
    /// The `candor.alert/v1` record, as JSON.
    public var record: Data
    /// `pending`, `sent`, `dead`, `silenced`, or `superseded` (a later state of the alert was
    /// sent instead).
    public var state: String
    /// The id of the message the row went out in, once first tried (the `webhook-id`).
    public var batch: String?
    /// Failed attempts so far.
    public var attempts: Int
    /// When the next attempt is due (for rows already in a batch).
    public var due: Date
    /// When the row was written.
    public var created: Date
    /// When its message was first tried; nil before that (and for rows started by a Candor
    /// older than migration v4, which then count from `created`).
    public var firstAttempt: Date?

    /// A row to add: what to send where.
    public init(
        sink: String,
        notifyKey: String,
        groupKey: String,
        fingerprint: String,
        record: Data,
        created: Date
    ) {
        self.id = 0
        self.sink = sink
        self.notifyKey = notifyKey
        self.groupKey = groupKey
        self.fingerprint = fingerprint
        self.record = record
        self.state = "pending"
        self.batch = nil
        self.attempts = 0
        self.due = created
        self.created = created
        self.firstAttempt = nil
    }

    init(row: Row) {
        id = row["id"]
        sink = row["sink"]
        notifyKey = row["notifyKey"]
        groupKey = row["groupKey"]
        fingerprint = row["fingerprint"]
        record = row["record"]
        state = row["state"]
        batch = row["batch"]
        attempts = row["attempts"]
        due = Date(timeIntervalSince1970: row["due"])
        created = Date(timeIntervalSince1970: row["created"])
        firstAttempt = (row["firstAttempt"] as Double?).map(Date.init(timeIntervalSince1970:))
    }
}

extension Store {
    /// Adds the outbox, the per-group notification log and the silences (migration v2).
    static func registerOutboxMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: alert outbox, notification log, silences") { db in
            try db.create(table: "outbox") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("sink", .text).notNull()
                table.column("notifyKey", .text).notNull()
                table.column("groupKey", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("record", .blob).notNull()
                table.column("state", .text).notNull()
                table.column("batch", .text)
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("due", .double).notNull()
                table.column("created", .double).notNull()
                table.column("updated", .double).notNull()
                table.column("lastError", .text)
                table.uniqueKey(["sink", "notifyKey"])
            }
            try db.create(index: "outbox_by_sink_state", on: "outbox", columns: ["sink", "state", "fingerprint"])
            try db.create(index: "outbox_by_batch", on: "outbox", columns: ["batch"])
            try db.create(table: "notified_group") { table in
                table.column("sink", .text).notNull()
                table.column("groupKey", .text).notNull()
                table.column("sent", .double).notNull()
                table.primaryKey(["sink", "groupKey"])
            }
            try db.create(table: "silence") { table in
                table.primaryKey("id", .text)
                table.column("endsAt", .double).notNull()
                table.column("record", .blob).notNull()
            }
        }
    }

    /// Adds the time of each row's first attempt (migration v4), from which the retry budget runs.
    static func registerOutboxAttemptMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: outbox first attempt") { db in
            try db.alter(table: "outbox") { table in table.add(column: "firstAttempt", .double) }
        }
    }

    /// Adds `entries`, skipping any whose `(sink, notifyKey)` is already in the outbox (so
    /// enqueueing is idempotent); returns how many were added.
    ///
    /// - Throws: ``StoreError`` if the write fails; then none was added.
    @discardableResult
    public func enqueue(_ entries: [OutboxEntry]) async throws(StoreError) -> Int {
        guard !entries.isEmpty else { return 0 }
        return try await write("add alerts to the outbox") { db in try Self.insert(entries, db) }
    }

    /// Adds `entries` for alerts the outbox has never seen at their sink: an entry is skipped when
    /// its sink already has a row whose key starts with the entry's (the alert's id and status;
    /// its repeats share the prefix), even one pruned down to the alert's newest row. What a
    /// restart re-enqueues from the state database thus never notifies twice.
    ///
    /// - Throws: ``StoreError`` if the write fails; then none was added.
    @discardableResult
    public func enqueueUnlessKnown(_ entries: [OutboxEntry]) async throws(StoreError) -> Int {
        guard !entries.isEmpty else { return 0 }
        return try await write("add alerts to the outbox") { db in
            let unknown = try entries.filter { entry in
                try !Bool.fetchOne(
                    db,
                    sql:
                        "SELECT EXISTS (SELECT 1 FROM outbox WHERE sink = ? AND fingerprint = ? AND (notifyKey = ? OR notifyKey LIKE ? || ':%'))",
                    arguments: [entry.sink, entry.fingerprint, entry.notifyKey, entry.notifyKey]
                )!
            }
            return try Self.insert(unknown, db)
        }
    }

    /// Inserts `entries` in the transaction of `db`, skipping keys already there; returns how
    /// many were added.
    static func insert(_ entries: [OutboxEntry], _ db: Database) throws -> Int {
        var added = 0
        let statement = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO outbox (sink, notifyKey, groupKey, fingerprint, record, state, attempts, due, created, updated)
                VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)
                """
        )
        for entry in entries {
            try statement.execute(
                arguments: [
                    entry.sink, entry.notifyKey, entry.groupKey, entry.fingerprint, entry.record,
                    entry.due.timeIntervalSince1970, entry.created.timeIntervalSince1970,
                    entry.created.timeIntervalSince1970,
                ]
            )
            added += db.changesCount
        }
        return added
    }

    /// The oldest `limit` pending rows of `sink`.
    public func pendingOutbox(sink: String, limit: Int = 1000) async throws(StoreError) -> [OutboxEntry] {
        try await read("read the outbox") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM outbox WHERE sink = ? AND state = 'pending' ORDER BY id LIMIT ?",
                arguments: [sink, limit]
            ).map(OutboxEntry.init(row:))
        }
    }

    /// The record of the newest row of the alert `fingerprint`, at any sink: its last known state,
    /// which pruning keeps. Nil when the outbox never held it.
    public func newestOutboxRecord(fingerprint: String) async throws(StoreError) -> Data? {
        try await read("read the outbox") { db in
            try Data.fetchOne(
                db,
                sql: "SELECT record FROM outbox WHERE fingerprint = ? ORDER BY id DESC LIMIT 1",
                arguments: [fingerprint]
            )
        }
    }

    /// How many rows wait to be sent, over all sinks.
    public func outboxPendingCount() async throws(StoreError) -> Int {
        try await read("count the outbox") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state = 'pending'") ?? 0
        }
    }

    /// When each group of `sink` was last notified.
    public func notifiedGroups(sink: String) async throws(StoreError) -> [String: Date] {
        try await read("read the notification log") { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT groupKey, sent FROM notified_group WHERE sink = ?",
                arguments: [sink]
            )
            return Dictionary(rows.map { ($0["groupKey"], Date(timeIntervalSince1970: $0["sent"])) }) { $1 }
        }
    }

    /// For each alert fingerprint with rows at `sink`: when it was last sent (or given up on),
    /// the id of its newest row (which pruning keeps, so a repeat keyed by it is new), and
    /// whether one still waits.
    public func notificationLog(
        sink: String
    ) async throws(StoreError) -> [String: (lastSent: Date?, newestRow: Int64, waiting: Bool)] {
        try await read("read the notification log") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT fingerprint, MAX(CASE WHEN state IN ('sent', 'dead') THEN updated END) AS lastSent,
                           MAX(id) AS newestRow, SUM(state = 'pending') AS waiting
                    FROM outbox WHERE sink = ? GROUP BY fingerprint
                    """,
                arguments: [sink]
            )
            var log: [String: (lastSent: Date?, newestRow: Int64, waiting: Bool)] = [:]
            for row in rows {
                let sent: Double? = row["lastSent"]
                log[row["fingerprint"]] = (
                    sent.map(Date.init(timeIntervalSince1970:)), row["newestRow"], (row["waiting"] as Int? ?? 0) > 0
                )
            }
            return log
        }
    }

    /// Starts a delivery pass in one transaction: marks the rows `silenced` as muted and the rows
    /// `superseded` as replaced by a later state of their alert (before that state is sent, so a
    /// crash cannot send the older one after it), and puts the rows of each new message into its
    /// `batch` (first attempt), so every retry sends them under the same id (the `webhook-id`).
    public func startBatches(
        _ batches: [(id: String, rows: [Int64])],
        silenced: [Int64],
        superseded: [Int64] = [],
        at now: Date
    ) async throws(StoreError) {
        guard !batches.isEmpty || !silenced.isEmpty || !superseded.isEmpty else { return }
        try await write("start outbox batches") { db in
            for (state, ids) in [("silenced", silenced), ("superseded", superseded)] where !ids.isEmpty {
                try db.execute(
                    sql:
                        "UPDATE outbox SET state = ?, updated = ? WHERE id IN (\(Self.list(ids))) AND state = 'pending'",
                    arguments: [state, now.timeIntervalSince1970]
                )
            }
            for batch in batches {
                try db.execute(
                    sql:
                        "UPDATE outbox SET batch = ?, due = ?, firstAttempt = ? WHERE id IN (\(Self.list(batch.rows)))",
                    arguments: [batch.id, now.timeIntervalSince1970, now.timeIntervalSince1970]
                )
            }
        }
    }

    /// Records the outcomes of a delivery pass's messages in one transaction: acknowledged
    /// messages are marked sent (and their group's notification logged), failed ones get their
    /// next attempt, abandoned ones are marked dead. Only a message's pending rows change (its
    /// superseded rows were not in the last attempt). An acknowledgement also makes the sink's
    /// other messages that wait for a retry due at once: the sink is back, and what an outage
    /// held up goes out now rather than over the next `max_backoff`.
    public func record(_ outcomes: [OutboxOutcome], at now: Date) async throws(StoreError) {
        guard !outcomes.isEmpty else { return }
        let time = now.timeIntervalSince1970
        try await write("record delivery outcomes") { db in
            for outcome in outcomes {
                switch outcome {
                case .sent(let batch, let sink, let groupKey):
                    try db.execute(
                        sql:
                            "UPDATE outbox SET state = 'sent', updated = ?, lastError = NULL WHERE sink = ? AND batch = ? AND state = 'pending'",
                        arguments: [time, sink, batch]
                    )
                    try db.execute(
                        sql:
                            "UPDATE outbox SET due = ? WHERE sink = ? AND state = 'pending' AND batch IS NOT NULL AND due > ?",
                        arguments: [time, sink, time]
                    )
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO notified_group (sink, groupKey, sent) VALUES (?, ?, ?)",
                        arguments: [sink, groupKey, time]
                    )
                case .retry(let batch, let sink, let due, let error):
                    try db.execute(
                        sql:
                            "UPDATE outbox SET attempts = attempts + 1, due = ?, lastError = ?, updated = ? WHERE sink = ? AND batch = ? AND state = 'pending'",
                        arguments: [due.timeIntervalSince1970, error, time, sink, batch]
                    )
                case .dead(let batch, let sink, let error):
                    try db.execute(
                        sql:
                            "UPDATE outbox SET state = 'dead', lastError = ?, updated = ? WHERE sink = ? AND batch = ? AND state = 'pending'",
                        arguments: [error, time, sink, batch]
                    )
                }
            }
        }
    }

    /// The states of the rows of `sink`, oldest first: `(notifyKey, state)`, for status output
    /// and tests.
    public func outboxStates(sink: String) async throws(StoreError) -> [(notifyKey: String, state: String)] {
        try await read("read the outbox") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT notifyKey, state FROM outbox WHERE sink = ? ORDER BY id",
                arguments: [sink]
            )
            .map { ($0["notifyKey"], $0["state"]) }
        }
    }

    private static func list(_ ids: [Int64]) -> String {
        ids.map(String.init).joined(separator: ",")
    }

    /// Deletes finished rows (sent, dead, silenced, superseded) last changed before `cutoff`, except the
    /// newest row of each alert at each sink, which the repeat schedule reads.
    @discardableResult
    public func pruneOutbox(before cutoff: Date) async throws(StoreError) -> Int {
        try await write("prune the outbox") { db in
            try db.execute(
                sql: """
                    DELETE FROM outbox WHERE state != 'pending' AND updated < ?
                      AND id NOT IN (SELECT MAX(id) FROM outbox GROUP BY sink, fingerprint)
                    """,
                arguments: [cutoff.timeIntervalSince1970]
            )
            return db.changesCount
        }
    }

    /// Stores (or replaces) the silence `id`, encoded as `record`, ending at `endsAt`.
    public func saveSilence(id: String, endsAt: Date, record: Data) async throws(StoreError) {
        try await write("save a silence") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO silence (id, endsAt, record) VALUES (?, ?, ?)",
                arguments: [id, endsAt.timeIntervalSince1970, record]
            )
        }
    }

    /// Deletes the silence `id`; false if there was none.
    public func deleteSilence(id: String) async throws(StoreError) -> Bool {
        try await write("delete a silence") { db in
            try db.execute(sql: "DELETE FROM silence WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// The records of silences that end after `now`; expired ones are deleted.
    public func silences(activeAt now: Date) async throws(StoreError) -> [Data] {
        try await write("read silences") { db in
            try db.execute(sql: "DELETE FROM silence WHERE endsAt <= ?", arguments: [now.timeIntervalSince1970])
            return try Data.fetchAll(db, sql: "SELECT record FROM silence ORDER BY endsAt")
        }
    }
}

/// What became of one message of a delivery pass, recorded by ``Store/record(_:at:)``.
public enum OutboxOutcome: Sendable, Hashable {
    /// The sink acknowledged the message `batch`, of the group `groupKey`.
    case sent(batch: String, sink: String, groupKey: String)
    /// The attempt failed; the next is due at `due`.
    case retry(batch: String, sink: String, due: Date, error: String)
    /// The message was given up on (retry budget spent, or rejected) and written to the dead-letter file.
    case dead(batch: String, sink: String, error: String)
}
