import Glibc

/// The blocking calls the server makes on one accepted connection.
///
/// The descriptor belongs to `ServerRuntime`, which closes it; this value only reads and writes.
struct ConnectionSocket: Sendable {
    /// How often one call is retried after `EINTR` before the connection is given up.
    private static let interruptRetries = 1_000
    /// `POLLRDHUP` (Linux): the peer closed its side. Glibc's module does not export it.
    private static let peerClosedEvent: Int16 = 0x2000

    /// The socket's file descriptor.
    let descriptor: Int32

    /// Reads what is available (at most `limit` bytes, blocking until something arrives) and
    /// appends it to `buffer`; false when the peer closed, the socket was shut down, or it failed.
    func receive(into buffer: inout [UInt8], limit: Int = 16_384) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit) { chunk in
            for _ in 0..<Self.interruptRetries {
                let count = recv(descriptor, chunk.baseAddress, chunk.count, 0)
                if count > 0 {
                    buffer.append(contentsOf: chunk[0..<count])
                    return true
                }
                if count < 0 && errno == EINTR { continue }
                return false
            }
            return false
        }
    }

    /// Writes all of `bytes`; false when the peer went away. `MSG_NOSIGNAL` keeps a closed peer
    /// from raising SIGPIPE in the test process.
    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            var interruptions = 0
            // Each pass either writes at least one byte, counts an interruption, or returns.
            while offset < raw.count {
                let written = Glibc.send(descriptor, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR && interruptions < Self.interruptRetries {
                    interruptions += 1
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Waits up to `milliseconds` and tells whether the peer hung up (or the socket was shut down)
    /// meanwhile. Unread pipelined requests do not count.
    func peerHungUp(waitingMilliseconds milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Self.peerClosedEvent, revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return false }
        let hangUp = Self.peerClosedEvent | Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        return entry.revents & hangUp != 0
    }

    /// Makes the coming close send a reset (RST) instead of an orderly shutdown (FIN).
    func abortOnClose() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }
}
