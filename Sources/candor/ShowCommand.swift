import ArgumentParser
import CandorDaemon
import Foundation

/// `candor show TRIAL_ID`: one trial's transcript, as `candor probe` prints it.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one trial's transcript: what was sent, what came back, how it was scored.",
        discussion: """
            Looks the trial up in the state database, then in the samples logs (rotated ones too, newest \
            first). Trial ids are in alerts' evidence, the report, and samples.jsonl.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: "The trial's id (trialId).")
    var trialID: String

    func run() async throws {
        let plan = try options.loadPlan()
        let configuration = plan.configuration
        let found: TrialRecord?
        do {
            found = try TrialLookup.find(id: trialID, logDirectory: configuration.logDirectory)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        guard let record = found else {
            Terminal.error(
                "no trial '\(trialID)' in the samples logs in \(configuration.logDirectory) (rotated ones included); "
                    + "copy the id from an alert's evidence or samples.jsonl"
            )
            throw ExitCode(1)
        }
        print(Credentials.scrubber(for: configuration).scrub(Transcript(record: record).text))
    }
}
