import CandorAlerts
import Foundation
import Testing

@Suite("record timestamps")
struct TimestampTests {
    @Test("a timestamp read back from a record is written again as the same text")
    func roundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let date = Date(timeIntervalSince1970: Double.random(in: 1.7e9...1.9e9, using: &generator))
            let text = Timestamp.format(date)
            let parsed = try #require(Timestamp.parse(text), "\(text) does not parse")
            #expect(Timestamp.format(parsed) == text)
        }
    }

    @Test("the fraction is rounded to the nearest millisecond")
    func rounding() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_800_000_000.0549)) == "2027-01-15T08:00:00.055Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_800_000_000.9996)) == "2027-01-15T08:00:01.000Z")
    }
}
