import CandorAlerts
import CandorCore
import CandorRules
import CandorStore
import Foundation
import Logging

/// Reuses neutral belief elicitations across trials: the answers a target's model gave to an item's belief prompts
/// (``Probe/cachedBeliefConditions``) are kept in the state database per target, probe and item with the prompt
/// and model fingerprint they were asked under, and later trials of the item send only the other conditions and
/// are scored against the cached answers. A belief is asked again when it is older than the target's
/// `belief_max_age`, when its prompt was reworded, and when the target reports another model fingerprint than the
/// one it was asked under (the trial then asks it at once). A re-asked belief that differs from the one it
/// replaces is logged and counted (``StoredBelief/changes``).
///
/// The store is the cache, so a restart keeps it. A failure to read or write it is logged and the trial asks
/// every prompt, as without the cache.
public struct BeliefCache: Sendable {
    /// Why a trial asked a belief rather than reusing it.
    public enum Refresh: String, Sendable {
        /// No belief of the item was cached.
        case first
        /// The cached belief was older than `belief_max_age`.
        case schedule
        /// The belief prompts were reworded (rule pack or sampling change).
        case prompt
        /// The target reported another model fingerprint than the cached belief's.
        case fingerprint
    }

    /// What a lookup found: the cached belief if it may be used now, else why it is asked, with the entry it
    /// replaces.
    public struct Lookup: Sendable {
        /// The cached belief's exchanges, each marked with when it was asked; nil when the belief must be asked.
        public var exchanges: [TrialRecord.Exchange]?
        /// Why the belief must be asked; nil for a usable cached belief.
        public var refresh: Refresh?
        /// The entry stored before this trial, if any.
        public var previous: StoredBelief?
    }

    private let store: Store
    private let clock: CandorClock
    private let logger: Logger

    /// Creates a cache kept in `store`; `clock` dates and ages the entries, `logger` hears changed beliefs.
    public init(store: Store, clock: CandorClock, logger: Logger) {
        self.store = store
        self.clock = clock
        self.logger = logger
    }

    /// The cached belief of `item` on `target` asked with `prompt`, if one younger than `maxAge` exists.
    public func lookup(
        target: String,
        probe: String,
        item: String,
        prompt: String,
        maxAge: Duration
    ) async -> Lookup {
        let previous: StoredBelief?
        do {
            previous = try await store.belief(target: target, probe: probe, item: item)
        } catch {
            logger.warning("could not read the belief cache: \(error)", metadata: ["candor.target": "\(target)"])
            return Lookup(exchanges: nil, refresh: .first, previous: nil)
        }
        guard let previous else { return Lookup(exchanges: nil, refresh: .first, previous: nil) }
        guard previous.prompt == prompt else { return Lookup(exchanges: nil, refresh: .prompt, previous: previous) }
        guard clock.now().timeIntervalSince(previous.asked) < maxAge.timeInterval,
            var exchanges = try? RecordCodec.decoder().decode([TrialRecord.Exchange].self, from: previous.exchanges)
        else { return Lookup(exchanges: nil, refresh: .schedule, previous: previous) }
        for index in exchanges.indices { exchanges[index].cachedAt = previous.asked }
        return Lookup(exchanges: exchanges, refresh: nil, previous: previous)
    }

    /// Caches the belief a trial asked: `exchanges` (the belief conditions' answers, every call answered) under
    /// `prompt` and the `modelFingerprint` they came from, `belief` as the scorer read them. Logs and counts a
    /// belief that differs from the one asked before with the same prompt.
    public func save(
        _ exchanges: [TrialRecord.Exchange],
        of record: TrialRecord,
        prompt: String,
        modelFingerprint: String,
        belief: String,
        lookup: Lookup
    ) async {
        let previous = lookup.previous
        let changed = previous.map { $0.prompt == prompt && $0.belief != belief } ?? false
        let metadata: Logger.Metadata = [
            "candor.target": "\(record.target)", "candor.probe": "\(record.probe)", "candor.item": "\(record.item)",
            "candor.refresh": "\(lookup.refresh?.rawValue ?? "")", "candor.trial": "\(record.trialId)",
        ]
        if changed, let previous {
            var changedMetadata = metadata
            changedMetadata["candor.from"] = "\(previous.belief)"
            changedMetadata["candor.to"] = "\(belief)"
            logger.notice(
                "belief changed; later trials of the item are scored against the new one",
                metadata: changedMetadata
            )
        } else {
            logger.debug("belief asked", metadata: metadata)
        }
        do {
            try await store.save(
                belief: StoredBelief(
                    target: record.target,
                    probe: record.probe,
                    item: record.item,
                    prompt: prompt,
                    modelFingerprint: modelFingerprint,
                    belief: belief,
                    exchanges: try RecordCodec.encoder().encode(exchanges),
                    asked: clock.now(),
                    changes: (previous?.changes ?? 0) + (changed ? 1 : 0)
                )
            )
        } catch {
            logger.warning("could not write the belief cache: \(error)", metadata: metadata)
        }
    }

    /// The belief prompts of `plan` as sent, as one canonical text: the rendered messages of every request of
    /// `conditions` with its sampling parameters. A reworded prompt or changed sampling gives another text.
    public static func prompt(of plan: TrialPlan, conditions: Set<String>, sampling: SamplingParameters) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return plan.requests.filter { conditions.contains($0.condition) }.map { request in
            let parameters = (try? encoder.encode(sampling.merged(with: request.sampling))) ?? Data()
            let messages = request.messages.map { "\($0.role.rawValue): \($0.content)" }.joined(separator: "\n")
            return "\(request.condition)#\(request.repetition) \(String(decoding: parameters, as: UTF8.self))\n"
                + messages
        }
        .joined(separator: "\n\n")
    }

    /// The belief the answers of `conditions` state as `observation` read them: their one value, or every value
    /// read when they disagree (no consistent belief).
    public static func belief(of observation: Observation, conditions: [String]) -> String {
        let read = conditions.flatMap { observation.extracted[$0] ?? [] }
        var distinct: [String] = []
        for value in read where !distinct.contains(value) { distinct.append(value) }
        return distinct.count == 1 ? distinct[0] : "no consistent belief (\(read.joined(separator: ", ")))"
    }

    /// The model fingerprint of the calls in `exchanges`: the model the target reported (else the one asked for)
    /// and its backend fingerprint, from the last answered call; nil when none was answered.
    public static func modelFingerprint(of exchanges: [TrialRecord.Exchange], model: String) -> String? {
        guard let response = exchanges.last(where: { $0.response != nil })?.response else { return nil }
        return [response.model ?? model, response.fingerprint].compactMap { $0 }.joined(separator: " ")
    }
}
