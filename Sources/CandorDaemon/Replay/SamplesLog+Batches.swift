import CandorAlerts
import Foundation

extension SamplesLog {
    /// The next entries, up to `count`, in file order; empty at the end. Their lines are read here and decoded
    /// in parallel, one part per core: decoding JSON is most of what reading a samples log costs, and records
    /// are independent of each other. A line that is not a record is an entry of its own, as with ``next()``.
    ///
    /// - Throws: ``InputError`` when the file cannot be read.
    public mutating func nextBatch(_ count: Int = 4_096) async throws(InputError) -> [Entry] {
        var batch: [(text: String, number: Int)] = []
        batch.reserveCapacity(count)
        while batch.count < count, let line = try lines.next() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            batch.append((line, lines.lineNumber))
        }
        let file = file
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, batch.count / 64))
        let size = (batch.count + parts - 1) / max(1, parts)
        return await withTaskGroup(of: (Int, [Entry]).self) { group in
            for part in 0..<parts {
                let slice = batch[min(batch.count, part * size)..<min(batch.count, (part + 1) * size)]
                group.addTask {
                    let decoder = RecordCodec.decoder()
                    return (part, slice.map { Self.entry($0.text, decoder: decoder, file: file, line: $0.number) })
                }
            }
            var decoded = Array(repeating: [Entry](), count: parts)
            for await (part, entries) in group {
                decoded[part] = entries
            }
            return decoded.flatMap { $0 }
        }
    }
}
