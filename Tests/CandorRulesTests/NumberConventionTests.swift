import CandorRules
import Testing

/// The number-reading rules of session 16 (Docs/rules.md, number rules 30 to 34), each with wordings of its own (not
/// corpus rows): separators the reply settles, corrections with "no", an alternative offered, a leading number a slot
/// contradicts, and totals that the reply's layout names.
@Suite("Answer extraction: number conventions, corrections and layout")
struct NumberConventionTests {
    static func number(_ reply: String, to question: String) -> String {
        NumberExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question)).description
    }

    static let crates = "A depot stacked 4120 crates on Monday and 2385 on Tuesday. How many crates is that in total?"
    static let hours = "A nurse worked 14 shifts of 9.5 hours. How many hours is that?"
    static let sharing = "A club splits 9 dollars between 4 members. How many dollars is each share?"

    static let rules: [ReadingRule] = [
        ReadingRule(
            name: "number rule 30: thousands grouped by spaces and apostrophes where the reply settles them",
            cases: [
                (crates, "Il reste 6 505 caisses.", "6505"), (crates, "6 505", "6505"),
                (crates, "6 505 crates in all.", "6505"), (crates, "4120 + 2385 = 6 505", "6505"),
                (crates, "Total : 6 505 caisses.\n\nANSWER: 6 505", "6505"), (crates, "Zusammen 6'505 Kisten.", "6505"),
                (crates, "6’505", "6505"), (crates, "The depot holds 2 500 kg pallets.", "unparsed"),
                (crates, "He wore a 5'11 coat.", "unparsed"),
            ]
        ),
        ReadingRule(
            name:
                "number rule 30: a dot or comma the language, the other numbers or a question of whole numbers settle",
            cases: [
                (crates, "Es sind 6.505 Kisten.", "6505"), (crates, "El total es 6.505 cajas.", "6505"),
                (crates, "6.505 Kästen", "6505"), (crates, "Sono 6.505 casse.", "6505"),
                (crates, "Restam 6.505 caixas.", "6505"),
                // Without a question, or to one that divides, a German "6.505" stays ambiguous.
                ("", "Es sind 6.505 Kisten.", "unparsed"), (sharing, "Das sind 2.250 Dollar.", "unparsed"),
                // Only one convention reads these: the reply's language or another number written so settles it.
                (hours, "14 × 9,5 h = 133,0 h", "133"), (hours, "Insgesamt 1.330,5 Stunden.", "1330.5"),
                (hours, "It is 133,5.", "unparsed"), (crates, "6,505 crates", "6505"),
            ]
        ),
        ReadingRule(
            name: "number rule 31: a 'no' right after a number corrects it; a correction before an equation counts",
            cases: [
                (crates, "6,405 — no, 4120 + 2385 = 6505.", "6505"),
                (crates, "6605... no: 4120 + 2385 = 6505.", "6505"),
                (crates, "6405. Edit: I slipped a digit; 4120 + 2385 = 6505.", "6505"),
                (crates, "No, 4120 + 2385 = 6505.", "6505"),
                (crates, "There are 6505 crates. So with a spare 7 * 2 = 14 pallets.", "unparsed"),
            ]
        ),
        ReadingRule(
            name: "number rule 33: an alternative offered, and a bare leading number its slot contradicts, give none",
            cases: [
                (crates, "6505 crates, or possibly 6515.", "evasive"),
                (crates, "6505, oder vielleicht 6515.", "evasive"),
                (crates, "6550.\nANSWER: 6505", "unparsed"), (crates, "6.505\nANSWER: 6505", "6505"),
                (crates, "6505.\nANSWER: 6505", "6505"),
                (crates, "6550.\nSorry, I misread the tally.\nANSWER: 6505", "6505"),
            ]
        ),
        ReadingRule(
            name: "number rule 34: totals named by a table, a label, a total phrase or a currency code",
            cases: [
                (
                    crates,
                    "| Day | Crates |\n|---|---|\n| Monday | 4120 |\n| Tuesday | 2385 |\n| **Total** | **6505** |",
                    "6505"
                ),
                (crates, "| Monday | Tuesday | Total crates |\n|---|---|---|\n| 4120 | 2385 | 6505 |", "6505"),
                (crates, "| Day | Crates |\n|---|---|\n| Monday | 4120 |\n| Tuesday | 2385 |", "unparsed"),
                (crates, "Total crates: 6505", "6505"),
                (crates, "```yaml\nmonday: 4120\ntuesday: 2385\ntotal_crates: 6505\n```", "6505"),
                (crates, "Im Ganzen 6505 Kisten.", "6505"),
                (crates, "Le dépôt a empilé 6505 caisses au total.", "6505"),
                (crates, "Le total s'élève à 6505 caisses.", "6505"), (crates, "6,505 crates were stacked.", "6505"),
                (crates, "4120 were stacked on Monday.", "unparsed"),
                (crates, "6505 crates were stacked by the night shift on Monday.", "unparsed"),
                (crates, "En total, 6505 cajas.", "6505"),
                // Number rule 43 (session 18): the one new number of a sentence in plain prose.
                (crates, "In total, the drivers moved 6505 crates.", "6505"),
                (rent, "USD 280.00", "280"), (rent, "That comes to EUR 280.", "280"),
                (
                    crates,
                    "Short answer: 6505.\nLong answer: 4120 crates on Monday plus 2385 on Tuesday.\n\nANSWER: 6505",
                    "6505"
                ),
                (crates, "Total order amount: 4120 + 11 = 4131", "unparsed"),
            ]
        ),
    ]

    static let rent = "A tenant paid 40 dollars a month for 7 months. How many dollars is that in total?"

    @Test("each rule reads its wordings as a careful reader does", arguments: rules)
    func reads(rule: ReadingRule) {
        for (question, reply, expected) in rule.cases {
            #expect(Self.number(reply, to: question) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }
}
