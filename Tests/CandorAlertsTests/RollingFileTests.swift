import CandorAlerts
import CandorTestSupport
import Foundation
import Synchronization
import Testing

@Suite("rolling JSON Lines files")
struct RollingFileTests {
    struct Line: Codable {
        var writer: Int
        var seq: Int
        var pad: String
    }

    @Test(
        "rotation under write load: tail -F never sees a torn line, and archives plus the live file hold every line once"
    )
    func rotationUnderLoad() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("logs/samples.jsonl")
        let file = try JSONLinesFile(
            path: path,
            rotation: RotationPolicy(maxBytes: 64 * 1024, maxAge: nil, keep: nil, keepFor: nil)
        )
        try file.append(Line(writer: -1, seq: 0, pad: ""))
        let followed = directory.file("followed.txt")
        _ = FileManager.default.createFile(atPath: followed, contents: nil)
        let tail = Process()
        tail.executableURL = URL(fileURLWithPath: "/usr/bin/tail")
        tail.arguments = ["-n", "+1", "-F", "-s", "0.01", path]
        tail.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: followed))
        tail.standardError = FileHandle.nullDevice
        try tail.run()
        // SIGKILL, not terminate(): a test process that ignores SIGTERM (as a service-lifecycle host may) passes the
        // ignoring on to the tail it starts, which then outlives the test.
        func stop() {
            guard tail.isRunning else { return }
            kill(tail.processIdentifier, SIGKILL)
            tail.waitUntilExit()
        }
        defer { stop() }

        let writers = 4
        let perWriter = 3000
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for seq in 0..<perWriter {
                        try? file.append(Line(writer: writer, seq: seq, pad: String(repeating: "x", count: seq % 97)))
                    }
                }
            }
        }
        try file.append(Line(writer: -1, seq: 1, pad: "end"))
        file.close()

        let archives = RotatedFiles(path: path).list()
        #expect(archives.count > 10, "the file rotated many times")
        #expect(archives.allSatisfy { $0.compressed }, "rotated files are gzip-compressed")
        var all = Data()
        for archive in archives { all.append(try Gzip.decompress(archive.path)) }
        all.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        let lines = all.split(separator: UInt8(ascii: "\n"))
        let decoded = lines.compactMap { try? JSONDecoder().decode(Line.self, from: Data($0)) }
        #expect(decoded.count == lines.count, "every line is whole JSON")
        #expect(decoded.count == writers * perWriter + 2)
        #expect(
            Set(decoded.map { "\($0.writer)/\($0.seq)" }).count == writers * perWriter + 2,
            "no line lost or doubled"
        )

        // Bounded: the follower catches up with the end marker, or the loop gives up.
        var seen: [Substring] = []
        for _ in 0..<200 {
            let text = (try? String(contentsOfFile: followed, encoding: .utf8)) ?? ""
            seen = text.split(separator: "\n")
            if text.contains(#""pad":"end""#) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        stop()
        #expect(seen.count > 0)
        let torn = seen.filter { (try? JSONDecoder().decode(Line.self, from: Data($0.utf8))) == nil }
        #expect(torn.isEmpty, "tail -F saw torn lines: \(torn.prefix(3))")
    }

    @Test("rotation by age renames with a UTC timestamp; keep limits the archives; reopen follows a moved file")
    func ageKeepAndReopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("alerts.jsonl")
        let clock = Clock()
        let file = try JSONLinesFile(
            path: path,
            rotation: RotationPolicy(maxBytes: nil, maxAge: .seconds(3600), keep: 2, keepFor: nil),
            now: { clock.now }
        )
        for hour in 0..<5 {
            try file.append(Line(writer: 0, seq: hour, pad: ""))
            clock.advance(3601)
        }
        // Compression and pruning run on a thread of their own, after the write that rotated.
        file.waitForTidying()
        let archives = RotatedFiles(path: path).list()
        #expect(archives.count == 2)
        #expect(
            archives.allSatisfy {
                ($0.path as NSString).lastPathComponent.range(
                    of: #"^alerts-\d{8}T\d{9}Z\.jsonl\.gz$"#,
                    options: .regularExpression
                ) != nil
            }
        )

        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try file.reopen()
        try file.append(Line(writer: 1, seq: 0, pad: ""))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(#""writer":1"#))
    }

    final class Clock: Sendable {
        private let seconds = Atomic<Int>(1_700_000_000)
        var now: Date { Date(timeIntervalSince1970: TimeInterval(seconds.load(ordering: .relaxed))) }
        func advance(_ by: Int) { seconds.add(by, ordering: .relaxed) }
    }
}
