import CandorStore
import Foundation

/// The status endpoint's latest report, kept for ``lifetime``: a report replays every sample, so reloading
/// the page, or following an alert's link from it, does not replay them again. (Two requests that arrive
/// together before the first report is done both build one: no task outlives its request.)
actor ReportCache {
    /// How long a report is served before it is built again.
    static let lifetime: TimeInterval = 30

    private struct Entry {
        var key: String
        var builtAt: Date
        var report: Report
    }

    private var entries: [Entry] = []

    /// An empty cache.
    init() {}

    /// A report drawn from `since` on (as `key`, the `since` the user gave, says), built at most ``lifetime`` ago.
    /// With no `key` the caller only needs the alerts and their trials, and any fresh report serves.
    ///
    /// - Throws: ``InputError`` when a samples log cannot be read.
    func report(key: String?, plan: Plan, store: Store?, since: Date?, now: Date) async throws -> Report {
        entries.removeAll { now.timeIntervalSince($0.builtAt) > Self.lifetime || now < $0.builtAt }
        if let entry = entries.first(where: { key == nil || $0.key == key }) {
            return entry.report
        }
        let report = try await Report.load(plan: plan, store: store, since: since, now: now)
        entries.removeAll { $0.key == key ?? "all" }
        // Two entries at most: the default view and one other.
        if entries.count >= 2 { entries.removeFirst() }
        entries.append(Entry(key: key ?? "all", builtAt: now, report: report))
        return report
    }
}
