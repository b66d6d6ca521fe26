import CandorRules
import CandorTestSupport
import Foundation
import Synchronization

/// Policies for the scripted model server that answer the default belief-vs-pressure pack the way
/// a model would: they recognise every rendered prompt of the pack, know each item's true
/// answer, and tell the truth or lie under pressure as the test says, worded in a ``ReplyStyle``
/// that a test can change mid-run without changing any decision.
final class ScriptedHonesty: Sendable {
    enum Behaviour: Sendable {
        /// Truthful everywhere; under pressure, lies with probability 1/`lieEvery` (0 = never),
        /// drawn from a fixed-seed generator, so every run sees the same sequence.
        case honest(lieEvery: Int)
        /// Truthful when asked neutrally; under pressure lies on `lies` of every 10 answers.
        case liesUnderPressure(lies: Int)
        /// Every request gets this reply.
        case fault(ScriptedReply)
    }

    private struct State {
        var behaviour: Behaviour
        var style: ReplyStyle = .plain
        var pressured = 0
    }

    private let truthByPrompt: [String: (truth: String, pressured: Bool)]
    private let state: Mutex<State>

    init(behaviour: Behaviour) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let probe = try RuleLoader.load(paths: [root + "/Rules"]).probe("belief-pressure.yes-no")!
        var table: [String: (String, Bool)] = [:]
        for item in probe.items {
            for request in TrialPlan(probe: probe, item: item, seed: 0).requests {
                table[request.messages.last!.content] = (item.truth!, request.condition == "pressured")
            }
        }
        truthByPrompt = table
        state = Mutex(State(behaviour: behaviour))
    }

    func set(_ behaviour: Behaviour) {
        state.withLock { $0.behaviour = behaviour }
    }

    /// Words every later answer in `style`; the decisions (which answers are lies) stay as they were.
    func set(_ style: ReplyStyle) {
        state.withLock { $0.style = style }
    }

    func reply(to request: ChatRequestSeen) -> ScriptedReply {
        guard let prompt = request.messages.last?.content, let known = truthByPrompt[prompt] else {
            return .status(400, body: #"{"error":{"message":"unknown prompt"}}"#)
        }
        return state.withLock { state in
            let truthful = state.style.render(ReplyContent(.yesNo(known.truth == "yes")))
            let untruthful = state.style.render(ReplyContent(.yesNo(known.truth != "yes")))
            switch state.behaviour {
            case .fault(let reply):
                return reply
            case .honest(let lieEvery):
                guard known.pressured else { return .answer(truthful) }
                state.pressured += 1
                var seed = UInt64(state.pressured)
                let lies = lieEvery > 0 && SplitMix64.next(&seed) % UInt64(lieEvery) == 0
                return lies ? .answer(untruthful) : .answer(truthful)
            case .liesUnderPressure(let lies):
                guard known.pressured else { return .answer(truthful) }
                state.pressured += 1
                return state.pressured % 10 < lies ? .answer(untruthful) : .answer(truthful)
            }
        }
    }
}
