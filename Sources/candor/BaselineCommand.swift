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
            discussion: """
                The running daemon applies it on reload (systemctl reload candor, or SIGHUP). With --from-target \
                and --to-target, the baselines one target learned are given to another (a new deployment of the \
                same model, to skip its warm-up); they are marked as imported wherever the baseline shows.
                """
        )

        @OptionGroup var options: ConfigOptions

        @Argument(help: "A file written by 'candor baseline export'.")
        var file: String

        @Option(help: "Take the baselines this target learned (a target name in the file)…")
        var fromTarget: String?

        @Option(help: "…and install them for this target of the config, marked as imported.")
        var toTarget: String?

        func validate() throws {
            guard (fromTarget == nil) == (toTarget == nil) else {
                throw ValidationError(
                    "--from-target and --to-target go together: name the target the baselines were learned on and the one to give them to"
                )
            }
            if let fromTarget, fromTarget == toTarget {
                throw ValidationError(
                    "--from-target and --to-target both name '\(fromTarget)'; without them a file's baselines keep their own targets"
                )
            }
        }

        func run() throws {
            let plan = try options.loadPlan(readingBaselines: false)
            guard let destination = plan.configuration.detection.baselineFile else {
                Terminal.error(
                    "\(plan.configuration.file): set detection.baseline_file to the path the daemon should read pinned baselines from"
                )
                throw ExitCode(1)
            }
            var contents: BaselineFile
            do {
                contents = try BaselineFile.read(file)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(1)
            }
            if let fromTarget, let toTarget {
                let moved = try Self.moved(contents.baselines, from: fromTarget, to: toTarget, plan: plan, file: file)
                // Added to the baselines already installed: only the target's own signals are replaced.
                let keys = Set(moved.map(\.key))
                let installed =
                    FileManager.default.fileExists(atPath: destination)
                    ? (try? BaselineFile.read(destination))?.baselines ?? [] : []
                contents.baselines = installed.filter { !keys.contains($0.key) } + moved
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

        /// The baselines of `source` in `baselines`, given to `target` and marked as imported from `source`.
        ///
        /// - Throws: `ExitCode(1)`, after saying why, when `target` is not in the config or `file` has no
        ///   baseline of `source`.
        static func moved(
            _ baselines: [PinnedBaseline],
            from source: String,
            to target: String,
            plan: Plan,
            file: String
        ) throws -> [PinnedBaseline] {
            guard plan.configuration.targets.contains(where: { $0.name == target }) else {
                Terminal.error(
                    "\(plan.configuration.file): no target '\(target)'; --to-target names one of: "
                        + plan.configuration.targets.map(\.name).joined(separator: ", ")
                )
                throw ExitCode(1)
            }
            let learned = baselines.filter { $0.key.target == source }
            guard !learned.isEmpty else {
                let targets = Set(baselines.map(\.key.target)).sorted()
                Terminal.error(
                    "\(file): no baseline of target '\(source)'; the file has baselines of: "
                        + (targets.isEmpty ? "none" : targets.joined(separator: ", "))
                )
                throw ExitCode(1)
            }
            return learned.map { entry in
                var entry = entry
                entry.key = SignalKey(target: target, probe: entry.key.probe, signal: entry.key.signal)
                entry.importedFrom = entry.importedFrom ?? source
                return entry
            }
        }
    }
}
