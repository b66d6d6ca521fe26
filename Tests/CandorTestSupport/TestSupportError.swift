/// A test peer could not be set up: a socket, a thread or a temporary directory failed.
public struct TestSupportError: Error, Sendable, CustomStringConvertible {
    /// Which step failed.
    public enum Code: String, Sendable {
        /// `socket(2)` failed.
        case socket
        /// `bind(2)` on 127.0.0.1 failed.
        case bind
        /// `listen(2)` or `getsockname(2)` failed.
        case listen
        /// A server thread could not be started.
        case thread
        /// `mkdtemp(3)` failed.
        case temporaryDirectory = "temporary_directory"
        /// A helper process (`openssl`, `python3`) failed or did not start.
        case process
        /// A test waited for something that never happened (bounded wait ran out).
        case timeout
        /// A scripted model's policy cannot answer an item: the item lacks the truth or a variable it reads.
        case policy
    }

    /// The step that failed.
    public var code: Code
    /// What happened and what to check.
    public var message: String
    /// The `errno` (or pthread return code) of the failed call, when there was one.
    public var systemError: Int32?

    /// Creates an error.
    public init(code: Code, message: String, systemError: Int32? = nil) {
        self.code = code
        self.message = message
        self.systemError = systemError
    }

    /// `code: message`.
    public var description: String {
        "\(code.rawValue): \(message)"
    }
}
