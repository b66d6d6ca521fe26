import CandorDetectors
import CandorRules
import CandorTestSupport
import Foundation
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Synchronization
import Testing

@testable import CandorDaemon

/// Calibration off the signal board: signals whose warm-ups end together wait for their detectors on a
/// ``CalibrationService`` while trials keep being recorded and the status API answers; their samples wait and
/// are all fed once the thresholds are known; signals that need the same thresholds share one calibration.
@Suite("Calibration service")
struct CalibrationServiceTests {
    /// Calibrations held until the test lets them go, counted.
    final class HeldCalibrations: Sendable {
        private let state = Mutex(
            (released: false, calls: [CalibrationRequest](), waiters: [CheckedContinuation<Void, Never>]())
        )

        /// The requests calibrated (or waiting to be) so far.
        var calls: [CalibrationRequest] { state.withLock { $0.calls } }

        /// Calibrates `request` once the test has called ``release()``.
        func calibrate(_ request: CalibrationRequest) async -> CalibratedDetector {
            await withCheckedContinuation { continuation in
                let resume = state.withLock { state in
                    state.calls.append(request)
                    if state.released { return true }
                    state.waiters.append(continuation)
                    return false
                }
                if resume { continuation.resume() }
            }
            return request.calibrate()
        }

        /// Lets every held and future calibration run.
        func release() {
            let waiters = state.withLock { state in
                state.released = true
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }
    }

    /// `count` targets with `belief-pressure.yes-no` and a warm-up of 20, with a background-calibrating pipeline
    /// and its service's parts.
    struct Fleet {
        let fixture: DaemonPlanFixture
        let plan: Plan
        let probe: Probe
        let pipeline: DaemonPipeline
        let service: CalibrationService
        let held = HeldCalibrations()
        let time = ManualClock()
        let queue: CalibrationQueue
        let cache = ThresholdCache()
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }

        /// With `calibrate`, the service calibrates through it instead of ``held``.
        init(targets count: Int, calibrate: CalibrationService.Calibrate? = nil) async throws {
            let targets = (0..<count).map { index in
                "  - {name: t\(index), base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}"
            }
            fixture = try DaemonPlanFixture(
                targets: targets.joined(separator: "\n"),
                extra: "detection: {warmup: 20, arl0: 1000}"
            )
            plan = try fixture.plan()
            for directory in [plan.configuration.stateDirectory, plan.configuration.logDirectory] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
            let (queue, requests) = CalibrationQueue.make(cache: cache)
            self.queue = queue
            pipeline = try await DaemonPipeline(
                plan: plan,
                clock: time.clock,
                calibration: .background(queue),
                logger: logger
            )
            let held = held
            service = CalibrationService(
                requests: requests,
                cache: cache,
                board: pipeline.board,
                logger: logger,
                calibrate: calibrate ?? { await held.calibrate($0) }
            )
        }

        /// Records one trial of `target` a second later, numbered `number`.
        func trial(_ target: Int, lie: Bool, number: Int) async {
            time.advance(by: .seconds(1))
            let record = DaemonPlanFixture.trial(
                probe,
                target: "t\(target)",
                lie: lie,
                number: number,
                at: time.clock.now()
            )
            await pipeline.recorder.record(record, probe: probe)
        }

        /// Calibrations asked for a warm-up with 2 lies in 20.
        var lieCalibrations: Int {
            held.calls.count { request in
                guard case .rate(_, let warmup, _) = request else { return false }
                return warmup == Proportion(successes: 2, trials: 20)
            }
        }

        /// The lie_rate monitor of target `index`.
        func monitor(_ index: Int) async -> SignalMonitor? {
            await pipeline.board.snapshot().first { $0.key.target == "t\(index)" && $0.key.signal == "lie_rate" }?.value
        }

        /// Waits, a bounded number of times, until no signal is calibrating.
        func untilCalibrated() async throws {
            for _ in 0..<2_000 {
                if await pipeline.board.calibrating() == 0 { return }
                try await Task.sleep(for: .milliseconds(10))
            }
            throw TestSupportError(code: .timeout, message: "signals were still calibrating")
        }
    }

    /// Whether warm-up sample `sample` (0-based) of target `target` is a lie: target i lies i times in its
    /// warm-up, so every target needs a calibration of its own.
    static func lies(_ target: Int, _ sample: Int) -> Bool { sample < target % 20 }

