import ServiceLifecycle

/// The transport as a service of the daemon's one `ServiceGroup`, so its thread lives exactly as long
/// as the group runs it and stops in the group's shutdown order.
///
/// The daemon registers the transport before every service that sends through it (delivery, the
/// scheduler, the reloader): the group shuts services down in reverse order and waits for each, so the
/// transport stops last, after the trials in flight and the last deliveries have their responses.
///
/// A transport that no service group runs (the command line's one-off calls, tests) keeps the simpler
/// lifetime: its thread starts with the first request and stops at ``CurlTransport/shutdown()``.
extension CurlTransport: Service {
    /// Starts the thread, waits for graceful shutdown (or cancellation), then fails whatever is still
    /// in flight with ``HTTPError/Code/cancelled`` and returns once the thread has stopped.
    public func run() async throws {
        start()
        // Cancellation ends the wait as graceful shutdown does: either way the transport stops.
        try? await gracefulShutdown()
        await stop()
    }
}
