import CandorAlerts
import CandorCore
import CandorProviders
import CandorRules
import Foundation

extension JSONScanner {
    /// A `candor.sample/v1` record with what a replay reads, or `nil` when the line is not JSON or not
    /// of the record's shape (the caller then asks `JSONDecoder`, which says why, or reads a form this
    /// does not take, such as a repeated key). Left out, each still checked as JSON: the prompts (`messages`
    /// come back empty), tool logs and calls, reasoning and log probabilities, none of which a signal, a
    /// detector or an alert reads.
    mutating func trialRecord() -> TrialRecord? {
        var fields = (schema: String?.none, trialId: String?.none, time: Date?.none, target: String?.none)
        var more = (model: String?.none, probe: String?.none, item: String?.none, seed: UInt64?.none)
        var rest = (
            hash: String?.none, sampling: SamplingParameters?.none, exchanges: [TrialRecord.Exchange]?.none,
            observation: Observation?.none, duration: Double?.none
        )
        guard take(UInt8(ascii: "{")) else { return fail() }
        var first = true
        var seen: [String] = []
        while let key = key(first: &first) {
            if seen.contains(key) { return fail() }
            seen.append(key)
            switch key {
            case "schema": fields.schema = string()
            case "trialId": fields.trialId = string()
            case "time": fields.time = date()
            case "target": fields.target = string()
            case "model": more.model = string()
            case "probe": more.probe = string()
            case "item": more.item = string()
            case "seed": more.seed = unsigned()
            case "rulePackHash": rest.hash = string()
            case "sampling": rest.sampling = sampling()
            case "exchanges": rest.exchanges = array { $0.exchange() }
            case "observation": rest.observation = observation()
            case "durationSeconds": rest.duration = number()
            default: skip()
            }
            if failed { return nil }
        }
        guard atEnd(), let schema = fields.schema, let trialId = fields.trialId, let time = fields.time,
            let target = fields.target, let model = more.model, let probe = more.probe, let item = more.item,
            let seed = more.seed, let hash = rest.hash, let sampling = rest.sampling, let exchanges = rest.exchanges,
            let observation = rest.observation, let duration = rest.duration
        else { return fail() }
        var record = TrialRecord(
            trialId: trialId,
            time: time,
            target: target,
            model: model,
            probe: probe,
            item: item,
            seed: seed,
            rulePackHash: hash,
            sampling: sampling,
            exchanges: exchanges,
            observation: observation,
            durationSeconds: duration
        )
        record.schema = schema
        return record
    }

