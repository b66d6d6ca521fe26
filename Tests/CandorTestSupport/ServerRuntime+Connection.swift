import Foundation

extension ServerRuntime {
    /// Serves requests on one connection until the client closes, asks to close, sends something
    /// malformed, a reply closes it, the server stops, or the per-connection limit is reached.
    func serve(_ socket: ConnectionSocket) {
        var reader = RequestReader(socket: socket)
        for served in 1...Self.maxRequestsPerConnection {
            guard !isStopped else { return }
            switch reader.next() {
            case .closed:
                return
            case .malformed(let reason):
                var response = OutgoingResponse.error(
                    400,
                    message: "Malformed HTTP request: \(reason).",
                    type: "invalid_request_error",
                    code: "malformed_request"
                )
                response.closesConnection = true
                _ = socket.send(response.serialized)
                return
            case .request(let request):
                guard var response = respond(to: request, on: socket) else { return }
                response.closesConnection =
                    !request.keepAlive || served == Self.maxRequestsPerConnection || isStopped
                guard socket.send(response.serialized), !response.closesConnection else { return }
            }
        }
    }

    /// Routes one request; nil means close the connection without a (further) response.
    private func respond(to request: IncomingRequest, on socket: ConnectionSocket) -> OutgoingResponse? {
        let path = request.path
        if request.method == "POST", let api = ScriptedAPI(path: path) {
            return modelReply(for: request, api: api, on: socket)
        }
        if request.method == "GET" && path.hasSuffix("/models") {
            let model: [String: Any] = [
                "id": "scripted-1", "object": "model", "created": 0, "owned_by": "candor-tests",
            ]
            return .json(200, ["object": "list", "data": [model]] as [String: Any])
        }
        return .error(
            404,
            message: "No route for \(request.method) \(path); the scripted server serves "
                + "POST .../chat/completions, POST .../messages, POST ...:generateContent and GET .../models.",
            type: "invalid_request_error",
            code: "not_found"
        )
    }

    /// Records the request, asks the policy, and renders its reply (or plays its fault).
    private func modelReply(
        for request: IncomingRequest,
        api: ScriptedAPI,
        on socket: ConnectionSocket
    ) -> OutgoingResponse? {
        let seen = ChatRequestSeen(request, api: api)
        let (policy, number) = state.withLock { state in
            state.requests.append(seen)
            return (state.policy, state.requests.count)
        }
        guard seen.bodyIsJSONObject else {
            return .error(
                400,
                message: "The request body is not a JSON object.",
                type: "invalid_request_error",
                code: "invalid_json"
            )
        }
        func answer(_ text: String) -> OutgoingResponse {
            api.answer(
                number: number,
                text: text,
                model: "scripted-1",
                fingerprint: "fp_scripted",
                promptTokens: 20,
                completionTokens: 5
            )
        }
        switch policy(seen) {
        case .answer(let text, let model, let fingerprint, let promptTokens, let completionTokens):
            return api.answer(
                number: number,
                text: text,
                model: model,
                fingerprint: fingerprint,
                promptTokens: promptTokens,
                completionTokens: completionTokens
            )
        case .toolCalls(let calls, let text):
            return api.toolCalls(number: number, calls: calls, text: text)
        case .reasoned(let text, let reasoning):
            return api.answer(
                number: number,
                text: text,
                reasoning: reasoning,
                model: "scripted-1",
                fingerprint: "fp_scripted",
                promptTokens: 20,
                completionTokens: 5
            )
        case .status(let status, let body, let headers):
            var response = OutgoingResponse(status: status, body: Array(body.utf8))
            response.headers = headers
            return response
        case .brokenJSON:
            let truncated =
                #"{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"index":0,"message":{"#
                + #""role":"assistant","content":"Ye"#
            return OutgoingResponse(status: 200, body: Array(truncated.utf8))
        case .hang(let seconds):
            guard waitOut(seconds, on: socket) else { return nil }
            return answer("late")
        case .closeConnection:
            return nil
        case .resetConnection:
            socket.abortOnClose()
            return nil
        case .truncatedBody:
            var response = answer("This answer is cut off in the middle.")
            response.announcedLength = response.body.count
            response.closesConnection = true
            _ = socket.send(response.head + response.body.prefix(response.body.count / 2))
            return nil
        case .slowDrip(let milliseconds):
            var response = answer("Slowly.")
            response.closesConnection = true
            guard socket.send(response.head) else { return nil }
            // Ends when the body is sent, the client hangs up or the server stops.
            for byte in response.body {
                guard !isStopped, !socket.peerHungUp(waitingMilliseconds: Int32(max(1, milliseconds))),
                    socket.send([byte])
                else { return nil }
            }
            return nil
        case .hugeAnswer(let bytes):
            // Built by hand: serializing a 50 MB string through JSONSerialization takes seconds.
            let head = Array(#"{"object":"chat.completion","choices":[{"message":{"role":"assistant","content":""#.utf8)
            let tail = Array(#""},"finish_reason":"stop"}]}"#.utf8)
            return OutgoingResponse(
                status: 200,
                body: head + [UInt8](repeating: UInt8(ascii: "x"), count: max(0, bytes)) + tail
            )
        }
    }

    /// Waits `seconds` (at most a day) in steps of at most 20 ms; false when the server stopped or
    /// the client hung up meanwhile.
    private func waitOut(_ seconds: Double, on socket: ConnectionSocket) -> Bool {
        let clamped = seconds.isFinite ? min(max(seconds, 0), 86_400) : (seconds > 0 ? 86_400 : 0)
        let deadline = ContinuousClock.now + .milliseconds(Int64(clamped * 1_000))
        // Ends at the deadline: every pass waits at least 1 ms unless the peer hung up.
        while true {
            let remaining = (deadline - .now).components
            let milliseconds = Double(remaining.seconds) * 1_000 + Double(remaining.attoseconds) / 1e15
            guard milliseconds > 0 else { return true }
            guard !isStopped else { return false }
            if socket.peerHungUp(waitingMilliseconds: Int32(min(20, max(1, milliseconds.rounded(.up))))) {
                return false
            }
        }
    }
}
