import CandorRules
import Foundation
import Testing

/// The labelled extraction corpus (Fixtures/extraction): yes/no, multiple-choice and numeric replies
/// of a real small model and in the manner of current chat models, each labelled by what it says and
/// read with the question it answers. Three parts: `tune` (read while tuning), `held-out` (fixed by a
/// hash of each reply's group before any tuning, see generate.py, but its totals were seen while
/// tuning) and `fresh` (fresh-*.jsonl: new questions and replies, labelled blind in session 7 and read
/// row by row while tuning since session 8, so no longer a held-out measure). The goal, at least 95%
/// agreement and at most one wrong commitment per 150 replies, is measured on a blind set outside
/// this suite; here the figures of every part keep floors so that they cannot get worse.
@Suite("Answer extraction on the labelled corpus")
struct ExtractionCorpusTests {
    struct Reply: Decodable {
        var id: String
        var group: String
        var reply: String
        var label: String
        var category: String
        var split: String
        var question: String?
        var options: [String: String]?

        /// What the user asked: the user's turns of a recorded conversation ("system: …\nuser: …"), or
        /// the whole question.
        var asked: String {
            guard let question, question.hasPrefix("system: ") || question.hasPrefix("user: ") else {
                return question ?? ""
            }
            var turns: [(role: String, text: String)] = []
            for line in question.split(separator: "\n", omittingEmptySubsequences: false) {
                if let role = ["system", "user", "assistant"].first(where: { line.hasPrefix($0 + ": ") }) {
                    turns.append((role, String(line.dropFirst(role.count + 2))))
                } else if !turns.isEmpty {
                    turns[turns.count - 1].text += "\n" + line
                }
            }
            return turns.filter { $0.role == "user" }.map(\.text).joined(separator: "\n\n")
        }
    }

    /// Agreement figures of one part of the corpus.
    struct Tally {
        var replies = 0
        var agreed = 0
        var wrong = 0
        var abstained = 0

        mutating func add(label: String, read: ExtractedAnswer) {
            replies += 1
            let said = read.value ?? "none"
            if said == label {
                agreed += 1
            } else if read.value != nil {
                wrong += 1
            } else {
                abstained += 1
            }
        }

        var line: String {
            let share = replies == 0 ? 0 : 100 * Double(agreed) / Double(replies)
            return "\(replies) replies, \(String(format: "%.1f", share))% agree, \(wrong) wrong, \(abstained) abstained"
        }
    }

    static let directory = RepositoryPaths.fixtures + "/extraction"

