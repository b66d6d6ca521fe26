/// A request body that JSON cannot express, such as an infinite temperature.
struct RequestEncodingError: Error, CustomStringConvertible {
    /// Which value was refused and why, such as `temperature is inf, which JSON cannot express`.
    var description: String
}
