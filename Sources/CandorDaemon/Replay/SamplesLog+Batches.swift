import CandorAlerts
import Foundation

extension SamplesLog {
    /// Lines read from a samples log and not yet decoded, with their line numbers.
    public struct Lines: Sendable {
        fileprivate var lines: [(text: String, number: Int)]
        fileprivate let file: String
        fileprivate let detail: Detail
    }

    /// The next non-blank lines, up to `count`, in file order; empty at the end.
    ///
    /// - Throws: ``InputError`` when the file cannot be read.
    public mutating func nextLines(_ count: Int = 4_096) throws(InputError) -> Lines {
        var batch: [(text: String, number: Int)] = []
        batch.reserveCapacity(count)
        while batch.count < count, let line = try lines.next() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            batch.append((line, lines.lineNumber))
        }
        return Lines(lines: batch, file: file, detail: detail)
    }

    /// `lines` as entries, in order, decoded in parallel, one part per core: decoding is most of what reading
    /// a samples log costs, and records are independent of each other. A line that is not a record is an
    /// entry of its own, as with ``next()``.
    public static func decode(_ lines: Lines) async -> [Entry] {
        let batch = lines.lines
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, batch.count / 64))
        let size = (batch.count + parts - 1) / max(1, parts)
        return await withTaskGroup(of: (Int, [Entry]).self) { group in
            for part in 0..<parts {
                let slice = batch[min(batch.count, part * size)..<min(batch.count, (part + 1) * size)]
                group.addTask {
                    let decoder = RecordCodec.decoder()
                    return (
                        part,
                        slice.map {
                            Self.entry(
                                $0.text,
                                detail: lines.detail,
                                decoder: decoder,
                                file: lines.file,
                                line: $0.number
                            )
                        }
                    )
                }
            }
            var decoded = Array(repeating: [Entry](), count: parts)
            for await (part, entries) in group {
                decoded[part] = entries
            }
            return decoded.flatMap { $0 }
        }
    }

    /// The next entries, up to `count`, in file order; empty at the end (see ``decode(_:)``).
    ///
    /// - Throws: ``InputError`` when the file cannot be read.
    public mutating func nextBatch(_ count: Int = 4_096) async throws(InputError) -> [Entry] {
        await Self.decode(try nextLines(count))
    }

    /// Calls `body` with every batch of entries in file order, decoding the next batch while `body` works on
    /// one, so that a replay's signal board and the decoding run side by side.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, or what `body` throws; `body` is not called again.
    public mutating func forEachBatch(_ body: ([Entry]) async throws -> Void) async throws {
        var batch = try await nextBatch()
        while !batch.isEmpty {
            let lines = try nextLines()
            async let next = Self.decode(lines)
            try await body(batch)
            batch = await next
        }
    }
}
