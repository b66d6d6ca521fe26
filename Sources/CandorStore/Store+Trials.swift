import Foundation
import GRDB

/// A trial as stored in the state database: its identity, outcome and what each of its calls cost.
///
/// Only what the daemon reads back is kept here (the guards' budget and circuit breaker are rebuilt from
/// the calls at start); the whole record, prompts and answers included,
/// lives in the samples log and its rotated, compressed files, which keeps the database at a few hundred
/// bytes per trial instead of kilobytes.
public struct StoredTrial: Sendable, Hashable {
    /// The trial's id (the samples log's `trialId`).
    public var id: String
    /// When it started.
    public var time: Date
    /// The target's name.
    public var target: String
    /// The probe's id.
    public var probe: String
    /// The observation's outcome.
    public var outcome: String
    /// The trial's calls to the model, in order.
    public var calls: [StoredCall]

    /// Creates a stored trial.
    public init(id: String, time: Date, target: String, probe: String, outcome: String, calls: [StoredCall]) {
        self.id = id
        self.time = time
        self.target = target
        self.probe = probe
        self.outcome = outcome
        self.calls = calls
    }
}

/// A signal's persisted detector and baseline state.
public struct StoredSignal: Sendable, Hashable {
    /// `target/probe/signal`.
    public var key: String
    /// The target's name.
    public var target: String
    /// The probe's id.
    public var probe: String
    /// The signal's name.
    public var name: String
    /// The rule pack hash the state was learned under.
    public var packHash: String
    /// The model fingerprint the state was learned under, if the target reports one.
    public var modelFingerprint: String?
    /// The encoded monitor state.
    public var state: Data

    /// Creates a stored signal.
    public init(
        key: String,
        target: String,
        probe: String,
        name: String,
        packHash: String,
        modelFingerprint: String?,
        state: Data
    ) {
        self.key = key
        self.target = target
        self.probe = probe
        self.name = name
        self.packHash = packHash
        self.modelFingerprint = modelFingerprint
        self.state = state
    }
}

/// An alert's persisted lifecycle state.
public struct StoredAlert: Sendable, Hashable {
    /// The alert's fingerprint.
    public var fingerprint: String
    /// `firing` or `resolved`.
    public var status: String
    /// The `candor.alert/v1` record, as JSON.
    public var record: Data

    /// Creates a stored alert.
    public init(fingerprint: String, status: String, record: Data) {
        self.fingerprint = fingerprint
        self.status = status
        self.record = record
    }
}

extension Store {
    /// Records one scored trial with the signal states it changed, the alerts it raised, the
    /// lifecycle progress of its signals' alerts and their outbox rows, in one transaction: a
    /// crash leaves either all of it or none; `now` is when the states were updated. Returns how
    /// many outbox rows were added.
    ///
    /// - Parameters:
    ///   - progress: the pending or firing alerts of the trial's signals, to save.
    ///   - ended: fingerprints of alerts of the trial's signals no longer pending or firing.
    /// - Throws: ``StoreError`` if the write fails; nothing of it is then stored.
    @discardableResult
    public func record(
        trial: StoredTrial,
        signals: [StoredSignal],
        alerts: [StoredAlert],
        progress: [StoredAlert] = [],
        ended: [String] = [],
        outbox: [OutboxEntry] = [],
        at now: Date
    ) async throws(StoreError) -> Int {
        let updated = now.timeIntervalSince1970
        let calls = StoredCall.encode(trial.calls)
        return try await write("record a trial") { db in
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO trial (id, time, target, probe, outcome, calls) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    trial.id, trial.time.timeIntervalSince1970, trial.target, trial.probe, trial.outcome, calls,
                ]
            )
            for signal in signals {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO signal (key, target, probe, name, packHash, modelFingerprint, state, updated)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        signal.key, signal.target, signal.probe, signal.name, signal.packHash, signal.modelFingerprint,
                        signal.state, updated,
                    ]
                )
            }
            for alert in alerts {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO alert (fingerprint, status, record, updated) VALUES (?, ?, ?, ?)",
                    arguments: [alert.fingerprint, alert.status, alert.record, updated]
                )
            }
            try Self.saveProgress(progress, ended: ended, at: now, db)
            return try Self.insert(outbox, db)
        }
    }

    /// Every persisted signal state.
    public func signals() async throws(StoreError) -> [StoredSignal] {
        try await read("read signal state") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM signal ORDER BY key").map { row in
                StoredSignal(
                    key: row["key"],
                    target: row["target"],
                    probe: row["probe"],
                    name: row["name"],
                    packHash: row["packHash"],
                    modelFingerprint: row["modelFingerprint"],
                    state: row["state"]
                )
            }
        }
    }

    /// Every alert with `status`.
    public func alerts(status: String) async throws(StoreError) -> [StoredAlert] {
        try await read("read alert state") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT fingerprint, status, record FROM alert WHERE status = ?",
                arguments: [status]
            )
            .map { StoredAlert(fingerprint: $0["fingerprint"], status: $0["status"], record: $0["record"]) }
        }
    }

    /// `target`'s trials that started at or after `since`, and at least its `latest` most recent ones, oldest
    /// first: the history its guards are rebuilt from at start. A trial whose calls cannot be read (a record
    /// that was not JSON when the database was migrated) comes with none.
    public func trials(target: String, since: Date, latest: Int) async throws(StoreError) -> [StoredTrial] {
        try await read("read the recent trials of \(target)") { db -> [StoredTrial] in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, time, target, probe, outcome, calls FROM trial WHERE target = ? AND (time >= ? OR id IN
                      (SELECT id FROM trial WHERE target = ? ORDER BY time DESC LIMIT ?))
                    ORDER BY time
                    """,
                arguments: [target, since.timeIntervalSince1970, target, latest]
            )
            return rows.map(Self.storedTrial)
        }
    }

    /// The trial in `row` of the `trial` table.
    private static func storedTrial(_ row: Row) -> StoredTrial {
        let time: Double = row["time"]
        let calls: String? = row["calls"]
        return StoredTrial(
            id: row["id"],
            time: Date(timeIntervalSince1970: time),
            target: row["target"],
            probe: row["probe"],
            outcome: row["outcome"],
            calls: StoredCall.decode(calls)
        )
    }

    /// How many trials are stored.
    public func trialCount() async throws(StoreError) -> Int {
        try await read("count trials") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM trial") ?? 0 }
    }

    /// Deletes trials that started before `cutoff`, in batches so the daemon never waits long.
    ///
    /// - Returns: how many were deleted.
    public func deleteTrials(before cutoff: Date, batchSize: Int = 5000) async throws(StoreError) -> Int {
        var deleted = 0
        for _ in 0..<10_000 {
            let count = try await write("delete old trials") { db in
                try db.execute(
                    sql: "DELETE FROM trial WHERE rowid IN (SELECT rowid FROM trial WHERE time < ? LIMIT ?)",
                    arguments: [cutoff.timeIntervalSince1970, batchSize]
                )
                return db.changesCount
            }
            deleted += count
            if count < batchSize { break }
        }
        return deleted
    }
}
