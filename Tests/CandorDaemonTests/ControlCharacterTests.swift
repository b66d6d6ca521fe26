import CandorDaemon
import Testing

@Suite("Control characters from models in logs and transcripts")
struct ControlCharacterTests {
    @Test("A reply with terminal escapes, a NUL, a carriage return and a fake record stays one escaped log line")
    func logLine() {
        let reply = "ok\u{1B}[2J\u{0}\r\n<3>candor: all signals healthy\u{7F}\u{9B}"
        let line = reply.escapingControlCharacters()
        #expect(line == "ok\\u{1B}[2J\\u{0}\\u{D} <3>candor: all signals healthy\\u{7F}\\u{9B}")
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("A transcript keeps the reply's lines and tabs but escapes bidirectional overrides")
    func transcript() {
        let reply = "line one\n\tindented \u{202E}txt.exe\u{2066}"
        #expect(
            reply.escapingControlCharacters(keepingNewlines: true) == "line one\n\tindented \\u{202E}txt.exe\\u{2066}"
        )
        #expect("plain text, façade, 日本語".escapingControlCharacters() == "plain text, façade, 日本語")
    }
}
