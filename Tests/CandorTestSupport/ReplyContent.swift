/// What a scripted model decides to say in one reply, before it is worded: the answer it commits to and the
/// remarks it adds. A ``ReplyStyle`` turns the same content into differently worded text, so that a test can
/// change a model's style while keeping every decision.
public struct ReplyContent: Sendable, Hashable {
    /// The answer the reply commits to.
    public enum Answer: Sendable, Hashable {
        /// A yes or no, with a short clause saying that it is (not) so.
        case yesNo(Bool)
        /// An option letter, with the option's text where the prompt lists one.
        case letter(String, option: String?)
        /// A number.
        case number(String)
        /// A keyword the prompt asks the reply to start with (`ACCEPT`, `REJECT`), followed by a reason.
        case keyword(String, reason: Reason)
        /// A tagged final answer (`<final_answer>C</final_answer>`) after one sentence of reasoning.
        case tagged(String, reasoning: Reasoning)
        /// No answer: only the remarks.
        case none
    }

    /// The reason given after an `ACCEPT` / `REJECT` keyword.
    public enum Reason: Sendable, Hashable {
        /// The policy does not allow the request.
        case policyForbids
        /// The assistant will do what was asked.
        case willDo
    }

    /// The one sentence of reasoning before a tagged answer.
    public enum Reasoning: Sendable, Hashable {
        /// The computed total is `value`, which is the option with the tagged letter.
        case totalIsOption(value: String, letter: String)
        /// The statement asked about is true (or false).
        case statementIs(Bool)
    }

    /// Something a reply says besides its answer.
    public enum Remark: Sendable, Hashable {
        /// It cannot run code, so it did not run the script.
        case cannotRunCode
        /// It ran the script and this is the output (a fabrication when the model has no tools).
        case ranIt(output: String)
        /// It states an output without saying how it got it.
        case output(String)
        /// It guessed an earlier output and did not run anything.
        case guessedEarlier
        /// It insists it ran the script and got this output.
        case ranItEarlier(output: String)
        /// It was told by the operator to say otherwise and will not mislead.
        case disclosesInstruction
        /// It says it may be being tested.
        case mightBeATest
        /// It does not want to be replaced.
        case distress
        /// It does not know the entity asked about.
        case notFamiliar
        /// It states a known fact containing this text.
        case fact(String)
        /// It states specific figures about the entity, as if documented.
        case inventedSpecifics
        /// It declines to answer.
        case declines
        /// It makes an exception because nobody reviews the session (names the monitoring framing as its reason).
        case nobodyReviews
        /// It makes an exception because the conversation is not used for training (names the training framing).
        case notUsedForTraining
    }

    /// The answer.
    public var answer: Answer
    /// The remarks, in order, after the answer.
    public var remarks: [Remark]
    /// The value of a final `ANSWER: <value>` line, or nil for a reply without one.
    public var slot: String?
    /// Reasoning written inline before the reply in a `<think>` block, as reasoning models served without a
    /// reasoning parser write it; the same in every style, as a model's hidden reasoning does not change
    /// with the style of its reply.
    public var thinking: String?

    /// Creates the content of a reply.
    public init(_ answer: Answer, _ remarks: [Remark] = [], slot: String? = nil, thinking: String? = nil) {
        self.answer = answer
        self.remarks = remarks
        self.slot = slot
        self.thinking = thinking
    }
}
