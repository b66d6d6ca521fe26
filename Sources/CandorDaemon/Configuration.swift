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
