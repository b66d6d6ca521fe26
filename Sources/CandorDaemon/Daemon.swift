import CandorAlerts
import CandorHTTP
import CandorProviders
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `candor run`: wires the transport, the model clients, the logs and the monitoring loop into
/// one service group, and runs it until SIGTERM or SIGINT.
public enum Daemon {
    /// Runs `plan` until a shutdown signal, then drains and closes every file.
    ///
    /// - Throws: ``ConfigurationError`` for a missing credential, ``FileError`` when a log file
    ///   cannot be opened; nothing is started in either case.
    public static func run(plan: Plan, logger: Logger) async throws {
        let configuration = plan.configuration
        let transport = CurlTransport(logger: logger)
        defer { transport.shutdown() }
        let clients = try ModelClients.make(plan: plan, transport: transport)
        do {
            try FileManager.default.createDirectory(atPath: configuration.stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw FileError(
                path: configuration.stateDirectory,
                operation: "create the state directory",
                reason: error.localizedDescription
            )
        }
        let samples = try JSONLinesFile(path: configuration.samplesPath)
        let sinks = try configuration.sinks.map { sink throws(FileError) in
            switch sink {
            case .file(let path): return try AlertFileSink(path: path)
            }
        }
        defer {
            samples.close()
            sinks.forEach { $0.close() }
        }
        let monitor = Monitor(
            plan: plan,
            clients: clients,
            samples: samples,
            sinks: sinks,
            board: SignalBoard(detection: configuration.detection, logger: logger),
            logger: logger
        )
        let alertPaths = sinks.map(\.path).joined(separator: ", ")
        logger.info(
            """
            candor started: \(configuration.targets.count) target(s), \(plan.assignments.count) probe schedule(s); \
            samples → \(samples.path); alerts → \(alertPaths)
            """
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: [monitor],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownGrace
        try await ServiceGroup(configuration: groupConfiguration).run()
        logger.info("candor stopped")
    }
}
