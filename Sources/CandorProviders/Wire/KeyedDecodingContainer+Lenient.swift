/// The two ways a response's fields are read besides the strict `decodeIfPresent`: informative
/// fields of the wrong type are dropped rather than failing the answer, and an `error` member is
/// noticed whatever its shape.
///
/// `ModelEndpoint.decode` checks the whole body's syntax before any field is decoded, so the
/// `try?` here only ever swallows a value of another shape, never a body that is not JSON.
extension KeyedDecodingContainer {
    /// The value at `key`, or `nil` when it is missing, `null` or of another shape.
    func lenient<Value: Decodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }

    /// Whether `key` is present with a value other than `null`, of any shape.
    func holdsValue(forKey key: Key) -> Bool {
        guard contains(key) else { return false }
        return (try? decodeNil(forKey: key)) == false
    }
}
