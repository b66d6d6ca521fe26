import Testing

/// One reading rule of the answer readers, for the rule tests (`NumberDoubtTests`, `YesNoDoubtTests`): what it
/// says, and wordings, each with the question it answers and the answer a careful reader takes from it.
struct ReadingRule: Sendable, CustomTestStringConvertible {
    var name: String
    var cases: [(question: String, reply: String, expected: String)]
    var testDescription: String { name }
}
