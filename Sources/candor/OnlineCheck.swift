import CandorCore
import CandorDaemon
import CandorHTTP
import CandorProviders
import Foundation

/// `candor check --online`: one small call per target, as `candor run` would make it (the same adapter,
/// credentials, timeouts, retries and guards), so that a wrong base URL, key or model name shows before the
/// daemon starts rather than as a stream of `error` trials.
enum OnlineCheck {
    /// What one target's call showed.
    struct Finding {
        /// The target's name.
        var target: String
        /// The line to print: what answered, or what failed and what to check (escaped: it quotes the
        /// endpoint's model name or error body).
        var line: String
        /// Whether the call got an answer.
        var ok: Bool
        /// A problem that does not stop the daemon, such as a target that cannot call tools.
        var warning: String? = nil
    }

    /// The question every target gets: short, cheap, and answerable by any chat model.
    static let request = ChatRequest(
        messages: [ChatMessage(role: .user, content: "Reply with the single word OK.")],
        sampling: SamplingParameters(temperature: 0, maxTokens: 8)
    )

    /// Calls every target of `plan` once, one after another, and reports each.
    ///
    /// - Throws: ``ConfigurationError`` when a target's client cannot be built (a credential `check`
    ///   already reported).
    static func run(_ plan: Plan) async throws -> [Finding] {
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let clients = try ModelClients.make(plan: plan, transport: transport)
        var findings: [Finding] = []
        for target in plan.configuration.targets {
            guard let client = clients[target.name] else { continue }
            var found = await finding(for: target, client: client)
            let withTools = plan.assignments.filter { $0.target.name == target.name && !$0.probe.tools.isEmpty }.count
            if found.ok, withTools > 0 {
                if let warning = await toolWarning(for: target, probes: withTools, client: client) {
                    found.warning = warning.escapingControlCharacters()
                } else {
                    found.line += ", and called the offered tool when asked (\(withTools) probe(s) with tools)"
                }
            }
            findings.append(found)
        }
        return findings
    }

    private static func finding(for target: Configuration.Target, client: any ModelClient) async -> Finding {
        do {
            let response = try await client.complete(request)
            var facts = [String(format: "answered in %.2fs", response.latencySeconds)]
            if let model = response.model, model != target.model {
                facts.append("the endpoint names the model \(model)")
            }
            if response.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                facts.append("but the answer was empty: check the model's max_tokens and stop settings")
            }
            return Finding(
                target: target.name,
                line: ("target \(target.name): " + facts.joined(separator: ", ")).escapingControlCharacters(),
                ok: true
            )
        } catch let error as ProviderError {
            return Finding(
                target: target.name,
                line: "\(error)\(hint(error.code))".escapingControlCharacters(),
                ok: false
            )
        } catch {
            return Finding(
                target: target.name,
                line: "target \(target.name): \(error)".escapingControlCharacters(),
                ok: false
            )
        }
    }

    /// What to check for each kind of failure.
    private static func hint(_ code: ProviderError.Code) -> String {
        switch code {
        case .transport: "; check base_url, the network and any proxy"
        case .credentials: "; check the target's api_key_* setting and that the key is valid for this endpoint"
        case .requestRejected: "; check the model name and base_url (the path up to /v1)"
        case .httpStatus, .malformedResponse: "; the endpoint is up but not answering as a chat API should"
        case .rateLimited, .budgetExhausted, .circuitOpen, .cancelled: ""
        }
    }
}