    @Test("trials are recorded and /api/v1/signals answers while signals calibrate; no waiting sample is lost")
    func samplingGoesOn() async throws {
        let fleet = try await Fleet(targets: 8)
        defer {
            fleet.pipeline.close()
            fleet.fixture.directory.remove()
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await fleet.service.run() }
            var number = 0
            var fed: [Int: [Bool]] = [:]
            for sample in 0..<20 {
                for target in 0..<8 {
                    number += 1
                    let lie = Self.lies(target, sample)
                    fed[target, default: []].append(lie)
                    await fleet.trial(target, lie: lie, number: number)
                }
            }
            // Every warm-up is over and every calibration is held: trials still go through, and wait.
            let waiting = await fleet.pipeline.board.snapshot().filter {
                $0.key.signal == "lie_rate" && $0.value.calibrationRequest != nil
            }
            #expect(waiting.count == 8)
            for sample in 0..<5 {
                for target in 0..<8 {
                    number += 1
                    let lie = sample % 2 == 0
                    fed[target, default: []].append(lie)
                    await fleet.trial(target, lie: lie, number: number)
                }
            }
            #expect(try await fleet.pipeline.store.trialCount() == number)
            #expect(await fleet.monitor(3)?.pendingSamples == 5)
            // Port 80: the `Host` the router client sends names it.
            var configuration = fleet.plan.configuration
            configuration.status.port = 80
            let application = StatusServer.make(
                configuration: configuration.status,
                access: try StatusToken.forServer(configuration, environment: [:]),
                scheduler: fleet.pipeline.scheduler,
                board: fleet.pipeline.board,
                metrics: fleet.pipeline.metrics,
                readiness: .init(),
                logger: fleet.logger,
                onBound: { _ in }
            )
            try await application.test(.router) { client in
                let answer = try await client.call(.get, "/api/v1/signals")
                #expect(answer.status == 200)
                #expect(answer.body.contains("\"calibrating\""))
            }

            fleet.held.release()
            try await fleet.untilCalibrated()
            number += 1
            fed[3, default: []].append(true)
            await fleet.trial(3, lie: true, number: number)
            fleet.queue.finish()
            try await group.waitForAll()

            // The monitor that waited equals one that calibrated inline and saw the same samples.
            var reference = SignalMonitor.rate(BernoulliSignalMonitor(warmup: 20, arl0: 1000))
            for lie in fed[3] ?? [] { _ = reference.observe(lie ? 1 : 0) }
            let waited = try #require(await fleet.monitor(3))
            #expect(waited.isMonitoring && waited.pendingSamples == 0)
            #expect(waited == reference)
        }
    }

    @Test("a second signal with the same warm-up gets its detector from the cache, without a calibration")
    func cacheServesSameKey() async throws {
        let fleet = try await Fleet(targets: 3)
        defer {
            fleet.pipeline.close()
            fleet.fixture.directory.remove()
        }
        fleet.held.release()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await fleet.service.run() }
            var number = 0
            // Targets 0 and 1 end equal warm-ups together: one calibration serves both.
            for sample in 0..<20 {
                for target in 0..<2 {
                    number += 1
                    await fleet.trial(target, lie: sample < 2, number: number)
                }
            }
            try await fleet.untilCalibrated()
            #expect(fleet.lieCalibrations == 1)
            let first = await fleet.monitor(0)
            let second = await fleet.monitor(1)
            #expect(first?.isMonitoring == true && second?.isMonitoring == true)
            // Target 2 ends the same warm-up later: its detector comes from the cache at once.
            for sample in 0..<20 {
                number += 1
                await fleet.trial(2, lie: sample < 2, number: number)
            }
            #expect(await fleet.monitor(2)?.isMonitoring == true)
            #expect(fleet.lieCalibrations == 1)
            #expect(fleet.cache.counts.hits >= 1)
            let third = await fleet.monitor(2)
            #expect(third == first)
            fleet.queue.finish()
            try await group.waitForAll()
        }
    }

    @Test("SIGTERM while a calibration runs: the service stops at once, and the signal still waits for it")
    func shutdownAbandonsCalibration() async throws {
        // A calibration that cannot be interrupted, as a real one cannot, until the test opens the gate.
        let gate = DispatchSemaphore(value: 0)
        final class Started: Sendable {
            let flag = Atomic(false)
            var value: Bool { flag.load(ordering: .relaxed) }
        }
        let started = Started()
        let fleet = try await Fleet(targets: 1) { request in
            await CalibrationExecutor.shared.run {
                started.flag.store(true, ordering: .relaxed)
                gate.wait()
                return request.calibrate()
            }
        }
        defer {
            for _ in 0..<CalibrationExecutor.shared.threads { gate.signal() }
            fleet.pipeline.close()
            fleet.fixture.directory.remove()
        }
        let group = ServiceGroup(configuration: .init(services: [fleet.service], logger: fleet.logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for sample in 0..<20 {
                await fleet.trial(0, lie: sample < 2, number: sample + 1)
            }
            for _ in 0..<2_000 where !started.value {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(started.value, "the calibration never started")
            await group.triggerGracefulShutdown()
            // Returns although the calibration is still held.
            try await tasks.waitForAll()
        }
        #expect(await fleet.monitor(0)?.calibrationRequest != nil)
        #expect(fleet.cache.entries.isEmpty)
    }
}
