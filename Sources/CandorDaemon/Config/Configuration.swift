import CandorAlerts
import CandorDetectors
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
        public var warmup: Int = 500
        /// The false-alarm budget: at most one false alarm per this many samples of a signal that has not
        /// changed (the detectors are calibrated with a margin, see `FalseAlarmBudget`).
        public var arl0: Double = 10_000
        /// How many trial ids and excerpts an alert carries as evidence.
        public var evidenceCount: Int = 5
        /// The detector of yes/no signals.
        public var rateDetector: RateDetectorName = .default
        /// The detector of continuous signals.
        public var scoreDetector: ScoreDetectorName = .default
        /// Whether a change of the model fingerprint the target reports restarts its signals' warm-up. Off by
        /// default: some providers rotate fingerprints with routine backend updates (OpenAI's
        /// `system_fingerprint`), and a reset throws the baseline away.
        public var rebaselineOnFingerprintChange = false
        /// What `arl0` applies to: each signal (`signal`, the default), or the whole daemon (`fleet`): every
        /// signal is then calibrated for `arl0` × the number of signals, so the daemon as a whole raises at most
        /// one false alarm per `arl0` samples of any signal. That bounds the chance of any false alert across
        /// all signals, and with it the false-discovery rate, at the cost of slower detection per signal.
        public var falseAlarmScope: FalseAlarmScope = .signal
        /// Pinned baselines (`candor baseline export`), read at start and on reload; signals listed there skip
        /// the warm-up.
        public var baselineFile: String?
        /// Where the config names `baselineFile`, for errors about the file.
        public var baselineFileLocation: SourceLocation?

        /// Creates the defaults.
        public init() {}

        /// Warm-ups shorter than this are warned about at start and on reload.
        public static let shortWarmup = 200

        /// The warning for a warm-up too short for production use, or nil.
        public var warmupWarning: String? {
            guard warmup < Self.shortWarmup else { return nil }
            return """
                detection.warmup \(warmup) is short: the thresholds allow for the uncertainty of a baseline \
                that rests on so few samples, so even large changes are caught late (with 30 samples, a jump \
                from 13% to 90% lies takes about 240 samples at arl0 10000); use 500, the default, or pin an \
                exported baseline (detection.baseline_file)
                """
        }
    }

    /// What the configured false-alarm rate applies to.
    public enum FalseAlarmScope: String, Sendable, CaseIterable {
        /// One false alarm per `arl0` samples of each signal.
        case signal
        /// One false alarm per `arl0` samples across every signal of the daemon.
        case fleet
    }

    /// The local status endpoint (`/healthz`, `/readyz`, `/metrics`, `/api/v1/...`).
    public struct Status: Sendable {
        /// The address to bind; loopback by default.
        public var host: String = "127.0.0.1"
        /// The port; 0 picks a free one (written to `status.port` in the state directory).
        public var port: Int = 9464
        /// The environment variable holding a bearer token every request must present, if any.
        public var bearerTokenEnvironment: String?
        /// A file holding the token writes must present (`token_file`, such as a systemd
        /// credential), instead of the one generated into the state directory.
        public var tokenFile: String?
        /// Where the config names `tokenFile`, for `candor check`.
        public var tokenFileLocation: SourceLocation?
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

    /// Where alerts go: a named sink with its grouping settings.
    public struct Sink: Sendable {
        /// What kind of sink, and its address.
        public enum Kind: Sendable {
            /// A JSON Lines file, rotated per `log_rotation`.
            case file(path: String)
            /// A webhook in one of three body formats, signed when a secret is given.
            case webhook(url: String, format: NotificationFormat, secret: CredentialSource?, timeout: Duration)
            /// Alertmanager's API (`POST /api/v2/alerts`) at a base URL.
            case alertmanager(url: String, timeout: Duration)
        }

        /// The sink's name (unique; the outbox keys its rows by it).
        public var name: String
        /// What kind of sink.
        public var kind: Kind
        /// Grouping, repeat and resolution settings.
        public var grouping: Grouping
        /// How a webhook or Alertmanager sink authenticates (`auth:`), if it does.
        public var auth: Auth? = nil
        /// Where the sink is declared, for errors about its credentials.
        public var location: SourceLocation? = nil
        /// Where the config names each credential of the sink, by its option (`secret`, `token`,
        /// `password`), so that `candor check` reports an unreadable one at that line.
        public var credentialLocations: [String: SourceLocation] = [:]

        /// A file sink at `path`, named after it, sending every alert at once.
        public static func file(path: String) -> Sink {
            Sink(name: "file:\(path)", kind: .file(path: path), grouping: .immediate)
        }
    }

    /// The alert lifecycle, silences and delivery.
    public struct Alerting: Sendable {
        /// `for:` how long a detector's finding must hold before its alert fires (pending until then).
        public var pendingFor: Duration = .zero
        /// `keep_firing_for:` how long an alert keeps firing after its resolve condition is met.
        public var keepFiringFor: Duration = .zero
        /// `resolve_window:` the recent samples whose rate must be back inside the baseline's
        /// 95% interval for a firing alert to resolve.
        public var resolveWindow: Int = 50
        /// Silences from the config file.
        public var silences: [Silence] = []
        /// Retries of failed deliveries.
        public var backoff = DeliveryBackoff()
        /// `outbox.max_pending:` above this many undelivered rows, sampling pauses.
        public var maxPending: Int = 10_000
        /// Where notifications go after the retry limit (JSON Lines); nil: `log_dir/dead-letter.jsonl`.
        public var deadLetterPath: String?
        /// `external_url:` the link to this Candor written into Alertmanager bodies; each alert's
        /// `generatorURL` is its page under it, `<external_url>/alerts/<id>`.
        public var externalURL: String = ""
        /// `runbook_url:` the runbook of alerts whose probe names none, a pattern with
        /// ``AlertLabeling/placeholders`` such as `https://runbooks.example/candor/{probe}`.
        public var runbookURL: String?
        /// `labels:` static labels on every alert (env, team, region); a target's own win.
        public var labels: [String: String] = [:]

        /// Creates the defaults.
        public init() {}
    }

    /// The config file itself.
    public var file: String
    /// Rule files and directories.
    public var rulePaths: [String]
    /// Where the config names each of ``rulePaths``, when it was read from a file.
    public var rulePathLocations: [String: SourceLocation] = [:]
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
    /// `connections_per_host`, if set: see ``effectiveConnectionsPerHost``.
    public var connectionsPerHost: Int?
    /// Where the config sets `connections_per_host`, for `candor check`.
    public var connectionsPerHostLocation: SourceLocation?
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
    /// The alert lifecycle, silences and delivery.
    public var alerting = Alerting()
    /// Rotation of `alerts.jsonl`, `samples.jsonl` and the dead-letter file.
    public var logRotation = RotationPolicy()
    /// How much faster probes sample during warm-up and near a threshold (`cadence:`).
    public var cadence = Cadence()

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
