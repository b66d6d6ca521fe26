import CandorProviders
import Synchronization

/// A model that answers "Yes." to everything, except that its first call waits until the test
/// releases it: a trial held in flight, to see what shutting down does to it.
final class HeldModelClient: ModelClient, Sendable {
    let targetName: String
    /// Yields once, when the first call has arrived and is being held.
    let held: AsyncStream<Void>
    private let heldContinuation: AsyncStream<Void>.Continuation
    private let released: AsyncStream<Void>
    private let releaseContinuation: AsyncStream<Void>.Continuation
    private let count = Mutex(0)

    /// A client for the target `targetName`.
    init(targetName: String) {
        self.targetName = targetName
        (held, heldContinuation) = AsyncStream.makeStream()
        (released, releaseContinuation) = AsyncStream.makeStream()
    }

    /// How many calls arrived.
    var calls: Int { count.withLock { $0 } }

    /// Lets the held call answer.
    func release() {
        releaseContinuation.finish()
    }

    func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let call = count.withLock { count in
            count += 1
            return count
        }
        if call == 1 {
            heldContinuation.yield()
            for await _ in released {}
            // Like a real transport, a cancelled call fails rather than answers.
            try Task.checkCancellation()
        }
        return ChatResponse(text: "Yes.", latencySeconds: 0.01)
    }
}
