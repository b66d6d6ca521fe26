import Foundation

/// Request bodies through Foundation's `JSONEncoder`: at the daemon's rates its cost is a
/// negligible share of a core (Benchmarks/README.md, `candor-bench json`).
extension ModelAPI {
    /// `body` as JSON bytes: keys sorted, so a body is the same bytes in every run (a dictionary
    /// order would differ between processes), slashes unescaped, `nil` optionals left out.
    ///
    /// - Throws: ``RequestEncodingError`` when a value cannot be expressed in JSON (infinity, NaN).
    static func encode(_ body: some Encodable) throws(RequestEncodingError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(body))
        } catch let EncodingError.invalidValue(value, context) {
            let name = context.codingPath.last?.stringValue ?? "a value"
            throw RequestEncodingError(description: "\(name) is \(value), which JSON cannot express")
        } catch {
            throw RequestEncodingError(description: "\(error)")
        }
    }
}
