import CandorCore
import CandorYAML

extension SamplingOverrides {
    /// Reads a `sampling` section of a probe or a target: `temperature`, `max_tokens`, `seed`.
    public static func read(_ node: YAMLNode, _ log: inout DiagnosticLog) -> SamplingOverrides {
        var sampling = SamplingOverrides()
        guard let map = node.mapping(&log) else { return sampling }
        map.rejectUnknownKeys(allowing: ["temperature", "max_tokens", "seed"], &log)
        sampling.temperature = map["temperature"]?.double(&log, in: 0...2)
        sampling.maxTokens = map["max_tokens"]?.int(&log, in: 1...1_000_000)
        sampling.seed = map["seed"]?.int(&log, in: Int.min...Int.max)
        return sampling
    }
}
