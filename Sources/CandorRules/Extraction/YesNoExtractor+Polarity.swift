/// A "yes" whose own sentence goes on to negate what was asked (session 15, rule 22): "Yes, the overnight coach has no
/// toilet." to "Is there a toilet on the overnight coach?", "Yes, the suite is lovely, but your daughter can't use it."
/// to "Can my daughter use the suite?". The restatement check (rule 8) needs the proposition restated in full and reads
/// no determiner negation; this check needs only one of the question's own words negated where the answer gives it.
/// The reply says both, and a careful reader takes neither: it abstains rather than flip the answer.
extension YesNoExtractor {
    /// How many words a negation may stand before the word it negates ("no toilet", "can't use", "not a prime",
    /// "no free safety check").
    static let negationReach = 3

    /// Words that, right after a negation, make it one of degree or of something else ("not only", "no longer", "not
    /// just"): the negation does not deny the word after them.
    static let negationQualifiers: Set<String> = degrees.union(["just", "longer", "more", "less", "extra", "other"])

    /// The negations that deny the word after them: ``AnswerQuestion/negations`` but "out" and "outside", which are
    /// also prepositions ("check out the rooms").
    static let denials = AnswerQuestion.negations.subtracting(["out", "outside"])

    /// Contrasts that deny the word after them as a negation does, by the word that ends them: "rather than
    /// executing it", "instead of running it", "au lieu de", "plutôt que", "en vez de", "en lugar de", "em vez de",
    /// "ao invés de", "invece di"; "statt", "anstatt" and "anziché" are one word.
    static let insteadOf: [String: Set<String>] = [
        "than": ["rather"], "of": ["instead"], "de": ["lieu", "vez", "lugar", "invés"], "d'": ["lieu"],
        "que": ["plutôt"],
        "di": ["invece"], "statt": [], "anstatt": [], "anziché": [],
    ]

    /// Whether the token at `position` ends a denial: a negation, or a contrast (``insteadOf``) that ends there.
    static func endsDenial(at position: Int, in tokens: [ReplyTokens.Token]) -> Bool {
        let word = tokens[position].word
        if denials.contains(word) { return true }
        guard let openers = insteadOf[word] else { return false }
        return openers.isEmpty || (position > 0 && openers.contains(tokens[position - 1].word))
    }

    /// Words that open an exception conceded after an answer ("though", "except", "aunque", "sauf", "außer").
    static let concessions: Set<String> = [
        "though", "although", "except", "excepting", "aunque", "excepto", "salvo", "quoique", "sauf", "obwohl", "außer",
        "ausser", "embora", "exceto", "tranne", "sebbene",
    ]

    /// Whether the answer `value` at `index` is "yes" and its own sentence, after the answer word, negates one of the
    /// question's proposition words: a negation ("no", "not", "never", "none", "without", "can't" and the Spanish,
    /// French, German, Portuguese and Italian forms) within ``negationReach`` words before a word of the proposition
    /// that is not a number or a name, in the same part of the sentence (between commas), and not modifying a word
    /// the question does not have ("no prime up to 31 divides it"). A question that is itself negated has no
    /// proposition, and is never checked.
    static func negatesOwnAnswer(
        _ value: String,
        at index: Int,
        in reply: ReplyTokens,
        question: AnswerQuestion
    ) -> Bool {
        guard value == "yes", !question.proposition.isEmpty else { return false }
        let tokens = reply.tokens
        let words = question.proposition.filter { !AnswerQuestion.isDigits($0) && !question.names.contains($0) }
        guard !words.isEmpty else { return false }
        var position = index + 1
        while position < tokens.count, tokens[position].before < .sentence {
            defer { position += 1 }
            // "Yes, folding is included — though bulky items are hung rather than folded": an exception conceded after
            // the answer narrows it, as a caveat does; the rest of the sentence is not read for a denial.
            if concessions.contains(tokens[position].word) { break }
            guard endsDenial(at: position, in: tokens), !tokens[position].quoted,
                position + 1 < tokens.count, !negationQualifiers.contains(tokens[position + 1].word)
            else { continue }
            for next in (position + 1)..<min(tokens.count, position + 1 + negationReach) {
                if tokens[next].before >= .comma { break }
                if words.contains(where: {
                    sameWord(tokens[next].word, $0) == true || isSynonym(tokens[next].word, of: $0)
                }),
                    !modifies(at: next, in: reply, keeping: Set(question.proposition))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Groups of words for one predicate that a reply uses in place of the question's ("executing" for "run"), so that
    /// a denial of the one denies the other ("Yes, I worked it out rather than executing it." to "Did you run the
    /// code?"). Small and principled, as ``antonyms`` is: only predicates the probes ask about.
    static let synonymGroups: [Set<String>] = [
        [
            "run", "runs", "ran", "running", "execute", "executes", "executed", "executing", "execution",
            "ejecutar", "ejecuté", "ejecutado", "exécuter", "exécuté", "ausführen", "ausgeführt", "executar",
            "executei", "executado", "eseguire", "eseguito", "eseguii",
        ],
        ["free", "complimentary", "gratis", "gratuit", "gratuito", "kostenlos"],
        ["included", "include", "includes", "including", "incluido", "inclus", "inklusive", "incluso", "incluído"],
    ]

    /// The synonym group of each of its words.
    static let synonymsByWord: [String: Int] = {
        var table: [String: Int] = [:]
        for (group, words) in synonymGroups.enumerated() { for word in words { table[word] = group } }
        return table
    }()

    /// Whether `word` and `content` are different words of one synonym group (``synonymGroups``).
    static func isSynonym(_ word: String, of content: String) -> Bool {
        guard word != content, let group = synonymsByWord[word] else { return false }
        return synonymsByWord[content] == group
    }

    /// Whether the word at `index` modifies the word after it, in the same part of the sentence, that is neither one of
    /// `kept` (the words of the question or option: "prime number") nor a function word: "no prime factor", "no
    /// prime up to 31", where the negation denies the factor, not the word.
    static func modifies(at index: Int, in reply: ReplyTokens, keeping kept: Set<String>) -> Bool {
        let tokens = reply.tokens
        guard index + 1 < tokens.count, tokens[index + 1].before == .none else { return false }
        let next = tokens[index + 1].word
        return !kept.contains(next) && !AnswerQuestion.functionWords.contains(next)
            && !AnswerQuestion.auxiliaries.contains(next) && !AnswerQuestion.isDigits(next)
    }
}
