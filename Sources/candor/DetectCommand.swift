import ArgumentParser
import CandorDaemon
import CandorDetectors
import Foundation

/// `candor detect`: the detectors' command-line interface. Reads one value per line on stdin (0/1 for a
/// yes/no signal, decimals for a continuous one) and prints the 0-based index of every sample at which the
/// detector alarms, one per line; the detector restarts after each alarm.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Read one value per line on stdin; print the index of every alarm, one per line.",
        discussion: """
            Yes/no detectors: \(RateDetectorName.allCases.map(\.rawValue).joined(separator: ", ")) \
            (default \(RateDetectorName.default.rawValue)). Continuous detectors: \
            \(ScoreDetectorName.allCases.map(\.rawValue).joined(separator: ", ")) \
            (default \(ScoreDetectorName.default.rawValue)).
            Without --p0 (or --mu0 and --sigma0) the baseline is learned from the first --warmup samples, as \
            the daemon does, and the kind of signal from those samples (all 0 or 1: yes/no) unless --kind or \
            --detector says.
            Lines may end in LF or CRLF; blank lines are skipped. A line that is not a finite number stops the \
            command with its line number (exit 64), since alarms after a dropped sample would carry wrong indices.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case bernoulli
        case continuous
    }

    @Option(help: "The detector (see below); the default depends on the kind of signal.")
    var detector: String?

    @Option(help: "bernoulli (0/1 values) or continuous.")
    var kind: Kind?

    @Option(help: "The in-control rate of a yes/no signal.")
    var p0: Double?

    @Option(help: "The in-control mean of a continuous signal (with --sigma0).")
    var mu0: Double?

    @Option(help: "The in-control standard deviation of a continuous signal (with --mu0).")
    var sigma0: Double?

    @Option(help: "Samples the baseline is learned from when it is not given.")
    var warmup: Int = 2000

    @Option(help: "The false-alarm budget: at most one false alarm per this many in-control samples.")
    var arl0: Double = 10_000

    func validate() throws {
        if let detector, RateDetectorName(rawValue: detector) == nil, ScoreDetectorName(rawValue: detector) == nil {
            let names = RateDetectorName.allCases.map(\.rawValue) + ScoreDetectorName.allCases.map(\.rawValue)
            throw ValidationError("unknown detector '\(detector)'; available: \(names.joined(separator: ", "))")
        }
        if let p0, !(p0 > 0 && p0 < 1) {
            throw ValidationError("--p0 must lie strictly between 0 and 1, got \(p0)")
        }
        if (mu0 == nil) != (sigma0 == nil) {
            throw ValidationError("--mu0 and --sigma0 go together")
        }
        if let sigma0, !(sigma0 > 0 && sigma0.isFinite) {
            throw ValidationError("--sigma0 must be positive, got \(sigma0)")
        }
        if p0 != nil && mu0 != nil {
            throw ValidationError("--p0 is for a yes/no signal, --mu0/--sigma0 for a continuous one: give one")
        }
        if let detector, p0 != nil, ScoreDetectorName(rawValue: detector) != nil {
            throw ValidationError(
                "--p0 describes a yes/no signal, which --detector \(detector) (for continuous signals) contradicts"
            )
        }
        if let detector, mu0 != nil, RateDetectorName(rawValue: detector) != nil {
            throw ValidationError(
                "--mu0 describes a continuous signal, which --detector \(detector) (for yes/no signals) contradicts"
            )
        }
        if let kind, let implied = impliedKind, kind != implied {
            throw ValidationError(
                "--kind \(kind.rawValue) contradicts the other options, which describe a \(implied.rawValue) signal"
            )
        }
        guard warmup >= 10 else {
            throw ValidationError("--warmup must be at least 10, got \(warmup)")
        }
        let range = FalseAlarmBudget.arl0Range
        guard range.contains(arl0) else {
            throw ValidationError(
                "--arl0 must lie between \(Int(range.lowerBound)) and \(Int(range.upperBound)), got \(arl0)"
            )
        }
    }

    /// The kind the options fix without looking at the data.
    private var impliedKind: Kind? {
        if p0 != nil || detector.flatMap(RateDetectorName.init(rawValue:)) != nil { return .bernoulli }
        if mu0 != nil || detector.flatMap(ScoreDetectorName.init(rawValue:)) != nil { return .continuous }
        return nil
    }

    func run() throws {
        do {
            try detect()
        } catch let error as InputError {
            throw ValidationError(error.description)
        }
    }

    private func detect() throws {
        var input = NumberLines(LineReader(handle: .standardInput, name: "stdin"))
        var output = AlarmWriter()
        let known = kind ?? impliedKind
        var warmupValues: [Double] = []
        if known == nil || (p0 == nil && mu0 == nil) {
            while warmupValues.count < warmup, let value = try input.next() {
                warmupValues.append(value)
            }
        }
        let isBernoulli =
            (known ?? (warmupValues.allSatisfy { $0 == 0 || $0 == 1 } ? .bernoulli : .continuous)) == .bernoulli
        let isAlarm = try detector(isBernoulli: isBernoulli, warmup: warmupValues)
        while let value = try input.next() {
            if isAlarm(value) { output.alarm(at: input.index) }
        }
        output.flush()
    }

    /// The detector as a function that takes the next value and says whether it alarms: against the given
    /// baseline, or, without one, the daemon's own signal monitor after it has seen the warm-up values, so
    /// that the baseline is learned and calibrated exactly as in the daemon.
    private func detector(isBernoulli: Bool, warmup values: [Double]) throws -> (Double) -> Bool {
        let rateName = detector.flatMap(RateDetectorName.init(rawValue:)) ?? .default
        let scoreName = detector.flatMap(ScoreDetectorName.init(rawValue:)) ?? .default
        if isBernoulli, let p0 {
            var detector = AnyRateDetector(rateName, p0: p0, estimatedFrom: nil, arl0: arl0)
            return { detector.update($0 >= 0.5) != nil }
        }
        if let mu0, let sigma0 {
            let baseline = ScoreSummary(count: 0, mean: mu0, standardDeviation: sigma0)
            var detector = AnyScoreDetector(scoreName, baseline: baseline, estimated: false, arl0: arl0)
            return { detector.update($0) != nil }
        }
        var monitor: SignalMonitor
        if isBernoulli {
            guard !values.isEmpty else { throw ValidationError("no samples on stdin to learn the baseline from") }
            monitor = .rate(BernoulliSignalMonitor(warmup: values.count, arl0: arl0, detector: rateName))
        } else {
            guard values.count >= 2 else {
                throw ValidationError("need at least two samples on stdin to learn the baseline from")
            }
            monitor = .score(ScoreSignalMonitor(warmup: values.count, arl0: arl0, detector: scoreName))
        }
        for value in values {
            _ = monitor.observe(value)
        }
        return { monitor.observe($0)?.isAlarm == true }
    }
}

/// Collects alarm indices and writes them in large chunks.
private struct AlarmWriter {
    private var buffer = ""

    mutating func alarm(at index: Int) {
        buffer += "\(index)\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
