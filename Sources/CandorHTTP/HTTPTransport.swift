/// Something that sends HTTP requests. The production implementation is ``CurlTransport``;
/// the seam lets higher layers be exercised without a network.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the server's response, whatever its status.
    ///
    /// - Throws: ``HTTPError`` when no response was received (timeout, connection, TLS, size cap,
    ///   cancellation).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
