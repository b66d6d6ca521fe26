import CandorAlerts
import Foundation
import Hummingbird

/// The silences API of the status endpoint:
/// - `GET /api/v1/silences`: the silences in force (config and API);
/// - `POST /api/v1/silences` with `{"matchers": {"label": "value"}, "endsAt": RFC3339 | "duration": "2h",
///   "comment": "…"}`: adds one, answers `{"id": …}`;
/// - `DELETE /api/v1/silences/ID`: removes one set through the API.
enum AlertSilenceRoutes {
    struct Request: Decodable {
        var matchers: [String: String]
        var endsAt: Date?
        var duration: String?
        var comment: String?
    }

    /// Adds the routes to `router`.
    static func add(to router: Router<BasicRequestContext>, outbox: AlertOutbox) {
        router.get("/api/v1/silences") { _, _ -> Response in
            try StatusServer.json(["silences": outbox.silences(at: Date())])
        }
        router.post("/api/v1/silences") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 64 * 1024)
            guard let wanted = try? JSONDecoder.alerts.decode(Request.self, from: Data(buffer: body)),
                !wanted.matchers.isEmpty
            else {
                return StatusServer.text(
                    "a silence needs a JSON body with non-empty \"matchers\" and \"endsAt\" (RFC 3339) or \"duration\" (such as \"2h\")\n",
                    status: .badRequest
                )
            }
            let endsAt = wanted.endsAt ?? wanted.duration.flatMap(Self.duration).map { Date().addingTimeInterval($0) }
            guard let endsAt, endsAt > Date() else {
                return StatusServer.text(
                    "give a future \"endsAt\" or a positive \"duration\" such as \"90m\"\n",
                    status: .badRequest
                )
            }
            let silence = Silence(matchers: wanted.matchers, endsAt: endsAt, comment: wanted.comment ?? "")
            try outbox.store.saveSilence(
                id: silence.id,
                endsAt: endsAt,
                record: try JSONLinesFile.encoder().encode(silence)
            )
            outbox.wakeAll()
            return try StatusServer.json(["id": silence.id])
        }
        router.delete("/api/v1/silences/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard try outbox.store.deleteSilence(id: id) else {
                return StatusServer.text("no silence \(id) set through the API\n", status: .notFound)
            }
            // What the silence muted is due now (on sinks that repeat).
            outbox.wakeAll()
            return StatusServer.text("deleted\n")
        }
    }

    /// Seconds in `text` such as `90s`, `30m`, `2h`, `1d`.
    static func duration(_ text: String) -> TimeInterval? {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let value = Double(text.dropLast()), value > 0 else {
            return nil
        }
        return value * unit
    }
}
