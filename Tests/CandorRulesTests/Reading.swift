import CandorRules

/// What the lenient readers make of a reply to a prompt, as the extraction tests compare it: the answer's description
/// ("yes", "B", "7488", "unparsed", "evasive").
enum Reading {
    static func yesNo(_ reply: String, to prompt: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).description
    }

    static func number(_ reply: String, to prompt: String) -> String {
        NumberExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).description
    }

    static func letter(_ reply: String, options: [String: String]) -> String {
        LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options).extract(reply).description
    }
}
