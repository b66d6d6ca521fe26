import Foundation

/// The rotated siblings of a log file `DIR/NAME.jsonl`: `DIR/NAME-YYYYMMDDTHHMMSSmmmZ.jsonl`,
/// compressed to `….jsonl.gz`. The UTC timestamp in the name is when the file was rotated, so
/// names sort in rotation order.
public struct RotatedFiles: Sendable {
    /// One rotated file.
    public struct File: Sendable, Hashable {
        /// Its path.
        public var path: String
        /// When it was rotated.
        public var rotatedAt: Date
        /// Whether it is gzip-compressed.
        public var compressed: Bool
    }

    /// The live file's path.
    public let path: String
    private let directory: String
    private let stem: String
    private let suffix: String

    /// The rotated files of the live file at `path`.
    public init(path: String) {
        self.path = path
        let name = (path as NSString).lastPathComponent
        let directory = (path as NSString).deletingLastPathComponent
        self.directory = directory.isEmpty ? "." : directory
        let ext = (name as NSString).pathExtension
        self.stem = (name as NSString).deletingPathExtension
        self.suffix = ext.isEmpty ? "" : "." + ext
    }

    /// Rotated files, oldest first.
    public func list() -> [File] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> File? in
            guard name.hasPrefix(stem + "-") else { return nil }
            var rest = String(name.dropFirst(stem.count + 1))
            let compressed = rest.hasSuffix(suffix + ".gz")
            if compressed { rest.removeLast(3) }
            guard rest.hasSuffix(suffix) else { return nil }
            rest.removeLast(suffix.count)
            guard let date = Self.parse(rest) else { return nil }
            if !compressed, names.contains(name + ".gz") { return nil }
            return File(path: directory + "/" + name, rotatedAt: date, compressed: compressed)
        }.sorted { $0.path < $1.path }
    }

    /// The newest rotated file.
    public func newest() -> File? {
        list().last
    }

    /// An unused rotated name for a rotation at `date` (a later millisecond if taken).
    func freshName(at date: Date) -> String {
        var stamp = date
        for _ in 0..<10_000 {
            let name = directory + "/" + stem + "-" + Self.format(stamp) + suffix
            if !FileManager.default.fileExists(atPath: name), !FileManager.default.fileExists(atPath: name + ".gz") {
                return name
            }
            stamp = stamp.addingTimeInterval(0.001)
        }
        return directory + "/" + stem + "-" + Self.format(stamp) + "-" + UUID().uuidString + suffix
    }

    /// Deletes all but the newest `keep` rotated files, and those rotated before `now - keepFor`;
    /// removes compression leftovers (`.gz.tmp`).
    func prune(keep: Int?, keepFor: Duration?, now: Date) {
        var files = list()
        if let keep, files.count > keep {
            for file in files.prefix(files.count - keep) { unlink(file.path) }
            files.removeFirst(files.count - keep)
        }
        if let keepFor {
            let cutoff = now.addingTimeInterval(-keepFor.timeInterval)
            for file in files where file.rotatedAt < cutoff { unlink(file.path) }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(stem + "-") && name.hasSuffix(".gz.tmp") {
            unlink(directory + "/" + name)
        }
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        let millis = (c.nanosecond ?? 0) / 1_000_000
        return String(
            format: "%04d%02d%02dT%02d%02d%02d%03dZ",
            c.year ?? 0,
            c.month ?? 0,
            c.day ?? 0,
            c.hour ?? 0,
            c.minute ?? 0,
            c.second ?? 0,
            millis
        )
    }

    static func parse(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 19, digits[8] == UInt8(ascii: "T"), digits[18] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: digits[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8), let hour = number(9..<11),
            let minute = number(11..<13), let second = number(13..<15), let millis = number(15..<18)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(
            year: year,
            month: month,
            day: day,
            hour: hour,
            minute: minute,
            second: second,
            nanosecond: millis * 1_000_000
        )
        return calendar.date(from: components)
    }
}
