/// When a JSON Lines file is rotated and how long its rotated files are kept.
///
/// A file is rotated before the write that would take it past ``maxBytes``, or when it has
/// been open longer than ``maxAge``: it is renamed to `NAME-YYYYMMDDTHHMMSSZ.jsonl` (UTC), a new
/// file is opened under the old name, and the renamed file is compressed to `….jsonl.gz`. The
/// file is never copied and truncated, so a reader that follows it by name (`tail -F`) sees
/// every line of the old file and then the new one.
public struct RotationPolicy: Sendable, Hashable {
    /// Rotate before a write would make the file larger than this; nil never rotates by size.
    public var maxBytes: Int?
    /// Rotate once the file has been written for this long; nil never rotates by age.
    public var maxAge: Duration?
    /// How many rotated files to keep (the newest); nil keeps any number.
    public var keep: Int?
    /// Delete rotated files older than this; nil keeps them whatever their age.
    public var keepFor: Duration?
    /// Whether rotated files are gzip-compressed.
    public var compress: Bool

    /// Creates a policy; the defaults rotate at 100 MiB or daily and keep 10 files for 30 days.
    public init(
        maxBytes: Int? = 100 * 1024 * 1024,
        maxAge: Duration? = .seconds(86_400),
        keep: Int? = 10,
        keepFor: Duration? = .seconds(30 * 86_400),
        compress: Bool = true
    ) {
        self.maxBytes = maxBytes
        self.maxAge = maxAge
        self.keep = keep
        self.keepFor = keepFor
        self.compress = compress
    }

    /// Never rotates.
    public static let never = RotationPolicy(maxBytes: nil, maxAge: nil, keep: nil, keepFor: nil, compress: false)
}
