import Foundation
import GRDB

extension Store {
    /// The migration that replaced each trial's whole record by its calls.
    static let trialCallsMigration = "v5: trials keep their calls, not their records"

    /// Replaces each trial's whole `candor.sample/v1` record (about 4 KB: prompts, answers, scores) by its
    /// calls' tokens and failures (migration v5), which is all the daemon reads back: the samples log keeps
    /// the records. Existing rows are converted in SQL with SQLite's JSON functions, so every trial already
    /// recorded keeps its identity, outcome and what its calls cost; a record that is not JSON keeps its row
    /// with no calls, as the guards passed it over before.
    static func registerTrialCallsMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(trialCallsMigration) { db in
            try db.create(table: "trial_calls") { table in
                table.primaryKey("id", .text)
                table.column("time", .double).notNull()
                table.column("target", .text).notNull()
                table.column("probe", .text).notNull()
                table.column("outcome", .text).notNull()
                table.column("calls", .text).notNull()
            }
            // One object per exchange: the tokens of an answer (prompt + completion, 0 when not
            // reported), the error's code, and whether the guards skipped the call (marked, or in
            // records older than the mark, said in the error's message).
            try db.execute(
                sql: """
                    INSERT INTO trial_calls (id, time, target, probe, outcome, calls)
                    SELECT id, time, target, probe, outcome,
                      CASE WHEN json_valid(CAST(record AS TEXT)) THEN COALESCE((
                        SELECT json_group_array(json_object(
                          'tokens', CASE WHEN json_type(e.value, '$.response') = 'object' THEN COALESCE(
                            json_extract(e.value, '$.response.usage.promptTokens')
                              + json_extract(e.value, '$.response.usage.completionTokens'), 0) END,
                          'error', json_extract(e.value, '$.error.code'),
                          'skipped', CASE WHEN COALESCE(json_extract(e.value, '$.error.skipped'),
                            instr(json_extract(e.value, '$.error.message'), ': skipped: ') > 0)
                            THEN json('true') END))
                        FROM json_each(CAST(record AS TEXT), '$.exchanges') AS e), '[]')
                      ELSE '[]' END
                    FROM trial
                    """
            )
            try db.drop(table: "trial")
            try db.rename(table: "trial_calls", to: "trial")
            try db.create(index: "trial_on_time", on: "trial", columns: ["time"])
            try db.create(index: "trial_by_target_probe", on: "trial", columns: ["target", "probe", "time"])
        }
    }

    /// Whether opening the database will run ``trialCallsMigration`` on trials recorded before it: the file
    /// is then compacted after migrating, to give back the space the records took.
    static func needsTrialCompaction(_ pool: DatabasePool) throws -> Bool {
        try pool.read { db in
            try db.tableExists("trial") && !migrator.appliedIdentifiers(db).contains(trialCallsMigration)
        }
    }

    /// The size of the database's live pages in bytes: its pages (those still in the write-ahead log
    /// included) less the free ones. What `candor-bench storage` divides by the trials.
    ///
    /// - Throws: ``StoreError`` if the database cannot be read.
    public func usedBytes() async throws(StoreError) -> Int {
        try await write("measure the database") { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return (pages - free) * size
        }
    }
}

extension Store {
    /// Adds `rows` to the database at `path` laid out as Candor wrote it before ``trialCallsMigration`` (each
    /// row holding the trial's whole record), creating it at that schema if needed: for the migration's tests
    /// and `candor-bench storage`, never for the daemon.
    ///
    /// - Throws: GRDB's error if the file cannot be written or already has a newer schema.
    package static func appendBeforeTrialCalls(path: String, rows: [(trial: StoredTrial, record: Data)]) throws {
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue, upTo: "v4: outbox first attempt")
        try queue.write { db in
            for (trial, record) in rows {
                try db.execute(
                    sql: "INSERT INTO trial (id, time, target, probe, outcome, record) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        trial.id, trial.time.timeIntervalSince1970, trial.target, trial.probe, trial.outcome, record,
                    ]
                )
            }
        }
        try queue.close()
    }
}
