import Foundation
import GRDB

/// Candor's state: an SQLite database in WAL mode (`candor.sqlite` in the state directory)
/// holding trials, signal and detector state, alert state and the alert outbox.
///
/// Every write is one transaction, so a crash or `kill -9` at any point leaves either the
/// state before the write or the state after it, never a mix.
///
/// Reads and writes are `async` and run on dispatch queues of the store's own, never on Swift's
/// cooperative pool: SQLite blocks its thread (a write waits for the file lock and `fsync`), and
/// the pool has only as many threads as cores, so a blocked one would stall every other task.
public final class Store: Sendable {
    /// The database, for the store's extensions in this module.
    let pool: DatabasePool
    /// Where writes run, one after another (SQLite has one writer at a time anyway).
    private let writes = DispatchQueue(label: "candor.store.writes")
    /// Where reads run, side by side (the database is in WAL mode).
    private let reads = DispatchQueue(label: "candor.store.reads", attributes: .concurrent)
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    ///
    /// - Throws: ``StoreError`` naming the file when it cannot be opened or migrated (for
    ///   example a database written by a newer Candor).
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = GRDB.Configuration()
            configuration.busyMode = .timeout(5)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            let compacting = try Self.needsTrialCompaction(pool)
            try Self.migrator.migrate(pool)
            if compacting {
                // In WAL mode the file shrinks only once the log is checkpointed in full.
                try pool.vacuum()
                _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, operation: "open and migrate the state database", underlying: error)
        }
    }

    /// The versioned schema migrations, applied in order; each runs once per database.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: trials, signals, alerts") { db in
            try db.create(table: "trial") { table in
                table.primaryKey("id", .text)
                table.column("time", .double).notNull().indexed()
                table.column("target", .text).notNull()
                table.column("probe", .text).notNull()
                table.column("outcome", .text).notNull()
                table.column("record", .blob).notNull()
            }
            try db.create(index: "trial_by_target_probe", on: "trial", columns: ["target", "probe", "time"])
            try db.create(table: "signal") { table in
                table.primaryKey("key", .text)
                table.column("target", .text).notNull()
                table.column("probe", .text).notNull()
                table.column("name", .text).notNull()
                table.column("packHash", .text).notNull()
                table.column("modelFingerprint", .text)
                table.column("state", .blob).notNull()
                table.column("updated", .double).notNull()
            }
            try db.create(table: "alert") { table in
                table.primaryKey("fingerprint", .text)
                table.column("status", .text).notNull()
                table.column("record", .blob).notNull()
                table.column("updated", .double).notNull()
            }
        }
        registerOutboxMigrations(&migrator)
        registerProgressMigrations(&migrator)
        registerOutboxAttemptMigrations(&migrator)
        registerBeliefMigrations(&migrator)
        registerTrialCallsMigrations(&migrator)
        return migrator
    }

    /// The names of the migrations applied to the database, oldest first.
    public func appliedMigrations() async throws(StoreError) -> [String] {
        try await read("read the schema version") { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction on ``reads``; `operation` names it in an error.
    func read<T: Sendable>(
        _ operation: String,
        _ body: @escaping @Sendable (Database) throws -> T
    ) async throws(StoreError) -> T {
        try await run(operation, on: reads) { pool in try pool.read(body) }
    }

    /// Runs `body` in a write transaction on ``writes``; `operation` names it in an error.
    func write<T: Sendable>(
        _ operation: String,
        _ body: @escaping @Sendable (Database) throws -> T
    ) async throws(StoreError) -> T {
        try await run(operation, on: writes) { pool in try pool.write(body) }
    }

    /// Runs `work` on `queue` and resumes the caller with its result. The work is not cancelled
    /// with the calling task: a write that was started completes, as it did when it was synchronous.
    private func run<T: Sendable>(
        _ operation: String,
        on queue: DispatchQueue,
        _ work: @escaping @Sendable (DatabasePool) throws -> T
    ) async throws(StoreError) -> T {
        let result: Result<T, StoreError> = await withCheckedContinuation { continuation in
            queue.async { [pool, path] in
                do {
                    continuation.resume(returning: .success(try work(pool)))
                } catch {
                    continuation.resume(
                        returning: .failure(StoreError(path: path, operation: operation, underlying: error))
                    )
                }
            }
        }
        return try result.get()
    }
}

/// The state database could not be opened, read or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// What was being done.
    public var operation: String
    /// SQLite's or GRDB's reason.
    public var reason: String

    /// Creates an error from the underlying failure.
    public init(path: String, operation: String, underlying: any Error) {
        self.path = path
        self.operation = operation
        self.reason = "\(underlying)"
    }

    /// `cannot OPERATION (PATH): REASON`.
    public var description: String {
        "cannot \(operation) (\(path)): \(reason); check the state directory's permissions and free space"
    }
}
