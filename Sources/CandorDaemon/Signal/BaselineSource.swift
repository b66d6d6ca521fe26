/// Where the baseline a signal is monitored against comes from: its own warm-up, a baseline file pinned for it
/// (`detection.baseline_file`), or a baseline learned on another target and imported for it. A borrowed baseline
/// says so wherever the baseline shows (`candor status`, `/api/v1/signals`, `/metrics`, the alert's
/// `baseline_source` annotation), since it describes another target's model.
public enum BaselineSource: Sendable, Hashable, CustomStringConvertible {
    /// Learned from the signal's own warm-up.
    case learned
    /// The signal's own baseline, pinned from a baseline file.
    case pinned
    /// Learned on the target named, imported for this one.
    case imported(from: String)

    /// `learned`, `pinned`, or `imported from target NAME`.
    public var description: String {
        switch self {
        case .learned: "learned"
        case .pinned: "pinned"
        case .imported(let target): "imported from target \(target)"
        }
    }
}

extension SignalBoard {
    /// Where the baseline of `key` comes from, once it monitors; nil while it warms up or calibrates. A pinned
    /// baseline counts only while the monitor still rests on it (a fingerprint change starts a warm-up of its own).
    public func baselineSource(of key: SignalKey) -> BaselineSource? {
        guard let monitor = monitors[key], monitor.isMonitoring else { return nil }
        guard let pinned = pinnedBaselines[key], PinnedBaseline.Level(monitor) == pinned.baseline else {
            return .learned
        }
        return pinned.importedFrom.map { .imported(from: $0) } ?? .pinned
    }

    /// ``baselineSource(of:)`` of every signal that monitors.
    public func baselineSources() -> [SignalKey: BaselineSource] {
        var sources: [SignalKey: BaselineSource] = [:]
        for key in monitors.keys {
            sources[key] = baselineSource(of: key)
        }
        return sources
    }
}
