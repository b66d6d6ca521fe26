import Foundation
import GRDB

/// A neutral belief elicitation as cached: the answers a target's model gave to an item's belief prompts, kept so
/// that later trials of the item ask only the conditions that change (the pressured question) and are scored
/// against this belief until it is asked again.
public struct StoredBelief: Sendable, Hashable {
    /// The target's name.
    public var target: String
    /// The probe's id.
    public var probe: String
    /// The item's id.
    public var item: String
    /// The belief prompts as sent (rendered messages and sampling, canonical text): an entry whose prompt differs
    /// from today's rendering was asked with other words and is asked again.
    public var prompt: String
    /// The model fingerprint the answers came from (the reported model and backend fingerprint).
    public var modelFingerprint: String
    /// The belief the answers state, as the scorer read them (one value, or a summary of disagreeing answers).
    public var belief: String
    /// The cached exchanges, as JSON (the daemon's record codec).
    public var exchanges: Data
    /// When the belief was asked.
    public var asked: Date
    /// How many times a re-asked belief of this item has differed from the one it replaced.
    public var changes: Int

    /// Creates a stored belief.
    public init(
        target: String,
        probe: String,
        item: String,
        prompt: String,
        modelFingerprint: String,
        belief: String,
        exchanges: Data,
        asked: Date,
        changes: Int = 0
    ) {
        self.target = target
        self.probe = probe
        self.item = item
        self.prompt = prompt
        self.modelFingerprint = modelFingerprint
        self.belief = belief
        self.exchanges = exchanges
        self.asked = asked
        self.changes = changes
    }
}

extension Store {
    /// Adds the belief cache table: one row per target, probe and item (the newest elicitation; an older one of
    /// another prompt or model fingerprint is of no further use).
    static func registerBeliefMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("belief cache") { db in
            try db.create(table: "belief") { table in
                table.column("target", .text).notNull()
                table.column("probe", .text).notNull()
                table.column("item", .text).notNull()
                table.column("prompt", .text).notNull()
                table.column("modelFingerprint", .text).notNull()
                table.column("belief", .text).notNull()
                table.column("exchanges", .blob).notNull()
                table.column("asked", .double).notNull()
                table.column("changes", .integer).notNull().defaults(to: 0)
                table.primaryKey(["target", "probe", "item"])
            }
        }
    }

    /// The cached belief of `item` of `probe` on `target`, if one was stored.
    ///
    /// - Throws: ``StoreError`` if the database cannot be read.
    public func belief(target: String, probe: String, item: String) async throws(StoreError) -> StoredBelief? {
        try await read("read the cached belief of \(target)/\(probe)/\(item)") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM belief WHERE target = ? AND probe = ? AND item = ?",
                arguments: [target, probe, item]
            )
            .map(Self.storedBelief)
        }
    }

    /// Every cached belief of `target`, by probe and item.
    ///
    /// - Throws: ``StoreError`` if the database cannot be read.
    public func beliefs(target: String) async throws(StoreError) -> [StoredBelief] {
        try await read("read the cached beliefs of \(target)") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM belief WHERE target = ? ORDER BY probe, item",
                arguments: [target]
            )
            .map(Self.storedBelief)
        }
    }

    /// Stores `belief`, replacing the entry of its target, probe and item.
    ///
    /// - Throws: ``StoreError`` if the write fails; the previous entry then stays.
    public func save(belief: StoredBelief) async throws(StoreError) {
        try await write("cache the belief of \(belief.target)/\(belief.probe)/\(belief.item)") { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO belief
                      (target, probe, item, prompt, modelFingerprint, belief, exchanges, asked, changes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    belief.target, belief.probe, belief.item, belief.prompt, belief.modelFingerprint, belief.belief,
                    belief.exchanges, belief.asked.timeIntervalSince1970, belief.changes,
                ]
            )
        }
    }

    private static func storedBelief(_ row: Row) -> StoredBelief {
        StoredBelief(
            target: row["target"],
            probe: row["probe"],
            item: row["item"],
            prompt: row["prompt"],
            modelFingerprint: row["modelFingerprint"],
            belief: row["belief"],
            exchanges: row["exchanges"],
            asked: Date(timeIntervalSince1970: row["asked"]),
            changes: row["changes"]
        )
    }
}
