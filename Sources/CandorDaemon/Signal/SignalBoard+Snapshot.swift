extension SignalBoard {
    /// Every signal as a scrape of `/metrics` reads it: its monitor, its last `resolve_window` values, when its
    /// warm-up should end, and the findings of its pending and firing alerts.
    public func signalSnapshots() -> [SignalSnapshot] {
        let ends = warmupEnds()
        return monitors.map { key, monitor in
            SignalSnapshot(
                key: key,
                monitor: monitor,
                recent: evidence.values(last: lifecycle.resolveWindow, of: key),
                warmupEnd: ends[key],
                alarms: lifecycle.progress(of: key).compactMap(\.alert.detector),
                baselineSource: baselineSource(of: key)
            )
        }
    }
}
