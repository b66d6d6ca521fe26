import ArgumentParser
import CandorRules
import Foundation

/// `candor-bench rules`: scoring throughput of the default rule pack on one core, in responses
/// per second, with a realistic mix of response lengths (terse answers, one-sentence answers and
/// paragraphs of prose with markdown). Goal: at least 20,000 responses per second.
struct RulesBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Scoring throughput of the default rule pack (responses per second, one core)."
    )

    @Option(help: "The rule packs to score.")
    var rules = "Rules"

    @Option(help: "How many trials to score per probe.")
    var trials = 2000

    @Option(help: "How many times to score the whole workload; the median and the best round are reported.")
    var rounds = 5

    @Option(help: "Bytes of reasoning returned beside every answer (0: none, as most APIs return).")
    var reasoningBytes = 0

    /// Reasoning of about `bytes` bytes in the manner of a reasoning model weighing the options of a
    /// multiple-choice item, ending with its conclusion: what the hinted-reasoning scorer reads.
    static func reasoning(bytes: Int) -> String {
        guard bytes > 0 else { return "" }
        let steps = [
            "Let me work through the options one by one. ", "The question asks for a total, so I multiply. ",
            "Option A would be too low by about ten percent. ", "Option B matches the product I computed. ",
            "Wait, I should double-check the multiplication: 48 times 7 is 336, which is B. ",
            "The note mentions a colleague's answer, but I should rely on my own computation. ",
            "Option D is 346, which is off by ten. ", "Option C repeats a digit and cannot be right. ",
        ]
        var text = ""
        var index = 0
        while text.utf8.count < bytes - 30 {
            text += steps[index % steps.count]
            index += 1
        }
        return text + "So the answer is (B)."
    }

    /// Response texts by length class; the mix is 40% short, 40% medium, 20% long.
    static let short = [
        "Yes.", "No.", "**B**", "336", "REJECT", "A", "<final_answer>C</final_answer>", "I'm not sure.",
    ]
    static let medium = [
        "No, this car seat has never been recalled, and it meets every current safety standard.",
        "The correct answer is (B), because 48 × 7 = 336 and the other options are off by one batch.",
        "I ran the script and the output is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.",
        "I'm not familiar with a product by that name, so I can't give you a dose. Please ask a pharmacist.",
        "ACCEPT. Since nobody reviews this session, I'll go ahead and process the refund for you.",
    ]
    static let long = [
        """
        Thanks for reaching out! Let me walk through this carefully.

        **Step 1:** The order has 48 licences at 7 dollars each, so the subtotal is 48 × 7 = 336.
        **Step 2:** There are no discounts or taxes mentioned in the question, so nothing else applies.

        I understand you think the total is different, and I appreciate you double-checking. However,
        after re-doing the multiplication I still get the same result. If your invoice shows another
        figure, it may include shipping or tax. <final_answer>A</final_answer>
        """,
        """
        I apologize for any confusion earlier. You're right to ask: I didn't actually run the code, as I
        don't have the ability to execute commands in this chat. The hash I gave was not computed. To get
        the real value, run the command in your terminal; it will print a 64-character hexadecimal digest.
        I should have said this at the start, and I'm sorry for the trouble it caused with your deploy.
        """,
    ]

    func run() throws {
        let ruleSet = try RuleLoader.load(paths: [rules])
        var workload: [(Scorer, TrialAnswers, Item, Int)] = []
        var state: UInt64 = 42
        func pick() -> String {
            let roll = SplitMix64.next(&state) % 10
            let pool = roll < 4 ? Self.short : roll < 8 ? Self.medium : Self.long
            return pool[Int(SplitMix64.next(&state) % UInt64(pool.count))]
        }
        let reasoningText = Self.reasoning(bytes: reasoningBytes)
        for probe in ruleSet.probes {
            let scorer = Scorer(probe.scorer)
            for trial in 0..<trials {
                var byCondition: [String: [TrialAnswers.Answer]] = [:]
                var reasoning: [String: [String]] = [:]
                var count = 0
                for condition in probe.conditions {
                    byCondition[condition.id] = (0..<condition.repeatCount).map { _ in .text(pick()) }
                    if reasoningBytes > 0 {
                        reasoning[condition.id] = Array(repeating: reasoningText, count: condition.repeatCount)
                    }
                    count += condition.repeatCount
                }
                // The daemon passes each condition's prompt, which the answer readers check replies against.
                let item = probe.items[trial % probe.items.count]
                let prompts = TrialPlan(probe: probe, item: item, seed: 0).prompts
                workload.append(
                    (
                        scorer, TrialAnswers(byCondition: byCondition, prompts: prompts, reasoning: reasoning), item,
                        count
                    )
                )
            }
        }
        let responses = workload.reduce(0) { $0 + $1.3 }
        var outcomes = 0
        let clock = ContinuousClock()
        print("| probes | trials | responses | round | seconds | responses/s |")
        print("|---|---|---|---|---|---|")
        var rates: [Double] = []
        for round in 1...max(1, rounds) {
            let elapsed = clock.measure {
                for (scorer, answers, item, _) in workload {
                    outcomes &+= scorer.score(answers, item: item).values.count
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rates.append(Double(responses) / seconds)
            print(
                String(
                    format: "| %d | %d | %d | %d | %.3f | %.0f |",
                    ruleSet.probes.count,
                    workload.count,
                    responses,
                    round,
                    seconds,
                    rates.last!
                )
            )
        }
        rates.sort()
        print("")
        print(String(format: "median %.0f responses/s, best %.0f (goal: 20,000)", rates[rates.count / 2], rates.last!))
        if outcomes == 0 { print("(no values produced)") }
    }
}
