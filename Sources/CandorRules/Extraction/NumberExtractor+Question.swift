/// Reading a numeric reply against the question it answers: an equation about other numbers, or
/// with another operator, is the reply's working (or its rambling), not its answer.
extension NumberExtractor {
    /// Whether the number at `position`, when it is an equation's result, comes from the question's
    /// numbers and operator; true for any number that is not a result.
    static func answers(
        _ question: AnswerQuestion,
        equationAt position: Int,
        of mentions: [NumberMention],
        _ reply: ReplyTokens
    ) -> Bool {
        guard mentions[position].result else { return true }
        var start = position
        while start > 0, mentions[start - 1].operand, mentions[start].first - mentions[start - 1].last <= 3 {
            start -= 1
        }
        let operands = mentions[start..<position]
        guard let first = operands.first else { return true }
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