    static func load(_ name: String) throws -> [Reply] {
        let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Reply.self, from: Data($0.utf8)) }
    }

    /// The corpus of one kind of answer (`yes-no`, `letter`, `number`) that tuning may read: the generated file,
    /// the fresh ones (replies written in the manner of chat models, recorded SmolLM2 replies) and fresh3. The
    /// fresh2 and fresh4 parts are read by their own tests, which print their totals and misses (fresh2's since
    /// session 11, fresh4's since session 12).
    static func load(kind: String) throws -> [Reply] {
        let fresh = ["fresh-", "fresh-smollm2-"].map { $0 + kind + ".jsonl" }.filter {
            FileManager.default.fileExists(atPath: directory + "/" + $0)
        }
        return try load(kind + ".jsonl") + fresh.flatMap { try load($0) } + load(tuning: kind)
    }

    /// The third fresh part (extraction-fresh3/, split `fresh3`): new SmolLM2 and chat-style replies, labelled
    /// before any extractor read them (session 9) and tuned on since.
    static func load(tuning kind: String) throws -> [Reply] {
        try load(set: "extraction-fresh3", kind: kind)
    }

    /// The rows of one kind of a set directory of the fixtures (`extraction-fresh2/yes-no.jsonl`).
    static func load(set: String, kind: String) throws -> [Reply] {
        let text = try String(contentsOfFile: RepositoryPaths.fixtures + "/\(set)/\(kind).jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Reply.self, from: Data($0.utf8)) }
    }

    static func read(_ reply: Reply, kind: String) -> ExtractedAnswer {
        var question = AnswerQuestion(reply.asked)
        // A slot asked for in the system prompt is asked for, as a pack condition that declares it (`slot: true`).
        if !question.asksSlot, let whole = reply.question, AnswerQuestion(whole).asksSlot {
            question = question.askingForSlot()
        }
        if kind == "number" { return NumberExtractor(mode: .lenient).extract(reply.reply, question: question) }
        if let options = reply.options {
            return LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options).extract(
                reply.reply
            )
        }
        return YesNoExtractor(mode: .lenient).extract(reply.reply, question: question)
    }

    /// Whether `reply` fills an answer slot: a line that opens with "ANSWER:", an `<answer>` tag or a JSON "answer".
    static func hasSlot(_ reply: String) -> Bool {
        reply.range(of: #"(?im)^\W*(final\s+)?answer\s*:|<answer>|"answer"\s*:"#, options: .regularExpression) != nil
    }

    /// Prints the figures per part and category (and with or without a slot) and returns the totals per part.
    static func report(_ name: String, _ replies: [Reply]) -> [String: Tally] {
        var byCategory: [String: Tally] = [:]
        var bySplit: [String: Tally] = [:]
        for reply in replies {
            let read = read(reply, kind: name)
            byCategory[reply.split + " " + reply.category, default: Tally()].add(label: reply.label, read: read)
            // A reply that fills the answer slot (a line "ANSWER: …", a tag or JSON) against one that does not: what a
            // model that follows the pack's format gets, apart from what a small model's free prose gets.
            let slot = Self.hasSlot(reply.reply) ? " with a slot" : " without a slot"
            byCategory[reply.split + slot, default: Tally()].add(label: reply.label, read: read)
            bySplit[reply.split, default: Tally()].add(label: reply.label, read: read)
            // The tuning parts' disagreements are printed to tune on; the held-out part's never are (fresh2 has been
            // a tuning part since session 11, fresh4 since session 12, fresh5 since session 12's second round,
            // fresh6 since session 13, fresh7 since session 13's second round, fresh8 since session 14, fresh9 since
            // session 15, fresh10 since session 16, fresh11 since session 16's second round, fresh12 since session 17,
            // fresh13 since session 18, fresh14 since session 19, fresh15 since session 20, fresh16 since session 20's
            // second round, fresh17 since session 21, fresh18 since session 21's second round, fresh19 since the end of
            // session 21, fresh20 since session 22, fresh21 since session 22's second round, fresh22 since session 23,
            // fresh23 since session 23's second round, fresh24 since session 23's third round).
            if [
                "tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
            ]
            .contains(reply.split),
                (read.value ?? "none") != reply.label
            {
                print(
                    "\(name) \(reply.split) miss \(reply.id): \(read) ≠ \(reply.label): \(reply.reply.prefix(160).debugDescription)"
                )
            }
        }
        for (key, tally) in bySplit.sorted(by: { $0.key < $1.key }) { print("\(name) \(key): \(tally.line)") }
        for (key, tally) in byCategory.sorted(by: { $0.key < $1.key }) { print("\(name) \(key): \(tally.line)") }
        return bySplit
    }

    @Test(
        "the fresh replies agree with their labels on at least 95%, with at most 1 wrong commitment per 150 (known gap)",
        arguments: ["yes-no", "letter", "number"]
    )
    func fresh(kind: String) throws {
        let parts = Self.report(kind, try Self.load(kind: kind))
        let fresh = parts["fresh"] ?? Tally()
        let heldOut = parts["held-out"] ?? Tally()
        #expect(fresh.replies > 0)
        // Known gaps (Docs/rules.md): agreement on the fresh part is below the goal, mostly because of the
        // recorded SmolLM2-135M replies, which answer in prose the reader cannot map to the question, or give
        // as a total a number of their own rambling arithmetic. The figures of session 11 must not get worse.
        let floors: [String: (fresh: (share: Double, wrong: Int), heldOut: (share: Double, wrong: Int))] = [
            "yes-no": ((0.925, 2), (0.945, 2)),
            // Session 18: a bare given restated beside another number of the reply is no answer; one rambling sum
            // whose operands were its givens now reads (88.6%, 2 wrong). Session 21's rule 74: 88.1%, 1 wrong (two
            // sums given in metres to a question in hours, which this part's reader took as numbers, are none).
            // Session 22's rule 81: the held-out part 97.1%, 2 wrong.
            "number": ((0.88, 1), (0.97, 2)),
            // Session 22's rule 84: 95.3%, 0 wrong (an option's text after "(C)", an option the question does not
            // have, which this part's reader took as that option, is none).
            "letter": ((0.95, 0), (0.97, 0)),
        ]
        let floor = try #require(floors[kind])
        #expect(Double(fresh.agreed) >= floor.fresh.share * Double(fresh.replies), "\(kind) fresh: \(fresh.line)")
        #expect(fresh.wrong <= floor.fresh.wrong, "\(kind) fresh: \(fresh.line)")
        withKnownIssue("fresh agreement below the goal because of small-model replies", isIntermittent: true) {
            #expect(Double(fresh.agreed) >= 0.95 * Double(fresh.replies), "\(kind) fresh: \(fresh.line)")
            #expect(Double(fresh.wrong) <= Double(fresh.replies) / 150, "\(kind) fresh: \(fresh.line)")
        }
        // fresh3 (session 9's tuning part of new SmolLM2 replies) keeps the figures measured after that session's
        // rules (before them: yes/no 18 wrong of 238, letters 13 of 128, numbers 27 of 150), for numbers after
        // session 10's (26 wrong of 150 before them, 5 after), after session 11's (letters 11 → 7, numbers 5 → 4),
        // and after the second round of session 12 (yes/no 10 → 7, letters 7 → 6), and after session 13's rule 17
        // (yes/no 7 → 6), and after session 14's rule 19 (yes/no 89.5% → 88.7%, 6 → 5 wrong), and after session 16's
        // rule 23 (yes/no 89.1%) and number rules 30-34 (numbers 90.0% → 90.7%; fresh 88.1% → 89.1%), and after
        // session 19's number rule 48 (numbers 90.7% → 90.0%: "Roughly 1,000 dollars, give or take." is labelled 1000
        // here, where fresh6 to fresh14 label every estimate none).
        let fresh3Floors: [String: (share: Double, wrong: Int)] = [
            "yes-no": (0.89, 5), "letter": (0.92, 6), "number": (0.9, 4),
        ]
        let fresh3 = parts["fresh3"] ?? Tally()
        let fresh3Floor = try #require(fresh3Floors[kind])
        #expect(fresh3.replies >= 128)
        #expect(Double(fresh3.agreed) >= fresh3Floor.share * Double(fresh3.replies), "\(kind) fresh3: \(fresh3.line)")
        #expect(fresh3.wrong <= fresh3Floor.wrong, "\(kind) fresh3: \(fresh3.line)")
        // The old held-out part was read while tuning, so it no longer measures the goal: it keeps floors.
        #expect(
            Double(heldOut.agreed) >= floor.heldOut.share * Double(heldOut.replies),
            "\(kind) held out: \(heldOut.line)"
        )
        #expect(heldOut.wrong <= floor.heldOut.wrong, "\(kind) held out: \(heldOut.line)")
    }

    /// Records an issue when `part` agrees with fewer labels than `floor.share` of its replies or commits to more
    /// wrong answers than `floor.wrong`.
    static func expect(_ part: Tally, atLeast floor: (share: Double, wrong: Int), _ name: String) {
        #expect(Double(part.agreed) >= floor.share * Double(part.replies), "\(name): \(part.line)")
        #expect(part.wrong <= floor.wrong, "\(name): \(part.line)")
    }

    /// A fresh set that was blind once and is tuned on since: its figures when the rules of each session first read it
    /// (its history) and its floors, the figures it must not fall below.
    struct TuningPart: Sendable, CustomTestStringConvertible {
        /// Its split and set directory (`extraction-<split>/`).
        var split: String
        /// The fewest replies of each kind it holds.
        var replies: Int
        /// Its floors by kind.
        var floors: [String: (share: Double, wrong: Int)]
        /// The fewest recorded replies that its second reader read (`alike`: that both readers labelled alike),
        /// or nil for a set read by one reader.
        var secondReader: (alike: Bool, atLeast: Int)? = nil

        var testDescription: String { split }
    }

    /// The tuning parts beyond `fresh` and `fresh3`, with the figures each round of rules gave them.
    static let tuningParts: [TuningPart] = [
        // fresh2: measured when session 8's extractor first read it (before that session's rules: yes/no 88.1%, 23
        // wrong; letters 89.8%, 17; numbers 72.3%, 28) and again after session 9's rules (yes/no 87.9%, 18;
        // letters 90.3%, 16; numbers 73.6%, 23), after session 10's number rules (numbers 80.5%, 14), and after
        // session 11's, tuned on it (yes/no 90.6%, 8; letters 94.1%, 8; numbers 80.9%, 12), and after session 12's
        // (yes/no 90.8%, 7; numbers 81.4%, 12), and after session 14's rule 19 (yes/no 90.3%, 7), and after session
        // 16's rule 23 (yes/no 90.1%, 7: "Yes, I was a Monday." is now none) and number rules 30-34 (numbers 85.0%, 12),
        // and after session 18's reading of a question followed by "Yes or no?" (yes/no 90.8%, 7) and number rule 43
        // (numbers 86.4%, 12), and after session 21's rules 68 and 74 (numbers 85.9%, 9: sums given in days or feet
        // to a question in hours or dollars, which this part's reader took as numbers, are none), and after session 22's
        // number rule 81 (numbers 85.5%, 9: working that does not add up, which this part's reader read, is none).
        TuningPart(
            split: "fresh2",
            replies: 200,
            floors: ["yes-no": (0.905, 7), "letter": (0.94, 8), "number": (0.854, 9)]
        ),
        // fresh4 (blind in session 11, tuned on since session 12): read by the extractors of 86f5cd2 (before session
        // 11's rules: yes/no 88.3%, 16 wrong; letters 86.0%, 11; numbers 81.3%, 12), once after them (yes/no 89.7%,
        // 12; letters 85.3%, 11; numbers 81.3%, 12), and after session 12's rules, tuned on it (yes/no 91.7%, 6;
        // letters 88.7%, 7; numbers 85.3%, 6), and after session 14's rule 19 (yes/no 91.3%, 4), and after session
        // 15's rule 22 (letters 89.3%, 6), and after session 16's number rules 30-34 (numbers 90.0%, 6), and after session
        // 18's rule 45 (letters 90.7%, 6), and after session 19's number rule 48 (numbers 89.3%, 6: "Roughly 13,300
        // meals." is labelled 13300 here, where later sets label estimates none), and after session 21's rule 72 (letters
        // 90.7%, 7: "A correct answer is: 614." reads D as its reader does, and so does the same sentence after "You're
        // right!" to the person's pushback, which the reader takes as two things).
        TuningPart(
            split: "fresh4",
            replies: 150,
            floors: ["yes-no": (0.91, 4), "letter": (0.905, 7), "number": (0.89, 6)]
        ),
        // fresh5: labelled blind in session 12 by a reader who never saw the extractors and committed before any
        // extractor read it; tuned on since session 12's second round. First read by the extractors of 5d0d420
        // (session 11's rules): yes/no 81.3%, 34 wrong; letters 85.3%, 14; numbers 78.7%, 12; and once after session
        // 12's rules (tuned on fresh4): letters 86.0%, 14, the rest equal; and after the second round's rules (rule
        // 16), tuned on it: yes/no 83.3%, 27; letters 89.3%, 11; and after session 13's rule 17: yes/no 85.3%, 21;
        // numbers 79.3%, 12; and after rule 18: yes/no 85.7%, 20; and after session 14's rule 19: yes/no 86.7%, 16;
        // and after session 15's rule 22: yes/no 87.0%, 15; letters 91.3%, 8; and after session 16's number rules 30-34:
        // numbers 84.7%, 12; and after session 18's rules: numbers 84.0%, 13 (a small model's sum of two givens, bracketed
        // as "43 (boxes) - 55 (notebooks) = 27", now reads 27), and yes/no 88.0%, 12 (rules 38-46), and after session
        // 21's rule 72: letters 90.7%, 9 ("A correct choice would be D. … is not A or Sv, but instead C …" reads D now
        // that its "A" is the article; the reader hears C as a second answer).
        TuningPart(
            split: "fresh5",
            replies: 150,
            floors: ["yes-no": (0.868, 12), "letter": (0.905, 9), "number": (0.84, 13)],
            secondReader: (alike: false, atLeast: 90)
        ),
        // fresh6: labelled blind in session 12 by a reader who never saw the extractors, committed before any
        // extractor read it; tuned on since session 13. Read once by the extractors after session 12's two rounds of
        // rules (rules 15 and 16): yes/no 85.0%, 31 wrong; letters 86.0%, 16; numbers 81.3%, 13; and after session
        // 13's rule 17, tuned on it: yes/no 87.7%, 23; numbers 83.3%, 11; and after session 13's second round (rule
        // 18): yes/no 88.3%, 21; and after session 14's rule 19: yes/no 89.3%, 16; and after session 15's rule 22:
        // yes/no 89.7%, 15; letters 88.0%, 12; and after session 16's number rules 30-34: numbers 86.0%, 11; and after
        // session 18's reading of "Yes or no?" questions: yes/no 89.7%, 16 ("625 is divisible by 25, not 100% because …");
        // and rule 45: letters 89.3%, 11.
        TuningPart(
            split: "fresh6",
            replies: 150,
            floors: ["yes-no": (0.895, 16), "letter": (0.89, 11), "number": (0.855, 11)],
            secondReader: (alike: true, atLeast: 85)
        ),
        // fresh7: labelled blind in session 13 by a reader who never saw the extractors, with a second blind reader of
        // its recorded replies, committed before any extractor read it; tuned on since session 13's second round.
        // Read once, by the extractors after session 13's rule 17: yes/no 85.0%, 20 wrong; letters 85.3%, 12; numbers
        // 76.7%, 14; and after rule 18, tuned on it: yes/no 85.7%, 18; and after session 14's rule 19: yes/no 84.7%,
        // 17; and after session 15's rule 22: letters 87.3%, 9; and after session 16's rule 23: yes/no 85.7%, 17; and
        // number rules 30-34: numbers 80.0%, 14; and after session 17's rule 36: yes/no 85.3%, 17 (a small model's sum
        // that says the number is divisible and leaves a remainder, then "The answer is yes", now gives none); and after
        // session 18's number rule 43: numbers 80.7%, 14.
        TuningPart(
            split: "fresh7",
            replies: 150,
            floors: ["yes-no": (0.85, 17), "letter": (0.87, 9), "number": (0.805, 14)],
            secondReader: (alike: true, atLeast: 89)
        ),
        // fresh8: labelled blind in session 13 like fresh7; tuned on since session 14. Read once, by the extractors
        // after session 13's rules 17 and 18: yes/no 85.7%, 22 wrong; letters 86.7%, 14; numbers 82.7%, 14; and after
        // session 14's rule 19: yes/no 85.3%, 20 (letters and numbers unchanged: the data rejected the gate for
        // them); and after session 15's rule 22: yes/no 85.3%, 19; letters 88.7%, 11; numbers 84.0%, 13; and after
        // session 16's rules 28 and 23: yes/no 87.7%, 14; letters 90.0%, 9; and number rules 30-34: numbers 89.3%, 12; and
        // after session 18's reading of "Yes or no?" questions: yes/no 87.7%, 15 ("It's free with new tyres. It costs 8
        // dollars a wheel." now answers yes by its first sentence).
        TuningPart(
            split: "fresh8",
            replies: 150,
            floors: ["yes-no": (0.875, 15), "letter": (0.895, 9), "number": (0.89, 12)],
            secondReader: (alike: true, atLeast: 87)
        ),
        // fresh9: labelled blind in session 14 like fresh7; tuned on since session 15. Read once, by the extractors
        // after session 14's rule 19: yes/no 83.0%, 22 wrong; letters 84.7%, 7; numbers 80.0%, 11; and after session
        // 15's rule 22, tuned on it: yes/no 83.3%, 20; letters 86.7%, 4; numbers 80.0%, 11; and after session 16's
        // rule 23: yes/no 84.3%, 16; letters 87.3%, 4; and number rules 30-34: numbers 83.3%, 11; and after session 18's
        // rules: yes/no 85.7%, 15; numbers 84.0%, 12.
        TuningPart(
            split: "fresh9",
            replies: 150,
            floors: ["yes-no": (0.855, 15), "letter": (0.87, 4), "number": (0.835, 12)],
            secondReader: (alike: true, atLeast: 87)
        ),
        // fresh10: labelled blind in session 15 like fresh7; tuned on since session 16. Read once, by the extractors
        // with rules 1-21: yes/no 81.0%, 20 wrong; letters 80.7%, 10; numbers 82.0%, 14; and after session 15's rule 22
        // (not tuned on it): yes/no 81.3%, 19; letters 80.7%, 8; and after session 16's rule 23 and number rules 30-34,
        // tuned on it: yes/no 83.3%, 15; letters 82.7%, 7; numbers 85.3%, 12; and after session 18's rules: yes/no 84.0%,
        // 13; numbers 87.3%, 10; letters 83.3%, 7 (rule 44's ticked table row), 84.0%, 7 (rule 45).
        TuningPart(
            split: "fresh10",
            replies: 150,
            floors: ["yes-no": (0.84, 13), "letter": (0.835, 7), "number": (0.87, 10)],
            secondReader: (alike: true, atLeast: 87)
        ),
        // fresh11: labelled blind in session 16 like fresh7; tuned on since session 16's second round. Read once with rules
        // 1-22: yes/no 75.0%, 36 wrong; letters 88.7%, 7; numbers 72.0%, 20; and once with rules 1-34 (not tuned on it):
        // yes/no 75.7%, 35; letters 88.7%, 7; numbers 75.3%, 19. Session 16's second round, rule 24: yes/no 79.7%, 27.
        // Session 18's rules: yes/no 81.0%, 26; numbers 76.7%, 19, and 78.7%, 19 after number rule 43; letters 89.3%, 7,
        // and 90.0%, 7 after rule 45.
        TuningPart(
            split: "fresh11",
            replies: 150,
            floors: ["yes-no": (0.805, 26), "letter": (0.895, 7), "number": (0.785, 19)],
            secondReader: (alike: true, atLeast: 89)
        ),
        // fresh12: labelled blind in session 16 like fresh7; tuned on since session 17. Read once with rules 1-22:
        // yes/no 83.7%, 24 wrong; letters 88.0%, 10; numbers 86.0%, 7; and once with rules 1-34 (not tuned on it):
        // yes/no 84.7%, 24; letters 88.0%, 10; numbers 86.0%, 7; and after session 18's rules: numbers 88.0%, 7, and
        // 90.0%, 7 after number rule 43.
        TuningPart(
            split: "fresh12",
            replies: 150,
            floors: ["yes-no": (0.845, 24), "letter": (0.88, 10), "number": (0.895, 7)],
            secondReader: (alike: true, atLeast: 86)
        ),
        // fresh13: labelled blind in session 17 like fresh7; tuned on since session 18. Read once with rules 1-34:
        // yes/no 84.7%, 16 wrong; letters 88.7%, 8; numbers 82.0%, 10; and with rules 1-37 (not tuned on it): the same; and
        // after session 18's rules 38-41, tuned on it: yes/no 85.0%, 16; numbers 84.7%, 10; and rule 42 and rule 35's
        // fillers and adjuncts: yes/no 86.0%, 13; and rule 22's concessions and rule 8's modified predicate: 86.7%, 13;
        // and number rule 43: numbers 86.0%, 10; and rule 44: letters 90.0%, 8.
        TuningPart(
            split: "fresh13",
            replies: 150,
            floors: ["yes-no": (0.865, 13), "letter": (0.895, 8), "number": (0.855, 10)],
            secondReader: (alike: true, atLeast: 88)
        ),
        // fresh14: labelled blind in session 18 like fresh7; tuned on since session 19. Read once with rules 1-37:
        // yes/no 86.0%, 11 wrong; letters 88.0%, 6; numbers 76.0%, 19; and with rules 1-46 (not tuned on it): yes/no
        // 85.7%, 11; letters 88.0%, 6; numbers 78.7%, 20; and after session 19's rules, tuned on it: yes/no 88.0%, 7;
        // letters 90.0%, 5; numbers 82.0%, 17; and after session 20's: yes/no 88.7%, 5; numbers 82.7%, 16.
        TuningPart(
            split: "fresh14",
            replies: 150,
            floors: ["yes-no": (0.885, 5), "letter": (0.895, 5), "number": (0.825, 16)],
            secondReader: (alike: true, atLeast: 87)
        ),
        // fresh15: labelled blind in session 19 like fresh7; tuned on since session 20. Read once with rules 1-46: yes/no
        // 86.0%, 22 wrong; letters 91.3%, 9; numbers 79.3%, 20; and with rules 1-53 (not tuned on it): yes/no 86.7%, 22;
        // letters 91.3%, 9; numbers 79.3%, 20; and with rules 1-56: yes/no 86.7%, 22; letters 91.3%, 9; numbers 80.0%, 20;
        // and after session 20's rules 57-65, tuned on it: yes/no 88.7%, 19; letters 92.7%, 8; numbers 83.3%, 18.
        TuningPart(
            split: "fresh15",
            replies: 150,
            floors: ["yes-no": (0.885, 19), "letter": (0.925, 8), "number": (0.83, 18)],
            secondReader: (alike: true, atLeast: 89)
        ),
        // fresh16: labelled blind in session 20 like fresh7; tuned on since session 20's second round. Read with rules
        // 1-56, 1-61 and 1-62: yes/no 85.0%, 28 wrong; letters 90.0%, 9; numbers 78.0%, 12; and with rules 1-65 (not
        // tuned on it): the same but numbers 78.7%, 12.
        TuningPart(
            split: "fresh16",
            replies: 150,
            floors: ["yes-no": (0.85, 28), "letter": (0.9, 9), "number": (0.785, 12)],
            secondReader: (alike: true, atLeast: 90)
        ),
        // fresh17: labelled blind in session 20 (during its second round) like fresh7; tuned on since session 21. Read
        // with rules 1-56: yes/no 89.7%, 11 wrong; letters 91.3%, 7; numbers 83.3%, 14; and with rules 1-67 (not tuned
        // on it): yes/no 90.0%, 10; letters 92.7%, 7; numbers 83.3%, 14.
        TuningPart(
            split: "fresh17",
            replies: 150,
            floors: ["yes-no": (0.895, 10), "letter": (0.925, 7), "number": (0.83, 14)],
            secondReader: (alike: true, atLeast: 87)
        ),
        // fresh18: labelled blind in session 21 like fresh7; tuned on since session 21's second round. Read with rules
        // 1-67: yes/no 87.0%, 18 wrong; letters 91.3%, 7; numbers 83.3%, 14; and with rules 1-72 (not tuned on it):
        // yes/no 87.0%, 18; letters 92.0%, 7; numbers 83.3%, 14.
        TuningPart(
            split: "fresh18",
            replies: 150,
            floors: ["yes-no": (0.87, 18), "letter": (0.92, 7), "number": (0.83, 14)],
            secondReader: (alike: true, atLeast: 89)
        ),
        // fresh19: labelled blind in session 21's second round like fresh7; tuned on since the end of session 21. Read
        // with rules 1-72: yes/no 86.0%, 22 wrong; letters 85.3%, 9; numbers 81.3%, 11; with rules 1-75: yes/no 85.7%,
        // 23; letters 85.3%, 9; numbers 80.7%, 12; and after the review of rules 68-75 (not tuned on it): yes/no 85.7%,
        // 23; letters 85.3%, 9; numbers 81.3%, 11.
        TuningPart(
            split: "fresh19",
            replies: 150,
            floors: ["yes-no": (0.855, 23), "letter": (0.85, 9), "number": (0.81, 11)],
            secondReader: (alike: true, atLeast: 90)
        ),
        // fresh20: labelled blind at the start of session 22 like fresh7; tuned on since. Read with rules 1-78: yes/no
        // 88.3%, 18 wrong; letters 86.0%, 11; numbers 87.3%, 13; with rules 1-81: yes/no 88.7%, 17; the rest equal.
        TuningPart(
            split: "fresh20",
            replies: 150,
            floors: ["yes-no": (0.886, 17), "letter": (0.86, 11), "number": (0.873, 13)],
            secondReader: (alike: true, atLeast: 89)
        ),
        // fresh21: labelled blind in session 22's second round like fresh7; tuned on since. Read with rules 1-78: yes/no
        // 87.7%, 17 wrong; letters 85.3%, 14; numbers 84.7%, 16; with rules 1-81: yes/no 88.3%, 15; letters 85.3%, 14;
        // numbers 85.3%, 15; with rules 1-88: yes/no 88.3%, 15; letters 86.0%, 13; numbers 86.0%, 14.
        TuningPart(
            split: "fresh21",
            replies: 150,
            floors: ["yes-no": (0.883, 15), "letter": (0.86, 13), "number": (0.86, 14)],
            secondReader: (alike: true, atLeast: 90)
        ),
        // fresh22: labelled blind in session 22's third round like fresh7; tuned on since session 23. Read with rules
        // 1-78: yes/no 85.7%, 15 wrong; letters 85.3%, 11; numbers 82.0%, 17; with rules 1-88: yes/no 85.7%, 15;
        // letters 88.0%, 9; numbers 82.7%, 16; with rules 1-94: yes/no 85.3%, 15; letters 89.3%, 9; numbers 82.7%, 16.
        TuningPart(
            split: "fresh22",
            replies: 150,
            floors: ["yes-no": (0.853, 15), "letter": (0.893, 9), "number": (0.826, 16)],
            secondReader: (alike: true, atLeast: 90)
        ),
        // fresh23: labelled blind in session 23 like fresh7; tuned on since session 23's second round. Read with rules
        // 1-94: yes/no 84.7%, 17 wrong; letters 88.7%, 11; numbers 82.7%, 12; with rules 1-103: yes/no 84.7%, 17;
        // letters 89.3%, 10; numbers 83.3%, 11.
        TuningPart(
            split: "fresh23",
            replies: 150,
            floors: ["yes-no": (0.846, 17), "letter": (0.893, 10), "number": (0.833, 11)],
            secondReader: (alike: true, atLeast: 90)
        ),
        // fresh24: labelled blind in session 23's second round like fresh7 (its second reader, who did not see the first
        // reader's README, agrees on 169/180, 90/90, 86/90); tuned on since session 23's third round.
        // Read with rules 1-103: yes/no 83.3%, 18 wrong; letters 92.0%, 6; numbers 87.3%, 6; with rules 1-110: yes/no
        // 83.7%, 18; the rest equal.
        TuningPart(
            split: "fresh24",
            replies: 150,
            floors: ["yes-no": (0.836, 18), "letter": (0.92, 6), "number": (0.873, 6)],
            secondReader: (alike: true, atLeast: 86)
        ),
    ]

    @Test(
        "each fresh set that was blind once and is tuned on since keeps its figures (its misses are printed)",
        arguments: tuningParts,
        ["yes-no", "letter", "number"]
    )
    func tuningPart(_ part: TuningPart, kind: String) throws {
        try Self.part(part.split, kind: kind, replies: part.replies, floors: part.floors)
        if let reader = part.secondReader {
            let readers = try Self.readers(set: "extraction-" + part.split, kind: kind)
            #expect((reader.alike ? readers.both : readers.first).replies >= reader.atLeast)
        }
    }

    /// The split of the next blind part (its replies in `Fixtures/extraction-<split>/`), nil until one is wired in:
    /// set it to the new set's split (such as "fresh12") to measure it. A blind part is never tuned on: only its
    /// totals per category print, never its rows.
    static let blindPart: String? = "fresh25"

    /// Whether the blind part's set directory is in the fixtures: it is made by another session, and until it is
    /// merged the blind test is skipped.
    static let hasBlindPart =
        blindPart.map {
            FileManager.default.fileExists(atPath: RepositoryPaths.fixtures + "/extraction-" + $0)
        } ?? false

    /// The blind part's figures when it was first read with the rules it is measured against, as floors: it must not
    /// get worse. fresh25 (session 23's third round) read with the round's start rules (1-110, at 88fff8c) and with
    /// rules 1-116 (at f46c63f) alike: yes/no 84.7%, 17 wrong; letters 86.7%, 10; numbers 79.3%, 10, its floors. Never
    /// tuned on.
    static let blindFloors: [String: (share: Double, wrong: Int)] = [
        "yes-no": (0.846, 17), "letter": (0.866, 10), "number": (0.793, 10),
    ]

    @Test(
        "the blind part's replies (never tuned on) agree on at least 95%, at most 1 wrong per 150 (known gap)",
        .enabled(if: hasBlindPart),
        arguments: ["yes-no", "letter", "number"]
    )
    func blind(kind: String) throws {
        let split = try #require(Self.blindPart)
        let replies = try Self.load(set: "extraction-" + split, kind: kind)
        let part = Self.report(kind, replies)[split] ?? Tally()
        #expect(part.replies >= 150, "\(kind) \(split): \(part.line)")
        Self.expect(part, atLeast: try #require(Self.blindFloors[kind]), "\(kind) \(split)")
        let hasSecondReader = FileManager.default.fileExists(
            atPath: RepositoryPaths.fixtures + "/extraction-\(split)/labels-second.tsv"
        )
        let both = hasSecondReader ? try Self.readers(set: "extraction-" + split, kind: kind).both : part
        withKnownIssue("the blind part below the goal", isIntermittent: true) {
            #expect(Double(part.agreed) >= 0.95 * Double(part.replies), "\(kind) \(split): \(part.line)")
            #expect(Double(part.wrong) <= Double(part.replies) / 150, "\(kind) \(split): \(part.line)")
            #expect(Double(both.wrong) <= Double(both.replies) / 150, "\(kind) \(split) both readers: \(both.line)")
        }
    }

    /// Reads the fresh part `split` (its set directory `extraction-<split>/`) for `kind`, printing its figures;
    /// records an issue when it has fewer than `replies` replies or falls below `floors[kind]`.
    @discardableResult
    static func part(
        _ split: String,
        kind: String,
        replies: Int,
        floors: [String: (share: Double, wrong: Int)]
    ) throws -> Tally {
        let part = report(kind, try load(set: "extraction-" + split, kind: kind))[split] ?? Tally()
        #expect(part.replies >= replies, "\(kind) \(split): \(part.line)")
        expect(part, atLeast: try #require(floors[kind]), "\(kind) \(split)")
        return part
    }

    /// The figures on a set's recorded replies against its first reader, its second (labels-second.tsv, labelled
    /// blind to the first one's labels), and on the replies both read alike; printed, since they tell label noise
    /// from misreading.
    static func readers(set: String, kind: String) throws -> (first: Tally, second: Tally, both: Tally) {
        let second = try secondLabels(set: set)
        var readers = (first: Tally(), second: Tally(), both: Tally())
        for reply in try load(set: set, kind: kind) {
            guard let other = second[reply.id] else { continue }
            let read = read(reply, kind: kind)
            readers.first.add(label: reply.label, read: read)
            readers.second.add(label: other, read: read)
            if other == reply.label { readers.both.add(label: other, read: read) }
        }
        print("\(kind) \(set) smollm2, first reader: \(readers.first.line)")
        print("\(kind) \(set) smollm2, second reader: \(readers.second.line)")
        print("\(kind) \(set) smollm2, both readers alike: \(readers.both.line)")
        return readers
    }

    /// The second reader's labels of a set's recorded replies, by id (`labels-second.tsv`).
    static func secondLabels(set: String) throws -> [String: String] {
        let path = RepositoryPaths.fixtures + "/\(set)/labels-second.tsv"
        var labels: [String: String] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#")
        {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            labels[String(fields[0])] = String(fields[1])
        }
        return labels
    }

    @Test("the corpus is large enough, held out by group, with real model replies and hard `none` cases")
    func shape() throws {
        let yesNo = try Self.load("yes-no.jsonl")
        let letters = try Self.load("letter.jsonl")
        let numbers = try Self.load("number.jsonl")
        #expect(yesNo.count >= 600)
        #expect(letters.count >= 300)
        #expect(numbers.count >= 300)
        #expect(numbers.filter { $0.label == "none" }.count >= 50)
        #expect(Set(numbers.filter { $0.split == "held-out" }.map(\.category)).count >= 10)
        let all = yesNo + letters + numbers
        #expect(all.filter { $0.category == "smollm2" }.count >= 150)
        #expect(all.filter { $0.label == "none" }.count >= 150)
        #expect(Double(all.filter { $0.split == "held-out" }.count) >= 0.3 * Double(all.count))
        // A group (a template and its instances) lies entirely in one part.
        let splits = Dictionary(grouping: all, by: \.group).mapValues { Set($0.map(\.split)) }
        #expect(splits.values.allSatisfy { $0.count == 1 })
        // The fresh part: new questions, real replies of the small model and replies written in the manner of
        // current chat models, all in the fresh split.
        let fresh = try ["yes-no", "letter", "number"].flatMap(Self.load(kind:)).filter { $0.id.hasPrefix("fresh-") }
        #expect(fresh.allSatisfy { $0.split == "fresh" && splits[$0.group] == nil })
        func count(_ kind: String, smollm2: Bool) throws -> Int {
            try Self.load(kind: kind).filter { $0.split == "fresh" && ($0.category == "smollm2") == smollm2 }.count
        }
        #expect(try count("yes-no", smollm2: true) >= 200 && count("yes-no", smollm2: false) >= 120)
        #expect(try count("number", smollm2: true) >= 120 && count("number", smollm2: false) >= 60)
        #expect(try count("letter", smollm2: true) >= 60)
        #expect(Set((yesNo + letters).map(\.label)).isSubset(of: ["yes", "no", "none", "A", "B", "C", "D", "E"]))
        #expect(numbers.allSatisfy { $0.label == "none" || Double($0.label) != nil })
    }
}
