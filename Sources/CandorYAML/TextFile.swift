import Foundation

/// Reads config and rule files as UTF-8 text, saying exactly what is wrong when that fails: the
/// system's reason for a file that cannot be read, and the byte, line and column of the first
/// byte that is not UTF-8.
public enum TextFile {
    /// The largest file read: 64 MiB.
    public static let maximumSize = 64 << 20

    /// The bytes and text of the file at `path`; `kind` names it in messages ("config file").
    ///
    /// - Throws: ``DiagnosticsError`` with one located diagnostic: the file cannot be opened or
    ///   read (with the reason), is a directory, or is not valid UTF-8.
    public static func read(_ path: String, kind: String) throws(DiagnosticsError) -> (data: Data, text: String) {
        let data = try contents(path, kind: kind)
        return (data, try decode(data, file: path, kind: kind))
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``DiagnosticsError`` saying why the file cannot be read.
    public static func contents(_ path: String, kind: String) throws(DiagnosticsError) -> Data {
        func failure(_ reason: String) -> DiagnosticsError {
            DiagnosticsError([
                Diagnostic(
                    file: path,
                    line: 1,
                    column: 1,
                    message: "cannot read the \(kind): \(reason); check the path and that candor may read it"
                )
            ])
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw failure("it is a directory")
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw failure(String(cString: strerror(errno)))
        }
        // Also ends the read of an endless file such as /dev/zero given by mistake.
        guard data.count <= maximumSize else {
            throw failure("it is larger than \(maximumSize / (1 << 20)) MiB, far more than any config or rule file")
        }
        return data
    }

    /// `data` as text.
    ///
    /// - Throws: ``DiagnosticsError`` at the line and column of the first byte that is not
    ///   UTF-8, naming that byte's 1-based position in the file.
    public static func decode(_ data: Data, file: String, kind: String) throws(DiagnosticsError) -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        let bad = firstInvalidByte(in: data) ?? 0
        let location = position(ofByte: bad, in: data, file: file)
        throw DiagnosticsError([
            Diagnostic(
                at: location,
                "the \(kind) is not valid UTF-8 at byte \(bad + 1) (0x\(String(data[data.startIndex + bad], radix: 16))); "
                    + "save it as UTF-8"
            )
        ])
    }

    /// The 0-based offset of the first byte of `data` that does not start or continue a valid
    /// UTF-8 sequence, or `nil` if all of it is UTF-8.
    public static func firstInvalidByte(in data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return min(offset, max(data.count - 1, 0))
            }
        }
    }

    /// The line and column of the byte at 0-based `offset`, counted as the YAML parser counts
    /// its positions (lines end at LF, CR, CRLF, NEL, LS or PS; columns count characters), so
    /// that they match what an editor shows.
    public static func position(ofByte offset: Int, in data: Data, file: String) -> SourceLocation {
        let prefix = String(decoding: data.prefix(offset), as: UTF8.self)
        return YAMLSourceText(prefix).location(ofCharacter: prefix.count, file: file)
    }
}
