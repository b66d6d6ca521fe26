/// Appends alerts to a JSON Lines file (`alerts.jsonl`), one record per line.
public struct AlertFileSink: Sendable {
    private let file: JSONLinesFile

    /// Opens the sink's file for appending.
    ///
    /// - Throws: ``FileError`` if the file cannot be opened.
    public init(path: String) throws(FileError) {
        self.file = try JSONLinesFile(path: path)
    }

    /// The file's path.
    public var path: String { file.path }

    /// Writes `alert` as one line.
    ///
    /// - Throws: ``FileError`` if the write fails.
    public func deliver(_ alert: Alert) throws(FileError) {
        try file.append(alert)
    }

    /// Flushes and closes the file.
    public func close() {
        file.close()
    }
}
