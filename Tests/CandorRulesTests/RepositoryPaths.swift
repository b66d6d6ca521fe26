import Foundation

/// Paths inside this repository, found from this file's location so tests run from any directory.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let rules = root + "/Rules"
    static let fixtures = root + "/Tests/CandorRulesTests/Fixtures"
}
