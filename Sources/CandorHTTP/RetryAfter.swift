import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): a number of seconds, or an HTTP-date.
///
/// Pure: the current time is passed in.
///
/// The one reading of the header for model calls and webhooks alike.
public enum RetryAfter {
    /// The longest wait a server can ask for: a longer value, or an absurdly long digit string, is
    /// read as this, so no caller's arithmetic overflows.
    public static let longest = Duration.seconds(86_400)

    /// How long `value` asks the client to wait, counted from `now`, at most ``longest``; `nil`
    /// when the value is neither a non-negative integer nor an HTTP-date. A date in the past means
    /// "now".
    public static func delay(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return min(Int64(text).map { .seconds($0) } ?? longest, longest)
        }
        guard let date = date(text) else { return nil }
        let seconds = min(date.timeIntervalSince(now), Double(longest.components.seconds))
        return seconds > 0 ? .milliseconds(Int64((seconds * 1000).rounded(.up))) : .zero
    }

    /// The wait a response asks for in its `Retry-After` header, if it has a valid one.
    public static func delay(in response: HTTPResponse, now: Date) -> Duration? {
        response.header("Retry-After").flatMap { delay($0, now: now) }
    }

    /// Parses the three HTTP-date forms: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    /// Formatters are made per call: this runs only for a throttled response, and a shared
    /// `DateFormatter` is not safe to use from several threads.
    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
