import CCurl

/// A libcurl easy handle together with the options it was last set up with, so that the next
/// request with the same ``Settings`` (every request of one target) sets only what differs per
/// request: the URL, the body, the callbacks' context and, when they changed, the headers.
///
/// Resetting a handle and setting its twenty-odd options again costs more than the rest of
/// libcurl's own work on a small request, so handles are reset only when they move to a request
/// with other settings. Used on the transport's own thread only.
final class CurlHandle {
    /// The options that stay the same between requests of one target.
    struct Settings: Hashable {
        var method: HTTPMethod
        var hasBody: Bool
        var isHTTPS: Bool
        var timeouts: HTTPTimeouts
        var maxResponseBytes: Int
        var tls: TLSOptions

        /// The settings `request` needs.
        init(_ request: HTTPRequest) {
            method = request.method
            hasBody = request.body != nil
            isHTTPS = request.url.utf8.starts(with: "https://".utf8)
            timeouts = request.timeouts
            maxResponseBytes = request.maxResponseBytes
            tls = request.tls
        }
    }

    /// The easy handle.
    let easy: UnsafeMutableRawPointer
    /// Where libcurl writes the reason of a failed transfer; cleared before each one.
    let errorBuffer: UnsafeMutablePointer<CChar>
    /// What the handle is set up for; `nil` when it is fresh or a setup failed half-way.
    private(set) var settings: Settings?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// The headers `headerList` was built from.
    private var listedHeaders: [HTTPHeader]?

