import CandorAlerts
import CandorHTTP
import Foundation

/// Builds the configured sinks: opens alert files, reads webhook secrets (from the environment
/// or a credential file; the value is never logged or put in an error).
enum DeliverySinks {
    /// The sinks of `configuration`, in config order.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file of a missing secret;
    ///   ``FileError`` when an alert file cannot be opened.
    static func make(
        _ configuration: Configuration,
        transport: any HTTPTransport,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [any AlertSink] {
        try configuration.sinks.map { sink throws -> any AlertSink in
            switch sink.kind {
            case .file(let path):
                return try AlertFileSink(path: path, name: sink.name, rotation: configuration.logRotation)
            case .webhook(let url, let format, let secret, let timeout):
                return WebhookSink(
                    name: sink.name,
                    url: url,
                    format: format,
                    signer: try secret.map {
                        WebhookSigner(secret: try read($0, sink: sink.name, configuration, environment))
                    },
                    timeout: timeout,
                    externalURL: configuration.alerting.externalURL,
                    transport: transport
                )
            case .alertmanager(let url, let timeout):
                return AlertmanagerSink(
                    name: sink.name,
                    baseURL: url,
                    generatorURL: configuration.alerting.externalURL,
                    timeout: timeout,
                    transport: transport
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

    private static func read(
        _ source: Configuration.Sink.SecretSource,
        sink: String,
        _ configuration: Configuration,
        _ environment: [String: String]
    ) throws(ConfigurationError) -> String {
        switch source {
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                throw ConfigurationError(
                    "sink \(sink): the environment variable \(variable) (secret_env) is not set; export it"
                )
            }
            return value
        case .file(let file):
            var path = file
            if !file.hasPrefix("/") {
                let base =
                    environment["CREDENTIALS_DIRECTORY"] ?? (configuration.file as NSString).deletingLastPathComponent
                path = (base as NSString).appendingPathComponent(file)
            }
            guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
                throw ConfigurationError(
                    "sink \(sink): cannot read the secret file \(path) (secret_file); check it exists and is readable by candor"
                )
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
