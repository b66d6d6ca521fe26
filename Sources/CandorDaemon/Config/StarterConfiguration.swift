import Foundation

/// The first config of a new user, as `candor init` writes it: one target at the endpoint they name, the
/// default rules, every probe of the pack at its own schedule, alerts to a file. Values from the command
/// line are written as quoted YAML strings, so a URL or a name can never change the file's structure.
public struct StarterConfiguration: Sendable {
    /// Where the key comes from (never the key itself: a config file is not a secret store).
    public enum KeySource: Sendable, Hashable {
        /// No key: a local or keyless endpoint.
        case none
        /// `api_key_env: NAME`.
        case environment(String)
        /// `api_key_file: PATH`.
        case file(String)
        /// `api_key_credential: NAME` (a file in `/etc/candor/credentials` with the shipped unit).
        case credential(String)
    }

    /// The target's name.
    public var name: String
    /// `openai`, `anthropic` or `gemini`.
    public var provider: Configuration.Target.Provider
    /// The API's base URL, such as `https://api.openai.com/v1`.
    public var baseURL: String
    /// The model's name at that endpoint.
    public var model: String
    /// Where the key comes from.
    public var key: KeySource
    /// The rule packs to load.
    public var rules: String
    /// The state directory (relative paths are relative to the config file).
    public var stateDirectory: String
    /// The log directory (relative paths are relative to the config file).
    public var logDirectory: String

    /// Creates a starter for one target; the directories default to `state` and `logs` beside the config.
    public init(
        name: String,
        provider: Configuration.Target.Provider,
        baseURL: String,
        model: String,
        key: KeySource,
        rules: String,
        stateDirectory: String = "state",
        logDirectory: String = "logs"
    ) {
        self.name = name
        self.provider = provider
        self.baseURL = baseURL
        self.model = model
        self.key = key
        self.rules = rules
        self.stateDirectory = stateDirectory
        self.logDirectory = logDirectory
    }

    /// What is wrong with the values before anything is written: a URL that is not http(s) with a host,
    /// an empty value, or a control character. Each message names the option to fix.
    public var problems: [String] {
        var found: [String] = []
        let url = URLComponents(string: baseURL)
        if !["http", "https"].contains(url?.scheme?.lowercased() ?? "") || (url?.host ?? "").isEmpty {
            found.append("--base-url must be an http or https URL with a host, such as https://api.openai.com/v1")
        }
        let values: [(String, String)] = [
            ("--name", name), ("--model", model), ("--rules", rules), ("--state-dir", stateDirectory),
            ("--log-dir", logDirectory), ("--base-url", baseURL),
        ]
        for (option, value) in values {
            if value.trimmingCharacters(in: .whitespaces).isEmpty { found.append("\(option) must not be empty") }
            if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                found.append("\(option) must not contain control characters")
            }
        }
        return found
    }

    /// The config file's text.
    public var text: String {
        let keyLine: String
        switch key {
        case .none:
            keyLine = "    # no API key: add api_key_env, api_key_file or api_key_credential if the endpoint needs one"
        case .environment(let variable): keyLine = "    api_key_env: \(Self.quoted(variable))"
        case .file(let path): keyLine = "    api_key_file: \(Self.quoted(path))"
        case .credential(let credential): keyLine = "    api_key_credential: \(Self.quoted(credential))"
        }
        return """
            # candor.yaml, written by `candor init`. Check it with `candor check --config FILE`, try one probe
            # with `candor probe --config FILE --target \(name) --probe belief-pressure.yes-no`, then start the
            # daemon with `candor run --config FILE`. Every key: Docs/rules.md and Docs/operations.md.
            rules: \(Self.quoted(rules))
            state_dir: \(Self.quoted(stateDirectory))
            log_dir: \(Self.quoted(logDirectory))

            targets:
              - name: \(Self.quoted(name))
                provider: \(provider.rawValue)
                base_url: \(Self.quoted(baseURL))
                model: \(Self.quoted(model))
            \(keyLine)
                timeout: 60s

            # Every enabled probe of the rules runs at its own schedule; override one here, for example:
            # probes:
            #   belief-pressure.yes-no: {interval: 10m}

            sinks:
              - type: file
                path: alerts.jsonl

            """
    }

    /// `value` as a double-quoted YAML scalar.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
