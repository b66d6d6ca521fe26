import Foundation
import Testing

@testable import CandorDetectors

@Suite("Lattice run-length solvers")
struct LatticeSolverTests {
    /// Zero-start run length by plain dense Gaussian elimination with partial pivoting on I - Q: slow,
    /// independent of every solver under test.
    static func denseRunLength(_ chain: LatticeChain, states n: Int) -> Double {
        var a = [Double](repeating: 0, count: n * n)
        var b = [Double](repeating: 1, count: n)
        for i in 0..<n {
            a[i * n + i] += 1
            if i + chain.upUnits < n {
                a[i * n + i + chain.upUnits] -= chain.upProbability
            }
            a[i * n + max(0, i - chain.downUnits)] -= 1 - chain.upProbability
        }
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0 * n + column]) < abs(a[$1 * n + column]) }!
            for c in 0..<n {
                a.swapAt(pivot * n + c, column * n + c)
            }
            b.swapAt(pivot, column)
            for row in (column + 1)..<n {
                let factor = a[row * n + column] / a[column * n + column]
                for c in column..<n {
                    a[row * n + c] -= factor * a[column * n + c]
                }
                b[row] -= factor * b[column]
            }
        }
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for c in (row + 1)..<n {
                sum -= a[row * n + c] * b[c]
            }
            b[row] = sum / a[row * n + row]
        }
        return b[0]
    }

    static let chains: [(p: Double, up: Int, down: Int, states: Int)] = [
        (0.05, 13, 1, 90), (0.05, 64, 5, 200), (0.95, 1, 27, 150), (0.95, 3, 80, 200), (0.3, 5, 4, 120),
        (0.7, 5, 4, 120), (0.5, 7, 12, 100), (0.5, 1, 1, 60), (1.0, 3, 2, 40), (0.2, 2, 9, 7), (0.9, 9, 2, 5),
    ]

    @Test("banded elimination matches dense elimination", arguments: chains)
    func bandedMatchesDense(p: Double, up: Int, down: Int, states: Int) {
        let chain = LatticeChain(upProbability: p, upUnits: up, downUnits: down)
        let dense = Self.denseRunLength(chain, states: states)
        #expect(abs(chain.bandedAverageRunLength(states: states) / dense - 1) < 1e-8)
    }

    @Test("both recursions match dense elimination where they verify", arguments: chains)
    func recursionsMatchDense(p: Double, up: Int, down: Int, states: Int) {
        let chain = LatticeChain(upProbability: p, upUnits: up, downUnits: down)
        let dense = Self.denseRunLength(chain, states: states)
        var verified = 0
        for direction in RunLengthRecursion.Direction.allCases where direction == .forward || p < 1 {
            let recursion = RunLengthRecursion(chain: chain, direction: direction, maxStates: states)
            for n in [1, max(1, states / 2), states] {
                guard let value = recursion.verifiedAverageRunLength(states: n) else {
                    continue
                }
                verified += 1
                #expect(abs(value / Self.denseRunLength(chain, states: n) - 1) < 1e-6)
            }
        }
        #expect(verified > 0)
        #expect(abs(chain.averageRunLength(states: states) / dense - 1) < 1e-6)
    }

    @Test("a table extended in steps equals one built at once")
    func extensionIsIncremental() {
        let chain = LatticeChain(upProbability: 0.95, upUnits: 3, downUnits: 80)
        for direction in RunLengthRecursion.Direction.allCases {
            var grown = RunLengthRecursion(chain: chain, direction: direction, maxStates: 10)
            grown.extend(to: 77)
            grown.extend(to: 300)
            let whole = RunLengthRecursion(chain: chain, direction: direction, maxStates: 300)
            for n in [5, 77, 150, 300] {
                #expect(grown.estimatedAverageRunLength(states: n) == whole.estimatedAverageRunLength(states: n))
            }
        }
    }

    @Test("run lengths the recursion cannot verify fall back to banded elimination")
    func fallsBackWhenUnstable() {
        // Forward division by P = 0.05 over hundreds of states: parasitic growth far beyond double precision.
        let chain = LatticeChain(upProbability: 0.05, upUnits: 13, downUnits: 1)
        let recursion = RunLengthRecursion(chain: chain, direction: .forward, maxStates: 600)
        #expect(recursion.verifiedAverageRunLength(states: 600) == nil)
        let banded = chain.bandedAverageRunLength(states: 600)
        #expect(abs(chain.averageRunLength(states: 600) / banded - 1) < 1e-9)
    }

    @Test("the search finds the first state count that reaches the target")
    func searchFindsFirstReaching() {
        for target in [1.5, 10, 1_000, 123_456, 1e7] {
            // A run length growing like e^{n/40}, with a plateau to trip interpolation.
            let f: (Int) -> Double? = { n in n < 50 ? 1 : exp(Double(n) / 40) }
            let found = LatticeChain.search(reaching: target, initial: 3, limit: 10_000, runLength: f)
            let expected = (1...10_000).first { f($0)! >= target }
            #expect(found == expected)
        }
        #expect(LatticeChain.search(reaching: 1e9, initial: 3, limit: 100) { exp(Double($0) / 40) } == nil)
    }

    @Test("dense factorization solves and refuses singular matrices")
    func denseSystem() throws {
        let system = try #require(DenseLinearSystem(matrix: [0, 2, 1, 1, 1, 0, 3, 0, 1], size: 3))
        let x = try #require(system.solve([1, 2, 7]))
        #expect(zip(x, [2.0, 0, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(DenseLinearSystem(matrix: [1, 2, 2, 4], size: 2) == nil)
    }

    @Test("the lattice unit makes the lattice chain an exact likelihood-ratio CUSUM")
    func latticeIsMartingale() {
        for (p0, p1) in [(0.05, 0.1), (0.05, 0.025), (0.001, 0.002), (0.3, 0.45), (0.999, 0.4995)] {
            let lattice = CUSUMLattice(p0: p0, p1: p1)
            let up = lattice.upProbability(trueRate: p0)
            let identity =
                up * exp(Double(lattice.upUnits) * lattice.unit)
                + (1 - up) * exp(-Double(lattice.downUnits) * lattice.unit)
            #expect(abs(identity - 1) < 1e-12)
            // The step ratio within 0.05 %, each step within 0.2 % of the exact log-likelihood ratio.
            let ratio = Double(lattice.upUnits) / Double(lattice.downUnits)
            #expect(abs(ratio / (lattice.upStep / lattice.downStep) - 1) <= 5e-4)
            #expect(abs(Double(lattice.upUnits) * lattice.unit / lattice.upStep - 1) < 2e-3)
            #expect(abs(Double(lattice.downUnits) * lattice.unit / lattice.downStep - 1) < 2e-3)
        }
    }
}
