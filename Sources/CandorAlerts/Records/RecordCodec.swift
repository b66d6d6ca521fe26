import Foundation

/// The one JSON codec of every record Candor writes or reads back: sample and alert lines, the
/// state database's trials, alerts, outbox rows and silences, the status API. Keys sorted, slashes
/// unescaped, times as RFC 3339 UTC with milliseconds (``Timestamp``); times without a fraction,
/// as records of earlier versions hold them, read as well.
public enum RecordCodec {
    /// The encoder every record goes through.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    /// A decoder for records written with ``encoder()`` (or with whole-second times).
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not an RFC 3339 time"
                )
            }
            return date
        }
        return decoder
    }
}
