import Foundation
import GRDB

extension Store {
    /// The record of each alert's newest outbox row, over all sinks: every alert's last known
    /// state, which pruning keeps. The daemon rebuilds its open self-alerts from it at start.
    ///
    /// - Throws: ``StoreError`` if the outbox cannot be read.
    public func newestOutboxRecords() async throws(StoreError) -> [Data] {
        try await read("read the outbox") { db in
            try Data.fetchAll(
                db,
                sql: "SELECT record FROM outbox WHERE id IN (SELECT MAX(id) FROM outbox GROUP BY fingerprint)"
            )
        }
    }
}
