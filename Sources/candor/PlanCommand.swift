import ArgumentParser
import CandorDaemon
import CandorDetectors
import Foundation
import Logging

/// `candor plan`: what the configuration will cost and how fast it will catch a change, before it runs: per target
/// and probe the calls and tokens per day, each signal's warm-up, and the expected time to detect the chosen change
/// of a yes/no signal's rate, within the targets' rate limits and daily token budgets and with the belief cache.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print calls and tokens per day, warm-up and time to detect a change, per target and probe.",
        discussion: """
            Figures come from the config and the rules (tokens: prompt characters / 4 + max_tokens per call), \
            and from the trials in the samples logs (log_dir, the last 7 days) where they hold at least \(MeasuredUsage.minimumTrials) \
            of a probe (measured calls, reported tokens, the share of trials a signal counts, and the rate); each \
            figure says which. The time to detect is the expected run length of the configured detector, \
            calibrated as the daemon would after the warm-up, once the rate has changed (default: doubled), at \
            the signal's sampling rate.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "The change to detect: a yes/no signal's rate multiplied by this (above 1).")
    var factor: Double = 2

    @Option(help: "The baseline rate assumed for a yes/no signal without enough measured samples.")
    var p0: Double = 0.1

    @Flag(help: "Ignore the recorded trials (the samples logs): estimates only.")
    var ignoreState = false

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard factor > 1, factor.isFinite else { throw ValidationError("--factor must be above 1, got \(factor)") }
        guard p0 > 0, p0 < 1 else { throw ValidationError("--p0 must lie strictly between 0 and 1, got \(p0)") }
    }

    func run() async throws {
        let plan = try options.loadPlan()
        let state = plan.configuration.stateDirectory
        var usage = MeasuredUsage()
        if !ignoreState {
            do {
                usage = try MeasuredUsage.read(plan: plan, logDirectory: plan.configuration.logDirectory)
            } catch {
                Terminal.error("warning: \(error); estimating without measurements")
            }
        }
        var assumptions = CostEstimate.Assumptions()
        assumptions.baselineRate = p0
        assumptions.changeFactor = factor
        let cache = CalibrationService.loadCache(
            from: state + "/calibrations.json",
            logger: Logger(label: "candor.plan")
        )
        let estimate = CostEstimate(plan: plan, usage: usage, assumptions: assumptions, cache: cache)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(estimate), as: UTF8.self))
        } else {
            print(estimate.table(plan: plan, config: options.config))
        }
    }
}
