import Foundation
import GRDB

extension Store {
    /// Adds the lifecycle progress of alerts (migration v3): pending alerts and the `for:` clock,
    /// firing alerts' samples since firing and the `keep_firing_for:` clock, so that a restart
    /// resumes them instead of starting over.
    static func registerProgressMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: alert lifecycle progress") { db in
            try db.create(table: "alert_progress") { table in
                table.primaryKey("fingerprint", .text)
                table.column("status", .text).notNull()
                table.column("record", .blob).notNull()
                table.column("updated", .double).notNull()
            }
        }
    }

    /// The saved progress of every pending or firing alert (`status` says which, `record` is
    /// the encoded progress).
    public func alertProgress() async throws(StoreError) -> [StoredAlert] {
        try await read("read alert progress") { db in
            try Row.fetchAll(db, sql: "SELECT fingerprint, status, record FROM alert_progress")
                .map { StoredAlert(fingerprint: $0["fingerprint"], status: $0["status"], record: $0["record"]) }
        }
    }

    /// Saves `progress` (as updated at `now`) and deletes the progress of `ended` in the transaction of `db`.
    static func saveProgress(_ progress: [StoredAlert], ended: [String], at now: Date, _ db: Database) throws {
        let now = now.timeIntervalSince1970
        for entry in progress {
            try db.execute(
                sql: "INSERT OR REPLACE INTO alert_progress (fingerprint, status, record, updated) VALUES (?, ?, ?, ?)",
                arguments: [entry.fingerprint, entry.status, entry.record, now]
            )
        }
        for fingerprint in ended {
            try db.execute(sql: "DELETE FROM alert_progress WHERE fingerprint = ?", arguments: [fingerprint])
        }
    }
}
