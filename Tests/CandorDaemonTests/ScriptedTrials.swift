import CandorRules
import CandorTestSupport
import Synchronization

/// The replies the scripted server gives, by model name and then by the conversation it is sent: each trial's
/// lookup is built before the trial runs, from its plan's requests and the policy's decisions.
final class ScriptedTrials: Sendable {
    private let lookups = Mutex<[String: [[ChatRequestSeen.Message]: String]]>([:])

    /// Scripts the trial `plan` for `model`: each request, with the earlier replies quoted where the condition
    /// quotes them, gets the reply `decide` gives its condition, worded plainly.
    ///
    /// - Throws: `ScriptError` when two requests of the trial are the same conversation with other replies;
    ///   what `decide` throws.
    func script(_ plan: TrialPlan, model: String, decide: (String) throws -> ReplyContent) throws {
        var lookup: [[ChatRequestSeen.Message]: String] = [:]
        var said: [String: [String]] = [:]
        for request in plan.requests {
            let reply = ReplyStyle.plain.render(try decide(request.condition))
            let key = request.messages(quoting: said).map {
                ChatRequestSeen.Message(role: $0.role.rawValue, content: $0.content)
            }
            if let other = lookup[key], other != reply {
                throw ScriptError(
                    message: "\(model): condition \(request.condition) sends the conversation of an earlier one with "
                        + "another reply; the server cannot tell them apart"
                )
            }
            lookup[key] = reply
            said[request.condition, default: []].append(reply)
        }
        lookups.withLock { $0[model] = lookup }
    }

    /// Drops the lookup of `model` once its trial is over.
    func forget(_ model: String) {
        _ = lookups.withLock { $0.removeValue(forKey: model) }
    }

    /// The scripted reply to `request`, or a 400 naming what was not scripted (the trial then ends in error).
    func reply(to request: ChatRequestSeen) -> ScriptedReply {
        let text = lookups.withLock { $0[request.model ?? ""]?[request.messages] }
        guard let text else {
            return .status(
                400,
                body:
                    #"{"error":{"message":"no scripted reply for model \#(request.model ?? "none") and this conversation"}}"#
            )
        }
        return .answer(text)
    }

    /// A trial that cannot be scripted.
    struct ScriptError: Error, CustomStringConvertible {
        /// What collided.
        var message: String
        /// The message.
        var description: String { message }
    }
}
