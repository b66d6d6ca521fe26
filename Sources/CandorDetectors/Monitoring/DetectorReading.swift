/// One statistic of a running detector beside the threshold it alarms at, for status pages and metrics.
public struct DetectorReading: Sendable, Equatable, Codable {
    /// Which statistic: the side of a chart, such as `up×1.5` or `down×2`.
    public var name: String
    /// Its current value.
    public var statistic: Double
    /// The value at which it alarms, or nil for a detector without a fixed threshold on this statistic (the
    /// width of ADWIN's window).
    public var threshold: Double?

    /// Creates a reading.
    public init(name: String, statistic: Double, threshold: Double?) {
        self.name = name
        self.statistic = statistic
        self.threshold = threshold
    }
}

extension CUSUMSide {
    /// This side as a reading named after its direction and design shift, such as `up×1.5`.
    func reading(p0: Double) -> DetectorReading {
        let shift = direction == .up ? designRate / p0 : p0 / designRate
        let rounded = (shift * 100).rounded() / 100
        return DetectorReading(name: "\(direction.rawValue)×\(rounded)", statistic: statistic, threshold: threshold)
    }
}
