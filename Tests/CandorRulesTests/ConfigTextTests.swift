import CandorRules
import CandorYAML
import Foundation
import Testing

/// Durations, numbers and the positions of text errors, as every config and rule file reads them.
@Suite("Config text: durations, numbers and error positions")
struct ConfigTextTests {
    @Test("durations parse as written, and anything past 100 years or not a duration is nil, never a trap")
    func durationRange() {
        #expect(DurationText.parse("250ms") == .milliseconds(250))
        #expect(DurationText.parse("1h30m") == .seconds(5400))
        #expect(DurationText.parse("36525d") == DurationText.maximum)
        #expect(DurationText.parse("36526d") == nil)
        for text in [
            "1e17s", "100000000000000000s", "infh", "1e308h", "1e400s", "1e12d", "99999999999999999999d",
            "18446744073709551616d", "nan", "-1s", "1.2.3s", "5", "s", "٣s", "1h 1x", "9999999999999999999999999ms",
        ] {
            #expect(DurationText.parse(text) == nil, "\(text)")
        }
        #expect(DurationText.parseChecked("1e17s") == .failure(.notADuration))
        #expect(DurationText.parseChecked("100000000000000000s") == .failure(.tooLong))
        #expect(DurationText.format(.seconds(Int64.max)) == "\(Int64.max)s")
        #expect(DurationText.format(.seconds(90)) == "90s")
    }

    @Test("a duration, number or size out of range in a rule pack is reported at its line with the allowed range")
    func ranges() {
        let found = PackDiagnostics.of(
            Self.pack(interval: "100000000000000000s", repeatCount: "99999999999999999999")
        )
        #expect(
            found.contains {
                $0.hasPrefix(
                    "pack.yaml:7:17: 'probes[0].schedule.interval' must be a duration between 100ms and 36525d"
                )
            },
            "\(found)"
        )
        #expect(
            found.contains { $0.hasPrefix("pack.yaml:12:17:") && $0.contains("must be between 1 and 20") },
            "\(found)"
        )
    }

    @Test("a duplicate key is reported where it is repeated, naming the first")
    func duplicateKey() {
        let text = "version: 1\npack: test\nprobes:\n  - id: a\n    family: f\n    family: g\n"
        let found = PackDiagnostics.of(text)
        #expect(found == ["pack.yaml:6:5: duplicate key 'family' (first defined at line 5); remove one"])
    }

    @Test("a NUL byte is reported at its line and column")
    func nulByte() {
        let found = PackDiagnostics.of("version: 1\npack: te\u{0}st\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("pack.yaml:2:9: not valid YAML:") == true, "\(found)")
    }

    @Test("a file that is not UTF-8 is said to be so, at the byte, line and column of the first bad byte")
    func notUTF8() throws {
        var bytes = Array("version: 1\npack: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        #expect(throws: DiagnosticsError.self) { try TextFile.decode(Data(bytes), file: "p.yaml", kind: "rule file") }
        do {
            _ = try TextFile.decode(Data(bytes), file: "p.yaml", kind: "rule file")
        } catch {
            #expect(
                error.description == "p.yaml:2:10: the rule file is not valid UTF-8 at byte 21 (0xe9); save it as UTF-8"
            )
        }
    }

    @Test("a rule file that cannot be read says why")
    func unreadable() {
        #expect(throws: DiagnosticsError.self) { try TextFile.read("/nonexistent/pack.yaml", kind: "rule file") }
        do {
            _ = try TextFile.read("/nonexistent/pack.yaml", kind: "rule file")
        } catch {
            #expect(error.description.contains("/nonexistent/pack.yaml:1:1: cannot read the rule file: No such file"))
        }
    }

    static func pack(interval: String, repeatCount: String) -> String {
        """
        version: 1
        pack: test
        probes:
          - id: t.a
            family: t
            schedule:
              interval: \(interval)
            conditions:
              - id: belief
                messages:
                  - {role: user, content: "{{question}}"}
                repeat: \(repeatCount)
        """
    }
}

extension ConfigTextTests {
    @Test(
        "derived values over extreme numbers and dates are errors, not traps or hangs",
        arguments: [
            "div(a, neg1)", "mod(a, neg1)", "neg(a)", "next_prime(max)", "is_prime(bigprime)", "add_days(d, max)",
            "add_days(d, a)", "days_between(d, far)", "weekday(far)", "add_days(far, 1)", "mul(e10, e10)",
            "mul(e15, neg1e15)",
        ]
    )
    func extremeExpressions(_ text: String) throws {
        let variables = [
            "a": "-9223372036854775808", "neg1": "-1", "max": "9223372036854775807", "bigprime": "9223372036854775783",
            "d": "2026-01-31", "far": "99999999999-01-01", "e10": "10000000000",
            "e15": "1000000000000000", "neg1e15": "-1000000000000000",
        ]
        let expression = try Expression(parsing: text)
        #expect(throws: TemplateError.self) { try expression.evaluate(variables) }
    }
}