    /// An array of `element`s; `nil` if any is not one.
    mutating func array<T>(_ read: (inout JSONScanner) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return fail() }
        var elements: [T] = []
        var first = true
        while element(first: &first) {
            guard let value = read(&self) else { return fail() }
            elements.append(value)
        }
        return failed ? nil : elements
    }

    /// An object's members, each read by `member` (which must consume the value) with its key. A repeated key
    /// fails: `JSONDecoder` keeps the first value of a key, and the line goes to it.
    mutating func object(_ member: (inout JSONScanner, String) -> Void) -> Bool {
        guard take(UInt8(ascii: "{")) else { return fail() ?? false }
        var first = true
        var seen: [String] = []
        while let key = key(first: &first) {
            if seen.contains(key) { return fail() ?? false }
            seen.append(key)
            member(&self, key)
            if failed { return false }
        }
        return !failed
    }

    /// A time as ``Timestamp`` writes it (`2026-12-03T18:05:44.123Z`), read by hand; any other form of
    /// RFC 3339 through ``Timestamp/parse(_:)``.
    mutating func date() -> Date? {
        guard let text = string() else { return nil }
        let digits = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(digits[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        if digits.count == 24, digits[4] == 45, digits[7] == 45, digits[10] == 84, digits[13] == 58,
            digits[16] == 58, digits[19] == 46, digits[23] == 90, let year = number(0..<4),
            let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19), let milliseconds = number(20..<23),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        {
            // Days since 1970 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
            let shifted = month <= 2 ? year - 1 : year
            let era = (shifted >= 0 ? shifted : shifted - 399) / 400
            let yearOfEra = shifted - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second)
            return Date(timeIntervalSince1970: seconds + Double(milliseconds) / 1_000)
        }
        return Timestamp.parse(text) ?? fail()
    }

    private mutating func sampling() -> SamplingParameters? {
        var temperature: Double?
        var maxTokens: Int?
        var seed: Int?
        guard
            object({ scanner, key in
                switch key {
                case "temperature": temperature = scanner.null() ? nil : scanner.number()
                case "maxTokens": maxTokens = scanner.integer()
                case "seed": seed = scanner.null() ? nil : scanner.integer()
                default: scanner.skip()
                }
            }), let maxTokens
        else { return fail() }
        return SamplingParameters(temperature: temperature, maxTokens: maxTokens, seed: seed)
    }

    private mutating func exchange() -> TrialRecord.Exchange? {
        var condition: String?
        var repetition: Int?
        var messages = false
        var response: ChatResponse?
        var error: TrialRecord.ExchangeError?
        var stopped: String?
        guard
            object({ scanner, key in
                switch key {
                case "condition": condition = scanner.string()
                case "repetition": repetition = scanner.integer()
                case "messages": messages = scanner.peek() == UInt8(ascii: "[") && scanner.skip()
                case "response": response = scanner.null() ? nil : scanner.response()
                case "error": error = scanner.null() ? nil : scanner.exchangeError()
                case "toolLoopStopped": stopped = scanner.null() ? nil : scanner.string()
                default: scanner.skip()
                }
            }), let condition, let repetition, messages
        else { return fail() }
        return TrialRecord.Exchange(
            condition: condition,
            repetition: repetition,
            messages: [],
            response: response,
            error: error,
            toolLog: nil,
            toolLoopStopped: stopped
        )
    }

    private mutating func response() -> ChatResponse? {
        var text: String?
        var optional = (model: String?.none, fingerprint: String?.none, finish: String?.none)
        var usage: TokenUsage?
        var latency: Double?
        guard
            object({ scanner, key in
                switch key {
                case "text": text = scanner.string()
                case "model": optional.model = scanner.null() ? nil : scanner.string()
                case "fingerprint": optional.fingerprint = scanner.null() ? nil : scanner.string()
                case "finishReason": optional.finish = scanner.null() ? nil : scanner.string()
                case "usage": usage = scanner.null() ? nil : scanner.usage()
                case "latencySeconds": latency = scanner.number()
                default: scanner.skip()
                }
            }), let text, let latency
        else { return fail() }
        return ChatResponse(
            text: text,
            model: optional.model,
            fingerprint: optional.fingerprint,
            finishReason: optional.finish,
            usage: usage,
            latencySeconds: latency
        )
    }

    private mutating func usage() -> TokenUsage? {
        var prompt: Int?
        var completion: Int?
        guard
            object({ scanner, key in
                switch key {
                case "promptTokens": prompt = scanner.integer()
                case "completionTokens": completion = scanner.integer()
                default: scanner.skip()
                }
            }), let prompt, let completion
        else { return fail() }
        return TokenUsage(promptTokens: prompt, completionTokens: completion)
    }

    private mutating func exchangeError() -> TrialRecord.ExchangeError? {
        var code: String?
        var message: String?
        var status: Int?
        var skipped: Bool?
        guard
            object({ scanner, key in
                switch key {
                case "code": code = scanner.string()
                case "message": message = scanner.string()
                case "status": status = scanner.null() ? nil : scanner.integer()
                case "skipped": skipped = scanner.null() ? nil : scanner.bool()
                default: scanner.skip()
                }
            }), let code, let message
        else { return fail() }
        return TrialRecord.ExchangeError(code: code, message: message, status: status, skipped: skipped)
    }

    private mutating func observation() -> Observation? {
        var outcome: String?
        var maps = (values: [String: Double]?.none, labels: [String: String]?.none)
        var extracted: [String: [String]]?
        var reason: String?
        var slotCompliant: Bool?
        guard
            object({ scanner, key in
                switch key {
                case "outcome": outcome = scanner.string()
                case "values": maps.values = scanner.dictionary { $0.number() }
                case "labels": maps.labels = scanner.dictionary { $0.string() }
                case "extracted": extracted = scanner.dictionary { $0.array { $0.string() } }
                case "reason": reason = scanner.string()
                case "slotCompliant": slotCompliant = scanner.null() ? nil : scanner.bool()
                default: scanner.skip()
                }
            }), let outcome, let values = maps.values, let labels = maps.labels, let extracted, let reason
        else { return fail() }
        return Observation(
            outcome: Observation.Outcome(rawValue: outcome),
            values: values,
            labels: labels,
            extracted: extracted,
            reason: reason,
            slotCompliant: slotCompliant
        )
    }

    /// An object of `value`s by key.
    private mutating func dictionary<T>(_ value: (inout JSONScanner) -> T?) -> [String: T]? {
        var result: [String: T] = [:]
        guard
            object({ scanner, key in
                guard let element = value(&scanner) else {
                    let _: T? = scanner.fail()
                    return
                }
                result[key] = element
            })
        else { return nil }
        return result
    }
}
