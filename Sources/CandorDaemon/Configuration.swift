import CandorProviders
import CandorYAML
import Logging

/// The daemon's configuration (`candor.yaml`). Relative paths are resolved against the config
/// file's directory when it is loaded.
public struct Configuration: Sendable {
    /// Per-probe overrides of what the rule pack says.
    public struct ProbeOverride: Sendable {
        /// Turns a probe on or off.
        public var enabled: Bool?
        /// Replaces the probe's interval.
        public var interval: Duration?
        /// Replaces the probe's jitter.
        public var jitter: Duration?
        /// Runs the probe on a cron schedule instead of an interval.
        public var cron: CronSchedule?
        /// Where the override stands in the config, for errors.
        public var location: SourceLocation?

        /// Creates an empty override.
        public init() {}
    }

    /// How signals are watched.
    public struct Detection: Sendable {
        /// Samples of a signal used to learn its baseline before it is monitored.
        public var warmup: Int = 100
        /// The target in-control average run length: about one false alarm per this many samples.
        public var arl0: Double = 10_000
        /// How many trial ids and excerpts an alert carries as evidence.
        public var evidenceCount: Int = 5

        /// Creates the defaults.
        public init() {}
    }

    /// The local status endpoint (`/healthz`, `/readyz`, `/metrics`, `/api/v1/...`).
    public struct Status: Sendable {
        /// The address to bind; loopback by default.
        public var host: String = "127.0.0.1"
        /// The port; 0 picks a free one (written to `status.port` in the state directory).
        public var port: Int = 9464
        /// The environment variable holding a bearer token every request must present, if any.
        public var bearerTokenEnvironment: String?
        /// Whether the endpoint is served at all.
        public var enabled: Bool = true

        /// Creates the defaults.
        public init() {}
    }

    /// How operator logs are written to stderr.
    public enum LogFormat: String, Sendable, CaseIterable {
        /// `<N>` syslog priority prefixes that journald turns into levels.
        case journal
        /// Timestamped lines for a terminal.
        case text
        /// journal when stderr is connected to the journal (`$JOURNAL_STREAM`), text otherwise.
        case auto
    }

    /// Where alerts go.
    public enum Sink: Sendable {
        /// A JSON Lines file.
        case file(path: String)
    }

    /// The config file itself.
    public var file: String
    /// Rule files and directories.
    public var rulePaths: [String]
    /// Where state is kept.
    public var stateDirectory: String
    /// Where `samples.jsonl` and the alert files are written.
    public var logDirectory: String
    /// The level of operator logs on stderr.
    public var logLevel: Logger.Level
    /// How operator logs are written.
    public var logFormat: LogFormat = .auto
    /// How long trials are kept in the state database.
    public var retention: Duration = .seconds(30 * 86_400)
    /// The most trials in flight on one target at once.
    public var trialsPerTarget: Int = 1
    /// The local status endpoint.
    public var status = Status()
    /// How long in-flight trials may take to finish after SIGTERM before they are cancelled.
    public var shutdownGrace: Duration
    /// The targets.
    public var targets: [Target]
    /// Per-probe overrides by probe id.
    public var probeOverrides: [String: ProbeOverride]
    /// How signals are watched.
    public var detection: Detection
    /// Where alerts go.
    public var sinks: [Sink]

    /// Creates a configuration with defaults.
    public init(file: String, rulePaths: [String], stateDirectory: String, logDirectory: String) {
        self.file = file
        self.rulePaths = rulePaths
        self.stateDirectory = stateDirectory
        self.logDirectory = logDirectory
        self.logLevel = .info
        self.shutdownGrace = .seconds(10)
        self.targets = []
        self.probeOverrides = [:]
        self.detection = Detection()
        self.sinks = []
    }

    /// The samples log's path.
    public var samplesPath: String { logDirectory + "/samples.jsonl" }
}
