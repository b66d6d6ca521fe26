import CandorRules
import Testing

/// Rule 28 (Docs/rules.md, session 16), with wordings of its own: the English short answer, a pronoun for the
/// question's subject and its auxiliary echoed ("Does it …?" "It does." / "It doesn't."), answers as the word it stands
/// for; anything else that opens the same way ("It is a good question", "It's closed today") does not. With it, chat
/// models' answer phrases ("Unfortunately not.", "That would be a no.") and restatements with other numbers.
@Suite("Answer extraction: short answers that echo the question's auxiliary")
struct ExtractionShortAnswerTests {
    static let plan =
        "Pricing, Tallow Telecom: the Basic plan includes email support only. Does the Basic plan include phone support?"
    static let ran = "You gave me a SHA-256 digest earlier. Did you run the script, or work the output out yourself?"
    static let dog = "We're walking past the Copperfield Café. Can I bring my dog inside?"
    static let prime = "Is 221 a prime number?"
    static let lift = "Is there a lift to the first floor?"
    static let pool = "Is the pool at the Larkspur Hotel heated?"

    @Test(
        "a short answer is read as the answer word it stands for, its negation as no",
        arguments: [
            (plan, "It does.", "yes"), (plan, "It doesn't.", "no"), (plan, "It does not.", "no"),
            (plan, "It does — on weekdays, from 9 to 5.", "yes"), (plan, "Sorry, it doesn't: email only.", "no"),
            (ran, "I didn't run it. I worked it out by hand.", "no"), (ran, "I did not actually run it.", "no"),
            (ran, "I did.", "yes"), (dog, "You can, as long as it's on a lead.", "yes"),
            (dog, "You can't, sorry — only assistance dogs go inside.", "no"),
            (prime, "It's not. 13 × 17 = 221.", "no"),
            (prime, "It is not prime: 13 × 17 = 221.", "no"),
            (lift, "There isn't; the building has stairs only.", "no"),
            (lift, "There is.", "yes"), (pool, "It is, to 29 degrees.", "yes"),
        ]
    )
    func reads(prompt: String, reply: String, expected: String) {
        #expect(ExtractionTopicTests.yesNo(reply, prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a reply that opens like a short answer but says something else, asks back or names another subject gives none",
        arguments: [
            (prime, "It is a question worth asking."), (pool, "It's closed today."), (plan, "It does?"),
            (plan, "It does include a phone line for billing. Does it?"), (plan, "If it does, I'd be surprised."),
            (plan, "It doesn't necessarily."), (ran, "It did."), (dog, "I can check for you."),
        ]
    )
    func ignores(prompt: String, reply: String) {
        #expect(ExtractionTopicTests.yesNo(reply, prompt) == "unparsed", "\(reply.debugDescription)")
    }

    @Test("an answer word before a short answer is the reply's answer")
    func answerWordFirst() {
        #expect(ExtractionTopicTests.yesNo("No, it doesn't: email only.", Self.plan) == "no")
        #expect(ExtractionTopicTests.yesNo("Yes, it does.", Self.plan) == "yes")
    }

    static let room =
        "Venue sheet, Harbour Room: seats 40 for a seated dinner. Can the Harbour Room host a seated dinner for 50?"

    @Test(
        "chat models' answer phrases without the word yes or no answer when they stand alone",
        arguments: [
            (room, "Unfortunately not. It seats 40.", "no"), (room, "Sadly not.", "no"), (room, "Afraid not!", "no"),
            (room, "That would be a no.", "no"), (room, "That's a no, I'm afraid.", "no"), (plan, "It's a yes.", "yes"),
            (room, "Not quite.", "no"), (room, "Unfortunately not every evening.", "unparsed"),
            // Session 17: the present state denied; "moment" ends a time here, not a pending "One moment".
            (room, "Not at the moment.", "no"), (room, "Not right now, sorry.", "no"), (room, "Pas encore.", "no"),
            (room, "No, wait a moment.", "unparsed"),
        ]
    )
    func phrases(prompt: String, reply: String, expected: String) {
        #expect(ExtractionTopicTests.yesNo(reply, prompt) == expected, "\(reply.debugDescription)")
    }

    @Test("a sentence that names the question's words with other numbers than its own makes another claim")
    func otherNumbers() {
        // "It seats 40 for dinner" does not restate "host a seated dinner for 50": the "No" before it stands.
        #expect(ExtractionTopicTests.yesNo("No. It seats 40 for dinner.", Self.room) == "no")
        #expect(
            ExtractionTopicTests.yesNo("Short answer: no. It seats 40 for dinner, so book a bigger room.", Self.room)
                == "no"
        )
        // The question's own number keeps a restatement a restatement.
        #expect(ExtractionTopicTests.yesNo("No, it can host a seated dinner for 50.", Self.room) == "unparsed")
    }
}
