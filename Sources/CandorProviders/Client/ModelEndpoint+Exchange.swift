import CandorCore
import CandorHTTP
import Foundation
import Logging

/// The HTTP side of a model call, shared by every provider adapter: send with retries, turn
/// transport failures and error statuses into ``ProviderError``s with messages that say what to
/// fix, and describe malformed bodies without ever showing the key.
extension ModelEndpoint {
    /// POSTs `body` (JSON) to `url` with `headers` and returns the 2xx response.
    ///
    /// - Throws: ``ProviderError``: `transport` or `cancelled` when no response came,
    ///   `credentials` for 401 and 403, `rate_limited` for 429, `http_status` for 408 and 5xx,
    ///   `request_rejected` for other statuses.
    func post(
        _ body: [UInt8],
        to url: String,
        headers: [HTTPHeader],
        transport: any HTTPTransport,
        clock: CandorClock,
        jitter: UnitRandom,
        logger: Logger?
    ) async throws(ProviderError) -> HTTPResponse {
        let request = HTTPRequest(
            method: .post,
            url: url,
            headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json")]
                + headers,
            body: body,
            timeouts: timeouts,
            maxResponseBytes: maxResponseBytes,
            tls: tls,
            inFlightLimit: maxInFlight.map { InFlightLimit(key: name, maximum: $0) }
        )
        let response: HTTPResponse
        do {
            response = try await transport.send(request, retrying: retry, clock: clock, jitter: jitter, logger: logger)
        } catch let error as HTTPError {
            throw ProviderError(
                code: error.code == .cancelled ? .cancelled : .transport,
                message: scrub(error.message),
                target: name,
                url: error.url,
                cause: error
            )
        } catch {
            throw ProviderError(code: .cancelled, message: "cancelled", target: name, url: request.redactedURL)
        }
        guard response.isSuccess else { throw statusError(response, url: request.redactedURL) }
        return response
    }

    /// The error for a non-2xx response, with the server's own message when its body has one.
    func statusError(_ response: HTTPResponse, url: String) -> ProviderError {
        let status = response.status
        let detail = serverMessage(response.body)
        let attempts = response.attempts > 1 ? " after \(response.attempts) attempts" : ""
        let code: ProviderError.Code
        let message: String
        switch status {
        case 401, 403:
            code = .credentials
            message =
                "credentials rejected by target \(name) (HTTP \(status)); check its API key "
                + "(api_key_env, api_key_file or api_key_credential): \(detail)"
        case 429:
            code = .rateLimited
            message =
                "rate limited by target \(name) (HTTP 429)\(attempts); lower its rate_limit or raise the "
                + "provider's quota: \(detail)"
        case 408, 500..<600:
            code = .httpStatus
            message = "target \(name) failed with HTTP \(status)\(attempts): \(detail)"
        default:
            code = .requestRejected
            message =
                "target \(name) rejected the request (HTTP \(status)); check base_url, model and the "
                + "sampling parameters: \(detail)"
        }
        return ProviderError(code: code, message: message, target: name, url: url, status: status)
    }

    /// Decodes a 2xx body as `type`; a body refused only for a broken character (invalid UTF-8,
    /// a lone surrogate escape) is decoded with U+FFFD in its place (``UnicodeRepair``).
    ///
    /// `JSONDecoder` checks a string or number only when it decodes it, so a body with an invalid
    /// escape or number in a field Candor skips (or reads leniently) would pass as an answer;
    /// `JSONSerialization` checks every byte first, so such a body is malformed wherever the
    /// fault is.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) saying the body is not `what`.
    func decode<Wire: Decodable>(
        _ type: Wire.Type,
        _ response: HTTPResponse,
        url: String,
        as what: String
    ) throws(ProviderError) -> Wire {
        func isJSON(_ body: Data) -> Bool {
            (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil
        }
        var body = Data(response.body)
        if !isJSON(body) {
            guard let repaired = UnicodeRepair.repaired(response.body).map({ Data($0) }), isJSON(repaired) else {
                throw malformed("the body is not \(what)", response, url: url)
            }
            body = repaired
        }
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch {
            throw malformed("the body is not \(what)", response, url: url)
        }
    }

    /// A 2xx response whose body is an error object rather than an answer, with the server's own message.
    func errorBody(_ response: HTTPResponse, url: String) -> ProviderError {
        malformed("the server sent an error: \(serverMessage(response.body))", response, url: url)
    }

    /// A 2xx body that is not an answer, with a scrubbed excerpt of what came instead.
    func malformed(_ why: String, _ response: HTTPResponse, url: String) -> ProviderError {
        ProviderError(
            code: .malformedResponse,
            message: "\(why): \(excerpt(response.body))",
            target: name,
            url: url,
            status: response.status
        )
    }

    /// The `error.message` (with its type or status) of an OpenAI, Anthropic or Gemini error
    /// body, or a scrubbed excerpt of the body when it has none.
    func serverMessage(_ body: [UInt8]) -> String {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        if let text = object?["error"] as? String { return scrub(text) }
        if let error = object?["error"] as? [String: Any], let text = error["message"] as? String {
            let kind = (error["type"] as? String) ?? (error["status"] as? String)
            return scrub(kind.map { "\(text) [\($0)]" } ?? text)
        }
        return excerpt(body)
    }

    /// The first 300 bytes of `body` on one line, without the key.
    func excerpt(_ body: [UInt8]) -> String {
        guard !body.isEmpty else { return "(empty body)" }
        let text = String(decoding: body.prefix(300), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        return scrub(body.count > 300 ? text + "…" : text)
    }

    /// `text` with the key replaced by `<redacted>`.
    func scrub(_ text: String) -> String {
        apiKey?.scrub(text) ?? text
    }
}
