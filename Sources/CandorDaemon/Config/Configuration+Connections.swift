import CandorYAML
import Foundation

extension Configuration {
    /// The bounds of the connection limit sized from the targets: never below libcurl's usual 16, never above
    /// 256 (each connection holds a socket and buffers).
    public static let connectionsPerHostBounds = 16...256

    /// The most connections kept open to one host and port (`connections_per_host`): the configured value, or
    /// enough for every trial the targets on the busiest host may run at once, within
    /// ``connectionsPerHostBounds``. Targets on one host share its connections, so a fixed 16 capped 50 targets
    /// on one server at 16 calls in flight whatever their `trials_per_target`.
    public var effectiveConnectionsPerHost: Int {
        if let connectionsPerHost { return connectionsPerHost }
        let needed = callsInFlightByHost.values.max() ?? 0
        return min(max(needed, Self.connectionsPerHostBounds.lowerBound), Self.connectionsPerHostBounds.upperBound)
    }

    /// The most calls the targets on each host (`host:port`) may have on the wire at once: per target the
    /// smaller of `trials_per_target` (a trial's calls are sequential) and its `max_in_flight`.
    var callsInFlightByHost: [String: Int] {
        var byHost: [String: Int] = [:]
        for target in targets {
            byHost[Self.hostAndPort(target.baseURL), default: 0] += min(trialsPerTarget, target.maxInFlight)
        }
        return byHost
    }

    /// Advice `candor check` prints without failing: a `connections_per_host` below what the targets on a host
    /// may run at once makes their trials wait for a connection (and count as late).
    public var connectionWarnings: [Diagnostic] {
        guard let connectionsPerHost else { return [] }
        return callsInFlightByHost.sorted { $0.key < $1.key }.compactMap { host, needed in
            guard needed > connectionsPerHost else { return nil }
            return Diagnostic(
                at: connectionsPerHostLocation ?? SourceLocation(file: file, line: 1, column: 1),
                "warning: connections_per_host \(connectionsPerHost) is below the \(needed) calls the targets on "
                    + "\(host) may have in flight (trials_per_target, max_in_flight); their trials wait for a "
                    + "connection: raise it to \(needed) or remove it to size it from the targets"
            )
        }
    }

    /// `host:port` of a URL, with the scheme's default port, as libcurl groups connections.
    static func hostAndPort(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return url }
        let port = components.port ?? (components.scheme == "https" ? 443 : 80)
        return "\(host.lowercased()):\(port)"
    }
}
