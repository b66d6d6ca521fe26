import Foundation
import GRDB

extension Store {
    /// The stored record of the trial `id`, or nil when there is none (never recorded, or past retention).
    ///
    /// - Throws: ``StoreError`` if the read fails.
    public func trialRecord(id: String) async throws(StoreError) -> Data? {
        try await read("read the trial \(id)") { db in
            try Data.fetchOne(db, sql: "SELECT record FROM trial WHERE id = ?", arguments: [id])
        }
    }
}
