/// A JSON value of any shape, decoded only to learn that a field is there and not `null` (such
/// as an `error` object whose layout differs between servers).
struct JSONPresence: Decodable {
    init(from decoder: any Decoder) throws {}
}
