import ArgumentParser
import Foundation
import CandorDetectors

/// `candor detect`: the detectors' command-line interface. Reads one 0/1 value per line on
/// stdin and prints the 0-based index of every sample at which the detector alarms; the
/// statistic resets after each alarm.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Read 0/1 values on stdin; print the index of every alarm, one per line."
    )

    @Option(help: "The detector.")
    var detector: String = "bernoulli-cusum"

    @Option(help: "The in-control rate. Without it, the baseline is learned from the first --warmup samples.")
    var p0: Double?

    @Option(help: "Samples used to learn the baseline when --p0 is not given.")
    var warmup: Int = 2000

    @Option(help: "The target in-control average run length (about one false alarm per this many samples).")
    var arl0: Double = 10_000

    func validate() throws {
        guard detector == "bernoulli-cusum" else {
            throw ValidationError("unknown detector '\(detector)'; available: bernoulli-cusum")
        }
        if let p0, !(p0 > 0 && p0 < 1) { throw ValidationError("--p0 must be between 0 and 1") }
        guard warmup >= 10 else { throw ValidationError("--warmup must be at least 10") }
        guard BernoulliCUSUM.arl0Range.contains(arl0) else { throw ValidationError("--arl0 must be between 10 and 1000000") }
    }

    func run() throws {
        var output = ""
        var index = 0
        if let p0 {
            var cusum = BernoulliCUSUM(p0: p0, arl0: arl0)
            while let line = readLine(strippingNewline: true) {
                if let value = Self.parse(line), cusum.update(value) != nil { output += "\(index)\n" }
                index += 1
                if output.utf8.count > 1 << 16 { flush(&output) }
            }
        } else {
            var monitor = BernoulliSignalMonitor(warmup: warmup, arl0: arl0)
            while let line = readLine(strippingNewline: true) {
                if let value = Self.parse(line), case .alarm? = monitor.observe(value) { output += "\(index)\n" }
                index += 1
                if output.utf8.count > 1 << 16 { flush(&output) }
            }
        }
        flush(&output)
    }

    private func flush(_ output: inout String) {
        print(output, terminator: "")
        output = ""
    }

    private static func parse(_ line: String) -> Bool? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) else { return nil }
        return value > 0.5
    }
}
