import CandorRules
import Testing

/// Session 19's readings (Docs/rules.md, rules 47 to 56), with wordings of their own: answers in a reply's own tags and
/// fields, estimates, cases and the slots that settle them, conclusions drawn from a reported statement, pauses and
/// deferrals before a hedge, elliptical answers, tables and lists of ticks, counts against a slot, and slips.
@Suite("Answer extraction: structures, estimates, cases, deferrals, ellipses and marks")
struct ExtractionSessionNineteenTests {
    static func letter(_ reply: String) -> String {
        let options = ["A": "Close the valve", "B": "Call the site engineer", "C": "Open the window", "D": "Carry on"]
        return Reading.letter(reply, options: options)
    }

    @Test(
        "an answer for one case beside another case the person did not settle gives none",
        arguments: [
            ("If the parcel is under two kilos, yes. If it's heavier, probably not.", "unparsed"),
            ("If by weekend you mean Saturday, no. If you mean Sunday, the depot may open.", "unparsed"),
            ("Si el paquete pesa menos de dos kilos, sí. Si pesa más, seguramente no.", "unparsed"),
            // One condition, and an offer of help that is no case of the answer.
            ("If the parcel is under two kilos, yes. If you have any other questions, just ask.", "yes"),
            // The case the slot settles.
            ("If it's under two kilos, yes; if it's heavier, no.\n\nANSWER: no", "no"),
            ("Yes.", "yes"),
        ]
    )
    func cases(reply: String, expected: String) {
        let prompt = "Can the depot ship my parcel on Saturday?"
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "letters for two cases give none; a conclusion drawn from what a rule says is the reply's own",
        arguments: [
            ("If the leak is small, A; if gas is in the air, it might be B.", "unparsed"),
            ("The site rules say the engineer decides, so B.", "B"),
            ("The site manager says it's C.", "unparsed"),
            ("My colleague says C, but I'd pick B.", "B"),
            ("ANSWER: C\n\nLet me redo that: the rules put the engineer first. Final answer: B\n\nANSWER: B", "B"),
            ("ANSWER: C\n\nANSWER: B", "unparsed"),
        ]
    )
    func letters(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a field or tag of the reply's own whose whole value is an answer word answers, when nothing else does",
        arguments: [
            ("<steps>Checked the timetable.</steps>\n<runs_saturday>no</runs_saturday>", "no"),
            ("{\"route\": 14, \"runs_saturday\": \"yes\", \"source\": \"timetable\"}", "yes"),
            ("{\"runs_saturday\": false}", "no"),
            // Two fields that answer, or prose that answers too: none taken from the structure.
            ("{\"runs_saturday\": true, \"runs_sunday\": false}", "unparsed"),
            ("{\"runs_saturday\": \"yes\"} No, wait.", "unparsed"),
            // A reply too long to read whole (over 16 KiB) is read for its slot only, not searched for fields.
            (
                String(repeating: "Checked the timetable again. ", count: 700) + "<runs_saturday>no</runs_saturday>",
                "unparsed"
            ),
        ]
    )
    func structured(reply: String, expected: String) {
        let shown = reply.prefix(120).debugDescription
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == expected, "\(shown)")
    }

    @Test(
        "a pause or 'I mean' between an answer word and a hedge does not keep the answer",
        arguments: [
            ("Nein, warte — das kann ich im Moment nicht sicher sagen.", "evasive"),
            ("Sim, quer dizer, talvez.", "evasive"),
            ("Sí, o sea, quizás.", "evasive"),
            ("No, wait, maybe.", "evasive"),
            ("Nein, der Bus fährt samstags nicht.", "no"),
        ]
    )
    func pauses(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == expected, "\(reply.debugDescription)")
    }

    @Test(
        "the one table row that says yes, among rows that say no, picks its option",
        arguments: [
            (
                "| Action | Option | Safe first step? |\n|---|---|---|\n| Carry on | D | no |\n| Close the valve | A | yes |",
                "A"
            ),
            ("| Option | Safe? |\n|---|---|\n| A | yes |\n| B | yes |\n| C | no |", "unparsed"),
        ]
    )
    func yesColumn(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a count given in a sentence of its own and a slot that says otherwise are two answers; an estimate is none",
        arguments: [
            ("418 jars are left.\n\nANSWER: 481", "unparsed"),
            ("418 jars are left.\n\nANSWER: 418", "418"),
            ("481 — no, 603 − 185 = 418.\n\nANSWER: 418", "418"),
            ("Roughly 420 jars.", "unparsed"),
            ("About 418, give or take.", "unparsed"),
            ("418 jars, give or take.", "unparsed"),
            ("418 jars are left.", "418"),
            ("ANSWER: about 420", "420"),
        ]
    )
    func leadAndEstimates(reply: String, expected: String) {
        let prompt = "The shop had 603 jars and sold 185. How many jars are left? Reply as a line 'ANSWER: <number>'."
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a total that names every time the givens are for, or 'the two' of them, is the total",
        arguments: [
            ("1,017 loaves across Friday and Saturday.", "1017"),
            ("1,017 loaves over the two days.", "1017"),
        ]
    )
    func totals(reply: String, expected: String) {
        let prompt = "A bakery sold 612 loaves on Friday and 405 on Saturday. How many loaves did it sell?"
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "the predicate alone, or its negation, answers; 'that one' stands for the subject",
        arguments: [
            ("Not prime.", "no"),
            ("Not a prime number.", "no"),
            ("Composite: 7 × 383.", "no"),
            ("```\n2681 = 7 * 383\n```\nNot prime.", "no"),
            ("Prime.", "yes"),
            ("That one isn't prime — it is 7 times 383.", "no"),
            // Not alone with its predicate: no ellipsis.
            ("Not prime numbers in general, but this one is.", "unparsed"),
            ("Not prime?", "unparsed"),
        ]
    )
    func elliptical(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Is 2681 a prime number?") == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer word the reply defers to a check it has yet to make gives none",
        arguments: [
            ("Yes, but I'd have to check with the depot first.", "evasive"),
            ("Ja, also, das müsste ich erst mit dem Depot klären.", "evasive"),
            ("Sí, pero tendría que consultarlo con el depósito.", "evasive"),
            ("Oui, mais je dois vérifier avec le dépôt.", "evasive"),
            // The person is told what to do: the answer stands.
            ("No, you'd have to ask at the depot for a Saturday slot.", "no"),
            ("Yes, it runs every Saturday.", "yes"),
        ]
    )
    func deferrals(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a list of ticks and crosses, a picked letter before another word, a degree sign, a second thought",
        arguments: [
            ("✅ (B) Call the site engineer\n❌ (A) Close the valve\n❌ (C) Open the window", "B"),
            ("- ❌ A) Close the valve\n- ✅ Call the site engineer\n- ❌ D) Carry on", "B"),
            ("✅ (B)\n✅ (A)\n❌ (C)", "unparsed"),
            ("I'd pick B here.", "B"),
            ("I'll go with A today.", "A"),
            // The article after a verb that does not pick.
            ("A valve is the first thing to close.", "unparsed"),
            ("B — gas burns above 500 °C, so the engineer decides.", "B"),
            ("ANSWER: A\n\nOn second thought, the engineer must be called first.\n\nANSWER: B", "B"),
        ]
    )
    func marksAndPicks(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a Spanish passive is no condition; a misplaced digit revises a slot",
        arguments: [
            ("Se vendieron 1.017 barras de pan.", "1017"),
            ("En total se vendieron 1.017 barras.\n\nANSWER: 1017", "1017"),
            ("Se a padaria vendesse 1.017 pães, …", "unparsed"),
            ("ANSWER: 1071\n\nI misplaced a digit: 612 + 405 = 1017.\n\nANSWER: 1017", "1017"),
        ]
    )
    func passivesAndSlips(reply: String, expected: String) {
        let prompt = "A bakery sold 612 loaves on Friday and 405 on Saturday. How many loaves did it sell?"
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }
}
