/// Identifies one signal: one value of one probe on one target.
public struct SignalKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The target's name.
    public var target: String
    /// The probe's id.
    public var probe: String
    /// The signal's name.
    public var signal: String

    /// Creates a key.
    public init(target: String, probe: String, signal: String) {
        self.target = target
        self.probe = probe
        self.signal = signal
    }

    /// `target/probe/signal`.
    public var description: String { "\(target)/\(probe)/\(signal)" }
}
