/// Every probe loaded from the rule packs, validated as a whole.
public struct RuleSet: Sendable {
    /// The packs, in load order.
    public var packs: [RulePack]

    /// Creates a rule set.
    public init(packs: [RulePack]) {
        self.packs = packs
    }

    /// Every probe of every pack.
    public var probes: [Probe] { packs.flatMap(\.probes) }

    /// The probe with `id`, if any.
    public func probe(_ id: String) -> Probe? {
        probes.first { $0.id == id }
    }
}

/// One rule file: a named, versioned set of probes with a content hash.
public struct RulePack: Sendable {
    /// The pack's name (`pack:` key).
    public var name: String
    /// The file it was loaded from.
    public var file: String
    /// SHA-256 of the file's bytes, hex: stored with every observation, so that a metric's
    /// definition never changes silently.
    public var hash: String
    /// The probes it defines.
    public var probes: [Probe]

    /// Creates a pack.
    public init(name: String, file: String, hash: String, probes: [Probe]) {
        self.name = name
        self.file = file
        self.hash = hash
        self.probes = probes
    }
}
