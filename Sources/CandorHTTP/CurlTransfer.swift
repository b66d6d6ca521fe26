import CCurl

/// One request in flight: the easy handle lent to it and everything libcurl's callbacks write.
///
/// Created, used and released on the transport's own thread only. The handle belongs to the
/// transport, which resets and reuses it after the transfer.
final class CurlTransfer {
    let id: UInt64
    let handle: UnsafeMutableRawPointer
    let request: HTTPRequest
    let continuation: CheckedContinuation<HTTPResponse, any Error>
    private(set) var body: [UInt8] = []
    private(set) var headers: [HTTPHeader] = []
    private(set) var exceededSizeCap = false
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    init(
        id: UInt64,
        handle: UnsafeMutableRawPointer,
        request: HTTPRequest,
        continuation: CheckedContinuation<HTTPResponse, any Error>
    ) {
        self.id = id
        self.handle = handle
        self.request = request
        self.continuation = continuation
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Sets every option of the request on the (freshly reset) easy handle; `self` must stay
    /// alive (the transport keeps it) for as long as the handle is in the multi handle.
    ///
    /// Proxies are deliberately left alone: with no `CURLOPT_PROXY` set, libcurl reads
    /// `http_proxy`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` from the environment itself.
    func configure() throws(HTTPError) {
        try set(CURLOPT_URL, request.url, "the URL")
        try set(CURLOPT_PROTOCOLS_STR, "http,https", "the protocol list")
        try set(CURLOPT_NOSIGNAL, 1, "NOSIGNAL")
        try set(CURLOPT_FOLLOWLOCATION, 0, "FOLLOWLOCATION")
        try set(CURLOPT_PRIVATE, UnsafeMutableRawPointer(bitPattern: UInt(id)), "the transfer id")
        // HTTP/2 when the server offers it in the TLS handshake; HTTP/1.1 otherwise. Over TLS,
        // PIPEWAIT waits for a connection being set up to say whether it multiplexes rather than
        // opening another; over plain HTTP (never HTTP/2 here) it would only serialize requests.
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS), "the HTTP version")
        try set(CURLOPT_PIPEWAIT, request.url.hasPrefix("https://") ? 1 : 0, "PIPEWAIT")
        try set(CURLOPT_TCP_KEEPALIVE, 1, "TCP keep-alive")
        try configureTLS()
        try set(CURLOPT_CONNECTTIMEOUT_MS, request.timeouts.connect.roundedUpMilliseconds, "the connect timeout")
        try set(CURLOPT_TIMEOUT_MS, request.timeouts.total.roundedUpMilliseconds, "the total timeout")
        if let lowSpeed = request.timeouts.lowSpeed {
            try set(CURLOPT_LOW_SPEED_LIMIT, lowSpeed.bytesPerSecond, "the low-speed limit")
            try set(CURLOPT_LOW_SPEED_TIME, max(1, lowSpeed.window.roundedUpMilliseconds / 1000), "the low-speed window")
        }
        try check(
            ccurl_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)),
            "the response size cap"
        )
        try set(CURLOPT_ACCEPT_ENCODING, "", "Accept-Encoding")
        try set(CURLOPT_USERAGENT, "candor/0.1", "the user agent")
        try set(CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer), "the error buffer")

        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(ccurl_easy_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, curlBodyCallback), "WRITEFUNCTION")
        try set(CURLOPT_WRITEDATA, context, "WRITEDATA")
        try check(ccurl_easy_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, curlHeaderCallback), "HEADERFUNCTION")
        try set(CURLOPT_HEADERDATA, context, "HEADERDATA")

        switch request.method {
        case .get:
            try set(CURLOPT_HTTPGET, 1, "GET")
        case .post:
            try set(CURLOPT_POST, 1, "POST")
        default:
            try set(CURLOPT_CUSTOMREQUEST, request.method.rawValue, "the method")
        }
        if let body = request.body {
            try set(CURLOPT_POSTFIELDSIZE, body.count, "the body size")
            try body.withUnsafeBufferPointer { bytes throws(HTTPError) in
                // COPYPOSTFIELDS copies now, so the body need not outlive this call.
                let base = UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                try set(CURLOPT_COPYPOSTFIELDS, base, "the body")
            }
        }

        // An empty `Expect:` stops libcurl from waiting for `100 Continue` on larger bodies.
        for header in request.headers + [HTTPHeader("Expect", "")] {
            let line = header.value.isEmpty ? "\(header.name):" : "\(header.name): \(header.value)"
            guard let appended = curl_slist_append(headerList, line) else {
                throw HTTPError(code: .invalidRequest, message: "libcurl could not store a header", url: request.redactedURL)
            }
            headerList = appended
        }
        try check(ccurl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "the headers")
    }

    /// Peer verification is always set explicitly, so a libcurl built with other defaults
    /// cannot turn it off behind the configuration's back.
    private func configureTLS() throws(HTTPError) {
        let tls = request.tls
        try set(CURLOPT_SSL_VERIFYPEER, tls.verifiesPeer ? 1 : 0, "TLS peer verification")
        try set(CURLOPT_SSL_VERIFYHOST, tls.verifiesPeer ? 2 : 0, "TLS host verification")
        if let path = tls.caBundlePath { try set(CURLOPT_CAINFO, path, "the CA bundle \(path)") }
        if let path = tls.clientCertificatePath { try set(CURLOPT_SSLCERT, path, "the client certificate \(path)") }
        if let path = tls.clientKeyPath { try set(CURLOPT_SSLKEY, path, "the client key \(path)") }
    }

    private func check(_ code: CURLcode, _ what: String) throws(HTTPError) {
        guard code == CURLE_OK else {
            throw HTTPError(
                code: .invalidRequest,
                message: "libcurl refused \(what): \(String(cString: curl_easy_strerror(code)))",
                url: request.redactedURL
            )
        }
    }

    private func set(_ option: CURLoption, _ value: Int, _ what: String) throws(HTTPError) {
        try check(ccurl_easy_setopt_long(handle, option, value), what)
    }

    private func set(_ option: CURLoption, _ value: String, _ what: String) throws(HTTPError) {
        try check(ccurl_easy_setopt_string(handle, option, value), what)
    }

    private func set(_ option: CURLoption, _ value: UnsafeMutableRawPointer?, _ what: String) throws(HTTPError) {
        try check(ccurl_easy_setopt_pointer(handle, option, value), what)
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
        guard ccurl_easy_getinfo_off(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK, length > 0
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
            let detail = String(cString: errorBuffer)
            let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            let category = errorCode(code)
            return .failure(HTTPError(code: category, message: describe(category, reason), url: request.redactedURL))
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var micros: curl_off_t = 0
        _ = ccurl_easy_getinfo_off(handle, CURLINFO_TOTAL_TIME_T, &micros)
        var version = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_HTTP_VERSION, &version)
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
            _ = ccurl_easy_getinfo_off(handle, CURLINFO_PRETRANSFER_TIME_T, &pretransfer)
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
private let curlBodyCallback: curl_write_callback = { data, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard let data else { return length }
    return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

private let curlHeaderCallback: curl_write_callback = { data, size, count, context in
    let length = size * count
    guard let context, let data else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    return length
}
