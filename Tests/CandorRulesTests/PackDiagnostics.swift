import CandorRules
import Testing

/// What loading a pack from text reports, for the validation tests.
enum PackDiagnostics {
    /// Every diagnostic of `text` loaded as `pack.yaml`, as `file:line:col: message`.
    static func of(_ text: String) -> [String] {
        do {
            _ = try RuleLoader.parse(text, file: "pack.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Expects exactly one diagnostic, on `line`, containing `text`.
    static func expectSingle(
        _ found: [String],
        line: Int,
        containing text: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.hasPrefix("pack.yaml:\(line):") == true, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.contains(text) == true, "\(found)", sourceLocation: sourceLocation)
    }
}
