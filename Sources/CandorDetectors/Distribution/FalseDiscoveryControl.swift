/// Controls the false-discovery rate across many signals and targets: of the alarms raised together, the
/// expected share that are false stays at most a level q.
public enum FalseDiscoveryControl: Sendable {
    /// Benjamini–Hochberg (1995) at level `q`: with the m p-values sorted, p₍₁₎ ≤ … ≤ p₍ₘ₎, the discoveries are
    /// the k smallest for the largest k with p₍ₖ₎ ≤ k·q/m. Controls the FDR at q for independent or positively
    /// dependent p-values. Returns the discoveries' indices into `pValues`, ascending.
    public static func benjaminiHochberg(pValues: [Double], level q: Double) -> [Int] {
        precondition(q > 0 && q < 1, "the level must lie in (0, 1)")
        let m = Double(pValues.count)
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        let count = order.indices.last { pValues[order[$0]] <= Double($0 + 1) * q / m }.map { $0 + 1 } ?? 0
        return order.prefix(count).sorted()
    }

    /// e-BH (Wang & Ramdas 2022) at level `q`: with the m e-values sorted, e₍₁₎ ≥ … ≥ e₍ₘ₎, the discoveries are
    /// the k largest for the largest k with e₍ₖ₎ ≥ m/(q·k). Controls the FDR at q under any dependence between
    /// the e-values (for example ``MixtureSPRT/eValue`` of detectors sharing samples). Returns the discoveries'
    /// indices into `eValues`, ascending.
    public static func eBenjaminiHochberg(eValues: [Double], level q: Double) -> [Int] {
        precondition(q > 0 && q < 1, "the level must lie in (0, 1)")
        let m = Double(eValues.count)
        let order = eValues.indices.sorted { eValues[$0] > eValues[$1] }
        let count = order.indices.last { eValues[order[$0]] >= m / (q * Double($0 + 1)) }.map { $0 + 1 } ?? 0
        return order.prefix(count).sorted()
    }
}
