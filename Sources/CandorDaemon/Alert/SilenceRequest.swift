import CandorAlerts
import CandorHTTP
import CandorYAML
import Foundation

/// The body of `POST /api/v1/silences`, checked into a ``Silence``: every field is range-checked
/// here, where it is parsed, so nothing a request says reaches date arithmetic or a record out of
/// range.
struct SilenceRequest: Decodable {
    /// Label values an alert must all have.
    var matchers: [String: String]?
    /// When the silence ends (RFC 3339).
    var endsAt: String?
    /// How long the silence lasts from now, such as `2h` (``DurationText``).
    var duration: String?
    /// Who set it and why.
    var comment: String?

    /// The longest silence: a year. A longer one is more likely a typo (`1000d` for `100d`) than
    /// a wish, and a monitor silenced for longer is one nobody watches; set it again instead.
    static let longest: Duration = .seconds(365 * 86_400)

    /// What a body looks like, for the error messages.
    static let shape =
        #"{"matchers": {"label": "value"}, "duration": "2h" or "endsAt": "2026-12-03T18:00:00Z", "comment": "why"}"#

    /// The silence `body` asks for, starting at `now`.
    ///
    /// - Throws: ``SilenceRequestError`` saying which field is wrong and what is allowed.
    static func silence(from body: Data, now: Date) throws(SilenceRequestError) -> Silence {
        let request: SilenceRequest
        do {
            request = try JSONDecoder().decode(SilenceRequest.self, from: body)
        } catch {
            throw SilenceRequestError("the body must be a JSON object such as \(shape)")
        }
        guard let matchers = request.matchers, !matchers.isEmpty else {
            throw SilenceRequestError("\"matchers\" must name at least one label and its value, such as \(shape)")
        }
        guard !matchers.keys.contains(where: \.isEmpty) else {
            throw SilenceRequestError("a label name in \"matchers\" is empty")
        }
        let endsAt: Date
        switch (request.duration, request.endsAt) {
        case (let text?, nil):
            guard let duration = DurationText.parse(text) else {
                throw SilenceRequestError(
                    "\"duration\" \(quoted(text)) is not a duration such as \"90m\", \"2h\" or \"1d\""
                )
            }
            guard duration > .zero, duration <= longest else {
                throw SilenceRequestError(
                    "\"duration\" must be more than 0 and at most \(DurationText.format(longest)) (a year), "
                        + "found \(quoted(text))"
                )
            }
            endsAt = now.addingTimeInterval(duration.timeInterval)
        case (nil, let text?):
            guard let date = Timestamp.parse(text) else {
                throw SilenceRequestError(
                    "\"endsAt\" \(quoted(text)) is not an RFC 3339 time such as \"2026-12-03T18:00:00Z\""
                )
            }
            guard date > now, date.timeIntervalSince(now) <= Double(longest.components.seconds) else {
                throw SilenceRequestError(
                    "\"endsAt\" must be in the future and at most a year ahead, found \(quoted(text))"
                )
            }
            endsAt = date
        case (.some, .some):
            throw SilenceRequestError("give either \"duration\" or \"endsAt\", not both")
        case (nil, nil):
            throw SilenceRequestError("give \"duration\" (such as \"2h\") or \"endsAt\" (RFC 3339)")
        }
        return Silence(matchers: matchers, endsAt: endsAt, comment: request.comment ?? "")
    }

    /// `text` in quotes, cut to 40 characters so that an answer stays short whatever was sent.
    static func quoted(_ text: String) -> String {
        "\"" + (text.count > 40 ? text.prefix(40) + "…" : text) + "\""
    }
}

/// A silence request that cannot be honoured; the API answers 400 with the message.
struct SilenceRequestError: Error, Sendable, CustomStringConvertible {
    /// Which field is wrong and what is allowed.
    var message: String

    /// Creates an error.
    init(_ message: String) {
        self.message = message
    }

    /// The message.
    var description: String { message }
}
