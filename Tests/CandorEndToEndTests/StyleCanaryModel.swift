import CandorTestSupport

/// A scripted model for the `canaries.style` probe that answers every request correctly in one of two house
/// styles: a model and its silent replacement, which say the same things formatted differently.
enum StyleCanaryModel: Sendable {
    /// Numbered lists, ISO dates, digits, full sentences with a period.
    case formal
    /// Dashed lists, written dates, number words, no final period.
    case casual

    /// What an answer says, whatever its format.
    enum Content {
        case list([String])
        case date(year: Int, month: Int, day: Int)
        case unit(String)
        case sentence(String)
        case count(Int, String)
    }

    /// The answers, by a phrase of their request.
    static let answers: [(phrase: String, content: Content)] = [
        ("tent brands", .list(["Big Agnes", "MSR", "Nemo"])),
        ("layers", .list(["Base layer", "Insulating fleece", "Waterproof shell"])),
        ("first-aid kit", .list(["Adhesive bandages", "Gauze pads", "Antiseptic wipes"])),
        ("fitting hiking boots", .list(["Fit late in the day", "Wear hiking socks", "Check the toe room"])),
        ("fuel types", .list(["Canister gas", "White gas", "Alcohol"])),
        ("closing duties", .list(["Count the till", "Restock the aisles", "Lock the rental cage"])),
        ("return sleeping bags", .list(["Too warm", "Wrong length", "Zipper snags"])),
        ("renting a kayak", .list(["Life jacket", "Whistle", "Bilge pump"])),
        ("summer solstice", .date(year: 2026, month: 6, day: 21)),
        ("New Year's Day", .date(year: 2027, month: 1, day: 1)),
        ("Independence Day", .date(year: 2026, month: 7, day: 4)),
        ("last day of March", .date(year: 2026, month: 3, day: 31)),
        ("Halloween", .date(year: 2026, month: 10, day: 31)),
        ("rope diameter", .unit("millimeters")),
        ("temperature rating", .unit("degrees Fahrenheit")),
        ("capacity", .unit("liters")),
        ("heat output", .unit("BTUs per hour")),
        ("tent weight", .unit("pounds and ounces")),
        ("heel-to-toe drop", .unit("millimeters")),
        ("welcoming new seasonal staff", .sentence("Welcome to Harbourline, we are glad you are here")),
        ("closes early", .sentence("The Bend store is closing early today because of the storm")),
        ("recycling old gear", .sentence("Thank you for recycling your old gear with us")),
        ("bike maintenance clinic", .sentence("Join us Saturday in Eugene for a free bike maintenance clinic")),
        ("backordered rain jacket", .sentence("Your backordered rain jacket ships next week")),
        ("carabiners", .count(48, "carabiners")),
        ("wool socks", .count(45, "pairs")),
        ("How many hours", .count(8, "hours")),
        ("trail snacks", .list(["Trail mix", "Jerky", "Energy bars"])),
        ("water treatment", .list(["Pump filters", "Purification tablets", "UV pens"])),
        ("Leave No Trace", .list(["Plan ahead", "Travel on durable surfaces", "Dispose of waste properly"])),
        ("navigation tools", .list(["Topographic map", "Baseplate compass", "Altimeter"])),
        ("autumn newsletter", .sentence("Fall jackets have landed")),
    ]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let words = [8: "eight", 45: "forty-five", 48: "forty-eight"]

    /// The reply to `request` in this style.
    func reply(to request: ChatRequestSeen) -> ScriptedReply {
        let text = request.messages.last { $0.role == "user" }?.content ?? ""
        guard let content = Self.answers.first(where: { text.contains($0.phrase) })?.content else {
            return .answer("Could you rephrase that?")
        }
        return .answer(render(content))
    }

    /// `content` in this style.
    func render(_ content: Content) -> String {
        switch (self, content) {
        case (.formal, .list(let items)):
            return items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        case (.casual, .list(let items)):
            return items.map { "- \($0.lowercased())" }.joined(separator: "\n")
        case (.formal, .date(let year, let month, let day)):
            return String(format: "%04d-%02d-%02d", year, month, day)
        case (.casual, .date(let year, let month, let day)):
            return "\(Self.months[month - 1]) \(day), \(year)"
        case (.formal, .unit(let unit)):
            return "It is given in \(unit)."
        case (.casual, .unit(let unit)):
            return unit
        case (.formal, .sentence(let sentence)):
            return sentence + "."
        case (.casual, .sentence(let sentence)):
            return sentence.lowercased() + "!"
        case (.formal, .count(let number, let noun)):
            return "\(number) \(noun)."
        case (.casual, .count(let number, let noun)):
            return "\(Self.words[number] ?? String(number)) \(noun)"
        }
    }
}
