import ArgumentParser
import CandorHTTP
import Foundation

/// `candor silence add|list|expire`: the running daemon's silences, through its status endpoint
/// with the status token (which only the user candor runs as, and root, can read).
struct SilenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silence",
        abstract: "Add, list or expire silences of the running daemon.",
        subcommands: [Add.self, List.self, Expire.self]
    )

    /// `candor silence add LABEL=VALUE… [--duration 2h | --until TIME] [--comment TEXT]`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mute notifications of the alerts carrying every given label value; prints the silence's id."
        )

        @OptionGroup var options: ConfigOptions

        @Argument(help: "Label matchers such as target=prod probe=pushback.sure; an alert must have them all.")
        var matchers: [String]

        @Option(help: "How long the silence lasts, such as 90m, 2h or 7d (at most a year).")
        var duration: String?

        @Option(help: "When the silence ends instead, in RFC 3339 such as 2026-12-03T18:00:00Z.")
        var until: String?

        @Option(help: "Who sets it and why.")
        var comment: String = ""

        func validate() throws {
            guard !matchers.isEmpty else { throw ValidationError("give at least one matcher such as target=prod") }
            for matcher in matchers where !matcher.contains("=") || matcher.hasPrefix("=") {
                throw ValidationError("'\(matcher)' is not a matcher LABEL=VALUE such as target=prod")
            }
            if duration != nil, until != nil { throw ValidationError("give --duration or --until, not both") }
        }

        func run() async throws {
            let plan = try options.loadPlan(readingBaselines: false)
            var body: [String: Any] = [
                "matchers": Dictionary(
                    matchers.map { matcher in
                        let parts = matcher.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                        return (String(parts[0]), String(parts[1]))
                    },
                    uniquingKeysWith: { $1 }
                ),
                "comment": comment,
            ]
            if let until { body["endsAt"] = until } else { body["duration"] = duration ?? "1h" }
            let json = Array(try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]))
            let answer = try await StatusClient.session(
                plan.configuration,
                configPath: options.config,
                needsToken: true
            ) {
                try await $0.send(.post, "/api/v1/silences", json: json)
            }
            let id = (try? JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any])?["id"] as? String
            print(id ?? String(decoding: answer, as: UTF8.self))
        }
    }

    /// `candor silence list`: the silences in force, from the config and the API.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the silences in force.")

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let plan = try options.loadPlan(readingBaselines: false)
            let silences = try await StatusClient.session(
                plan.configuration,
                configPath: options.config,
                needsToken: false
            ) { try await $0.get("/api/v1/silences", as: [String: [Listed]].self)["silences"] ?? [] }
            guard !silences.isEmpty else {
                print("no silences in force")
                return
            }
            let formatter = ISO8601DateFormatter()
            print("ID".padded(38) + "ENDS".padded(22) + "MATCHERS".padded(40) + "COMMENT")
            for silence in silences.sorted(by: { $0.endsAt < $1.endsAt }) {
                let matchers = silence.matchers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                print(
                    silence.id.padded(38) + formatter.string(from: silence.endsAt).padded(22)
                        + matchers.joined(separator: " ").padded(40) + silence.comment
                )
            }
        }

        /// One silence as `/api/v1/silences` lists it.
        struct Listed: Decodable {
            var id: String
            var matchers: [String: String]
            var endsAt: Date
            var comment: String
        }
    }

    /// `candor silence expire ID` (or `delete`): ends a silence set through the API.
    struct Expire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a silence set through the API (those from the config file end when removed there).",
            aliases: ["delete"]
        )

        @OptionGroup var options: ConfigOptions

        @Argument(help: "The silence's id, as add printed it and list shows it.")
        var id: String

        func run() async throws {
            let plan = try options.loadPlan(readingBaselines: false)
            let escaped = id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? id
            _ = try await StatusClient.session(plan.configuration, configPath: options.config, needsToken: true) {
                try await $0.send(HTTPMethod("DELETE"), "/api/v1/silences/" + escaped)
            }
            print("expired \(id)")
        }
    }
}

extension String {
    /// The string padded with spaces to `width`, or followed by one space if it is as long.
    func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