    /// A new easy handle, or `nil` when libcurl is out of memory.
    init?() {
        guard let easy = curl_easy_init() else { return nil }
        self.easy = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Sets up the handle for `request`: every option when its settings differ from the last
    /// request's, otherwise only the per-request ones. `context` is what the callbacks receive,
    /// and `id` is stored as `CURLOPT_PRIVATE`.
    ///
    /// Proxies are deliberately left alone: with no `CURLOPT_PROXY` set, libcurl reads
    /// `http_proxy`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` from the environment itself.
    ///
    /// - Throws: ``HTTPError`` (`invalidRequest`) when libcurl refuses an option.
    func prepare(_ request: HTTPRequest, id: UInt64, context: UnsafeMutableRawPointer) throws(HTTPError) {
        let wanted = Settings(request)
        if settings != wanted {
            if settings != nil || listedHeaders != nil {
                curl_easy_reset(easy)
                listedHeaders = nil
            }
            settings = nil
            try configure(request, wanted)
            settings = wanted
        }
        errorBuffer[0] = 0
        do {
            try setPerRequestOptions(request, id: id, context: context)
        } catch {
            // Half set up: the next request resets the handle.
            settings = nil
            throw error
        }
    }

    private func setPerRequestOptions(
        _ request: HTTPRequest,
        id: UInt64,
        context: UnsafeMutableRawPointer
    ) throws(HTTPError) {
        try set(CURLOPT_URL, request.url, "the URL", request)
        try set(CURLOPT_PRIVATE, UnsafeMutableRawPointer(bitPattern: UInt(id)), "the transfer id", request)
        try set(CURLOPT_WRITEDATA, context, "WRITEDATA", request)
        try set(CURLOPT_HEADERDATA, context, "HEADERDATA", request)
        if let body = request.body {
            try set(CURLOPT_POSTFIELDSIZE, body.count, "the body size", request)
            try body.withUnsafeBufferPointer { bytes throws(HTTPError) in
                // COPYPOSTFIELDS copies now, so the body need not outlive this call.
                let base = UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                try set(CURLOPT_COPYPOSTFIELDS, base, "the body", request)
            }
        }
        if listedHeaders != request.headers {
            try setHeaders(request)
        }
    }

    /// The options shared by every request with the same settings.
    private func configure(_ request: HTTPRequest, _ settings: Settings) throws(HTTPError) {
        try set(CURLOPT_PROTOCOLS_STR, "http,https", "the protocol list", request)
        try set(CURLOPT_NOSIGNAL, 1, "NOSIGNAL", request)
        try set(CURLOPT_FOLLOWLOCATION, 0, "FOLLOWLOCATION", request)
        // HTTP/2 when the server offers it in the TLS handshake; HTTP/1.1 otherwise. Over TLS,
        // PIPEWAIT waits for a connection being set up to say whether it multiplexes rather than
        // opening another; over plain HTTP (never HTTP/2 here) it would only serialize requests.
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS), "the HTTP version", request)
        try set(CURLOPT_PIPEWAIT, settings.isHTTPS ? 1 : 0, "PIPEWAIT", request)
        try set(CURLOPT_TCP_KEEPALIVE, 1, "TCP keep-alive", request)
        try configureTLS(request)
        try set(
            CURLOPT_CONNECTTIMEOUT_MS,
            Self.limit(request.timeouts.connect),
            "the connect timeout",
            request
        )
        try set(CURLOPT_TIMEOUT_MS, Self.limit(request.timeouts.total), "the total timeout", request)
        if let lowSpeed = request.timeouts.lowSpeed {
            try set(CURLOPT_LOW_SPEED_LIMIT, lowSpeed.bytesPerSecond, "the low-speed limit", request)
            let window = max(1, Self.limit(lowSpeed.window) / 1000)
            try set(CURLOPT_LOW_SPEED_TIME, window, "the low-speed window", request)
        }
        try check(
            ccurl_easy_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)),
            "the response size cap",
            request
        )
        try set(CURLOPT_ACCEPT_ENCODING, "", "Accept-Encoding", request)
        try set(CURLOPT_USERAGENT, "candor/0.1", "the user agent", request)
        try set(CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer), "the error buffer", request)
        try check(
            ccurl_easy_setopt_write_function(easy, CURLOPT_WRITEFUNCTION, curlBodyCallback),
            "WRITEFUNCTION",
            request
        )
        try check(
            ccurl_easy_setopt_write_function(easy, CURLOPT_HEADERFUNCTION, curlHeaderCallback),
            "HEADERFUNCTION",
            request
        )
        switch request.method {
        case .get:
            try set(CURLOPT_HTTPGET, 1, "GET", request)
        case .post:
            try set(CURLOPT_POST, 1, "POST", request)
        default:
            try set(CURLOPT_CUSTOMREQUEST, request.method.rawValue, "the method", request)
        }
    }

    /// Peer verification is always set explicitly, so a libcurl built with other defaults
    /// cannot turn it off behind the configuration's back.
    private func configureTLS(_ request: HTTPRequest) throws(HTTPError) {
        let tls = request.tls
        try set(CURLOPT_SSL_VERIFYPEER, tls.verifiesPeer ? 1 : 0, "TLS peer verification", request)
        try set(CURLOPT_SSL_VERIFYHOST, tls.verifiesPeer ? 2 : 0, "TLS host verification", request)
        if let path = tls.caBundlePath { try set(CURLOPT_CAINFO, path, "the CA bundle \(path)", request) }
        if let path = tls.clientCertificatePath {
            try set(CURLOPT_SSLCERT, path, "the client certificate \(path)", request)
        }
        if let path = tls.clientKeyPath { try set(CURLOPT_SSLKEY, path, "the client key \(path)", request) }
    }

    /// Builds the header list afresh; an empty `Expect:` stops libcurl from waiting for
    /// `100 Continue` on larger bodies.
    private func setHeaders(_ request: HTTPRequest) throws(HTTPError) {
        listedHeaders = nil
        var list: UnsafeMutablePointer<curl_slist>?
        for header in request.headers + [HTTPHeader("Expect", "")] {
            let line = header.value.isEmpty ? "\(header.name):" : "\(header.name): \(header.value)"
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw HTTPError(
                    code: .invalidRequest,
                    message: "libcurl could not store a header",
                    url: request.redactedURL
                )
            }
            list = appended
        }
        let code = ccurl_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, list)
        curl_slist_free_all(headerList)
        headerList = list
        try check(code, "the headers", request)
        listedHeaders = request.headers
    }

    private func check(_ code: CURLcode, _ what: String, _ request: HTTPRequest) throws(HTTPError) {
        guard code == CURLE_OK else {
            throw HTTPError(
                code: .invalidRequest,
                message: "libcurl refused \(what): \(String(cString: curl_easy_strerror(code)))",
                url: request.redactedURL
            )
        }
    }

    /// A time limit in whole milliseconds, rounded up so that a non-zero limit never becomes zero
    /// (libcurl reads 0 as "no limit").
    private static func limit(_ duration: Duration) -> Int {
        Int(clamping: max(1, duration.roundedUpMilliseconds))
    }

    private func set(_ option: CURLoption, _ value: Int, _ what: String, _ request: HTTPRequest) throws(HTTPError) {
        try check(ccurl_easy_setopt_long(easy, option, value), what, request)
    }

    private func set(_ option: CURLoption, _ value: String, _ what: String, _ request: HTTPRequest) throws(HTTPError) {
        try check(ccurl_easy_setopt_string(easy, option, value), what, request)
    }

    private func set(
        _ option: CURLoption,
        _ value: UnsafeMutableRawPointer?,
        _ what: String,
        _ request: HTTPRequest
    ) throws(HTTPError) {
        try check(ccurl_easy_setopt_pointer(easy, option, value), what, request)
    }
}
