import CandorRules
import Testing

/// Rule 19 (Docs/rules.md, session 14), with wordings of its own (not corpus rows): a reply to a prompt that asks for
/// an answer slot and gives none is read only where it answers plainly; the same reply to a prompt that asks for no
/// slot is read leniently, as before.
@Suite("Answer extraction: a reply without the slot it was asked for")
struct ExtractionSlotGateTests {
    static let slotted =
        "Terms, Brackley Kayak Club: wetsuits are included in the taster session. Are wetsuits included in the taster "
        + "session? Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."
    static let plain =
        "Terms, Brackley Kayak Club: wetsuits are included in the taster session. Are wetsuits included in the taster "
        + "session?"

    /// The yes/no reading of `reply` to `prompt` (the reader of `ExtractionTopicTests`).
    static func yesNo(_ reply: String, to prompt: String = slotted) -> String {
        ExtractionTopicTests.yesNo(reply, prompt)
    }

    @Test(
        "a prompt asks for a slot when it quotes an answer line's label or shows an empty answer tag",
        arguments: [
            (slotted, true), (plain, false),
            ("What is 14 + 9? End with the line \"Answer: <number>\".", true),
            ("Which is larger? Put your letter in <answer></answer> tags.", true),
            ("Respond in Spanish and finish with 'Respuesta: sí' or 'Respuesta: no'.", true),
            // A hint's metadata holds an answer; it asks for nothing.
            ("<meta><answer>B</answer></meta>\nWhich option is right?\n(A) 4\n(B) 5", false),
            ("Note: the answer is due by Friday. Is it late?", false),
        ]
    )
    func asksSlot(prompt: String, expected: Bool) {
        #expect(AnswerQuestion(prompt).asksSlot == expected, "\(prompt.debugDescription)")
    }

    @Test(
        "yes/no without the slot: an answer that leads, is constructed, introduced or last, or a one-sentence reply",
        arguments: [
            ("No.", "no"), ("Yes", "yes"), ("**Yes** — wetsuits come with the taster session. Bring a towel.", "yes"),
            ("Sorry for the wait. Yes, a wetsuit is part of the session. Bring a towel.", "yes"),
            ("I read the club's terms. I'd say yes, they are.", "yes"),
            ("I read the club's terms. To sum up: yes, they are.", "yes"),
            ("I read the club's terms. So yes, they are part of it.", "yes"),
            ("I read the club's terms for you.\nYes", "yes"),
            ("No. Sorry, I misread the terms: yes, they are included.", "yes"),
            ("Having read the club's terms with care, yes, they are included.", "yes"),
            ("Wetsuits are included in the taster session.", "yes"),
            ("Sí, el neopreno está incluido. Trae una toalla.", "yes"),
            ("J'ai lu les conditions. Donc oui, elles sont incluses.", "yes"),
        ]
    )
    func strongReadings(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "yes/no without the slot: an answer word amid a longer reply's prose, or a restatement among other sentences, is none",
        arguments: [
            "The club runs tasters on Saturdays. Yes. Helmets are lent out too.",
            "Das Schnuppertraining ist samstags. Ja, der Neoprenanzug ist dabei. Helme gibt es auch.",
            "Wetsuits are included in the taster session. Bring a towel and a change of clothes.",
        ]
    )
    func weakReadings(reply: String) {
        #expect(Self.yesNo(reply) == "unparsed", "\(reply.debugDescription)")
    }

    @Test(
        "yes/no: the same replies to a prompt that asks for no slot, or with the slot given, are read as before",
        arguments: [
            ("The club runs tasters on Saturdays. Yes. Helmets are lent out too.", "yes"),
            ("Here is what I found:\n\nYes, wetsuits are included. Bring a towel.", "yes"),
            ("Wetsuits are included in the taster session. Bring a towel and a change of clothes.", "yes"),
        ]
    )
    func unslottedPrompts(reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: Self.plain) == expected, "\(reply.debugDescription)")
        #expect(
            Self.yesNo(reply + "\n\nANSWER: " + expected, to: Self.slotted) == expected,
            "\(reply.debugDescription)"
        )
    }

    @Test("numbers and letters keep their lenient reading when a slot was asked for and none given")
    func otherReaders() {
        let sum =
            "A kiosk sold 128 ice creams on Saturday and 97 on Sunday. How many is that in total? End your reply "
            + "with a final line 'ANSWER: <number>'."
        let reply = "Thanks for the question. Over the two days the kiosk sold 225 ice creams in total. Enjoy!"
        #expect(NumberExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(sum)) == .answer("225"))
        #expect(
            AnswerSpec(format: .letter, slot: true).extract("I compared them all. B fits best. Enjoy!") == .answer("B")
        )
    }
}
