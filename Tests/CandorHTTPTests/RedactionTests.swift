import CandorHTTP
import Foundation
import Testing

/// The one form in which Candor shows a URL, and the scrubbing of secrets out of text that came
/// from outside.
@Suite("URL redaction and secret scrubbing")
struct RedactionTests {
    @Test(
        "user information, query and fragment are dropped, whatever they hold",
        arguments: [
            ("https://user:pa55word@hooks.example.com/candor?token=abc#x", "https://hooks.example.com/candor"),
            ("http://u:p@ss@127.0.0.1:9093", "http://127.0.0.1:9093"),
            ("http://u:pa?ss#w@127.0.0.1:9093/api", "http://127.0.0.1:9093/api"),
            ("http://127.0.0.1:8080/v1?key=AIza", "http://127.0.0.1:8080/v1"),
            ("http://host?token=secret-value", "http://host"),
            ("https://api.example.com/v1", "https://api.example.com/v1"),
            ("http://host/path/with@sign?x=1", "http://host/path/with@sign"),
            ("htp://user:hunter22@host/x", "htp://host/x"),
            ("user:hunter22@host", "host"),
            ("https:/alice:s3cret@host/x", "host/x"),
            ("https//alice:s3cret@host/x", "host/x"),
        ]
    )
    func redact(url: String, expected: String) {
        #expect(HTTPRequest.redact(url) == expected)
        #expect(HTTPRequest(url: url).redactedURL == expected)
    }

    @Test("a URL's label keeps its scheme and host and hides its path, which can be the secret")
    func label() {
        let slack = HTTPRequest.label("https://hooks.slack.com/services/T0/B0/XYZsecret")
        #expect(slack.hasPrefix("https://hooks.slack.com/…") && slack.count == "https://hooks.slack.com/…".count + 8)
        #expect(!slack.contains("XYZsecret") && !slack.contains("services"))
        #expect(slack == HTTPRequest.label("https://hooks.slack.com/services/T0/B0/XYZsecret"), "stable")
        #expect(slack != HTTPRequest.label("https://hooks.slack.com/services/T0/B0/other"), "distinct per path")
        #expect(HTTPRequest.label("https://hooks.slack.com/services/T0/B0/XYZ") == "https://hooks.slack.com/…6cb99862")
        #expect(HTTPRequest.label("http://u:p@127.0.0.1:9093") == "http://127.0.0.1:9093")
        #expect(HTTPRequest.label("http://127.0.0.1:9093/") == "http://127.0.0.1:9093/")
    }

    @Test("the credentials a URL carries: its password, the user:password pair, long query values")
    func credentialsInURL() {
        let url = "https://candor:p%40ss-word@hooks.example.com/x?token=tok-12345678&v=1#frag"
        let withQuery = Set(HTTPRequest.credentials(in: url, includingQuery: true).map(\.revealed))
        #expect(withQuery == ["candor:p%40ss-word", "candor:p@ss-word", "p%40ss-word", "p@ss-word", "tok-12345678"])
        let withoutQuery = Set(HTTPRequest.credentials(in: url, includingQuery: false).map(\.revealed))
        #expect(!withoutQuery.contains("tok-12345678"))
        #expect(
            HTTPRequest.credentials(in: "https://api.example.com/v1?api-version=2024-02-01", includingQuery: false)
                .isEmpty
        )
    }

    @Test("a secret is replaced as written, percent-encoded and base64-encoded; short values are left alone")
    func scrubber() {
        let key = "sk-live/abc+123"
        let scrubber = SecretScrubber([Secret(key), Secret("candor:hunter22"), Secret("yes")])
        let basic = Data("candor:hunter22".utf8).base64EncodedString()
        let echoed = "key \(key), in a URL sk-live%2Fabc%2B123, header Basic \(basic); yes."
        let scrubbed = scrubber.scrub(echoed)
        #expect(scrubbed == "key <redacted>, in a URL <redacted>, header Basic <redacted>; yes.")
        #expect(scrubber.reveals(echoed))
        #expect(!scrubber.reveals(scrubbed))
        #expect(SecretScrubber([]).scrub(echoed) == echoed)
        #expect(Secret(key).scrub("x \(key) x") == "x <redacted> x")
        #expect("\(Secret(key))" == "<redacted>")
    }

    @Test("a secret that contains another is replaced whole")
    func nestedSecrets() {
        let scrubber = SecretScrubber([Secret("abcd"), Secret("abcdefgh")])
        #expect(scrubber.scrub("abcdefgh abcd") == "<redacted> <redacted>")
    }
}
