import CCurl

/// One request in flight: its easy handle and everything libcurl's callbacks write into.
///
/// Created, used and destroyed on the transport's own thread only.
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
        curl_easy_cleanup(handle)
    }

    /// Sets every option of the request on the easy handle; `self` must stay alive (the transport
    /// keeps it) for as long as the handle is in the multi handle.
    func configure() throws(HTTPError) {
        let url = request.redactedURL
        func check(_ code: CURLcode, _ what: String) throws(HTTPError) {
            guard code == CURLE_OK else {
                throw HTTPError(
                    code: .invalidRequest,
                    message: "libcurl refused \(what): \(String(cString: curl_easy_strerror(code)))",
                    url: url
                )
            }
        }
        try check(ccurl_easy_setopt_string(handle, CURLOPT_URL, request.url), "the URL")
        try check(ccurl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"), "the protocol list")
        try check(ccurl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "NOSIGNAL")
        try check(ccurl_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0), "FOLLOWLOCATION")
        try check(ccurl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1), "TLS peer verification")
        try check(ccurl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2), "TLS host verification")
        try check(
            ccurl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, request.timeouts.connect.roundedUpMilliseconds),
            "the connect timeout"
        )
        try check(
            ccurl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeouts.total.roundedUpMilliseconds),
            "the total timeout"
        )
        try check(
            ccurl_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)),
            "the response size cap"
        )
        try check(ccurl_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""), "Accept-Encoding")
        try check(ccurl_easy_setopt_string(handle, CURLOPT_USERAGENT, "candor/0.1"), "the user agent")
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "the error buffer")

        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(ccurl_easy_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, curlBodyCallback), "WRITEFUNCTION")
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context), "WRITEDATA")
        try check(
            ccurl_easy_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, curlHeaderCallback),
            "HEADERFUNCTION"
        )
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context), "HEADERDATA")

        switch request.method {
        case .get:
            try check(ccurl_easy_setopt_long(handle, CURLOPT_HTTPGET, 1), "GET")
        case .post:
            try check(ccurl_easy_setopt_long(handle, CURLOPT_POST, 1), "POST")
        default:
            try check(ccurl_easy_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue), "the method")
        }
        if let body = request.body {
            try check(ccurl_easy_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count), "the body size")
            try body.withUnsafeBufferPointer { bytes throws(HTTPError) in
                // COPYPOSTFIELDS copies now, so the body need not outlive this call.
                let base = UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                try check(ccurl_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, base), "the body")
            }
        }

        // An empty `Expect:` stops libcurl from waiting for `100 Continue` on larger bodies.
        for header in request.headers + [HTTPHeader("Expect", "")] {
            let line = header.value.isEmpty ? "\(header.name):" : "\(header.name): \(header.value)"
            guard let appended = curl_slist_append(headerList, line) else {
                throw HTTPError(code: .invalidRequest, message: "libcurl could not store a header", url: url)
            }
            headerList = appended
        }
        try check(ccurl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "the headers")
    }

    /// Appends body bytes; returns false (which aborts the transfer) past the size cap.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= request.maxResponseBytes else {
            exceededSizeCap = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Records one header line; a new status line (after `100 Continue` or a proxy's `200`)
    /// starts the header list afresh.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingSuffix(while: { $0 == "\r" || $0 == "\n" })
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].drop(while: { $0 == " " || $0 == "\t" })
        headers.append(HTTPHeader(name, String(value)))
    }

    /// The response, or the error libcurl reported, once the transfer is done.
    func result(_ code: CURLcode) -> Result<HTTPResponse, HTTPError> {
        let url = request.redactedURL
        guard code == CURLE_OK else {
            let detail = String(cString: errorBuffer)
            let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            return .failure(HTTPError(code: errorCode(code), message: describe(code, reason), url: url))
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var seconds = 0.0
        _ = ccurl_easy_getinfo_double(handle, CURLINFO_TOTAL_TIME, &seconds)
        return .success(
            HTTPResponse(status: status, headers: headers, body: body, totalTime: .seconds(seconds))
        )
    }

    private func errorCode(_ code: CURLcode) -> HTTPError.Code {
        if exceededSizeCap || code == CURLE_FILESIZE_EXCEEDED { return .responseTooLarge }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .connect
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return .tls
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidRequest
        default:
            return .transport
        }
    }

    private func describe(_ code: CURLcode, _ reason: String) -> String {
        switch errorCode(code) {
        case .responseTooLarge:
            return "response body larger than the cap of \(request.maxResponseBytes) bytes"
        case .timeout:
            return "no complete response within the time limit (\(reason))"
        case .connect:
            return "could not connect (\(reason)); check the URL and that the server is running"
        case .tls:
            return "TLS failed (\(reason)); check the server's certificate or configure its CA"
        default:
            return reason
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) {
            end = index(before: end)
        }
        return String(self[..<end])
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
