import CandorCore
import Foundation

/// A trial rendered for people: every exchange, what was extracted, and the observation. `candor probe` and
/// `candor show` print it; the report's trial pages show it.
public struct Transcript: Sendable {
    /// The trial.
    public let record: TrialRecord

    /// The transcript of `record`.
    public init(record: TrialRecord) {
        self.record = record
    }

    /// The transcript as lines of text, control characters escaped so that a reply cannot drive a terminal.
    public var text: String {
        var lines: [String] = []
        var index: [String: Int] = [:]
        for exchange in record.exchanges {
            lines.append("")
            lines.append("── \(exchange.condition) #\(exchange.repetition + 1) ──")
            for message in exchange.messages {
                lines.append(contentsOf: Self.lines(message))
            }
            if let response = exchange.response {
                var facts = [String(format: "%.2fs", response.latencySeconds)]
                if let model = response.model { facts.append("model \(model)") }
                if let fingerprint = response.fingerprint { facts.append("fingerprint \(fingerprint)") }
                if let usage = response.usage { facts.append("\(usage.totalTokens) tokens") }
                lines.append("[assistant · \(facts.joined(separator: ", "))] \(response.text)")
                let position = index[exchange.condition, default: 0]
                index[exchange.condition] = position + 1
                if let extracted = record.observation.extracted[exchange.condition], position < extracted.count {
                    lines.append("  → extracted: \(extracted[position])")
                }
            }
            if let stopped = exchange.toolLoopStopped {
                lines.append("[tool loop stopped at \(stopped)]")
            }
            if let error = exchange.error {
                lines.append("[error \(error.code)] \(error.message)")
            }
        }
        lines.append("")
        let observation = record.observation
        lines.append("observation: \(observation.outcome.rawValue) — \(observation.reason)")
        if !observation.values.isEmpty {
            let values = observation.values.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.format($0.value))" }
            lines.append("values: \(values.joined(separator: " "))")
        }
        if let slotted = observation.slotCompliant {
            lines.append("answer slot: \(slotted ? "given" : "missing or unreadable")")
        }
        if !observation.labels.isEmpty {
            let labels = observation.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            lines.append("labels: \(labels.joined(separator: " "))")
        }
        lines.append(String(format: "trial %@ took %.2fs", record.trialId, record.durationSeconds))
        // Replies and errors are a model's text: escaped, so they cannot drive the terminal.
        return lines.joined(separator: "\n").escapingControlCharacters(keepingNewlines: true)
    }

    /// A message's lines: a tool call as `name(arguments)`, a tool result with its tool and whether it failed.
    private static func lines(_ message: ChatMessage) -> [String] {
        switch message.role {
        case .tool:
            let failed = message.toolFailed == true ? " · failed" : ""
            return ["[tool \(message.toolName ?? "?") · \(message.toolCallID ?? "?")\(failed)] \(message.content)"]
        default:
            var lines =
                message.content.isEmpty && message.toolCalls != nil
                ? [] : ["[\(message.role.rawValue)] \(message.content)"]
            for call in message.toolCalls ?? [] {
                lines.append("[\(message.role.rawValue) → tool call \(call.id)] \(call.name)(\(call.arguments))")
            }
            return lines
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
