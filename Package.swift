// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Candor",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "candor", targets: ["candor"]),
        .executable(name: "candor-bench", targets: ["CandorBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Transport: libcurl as a system library, typed wrappers for its variadic calls.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // gzip for rotated log files, from the system's zlib.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The pure core: what every stage shares (the clock; messages, sampling, observations), no I/O.
        .target(name: "CandorCore"),
        .target(
            name: "CandorHTTP",
            dependencies: [
                "CandorCore", "CCurl",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Model APIs on top of the transport.
        .target(
            name: "CandorProviders",
            dependencies: [
                "CandorCore", "CandorHTTP",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // YAML with file:line:col diagnostics, shared by the config and the rule packs.
        .target(
            name: "CandorYAML",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Rule packs: probes, conditions, templates, deterministic scorers (pure: no HTTP, no clock).
        .target(
            name: "CandorRules",
            dependencies: [
                "CandorCore", "CandorYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Statistics: detectors, calibration, intervals (pure, no I/O).
        // Calibration simulates millions of samples, and the daemon calibrates when a baseline is learned: the
        // detectors are optimized in debug builds too, so tests and a debug daemon calibrate in about a second.
        .target(
            name: "CandorDetectors",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Alert records and sinks.
        .target(
            name: "CandorAlerts",
            dependencies: [
                "CandorCore", "CandorDetectors", "CandorHTTP", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // SQLite persistence: trials, signal state, alert state, outbox.
        .target(
            name: "CandorStore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Configuration, scheduler, the monitoring pipeline and its services.
        .target(
            name: "CandorDaemon",
            dependencies: [
                "CandorCore", "CandorHTTP", "CandorProviders", "CandorYAML", "CandorRules", "CandorDetectors",
                "CandorAlerts", "CandorStore",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // The command line: parses, wires, calls the modules.
        .executableTarget(
            name: "candor",
            dependencies: [
                "CandorAlerts", "CandorDaemon", "CandorDetectors", "CandorHTTP", "CandorProviders", "CandorRules",
                "CandorYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Benchmarks: one subcommand per area, results as Markdown.
        .executableTarget(
            name: "CandorBenchmarks",
            dependencies: [
                "CandorCore", "CandorHTTP", "CandorProviders", "CandorRules", "CandorDetectors", "CandorDaemon",
                "CandorAlerts", "CandorStore", "CandorTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/CandorBenchmarks"
        ),
        // Test peers: a scripted OpenAI-compatible model server and helpers.
        .target(
            name: "CandorTestSupport",
            dependencies: [
                "CandorCore", "CandorDetectors", "CandorRules",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            path: "Tests/CandorTestSupport"
        ),
        .testTarget(
            name: "CandorHTTPTests",
            dependencies: [
                "CandorAlerts", "CandorCore", "CandorHTTP", "CandorProviders", "CandorDaemon", "CandorRules",
                "CandorYAML", "CandorTestSupport", .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "CandorRulesTests",
            dependencies: ["CandorCore", "CandorRules", "CandorYAML", "CandorTestSupport"]
        ),
        .testTarget(name: "CandorDetectorsTests", dependencies: ["CandorDetectors"]),
        .testTarget(
            name: "CandorAlertsTests",
            dependencies: ["CandorAlerts", "CandorDetectors", "CandorHTTP", "CandorStore", "CandorTestSupport"]
        ),
        // In-process tests of the daemon: pure decisions (time passed in), services, the status routes.
        .testTarget(
            name: "CandorDaemonTests",
            dependencies: [
                "CandorCore", "CandorDaemon", "CandorAlerts", "CandorDetectors", "CandorHTTP", "CandorProviders",
                "CandorRules", "CandorStore", "CandorTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "CandorEndToEndTests",
            dependencies: [
                "CandorAlerts", "CandorCore", "CandorDaemon", "CandorHTTP", "CandorProviders", "CandorRules",
                "CandorTestSupport", "CandorYAML", "candor", .product(name: "Logging", package: "swift-log"),
                "CandorStore", .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
