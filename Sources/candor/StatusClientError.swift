import ArgumentParser

/// Why the command line could not get an answer from the daemon's status endpoint.
struct StatusClientError: Error, CustomStringConvertible {
    /// What went wrong; each has its own exit status, so a script can tell "not running" apart.
    enum Code {
        /// Nothing answers at the endpoint: the daemon is not running (or listens elsewhere). Exit 3, as
        /// `systemctl status` and LSB init scripts report a stopped service.
        case notRunning
        /// The endpoint cannot be used as configured: disabled, its port unknown, its token unreadable. Exit 1.
        case unavailable
        /// The daemon answered with an error. Exit 1.
        case refused
    }

    /// What went wrong.
    var code: Code
    /// What happened and what to do about it.
    var message: String

    /// The process exit status for ``code``.
    var exitCode: ExitCode {
        code == .notRunning ? ExitCode(3) : .failure
    }

    /// The message.
    var description: String { message }
}
