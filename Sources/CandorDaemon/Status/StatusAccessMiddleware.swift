import Hummingbird

/// Applies ``StatusAccess`` to every request, before routing: a foreign `Host` or `Origin` is
/// refused with 403, a request that needs the token and lacks it with 401. The token itself is
/// never echoed or logged; the answer names where the operator finds it.
struct StatusAccessMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The tokens and addresses to check against.
    let access: StatusAccess

    /// Refuses the request (403, 401) or passes it on, turning Hummingbird's wordless refusals
    /// into answers that say what happened.

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // HTTP/1 carries the first Host as the authority; a second one is ambiguous.
        let hosts = request.headers.filter { $0.name.canonicalName == "host" }.count
        guard hosts == 0, request.headers[values: .origin].count <= 1 else {
            return StatusServer.text("send one Host and at most one Origin header\n", status: .badRequest)
        }
        guard access.allows(authority: request.head.authority) else {
            return StatusServer.text(
                "Host must name this endpoint (\(access.authorities.sorted().joined(separator: ", "))); "
                    + "other names are refused so that web pages cannot reach it through DNS rebinding\n",
                status: .forbidden
            )
        }
        guard access.allows(origin: request.headers[.origin]) else {
            return StatusServer.text(
                "requests from web pages (an Origin header other than this endpoint's) are refused\n",
                status: .forbidden
            )
        }
        if access.needsToken(method: request.method.rawValue, path: request.uri.path) {
            guard let authorization = request.headers[.authorization] else {
                return unauthorized("this request needs the header 'Authorization: Bearer TOKEN'")
            }
            guard access.authorizes(authorization) else {
                return unauthorized("wrong bearer token")
            }
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.body == nil {
            // Hummingbird's own refusals (unknown path or method, a body too large) come without
            // a word; say what happened.
            return StatusServer.text(
                "\(error.status.code) \(error.status.reasonPhrase): see Docs/operations.md for the paths and methods\n",
                status: error.status
            )
        }
    }

    private func unauthorized(_ reason: String) -> Response {
        var response = StatusServer.text(
            "\(reason); the token is in \(access.location), and candor silence and candor status send it\n",
            status: .unauthorized
        )
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }
}
