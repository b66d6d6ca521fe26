import CandorAlerts
import Logging
import ServiceLifecycle
import UnixSignals

/// Reopens the log files (samples, alert files, dead letters) on SIGUSR1, for operators who
/// rotate them with logrotate (`postrotate kill -USR1 $MAINPID`) instead of Candor's own rotation.
struct AlertLogReopener: Service {
    let samples: JSONLinesFile
    let files: [AlertFileSink]
    let deadLetter: JSONLinesFile
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sigusr1).cancelOnGracefulShutdown() {
            do {
                try samples.reopen()
                try deadLetter.reopen()
                for file in files { try file.reopen() }
                logger.info("log files reopened (SIGUSR1)")
            } catch {
                logger.error("could not reopen a log file on SIGUSR1: \(error)")
            }
        }
    }
}
