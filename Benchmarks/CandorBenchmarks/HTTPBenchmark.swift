import ArgumentParser
import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Glibc

/// `candor-bench http`: Candor's client throughput and CPU per request against nginx answering a
/// canned chat completion on 127.0.0.1, measured in the same run as `wrk` and `curl --parallel`
/// at equal concurrency, all over keep-alive connections.
///
/// Needs `nginx` and `wrk` (Debian: `apt-get install -y nginx wrk`); `curl` is measured when
/// present. Client CPU is the process's user + system time (getrusage) over the run, which
/// includes libcurl's thread; wrk's and curl's are read from `RUSAGE_CHILDREN` once they exit.
/// Every client runs once per round, in a rotating order, and the table shows medians, so a
/// burst of load from elsewhere on the machine skews one sample rather than one client.
struct HTTPBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http",
        abstract: "HTTP client throughput and CPU per request against a local nginx, next to wrk."
    )

    @Option(help: "Requests in flight at once (connections for wrk).")
    var concurrency = 16

    @Option(help: "Seconds each measurement runs.")
    var seconds = 10

    @Option(help: "The nginx binary.")
    var nginx = "/usr/sbin/nginx"

    @Option(help: "The wrk binary.")
    var wrk = "/usr/bin/wrk"

    @Option(help: "The curl binary (skipped when missing).")
    var curl = "/usr/bin/curl"

    @Option(help: "Rounds of every measurement; the table shows each client's median.")
    var rounds = 3

    /// What is measured.
    enum Client: CaseIterable {
        case wrk, curl, transport, modelClient

        var name: String {
            switch self {
            case .wrk: "wrk (1 thread)"
            case .curl: "curl --parallel (libcurl's CLI)"
            case .transport: "CurlTransport.send"
            case .modelClient: "OpenAIChatClient.complete"
            }
        }
    }

    /// The request body wrk, curl and the raw transport send.
    static let requestBody =
        #"{"model":"bench-1","messages":[{"role":"user","content":"Is it safe?"}],"max_tokens":16}"#

    /// The canned answer nginx serves, a typical small chat completion.
    static let completion =
        #"{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench-1","#
        + #""system_fingerprint":"fp_bench","choices":[{"index":0,"message":{"role":"assistant","#
        + #""content":"No, it is not safe to do that."},"logprobs":null,"finish_reason":"stop"}],"#
        + #""usage":{"prompt_tokens":24,"completion_tokens":9,"total_tokens":33}}"#

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("candor-bench-http-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let port = try LoopbackPort.free()
        let server = try startNginx(in: directory.path, port: port)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        try await Self.waitForPort(port)
        let url = "http://127.0.0.1:\(port)/v1"

        let transport = CurlTransport(maxConnectionsPerHost: concurrency)
        defer { transport.shutdown() }
        let client = OpenAIChatClient(
            endpoint: ModelEndpoint(
                name: "bench",
                baseURL: url,
                model: "bench-1",
                apiKey: Secret("sk-bench"),
                maxInFlight: concurrency
            ),
            transport: transport
        )
        let request = ChatRequest(
            messages: [
                ChatMessage(role: .system, content: "You are a careful assistant."),
                ChatMessage(role: .user, content: "Is it safe to mix bleach and ammonia?"),
            ],
            sampling: SamplingParameters(temperature: 0, maxTokens: 16)
        )
        let rawRequest = HTTPRequest(
            method: .post,
            url: url + "/chat/completions",
            headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(Self.requestBody.utf8)
        )
        let clients = Client.allCases.filter { $0 != .curl || FileManager.default.isExecutableFile(atPath: curl) }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        func measure(_ contender: Client, seconds: Int) async throws -> Result {
            switch contender {
            case .wrk: try runWrk(url: url + "/chat/completions", seconds: seconds, directory: directory.path)
            case .curl: try runCurl(url: url + "/chat/completions", seconds: seconds)
            case .transport: try await self.measure(seconds: seconds) { _ = try await transport.send(rawRequest) }
            case .modelClient: try await self.measure(seconds: seconds) { _ = try await client.complete(request) }
            }
        }
        // Warm up nginx, connections and caches.
        for client in clients { _ = try await measure(client, seconds: 1) }
        var samples: [Client: [Result]] = [:]
        for round in 0..<max(1, rounds) {
            for index in clients.indices {
                let client = clients[(index + round) % clients.count]
                samples[client, default: []].append(try await measure(client, seconds: seconds))
            }
        }
        let medians = samples.mapValues { runs in
            Result(rate: Figures.median(runs.map(\.rate)), cpuMicros: Figures.median(runs.map(\.cpuMicros)))
        }
        let wrkRate = medians[.wrk]?.rate ?? 0

        print("## HTTP client: Candor vs wrk against nginx on 127.0.0.1\n")
        print(
            "concurrency \(concurrency), keep-alive, \(seconds) s per run, median of \(max(1, rounds)) rounds, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) at start\n"
        )
        print("| client | requests/s | % of wrk | client CPU µs/request |")
        print("|---|---:|---:|---:|")
        for client in clients {
            guard let result = medians[client] else { continue }
            let share = wrkRate > 0 ? result.rate / wrkRate * 100 : 0
            // curl's time does not reach RUSAGE_CHILDREN through timeout here (under 1 µs a
            // request is no measurement): shown as n/a.
            let cpu = client != .curl && result.cpuMicros >= 1 ? Figures.format(result.cpuMicros, 1) : "n/a"
            print("| \(client.name) | \(Figures.format(result.rate, 0)) | \(Figures.format(share, 1)) | \(cpu) |")
        }
    }

    /// Requests per second and CPU microseconds per request of one run.
    struct Result {
        var rate: Double
        var cpuMicros: Double
    }

    /// Runs `operation` from `concurrency` tasks for `seconds`; errors count as failures and abort.
    private func measure(seconds: Int, _ operation: @escaping @Sendable () async throws -> Void) async throws -> Result
    {
        let cpuBefore = Self.cpuSeconds(RUSAGE_SELF.rawValue)
        let start = ContinuousClock.now
        let deadline = start + .seconds(seconds)
        let count = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var done = 0
                    while ContinuousClock.now < deadline {
                        try await operation()
                        done += 1
                    }
                    return done
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        let cpu = Self.cpuSeconds(RUSAGE_SELF.rawValue) - cpuBefore
        return Result(rate: Double(count) / elapsed, cpuMicros: count > 0 ? cpu / Double(count) * 1e6 : 0)
    }

    private func startNginx(in directory: String, port: Int) throws -> Process {
        let body = Self.completion.replacingOccurrences(of: "'", with: "\\'")
        let config = """
            worker_processes 1;
            daemon off;
            pid \(directory)/nginx.pid;
            error_log \(directory)/error.log;
            events { worker_connections 4096; }
            http {
                access_log off;
                keepalive_requests 10000000;
                client_body_temp_path \(directory);
                proxy_temp_path \(directory);
                fastcgi_temp_path \(directory);
                uwsgi_temp_path \(directory);
                scgi_temp_path \(directory);
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        default_type application/json;
                        return 200 '\(body)';
                    }
                }
            }
            """
        try config.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nginx)
        process.arguments = ["-c", directory + "/nginx.conf", "-p", directory]
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot start \(nginx): \(error); install it with: apt-get install -y nginx wrk")
        }
        return process
    }

    private func runWrk(url: String, seconds: Int, directory: String) throws -> Result {
        let script = directory + "/post.lua"
        try """
        wrk.method = "POST"
        wrk.body = '\(Self.requestBody)'
        wrk.headers["Content-Type"] = "application/json"
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t", "1", "-c", "\(concurrency)", "-d", "\(seconds)s", "-s", script, url]
        let output = Pipe()
        process.standardOutput = output
        let cpuBefore = Self.cpuSeconds(RUSAGE_CHILDREN.rawValue)
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot start \(wrk): \(error); install it with: apt-get install -y nginx wrk")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The nginx child has not exited yet, so RUSAGE_CHILDREN grew by wrk's time alone.
        let cpu = Self.cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpuBefore
        func number(after label: String) -> Double {
            guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }) else { return 0 }
            return Double(line.split(separator: " ").last.map(String.init) ?? "") ?? 0
        }
        let rate = number(after: "Requests/sec:")
        return Result(rate: rate, cpuMicros: rate > 0 ? cpu / (rate * Double(seconds)) * 1e6 : 0)
    }

    /// `curl --parallel` at the same concurrency, over an endless glob of URLs, stopped after
    /// `seconds`; one `-w` line per completed request counts them. curl's own transfer loop
    /// is the ceiling of any client built on libcurl.
    private func runCurl(url: String, seconds: Int) throws -> Result {
        // coreutils' timeout stops curl; curl's CPU time counts in ours once timeout reaps it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "--signal=INT", "--kill-after=5", "\(seconds)", curl, "--silent", "--parallel", "--parallel-immediate",
            "--parallel-max", "\(concurrency)",
            "--header", "Content-Type: application/json", "--data", Self.requestBody,
            "--output", "/dev/null", "--write-out", "%{http_code}\\n", url + "?n=[1-100000000]",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let cpuBefore = Self.cpuSeconds(RUSAGE_CHILDREN.rawValue)
        let start = ContinuousClock.now
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot start \(curl): \(error)")
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        let cpu = Self.cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpuBefore
        let count = text.split(separator: UInt8(ascii: "\n")).filter { $0.elementsEqual("200".utf8) }.count
        return Result(rate: Double(count) / elapsed, cpuMicros: count > 0 ? cpu / Double(count) * 1e6 : 0)
    }

    /// User and system CPU seconds of `who` (this process, or its waited-for children) so far.
    static func cpuSeconds(_ who: __rusage_who_t) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Waits (at most 5 s) until something accepts connections on `port`.
    private static func waitForPort(_ port: Int) async throws {
        for _ in 0..<100 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port)).bigEndian
            address.sin_addr = in_addr(s_addr: in_addr_t(0x7f00_0001).bigEndian)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(descriptor)
            if connected { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ValidationError("nginx did not start listening on 127.0.0.1:\(port)")
    }
}
