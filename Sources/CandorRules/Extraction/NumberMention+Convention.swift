/// Which convention a number's separators follow (number rule 30): where English and the continental languages
/// read a number differently, the number's own form, the reply's language and its other numbers decide, and only
/// when none of them does is the number ambiguous.
extension NumberMention {
    /// The conventions a reply's numbers are written in, by their form alone: whether one of them reads only as
    /// English writes numbers ("1,234.50", "1,204,500") and whether one reads only as the continental languages do
    /// ("2.529,75", "7,5", "1.204.500").
    struct Formats {
        /// How many numbers read only in English.
        var english = 0
        /// How many numbers read only in the continental convention.
        var continental = 0

        /// The formats of the numbers of `reply`, in one pass over its words.
        init(_ reply: ReplyTokens, _ bytes: [UInt8]) {
            for token in reply.tokens {
                guard let first = token.word.utf8.first, first >= 48 && first <= 57,
                    let digits = Digits(unitless(bytes[token.start..<max(token.start, token.end)])),
                    !digits.separators.isEmpty, !digits.isThousandsShaped
                else { continue }
                let english = digits.reading(nonEnglish: false)
                let continental = digits.reading(nonEnglish: true)
                if english != nil, continental == nil { self.english += 1 }
                if continental != nil, english == nil { self.continental += 1 }
            }
        }
    }

    /// The value of `digits` that the reply settles, or nil when it settles none (the caller keeps its reading).
    /// A number that only one convention reads ("2.529,75", "157,5") reads so in a reply of that convention's
    /// language or beside another number written only that way ("21 × 7,5 h = 157,5 h"), never beside one written
    /// the other way ("It is 2,5 days." alone stays ambiguous); a dot before three digits ("7.975") groups thousands
    /// beside a number written only the continental way, a comma before three digits ("3,750") beside one written
    /// only the English way. The question can settle the rest (``NumberExtractor/groupsThousands(_:)``).
    static func settledReading(_ digits: Digits, nonEnglish: Bool, formats: Formats) -> String? {
        let english = digits.reading(nonEnglish: false)
        let continental = digits.reading(nonEnglish: true)
        guard digits.isThousandsShaped else {
            if let english, continental == nil, formats.continental == 0, !nonEnglish || formats.english >= 2 {
                return english
            }
            if let continental, english == nil, formats.english == 0, nonEnglish || formats.continental >= 2 {
                return continental
            }
            return nil
        }
        let plain = digits.groups.map(digits.text).joined()
        if digits.separators.first == UInt8(ascii: ".") {
            return formats.continental > 0 && formats.english == 0 ? plain : nil
        }
        return formats.english > 0 && formats.continental == 0 ? plain : nil
    }
}

extension Digits {
    /// Whether the digits are one to three digits, one separator and three digits ("7.975", "3,750"): thousands in
    /// one convention, a decimal in the other.
    var isThousandsShaped: Bool {
        separators.count == 1 && groups.count == 2 && groups[1].count == 3 && (1...3).contains(groups[0].count)
            && groups[0].first != 48
    }
}
