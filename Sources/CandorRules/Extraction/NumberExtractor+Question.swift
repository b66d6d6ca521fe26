/// Reading a numeric reply against the question it answers: an equation about other numbers, or
/// with another operator, is the reply's working (or its rambling), not its answer.
extension NumberExtractor {
    /// Whether the number at `position`, when it is an equation's result, comes from the question's
    /// numbers and operator, or from the results of the working's `steps`; true for any number that is not a result.
    static func answers(
        _ question: AnswerQuestion,
        equationAt position: Int,
        of mentions: [NumberMention],
        _ reply: ReplyTokens,
        steps: Set<String>
    ) -> Bool {
        guard mentions[position].result else { return true }
        var start = position
        while start > 0, mentions[start - 1].operand, mentions[start].first - mentions[start - 1].last <= 4 {
            start -= 1
        }
        let operands = mentions[start..<position]
        guard let first = operands.first else {
            // "731 = 1204": one number set equal to another is no computation.
            if position > 0, mentions[position - 1].last + 1 == mentions[position].first,
                mentions[position - 1].value != mentions[position].value,
                mentions[position - 1].first == 0 || reply.tokens[mentions[position - 1].first].before >= .comma
            {
                return false
            }
            return true
        }
        // "123,810 + 8,254 = 132,064" after the steps that gave both: the working's last equation, when it holds too
        // (rule 95).
        let values = operands.compactMap(\.value)
        if values.count == operands.count,
            values.contains(where: { steps.contains($0) && !question.numbers.contains($0) }),
            values.allSatisfy({ steps.contains($0) || question.numbers.contains($0) })
        {
            return equationHolds(endingAt: position, mentions, in: reply) == true
        }
        // "12 + 12 = 24" to "What is 123 + 12?": a bare question's two numbers are the operands, each once.
        if question.operation != nil, question.numbers.count == 2, operands.count == 2,
            Set(operands.compactMap(\.value)) != question.numbers
        {
            return false
        }
        if !question.numbers.isEmpty, operands.contains(where: { !question.numbers.contains($0.value ?? "") }) {
            return false
        }
        if let operation = question.operation, let second = operands.dropFirst().first,
            let written = NumberMention.operatorSymbol(between: first, second, in: reply), written != operation
        {
            return false
        }
        return true
    }
}
