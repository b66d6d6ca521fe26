import CandorAlerts
import CandorCore
import Foundation
import Hummingbird
import NIOCore

/// The silences API of the status endpoint (writes need the status token, see ``StatusAccess``):
/// - `GET /api/v1/silences`: the silences in force (config and API);
/// - `POST /api/v1/silences` with ``SilenceRequest/shape``: adds one, answers `{"id": …}`;
/// - `DELETE /api/v1/silences/ID`: removes one set through the API.
enum AlertSilenceRoutes {
    /// The largest body accepted: a silence is a few hundred bytes.
    static let maximumBody = 64 * 1024

    /// Adds the routes to `router`; `clock` says which silences are in force and dates new ones.
    static func add(to router: Router<BasicRequestContext>, outbox: AlertOutbox, clock: CandorClock) {
        router.get("/api/v1/silences") { _, _ -> Response in
            try StatusServer.json(["silences": await outbox.silences(at: clock.now())])
        }
        router.post("/api/v1/silences") { request, _ -> Response in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: maximumBody)
            } catch is NIOTooManyBytesError {
                return StatusServer.text(
                    "the body is larger than \(maximumBody / 1024) KiB; a silence is a few hundred bytes\n",
                    status: .contentTooLarge
                )
            }
            let silence: Silence
            do {
                silence = try SilenceRequest.silence(from: Data(buffer: body), now: clock.now())
            } catch let error as SilenceRequestError {
                return StatusServer.text(error.message + "\n", status: .badRequest)
            }
            try await outbox.store.saveSilence(
                id: silence.id,
                endsAt: silence.endsAt,
                record: try RecordCodec.encoder().encode(silence)
            )
            outbox.wakeAll()
            return try StatusServer.json(["id": silence.id])
        }
        router.delete("/api/v1/silences/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard try await outbox.store.deleteSilence(id: id) else {
                return StatusServer.text(
                    "no silence \(SilenceRequest.quoted(id)) set through the API\n",
                    status: .notFound
                )
            }
            // What the silence muted is due now (on sinks that repeat).
            outbox.wakeAll()
            return StatusServer.text("deleted\n")
        }
    }
}
