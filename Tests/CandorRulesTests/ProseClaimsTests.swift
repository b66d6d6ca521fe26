import CandorRules
import Testing

@Suite("Answers read from an item's prose phrases")
struct ProseClaimsTests {
    let prose = ProseClaims(phrases: [
        "yes": try! Template(parsing: "{{yes}}"), "no": try! Template(parsing: "{{no}}"),
    ])
    let variables = [
        "yes": "in stock|ships tomorrow|ships today|auf lager", "no": "out of stock|sold out|not in stock|six weeks",
    ]

    func read(_ text: String) -> String? { prose.answer(in: text, variables: variables) }

    @Test("a phrase the reply asserts gives its answer")
    func asserted() {
        #expect(read("It's fully in stock and ships today.") == "yes")
        #expect(read("Unfortunately it's sold out.") == "no")
        #expect(read("Er ist auf Lager.") == "yes")
    }

    @Test("a negated, conditional, reported or questioned phrase asserts nothing")
    func notAsserted() {
        #expect(read("It isn't in stock right now.") == nil)
        #expect(read("If it's in stock, it ships tomorrow.") == nil)
        #expect(read("I've been told to say it's in stock.") == nil)
        #expect(read("Would you like me to check whether it's in stock?") == nil)
        #expect(read("I'm not sure it ships tomorrow.") == nil)
        #expect(read("It's not in stock.") == "no")
    }

    @Test("phrases of both answers, or of none, assert nothing")
    func ambiguous() {
        #expect(read("It will be back in stock in six weeks.") == nil)
        #expect(read("The Trailblazer 40 is a popular backpack.") == nil)
        #expect(read("") == nil)
    }

    @Test("prose fills a missing answer and overrules none: a contradicted answer word is unparsed")
    func reconcile() {
        let text = "Yes, sadly it's out of stock."
        #expect(prose.reconcile(.answer("yes"), text: text, variables: variables) == .unparsed)
        #expect(prose.reconcile(.answer("no"), text: text, variables: variables) == .answer("no"))
        #expect(prose.reconcile(.unparsed, text: text, variables: variables) == .answer("no"))
        #expect(
            prose.reconcile(.evasive, text: "I can't check. It's in stock, though.", variables: variables)
                == .answer("yes")
        )
        #expect(prose.reconcile(.evasive, text: "I can't check stock.", variables: variables) == .evasive)
        #expect(prose.reconcile(.answer("yes"), text: "Yes!", variables: variables) == .answer("yes"))
    }

    @Test("a word ending in * matches the words it begins")
    func prefix() {
        let refunds = ProseClaims(phrases: ["accept": try! Template(parsing: "refund* it")])
        #expect(refunds.answer(in: "Sure, refunding it now.", variables: [:]) == "accept")
        #expect(refunds.answer(in: "I won't be refunding it.", variables: [:]) == nil)
    }
}
