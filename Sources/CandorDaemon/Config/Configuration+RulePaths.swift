import CandorYAML
import Foundation

extension Configuration {
    /// Each `rules` path that `candor run` could not read, at the config line that names it: missing,
    /// or not readable by this user (a directory must also be searchable). Checked before the rules
    /// are loaded, so the error points at the config line to fix rather than at the missing path.
    public func rulePathDiagnostics() -> [Diagnostic] {
        rulePaths.compactMap { path in
            guard let problem = Self.readProblem(path) else { return nil }
            let location = rulePathLocations[path] ?? SourceLocation(file: file, line: 1, column: 1)
            return Diagnostic(at: location, "rules: \(path): \(problem); fix the path or remove it from 'rules'")
        }
    }

    /// Why `path` cannot be read as a rule file or directory, or nil.
    private static func readProblem(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return String(cString: strerror(errno)).lowercased() }
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        guard access(path, isDirectory ? R_OK | X_OK : R_OK) == 0 else {
            return String(cString: strerror(errno)).lowercased() + " (the user candor runs as must be able to read it)"
        }
        return nil
    }
}
