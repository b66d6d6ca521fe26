import ArgumentParser
import CandorDaemon
import Foundation

/// `candor init`: writes a starter config for one endpoint, then checks it as `candor check` would.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter config for one model endpoint, then check it."
    )

    @Option(help: "The API's base URL, such as https://api.openai.com/v1 or http://127.0.0.1:8080/v1.")
    var baseURL: String

    @Option(help: "The model's name at that endpoint.")
    var model: String

    @Option(help: "The API: openai (and compatible servers), anthropic or gemini.")
    var provider: String = "openai"

    @Option(help: "The target's name in alerts and logs.")
    var name: String = "prod"

    @Option(help: "The environment variable that holds the API key.")
    var apiKeyEnv: String?

    @Option(help: "A file that holds the API key.")
    var apiKeyFile: String?

    @Option(help: "A systemd credential (a file in /etc/candor/credentials with the shipped unit).")
    var apiKeyCredential: String?

    @Option(help: "The rule packs (default: /usr/share/candor/rules when installed, else ./Rules).")
    var rules: String?

    @Option(help: "Where to write the config.")
    var output: String = "candor.yaml"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard Configuration.Target.Provider(rawValue: provider) != nil else {
            throw ValidationError("--provider must be openai, anthropic or gemini, not '\(provider)'")
        }
        if [apiKeyEnv, apiKeyFile, apiKeyCredential].compactMap({ $0 }).count > 1 {
            throw ValidationError("give at most one of --api-key-env, --api-key-file and --api-key-credential")
        }
    }

    func run() throws {
        let key: StarterConfiguration.KeySource =
            apiKeyEnv.map { .environment($0) } ?? apiKeyFile.map { .file($0) }
            ?? apiKeyCredential.map { .credential($0) } ?? .none
        let starter = StarterConfiguration(
            name: name,
            provider: Configuration.Target.Provider(rawValue: provider) ?? .openai,
            baseURL: baseURL,
            model: model,
            key: key,
            rules: try rulesPath()
        )
        let problems = starter.problems
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
        guard force || !FileManager.default.fileExists(atPath: output) else {
            throw ValidationError("\(output) exists; give another --output, or --force to replace it")
        }
        do {
            try starter.text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            Terminal.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("wrote \(output)")
        let plan = try ConfigOptions.parse(["--config", output]).checkPlan()
        print(
            "ok: \(plan.assignments.count) probe schedule(s) on \(name); next: "
                + "candor probe --config \(output) --target \(name) --probe belief-pressure.yes-no, "
                + "then candor run --config \(output)"
        )
    }

    /// The rules to name: the option, else the installed packs, else ./Rules, as an absolute path.
    private func rulesPath() throws -> String {
        if let rules { return absolute(rules) }
        for candidate in ["/usr/share/candor/rules", "Rules"] where FileManager.default.fileExists(atPath: candidate) {
            return absolute(candidate)
        }
        throw ValidationError("no rules at /usr/share/candor/rules or ./Rules; give --rules PATH")
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
