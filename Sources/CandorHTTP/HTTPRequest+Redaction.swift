import Foundation

extension HTTPRequest {
    /// `url` without its user information, query string and fragment: the one form in which Candor
    /// shows a URL anywhere (logs, errors, sink names, alerts, the status API, command output).
    ///
    /// User information ends at the last `@` before the path, so a password holding `@`, `?` or `#`
    /// is dropped whole; text that is not a URL is shortened the same way, so a malformed value in a
    /// config error does not print its credentials either.
    public static func redact(_ url: String) -> String {
        let (prefix, authority, rest) = split(url)
        var visible = authority
        if let at = visible.lastIndex(of: "@") {
            visible = String(visible[visible.index(after: at)...])
        }
        var path = rest
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            path = String(path[..<query])
        }
        if let query = visible.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            visible = String(visible[..<query])
        }
        let shown = prefix + visible + path
        // Without `://` the authority cannot be told from the path ("https:/alice:pw@host/x"):
        // everything up to the last `@` may be user information.
        guard prefix.isEmpty, let at = shown.lastIndex(of: "@") else { return shown }
        return String(shown[shown.index(after: at)...])
    }

    /// A name for `url` that shows where it points and keeps no secret: the scheme and host of
    /// ``redact(_:)``, and for a URL with a path a short stable tag of it (`/…` and eight hex
    /// digits), since a path can itself be the secret (Slack's and Discord's webhook URLs).
    public static func label(_ url: String) -> String {
        let shown = redact(url)
        let (prefix, authority, path) = split(shown)
        guard !prefix.isEmpty, path.count > 1 else { return shown }
        // FNV-1a: stable across runs and machines, unlike Hasher.
        let tag = shown.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        let hex = String(tag >> 32, radix: 16)
        return prefix + authority + "/…" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The credentials `url` carries, as they might be echoed back: the password of its user
    /// information (as written and percent-decoded) and the `user:password` pair (which a `Basic`
    /// header encodes); with `includingQuery`, also every query value of eight characters or more
    /// (a webhook's `?token=`; shorter values are rarely secret and common in text).
    public static func credentials(in url: String, includingQuery: Bool) -> [Secret] {
        let (_, authority, rest) = split(url)
        var found: [String] = []
        var host = authority
        if let at = authority.lastIndex(of: "@") {
            let userinfo = String(authority[..<at])
            found.append(userinfo)
            if let colon = userinfo.firstIndex(of: ":") {
                found.append(String(userinfo[userinfo.index(after: colon)...]))
            }
            host = String(authority[authority.index(after: at)...])
        }
        let afterPath = host + rest
        if includingQuery, let query = afterPath.firstIndex(of: "?") {
            let text = afterPath[afterPath.index(after: query)...].prefix { $0 != "#" }
            for pair in text.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[1].count >= 8 { found.append(String(parts[1])) }
            }
        }
        var secrets: [Secret] = []
        for value in found {
            secrets.append(Secret(value))
            if let decoded = value.removingPercentEncoding, decoded != value { secrets.append(Secret(decoded)) }
        }
        return secrets
    }

    /// `url` as scheme (with `://`, empty when absent), authority (up to the first `/` after it)
    /// and the rest.
    private static func split(_ url: String) -> (prefix: String, authority: String, rest: String) {
        var start = url.startIndex
        if let scheme = url.range(of: "://") { start = scheme.upperBound }
        let slash = url[start...].firstIndex(of: "/") ?? url.endIndex
        return (String(url[..<start]), String(url[start..<slash]), String(url[slash...]))
    }
}
