import CandorAlerts
import CandorCore
import CandorHTTP
import Foundation

/// Builds the configured sinks: opens alert files, reads webhook secrets and sink credentials
/// through ``Credentials`` (the values are never logged or put in an error).
enum DeliverySinks {
    /// The sinks of `configuration`, in config order; `clock` gives each the time of its attempts
    /// and rotations.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file of a missing secret;
    ///   ``FileError`` when an alert file cannot be opened.
    static func make(
        _ configuration: Configuration,
        transport: any HTTPTransport,
        clock: CandorClock = .system,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [any AlertSink] {
        try configuration.sinks.map { sink throws -> any AlertSink in
            switch sink.kind {
            case .file(let path):
                return try AlertFileSink(
                    path: path,
                    name: sink.name,
                    rotation: configuration.logRotation,
                    now: clock.now
                )
            case .webhook(let url, let format, _, let timeout):
                return WebhookSink(
                    name: sink.name,
                    url: url,
                    format: format,
                    signer: try Credentials.signingSecret(of: sink, environment: environment).map {
                        WebhookSigner(secret: $0.revealed)
                    },
                    authorization: try Credentials.authorization(of: sink, environment: environment),
                    timeout: timeout,
                    externalURL: configuration.alerting.externalURL,
                    transport: transport,
                    now: clock.now
                )
            case .alertmanager(let url, let timeout):
                return AlertmanagerSink(
                    name: sink.name,
                    baseURL: url,
                    generatorURL: configuration.alerting.externalURL,
                    authorization: try Credentials.authorization(of: sink, environment: environment),
                    timeout: timeout,
                    transport: transport,
                    now: clock.now
                )
            }
        }
    }

    /// The outbox's view of the sinks.
    static func routes(_ configuration: Configuration, sinks: [any AlertSink]) -> [AlertOutbox.Route] {
        zip(configuration.sinks, sinks).map { config, sink in
            AlertOutbox.Route(name: config.name, grouping: config.grouping, groupsAlerts: sink.groupsAlerts)
        }
    }
}
