import Foundation

/// A target's daily token budget, counted from the usage its API reports and renewed at
/// midnight UTC. Once spent, calls are refused until the next day.
///
/// Calls already in flight when the budget runs out still finish, so a day may overshoot by
/// what they use. Pure: every call takes the current date. The count lives in memory; a reload
/// carries it over and a restart rebuilds it from the recorded trials (``GuardState``).
public struct DailyTokenBudget: Sendable, Hashable {
    /// Tokens allowed per UTC day.
    public let limit: Int
    /// Tokens used so far on ``day``.
    public private(set) var spent: Int = 0
    /// The UTC day counted, as days since 1970-01-01.
    public private(set) var day: Int?

    /// Creates a budget of `limit` tokens a day.
    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Creates a budget of `limit` tokens a day of which `spent` went on UTC day `day`.
    public init(limit: Int, spent: Int, day: Int?) {
        self.limit = max(1, limit)
        self.spent = day == nil ? 0 : max(0, spent)
        self.day = day
    }

    /// Whether a call may be made at `now`; a new UTC day renews the budget first.
    public mutating func admits(at now: Date) -> Bool {
        roll(to: now)
        return spent < limit
    }

    /// Adds the tokens a call used; returns true when this spends the rest of the budget.
    @discardableResult
    public mutating func record(_ tokens: Int, at now: Date) -> Bool {
        roll(to: now)
        let before = spent
        spent += max(0, tokens)
        return before < limit && spent >= limit
    }

    /// When the budget is next renewed: the midnight UTC after `now`.
    public static func renewal(after now: Date) -> Date {
        Date(timeIntervalSince1970: Double(dayNumber(now) + 1) * 86_400)
    }

    private mutating func roll(to now: Date) {
        let today = Self.dayNumber(now)
        if day != today {
            day = today
            spent = 0
        }
    }

    /// The UTC day of `date`, as days since 1970-01-01.
    static func dayNumber(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}
