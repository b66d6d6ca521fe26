import Foundation
import GRDB

/// The rows one sink has waiting in the outbox: how many, and since when the oldest waits; for the metrics an
/// operator alerts on when delivery falls behind.
public struct OutboxBacklog: Sendable, Hashable {
    /// The sink's name.
    public var sink: String
    /// Rows waiting to be sent.
    public var pending: Int
    /// When the oldest of them was written.
    public var oldest: Date

    /// Creates a backlog from its parts.
    public init(sink: String, pending: Int, oldest: Date) {
        self.sink = sink
        self.pending = pending
        self.oldest = oldest
    }
}

extension Store {
    /// The backlog of every sink that has rows waiting; a sink without one is absent.
    ///
    /// - Throws: ``StoreError`` if the outbox cannot be read.
    public func outboxBacklogs() async throws(StoreError) -> [OutboxBacklog] {
        try await read("read the outbox") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sink, COUNT(*) AS pending, MIN(created) AS oldest FROM outbox
                    WHERE state = 'pending' GROUP BY sink ORDER BY sink
                    """
            )
            .map { row in
                OutboxBacklog(
                    sink: row["sink"],
                    pending: row["pending"],
                    oldest: Date(timeIntervalSince1970: row["oldest"])
                )
            }
        }
    }
}
