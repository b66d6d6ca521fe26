import CCurl

/// One request in flight: the easy handle lent to it and everything libcurl's callbacks write.
///
/// Created, used and released on the transport's own thread only. The handle belongs to the
/// transport, which resets and reuses it after the transfer.
final class CurlTransfer {
    let id: UInt64
    let handle: CurlHandle
    let request: HTTPRequest
    let continuation: CheckedContinuation<HTTPResponse, any Error>
    private(set) var body: [UInt8] = []
    private(set) var headers: [HTTPHeader] = []
    private(set) var exceededSizeCap = false

    init(
        id: UInt64,
        handle: CurlHandle,
        request: HTTPRequest,
        continuation: CheckedContinuation<HTTPResponse, any Error>
    ) {
        self.id = id
        self.handle = handle
        self.request = request
        self.continuation = continuation
    }

    /// Sets the request's options on the handle; `self` must stay alive (the transport keeps
    /// it) for as long as the handle is in the multi handle, as the callbacks write into it.
    func configure() throws(HTTPError) {
        try handle.prepare(request, id: id, context: Unmanaged.passUnretained(self).toOpaque())
    }

    /// Appends body bytes; returns false (which aborts the transfer) past the size cap.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= request.maxResponseBytes else {
            exceededSizeCap = true
            return false
        }
        if body.isEmpty, let length = contentLength, length <= request.maxResponseBytes {
            body.reserveCapacity(length)
        }
        body.append(contentsOf: bytes)
        return true
    }

    private var contentLength: Int? {
        var length: curl_off_t = -1
        guard ccurl_easy_getinfo_off(handle.easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK, length > 0
        else { return nil }
        return Int(length)
    }

    /// Records one header line; a new status line (after `100 Continue` or a proxy's `200`)
    /// starts the header list afresh.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\r") || bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        let line = UnsafeRawBufferPointer(rebasing: bytes[0..<end])
        if line.starts(with: "HTTP/".utf8) {
            headers.removeAll(keepingCapacity: true)
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        var start = colon + 1
        while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
        headers.append(
            HTTPHeader(
                String(decoding: UnsafeRawBufferPointer(rebasing: line[..<colon]), as: UTF8.self),
                String(decoding: UnsafeRawBufferPointer(rebasing: line[start...]), as: UTF8.self)
            )
        )
    }

    /// The response, or the error libcurl reported, once the transfer is done.
    func result(_ code: CURLcode) -> Result<HTTPResponse, HTTPError> {
        guard code == CURLE_OK else {
            let detail = String(cString: handle.errorBuffer)
            // libcurl's own words may quote parts of the URL; its credentials never go further.
            let reason = SecretScrubber(HTTPRequest.credentials(in: request.url, includingQuery: true))
                .scrub(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
            let category = errorCode(code)
            return .failure(HTTPError(code: category, message: describe(category, reason), url: request.redactedURL))
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle.easy, CURLINFO_RESPONSE_CODE, &status)
        var micros: curl_off_t = 0
        _ = ccurl_easy_getinfo_off(handle.easy, CURLINFO_TOTAL_TIME_T, &micros)
        var version = 0
        _ = ccurl_easy_getinfo_long(handle.easy, CURLINFO_HTTP_VERSION, &version)
        return .success(
            HTTPResponse(
                status: status,
                headers: headers,
                body: body,
                totalTime: .microseconds(micros),
                httpVersion: Self.versionName(version)
            )
        )
    }

    private static func versionName(_ version: Int) -> String {
        switch version {
        case Int(CURL_HTTP_VERSION_1_0): "1.0"
        case Int(CURL_HTTP_VERSION_2_0): "2"
        case Int(CURL_HTTP_VERSION_3): "3"
        default: "1.1"
        }
    }

    private func errorCode(_ code: CURLcode) -> HTTPError.Code {
        if exceededSizeCap || code == CURLE_FILESIZE_EXCEEDED { return .responseTooLarge }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            // No pre-transfer time means the connection was never made: a connect timeout.
            var pretransfer: curl_off_t = 0
            _ = ccurl_easy_getinfo_off(handle.easy, CURLINFO_PRETRANSFER_TIME_T, &pretransfer)
            return pretransfer == 0 ? .connect : .timeout
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .connect
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
            CURLE_HTTP2_STREAM:
            return .connectionLost
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED:
            return .tls
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidRequest
        default:
            return .transport
        }
    }

    private func describe(_ category: HTTPError.Code, _ reason: String) -> String {
        switch category {
        case .responseTooLarge:
            return "response body larger than the cap of \(request.maxResponseBytes) bytes (max_response_bytes)"
        case .timeout:
            return "no complete response within the time limit (\(reason))"
        case .connect:
            return "could not connect (\(reason)); check the URL, the proxy settings and that the server is running"
        case .connectionLost:
            return "the connection broke before the response was complete (\(reason))"
        case .tls:
            return "TLS failed (\(reason)); check the server's certificate or configure its CA (tls_ca_file)"
        default:
            return reason
        }
    }
}

// libcurl's callbacks: non-capturing closures, with the transfer passed through `Unmanaged`.
let curlBodyCallback: curl_write_callback = { data, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard let data else { return length }
    return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

let curlHeaderCallback: curl_write_callback = { data, size, count, context in
    let length = size * count
    guard let context, let data else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    return length
}
