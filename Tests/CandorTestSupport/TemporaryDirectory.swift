import Foundation

/// A fresh directory under /tmp for one test's files (databases, logs, configuration).
///
/// Nothing removes it automatically: call `remove()` when the test ends.
public struct TemporaryDirectory: Sendable {
    /// The absolute path of the directory, such as `/tmp/candor-test-a1B2c3`.
    public let path: String

    /// Creates a new, empty directory with `mkdtemp(3)`.
    ///
    /// - Throws: `TestSupportError` with code `temporaryDirectory` when /tmp is not writable.
    public init() throws {
        var template = Array("/tmp/candor-test-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        guard created else {
            let code = errno
            throw TestSupportError(
                code: .temporaryDirectory,
                message: "mkdtemp under /tmp failed: \(String(cString: strerror(code))); check that /tmp is writable",
                systemError: code
            )
        }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path of `name` inside the directory; the file itself is not created.
    public func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Deletes the directory and everything in it; errors (already removed) are ignored.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
