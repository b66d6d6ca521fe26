import CandorHTTP
import CandorProviders
import CandorTestSupport

extension ModelEndpoint {
    /// An endpoint for the scripted model server on 127.0.0.1, without a key, that gives up connecting after two
    /// seconds and on a call after `total`.
    static func scripted(
        _ server: ScriptedModelServer,
        name: String,
        model: String,
        total: Duration = .seconds(10)
    ) -> ModelEndpoint {
        ModelEndpoint(
            name: name,
            baseURL: server.baseURL,
            model: model,
            apiKey: nil,
            timeouts: HTTPTimeouts(connect: .seconds(2), total: total)
        )
    }
}
