import Foundation

/// The daemon process as the Prometheus client libraries report every process (`process_*`), read from `/proc`
/// at each scrape: CPU time, memory, open file descriptors and the start time.
struct ProcessStatistics: Sendable, Equatable {
    /// User plus system CPU time, in seconds.
    var cpuSeconds: Double
    /// Resident memory, in bytes.
    var residentBytes: Double
    /// Virtual memory, in bytes.
    var virtualBytes: Double
    /// When the process started, as a Unix time.
    var startTime: Double
    /// Open file descriptors.
    var openFDs: Int
    /// The soft limit on open file descriptors.
    var maxFDs: Int

    /// Reads the calling process; nil where `/proc` is missing or unreadable.
    static func current() -> ProcessStatistics? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let system = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        else { return nil }
        var limit = rlimit()
        let maxFDs =
            getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 ? Int(clamping: limit.rlim_cur) : -1
        return ProcessStatistics(
            stat: stat,
            systemStat: system,
            ticksPerSecond: Double(sysconf(Int32(_SC_CLK_TCK))),
            pageSize: Double(sysconf(Int32(_SC_PAGESIZE))),
            // The listing opened a descriptor of its own on the directory.
            openFDs: max(0, fds.count - 1),
            maxFDs: maxFDs
        )
    }

    /// Parses `/proc/self/stat` (`stat`) and `/proc/stat` (`systemStat`, for the boot time), as proc(5) lays
    /// them out; nil when either is malformed.
    init?(stat: String, systemStat: String, ticksPerSecond: Double, pageSize: Double, openFDs: Int, maxFDs: Int) {
        // The command name, field 2, is in parentheses and may hold spaces and parentheses: fields are counted
        // from the last ")".
        guard let close = stat.lastIndex(of: ")"), ticksPerSecond > 0 else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        // fields[0] is field 3 (state): field n is fields[n - 3].
        func field(_ number: Int) -> Double? { fields.count > number - 3 ? Double(fields[number - 3]) : nil }
        guard let user = field(14), let system = field(15), let start = field(22), let virtual = field(23),
            let resident = field(24),
            let boot = systemStat.split(separator: "\n").first(where: { $0.hasPrefix("btime ") })
                .flatMap({ Double($0.dropFirst("btime ".count).trimmingCharacters(in: .whitespaces)) })
        else { return nil }
        cpuSeconds = (user + system) / ticksPerSecond
        residentBytes = resident * pageSize
        virtualBytes = virtual
        startTime = boot + start / ticksPerSecond
        self.openFDs = openFDs
        self.maxFDs = maxFDs
    }

    /// The `process_*` families of these figures.
    var families: [ScrapedFamily] {
        var cpu = ScrapedFamily(
            "process_cpu_seconds_total",
            .counter,
            help: "Total user and system CPU time spent in seconds."
        )
        cpu.add(cpuSeconds)
        var resident = ScrapedFamily("process_resident_memory_bytes", help: "Resident memory size in bytes.")
        resident.add(residentBytes)
        var virtual = ScrapedFamily("process_virtual_memory_bytes", help: "Virtual memory size in bytes.")
        virtual.add(virtualBytes)
        var start = ScrapedFamily(
            "process_start_time_seconds",
            help: "Start time of the process since unix epoch in seconds."
        )
        start.add(startTime)
        var open = ScrapedFamily("process_open_fds", help: "Number of open file descriptors.")
        open.add(Double(openFDs))
        var families = [cpu, resident, virtual, start, open]
        if maxFDs >= 0 {
            var max = ScrapedFamily("process_max_fds", help: "Maximum number of open file descriptors.")
            max.add(Double(maxFDs))
            families.append(max)
        }
        return families
    }
}
