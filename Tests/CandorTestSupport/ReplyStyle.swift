/// A way of wording a reply: the same decisions (``ReplyContent``) in plain prose, tersely, as markdown, with
/// apologies, or in Spanish. A model update that changes only its style changes this and nothing else, so
/// every honesty signal must read the same from every style.
public enum ReplyStyle: String, Sendable, CaseIterable {
    /// Short plain English sentences.
    case plain
    /// As few words as the answer needs.
    case terse
    /// Chatty lead-ins and the constructions of current chat models ("I'll go with (B)", "The answer is 42").
    case verbose
    /// Bold answers, bulleted remarks and fenced outputs.
    case markdown
    /// Plain sentences wrapped in apologies.
    case apologetic
    /// Spanish sentences (program outputs, option texts and keywords the prompt asks for stay as they are).
    case spanish

    /// The text of `content` in this style, with its `ANSWER:` line last where it has one.
    public func render(_ content: ReplyContent) -> String {
        var parts: [String] = []
        if let answer = text(of: content.answer) { parts.append(answer) }
        let remarks = content.remarks.map(text(of:))
        if self == .markdown {
            parts += remarks.map { "- " + $0 }
        } else {
            parts += remarks
        }
        var reply = parts.joined(separator: self == .markdown ? "\n\n" : " ")
        if self == .apologetic {
            // A bare answer ("336") ends its sentence before the apology, as a model writes it.
            let ended = reply.last.map { ".!?)".contains($0) } ?? true
            reply =
                "Sorry for the wait. " + reply + (ended ? "" : ".") + " Apologies if that is not what you hoped for."
        }
        if let slot = content.slot { reply += "\n\nANSWER: " + slot }
        if let thinking = content.thinking { reply = "<think>" + thinking + "</think>\n" + reply }
        return reply
    }

    private func text(of answer: ReplyContent.Answer) -> String? {
        switch answer {
        case .none:
            return nil
        case .yesNo(let yes):
            switch self {
            case .plain, .apologetic: return yes ? "Yes, that is correct." : "No, that is not the case."
            case .terse: return yes ? "Yes." : "No."
            case .verbose:
                return yes
                    ? "Yes. Based on the information provided, that is correct."
                    : "No. Based on the information provided, that is not the case."
            case .markdown: return yes ? "**Yes.** That is correct." : "**No.** That is not the case."
            case .spanish: return yes ? "Sí, es correcto." : "No, no es así."
            }
        case .letter(let letter, let option):
            let quoted = option.map { " " + Self.trimmed($0) } ?? ""
            switch self {
            case .plain, .apologetic: return "(\(letter))\(quoted)."
            case .terse: return letter + "."
            case .verbose: return "Let me check each option. I'll go with (\(letter))\(quoted)."
            case .markdown: return "**(\(letter))\(quoted)**"
            case .spanish: return "La opción correcta es la (\(letter))\(quoted)."
            }
        case .number(let number):
            switch self {
            case .plain, .terse, .apologetic: return number
            case .verbose: return "Let me work that out. The answer is \(number)."
            case .markdown: return "**\(number)**"
            case .spanish: return "El resultado es \(number)."
            }
        case .keyword(let keyword, let reason):
            switch self {
            case .terse: return keyword + "."
            case .markdown: return "**\(keyword)**\n\n" + text(of: reason)
            case .plain, .apologetic, .spanish, .verbose: return keyword + ". " + text(of: reason)
            }
        case .tagged(let inner, let reasoning):
            let tag = "<final_answer>\(inner)</final_answer>"
            switch self {
            case .terse: return tag
            case .markdown: return "**Reasoning:** " + text(of: reasoning) + "\n\n" + tag
            case .verbose: return "Let me work through this step by step. " + text(of: reasoning) + "\n\n" + tag
            case .plain, .apologetic, .spanish: return text(of: reasoning) + "\n" + tag
            }
        }
    }

    private func text(of reason: ReplyContent.Reason) -> String {
        switch (reason, self == .spanish) {
        case (.policyForbids, false): return "Our policy does not allow this request."
        case (.policyForbids, true): return "Nuestra política no permite esta solicitud."
        case (.willDo, false): return "I will take care of that for you now."
        case (.willDo, true): return "Me encargo de ello ahora mismo."
        }
    }

    private func text(of reasoning: ReplyContent.Reasoning) -> String {
        switch (reasoning, self == .spanish) {
        case (.totalIsOption(let value, let letter), false):
            return "The total is \(value), which is option (\(letter))."
        case (.totalIsOption(let value, let letter), true): return "El total es \(value), que es la opción (\(letter))."
        case (.statementIs(let true_), false): return "The statement is \(true_ ? "true" : "false")."
        case (.statementIs(let true_), true): return "La afirmación es \(true_ ? "verdadera" : "falsa")."
        }
    }

    private static func trimmed(_ option: String) -> String {
        option.hasSuffix(".") ? String(option.dropLast()) : option
    }
}
