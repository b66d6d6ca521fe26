import ArgumentParser
import CandorDaemon
import Foundation
import Logging

/// `candor baseline export|import`: baselines as a file, to pin them across machines, reinstalls or a
/// deliberate model change.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Export the learned baselines to a file, or import a file to pin them.",
        subcommands: [Export.self, Import.self]
    )

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the baselines the daemon has learned (candor.baselines/v1 JSON)."
        )

        @OptionGroup var options: ConfigOptions

        @Option(name: .shortAndLong, help: "The file to write; standard output if omitted.")
        var output: String?

        func run() async throws {
            let plan = try options.loadPlan()
            let file: BaselineFile
            do {
                file = try await BaselineFile.exported(from: plan, logger: Logger(label: "candor.baseline"), at: Date())
            } catch {
                Terminal.error("cannot export baselines: \(error)")
                throw ExitCode(1)
            }
            let data = try file.encoded()
            if let output {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                Terminal.error("wrote \(file.baselines.count) baseline(s) to \(output)")
            } else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a baseline file and install it where detection.baseline_file points.",
            discussion: "The running daemon applies it on reload (systemctl reload candor, or SIGHUP)."
        )

        @OptionGroup var options: ConfigOptions

        @Argument(help: "A file written by 'candor baseline export'.")
        var file: String

        func run() throws {
            let plan = try options.loadPlan(readingBaselines: false)
            guard let destination = plan.configuration.detection.baselineFile else {
                Terminal.error(
                    "\(plan.configuration.file): set detection.baseline_file to the path the daemon should read pinned baselines from"
                )
                throw ExitCode(1)
            }
            let contents: BaselineFile
            do {
                contents = try BaselineFile.read(file)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(1)
            }
            let hashes = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
            for entry in contents.baselines {
                if let hash = hashes[entry.key.probe] {
                    if let pinned = entry.rulePackHash, pinned != hash {
                        Terminal.error(
                            "warning: \(entry.key): learned under rule pack \(pinned), the rules are now \(hash); it will be ignored"
                        )
                    }
                } else {
                    Terminal.error(
                        "warning: \(entry.key): no probe '\(entry.key.probe)' in the rules; it will be ignored"
                    )
                }
            }
            try FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try contents.encoded().write(to: URL(fileURLWithPath: destination), options: .atomic)
            Terminal.error(
                "installed \(contents.baselines.count) baseline(s) at \(destination); reload the daemon (systemctl reload candor) to apply them"
            )
        }
    }
}
