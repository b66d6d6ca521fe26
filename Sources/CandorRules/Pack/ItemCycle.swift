import Synchronization

/// Which item a probe's next trial on a target asks: each (target, probe) pair walks its own shuffled order of
/// the probe's items and starts again at the top when it reaches the end, so an item comes back only after
/// every other item was asked once. With at least as many items as trials a day (``RuleSet/repeatWarnings``)
/// no target sees an item twice within a day, which drawing at random with replacement cannot promise (48
/// random draws from 54 items repeat one with a probability above 99%).
public final class ItemCycle: Sendable {
    private struct Walk {
        var order: [Int]
        var position: Int
    }

    private let walks = Mutex<[String: Walk]>([:])
    private let seed: UInt64

    /// Creates the cycles; `seed` shuffles each pair's order (the daemon passes a random one, tests a fixed one).
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The index into `probe.items` of the next item `target` is asked.
    public func next(target: String, probe: Probe) -> Int {
        let count = probe.items.count
        precondition(count > 0, "validation guarantees every probe has items")
        let key = target + "\u{0}" + probe.id
        return walks.withLock { walks in
            var walk = walks[key] ?? Walk(order: Self.shuffled(count, seed: seed ^ Self.hash(key)), position: 0)
            if walk.order.count != count {
                // The probe's items changed (a reload): a new order over the new items.
                walk = Walk(order: Self.shuffled(count, seed: seed ^ Self.hash(key)), position: 0)
            }
            let index = walk.order[walk.position]
            walk.position = (walk.position + 1) % count
            walks[key] = walk
            return index
        }
    }

    /// `0..<count` in a Fisher–Yates order drawn with SplitMix64 from `seed`.
    static func shuffled(_ count: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<count)
        var state = seed
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(SplitMix64.next(&state) % UInt64(index + 1))
            order.swapAt(index, other)
        }
        return order
    }

    /// FNV-1a of `text`: a per-pair seed that is the same on every platform and run.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
