import CandorProviders
import CandorRules
import CandorYAML
import Foundation

extension Configuration {
    /// One model endpoint to probe.
    public struct Target: Sendable {
        /// API flavours Candor speaks.
        public enum Provider: String, Sendable, CaseIterable {
            /// OpenAI-compatible chat completions (OpenAI, vLLM, llama.cpp, Ollama, TGI).
            case openai
        }

        /// Unique name, used in signals, alerts and logs.
        public var name: String
        /// The API flavour.
        public var provider: Provider
        /// The API's base URL, such as `https://api.openai.com/v1`.
        public var baseURL: String
        /// The model to ask for.
        public var model: String
        /// The environment variable that holds the API key, if the API needs one. The key itself
        /// never appears in the config, a log, a record or an error.
        public var apiKeyEnvironment: String?
        /// Time allowed to connect.
        public var connectTimeout: Duration
        /// Time allowed for a whole call.
        public var timeout: Duration
        /// The largest response accepted.
        public var maxResponseBytes: Int
        /// Sampling parameters layered under the probe's.
        public var sampling: SamplingOverrides
        /// The probes to run on this target; `nil` runs every enabled probe.
        public var probes: [String]?
        /// Where each entry of `probes` stands in the config, for errors.
        public var probeLocations: [SourceLocation] = []

        /// Creates a target with defaults for everything but its identity.
        public init(name: String, baseURL: String, model: String) {
            self.name = name
            self.provider = .openai
            self.baseURL = baseURL
            self.model = model
            self.apiKeyEnvironment = nil
            self.connectTimeout = .seconds(10)
            self.timeout = .seconds(60)
            self.maxResponseBytes = 1024 * 1024
            self.sampling = SamplingOverrides()
            self.probes = nil
        }
    }

    static let targetKeys = [
        "name", "provider", "base_url", "model", "api_key_env", "connect_timeout", "timeout", "max_response_bytes",
        "sampling", "probes",
    ]

    static func readTargets(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [Target] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("'targets' needs at least one target", at: node.location) }
        var targets: [Target] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: targetKeys, &log)
            let name = map.required("name", &log)?.nonEmptyString(&log)
            let provider = map["provider"]?.choice(&log, Target.Provider.allCases.map(\.rawValue))
            let model = map.required("model", &log)?.nonEmptyString(&log)
            var baseURL: String?
            if let urlNode = map.required("base_url", &log), let url = urlNode.nonEmptyString(&log) {
                if url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil {
                    baseURL = url
                } else {
                    log.error("'\(urlNode.path)' must be an http:// or https:// URL, found '\(url)'", at: urlNode.location)
                }
            }
            guard let name, let model, let baseURL else { continue }
            if targets.contains(where: { $0.name == name }) {
                log.error("duplicate target name '\(name)'; target names must be unique", at: entry.location)
                continue
            }
            var target = Target(name: name, baseURL: baseURL, model: model)
            target.provider = provider.flatMap(Target.Provider.init(rawValue:)) ?? .openai
            if let env = map["api_key_env"] {
                if let name = env.nonEmptyString(&log), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    target.apiKeyEnvironment = name
                } else {
                    log.error("'\(env.path)' must name an environment variable (letters, digits, _)", at: env.location)
                }
            }
            target.connectTimeout = map["connect_timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.connectTimeout
            target.timeout = map["timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.timeout
            target.maxResponseBytes = map["max_response_bytes"]?.int(&log, in: 1024...1_073_741_824) ?? target.maxResponseBytes
            if let sampling = map["sampling"] {
                target.sampling = SamplingOverrides.read(sampling, &log)
            }
            if let probes = map["probes"] {
                let references = (probes.sequence(&log) ?? []).compactMap { node in
                    node.nonEmptyString(&log).map { (id: $0, location: node.location) }
                }
                target.probes = references.map(\.id)
                target.probeLocations = references.map(\.location)
            }
            targets.append(target)
        }
        return targets
    }
}
