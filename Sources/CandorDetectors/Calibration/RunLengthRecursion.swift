#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The run-length equations of a ``LatticeChain`` solved by recursion along the lattice, for every state count
/// up to `maxStates` at once.
///
/// Each equation L_i = 1 + P·L_{i+up} + (1-P)·L_{max(0, i-down)} can be solved for its farthest term. Going
/// forward it gives L_{i+up} from lower states, starting from `up` unknowns L_0…L_{up-1}; going backward from
/// the absorbing edge it gives L_{i-down}, starting from `down` unknowns at the top. Every L is kept as an
/// affine form in those unknowns; the table does not depend on the state count, so one table answers every
/// threshold with one small solve of the boundary equations.
///
/// The recursion divides by the probability of the step it solves for, so rounding errors can grow along it
/// and the boundary solve can be ill-conditioned. Answers are therefore either quick estimates, for searching,
/// or verified by their residuals (see `verifiedAverageRunLength`).
struct RunLengthRecursion: Sendable {
    /// Which term each equation is solved for.
    enum Direction: Sendable, Equatable, CaseIterable {
        /// Solve for L_{i+up}, dividing by the up probability: unknowns L_0…L_{up-1}.
        case forward
        /// Solve for the lower term from the top, dividing by the down probability: unknowns at the top edge.
        case backward
    }

    /// The relative error a verified answer is allowed: far below what a threshold needs (an error ε in a run
    /// length moves a calibrated threshold by about ε nats), far above the rounding of the residuals themselves.
    static let tolerance = 1e-4

    /// The chain whose equations are solved.
    let chain: LatticeChain
    /// The solving direction.
    let direction: Direction
    /// The number of unknowns of the affine forms.
    let unknowns: Int
    /// The largest state count the table answers so far.
    private(set) var maxStates = 0
    /// Row-major table: row r is [constant, coefficient₀, …, coefficient_{k-1}].
    private var table: [Double] = []
    /// Running maximum of the coefficient magnitudes up to each row.
    private var growth: [Double] = []

    /// Builds the table for state counts 1…`maxStates`.
    init(chain: LatticeChain, direction: Direction, maxStates: Int) {
        precondition(maxStates >= 1, "a lattice CUSUM needs at least one state")
        self.chain = chain
        self.direction = direction
        unknowns = direction == .forward ? chain.upUnits : chain.downUnits
        extend(to: maxStates)
    }

    /// The estimated growth per state (natural log) of the parasitic solutions of `chain`'s recursion in
    /// `direction`: the recursion divides by the probability of the step it solves for once per that step's
    /// units. Used to pick the direction; answers are checked regardless.
    static func growthRate(chain: LatticeChain, direction: Direction) -> Double {
        let divisor = direction == .forward ? chain.upProbability : 1 - chain.upProbability
        let units = direction == .forward ? chain.upUnits : chain.downUnits
        return -log(divisor) / Double(units)
    }

    /// Grows the table so that it answers state counts up to `newMaxStates`; the rows already computed stay.
    mutating func extend(to newMaxStates: Int) {
        guard newMaxStates > maxStates else {
            return
        }
        let up = chain.upUnits
        let down = chain.downUnits
        let k = unknowns
        let width = k + 1
        let oldRows = growth.count
        let rows = direction == .forward ? newMaxStates + up : newMaxStates
        table.append(contentsOf: repeatElement(0, count: (rows - oldRows) * width))
        growth.append(contentsOf: repeatElement(1, count: rows - oldRows))
        let p = chain.upProbability
        let q = 1 - p
        let oldMaxStates = maxStates
        table.withUnsafeMutableBufferPointer { tableBuffer in
            growth.withUnsafeMutableBufferPointer { growthBuffer in
                // Raw pointers: these loops run in debug builds at daemon start too.
                guard let t = tableBuffer.baseAddress, let g = growthBuffer.baseAddress else {
                    return
                }
                // The unknowns themselves: unit rows.
                for j in oldRows..<max(oldRows, min(k, rows)) {
                    t[j * width + 1 + j] = 1
                }
                switch direction {
                case .forward:
                    // L_{i+up} = (L_i - 1 - q·L_{max(0, i-down)}) / p
                    for i in oldMaxStates..<newMaxStates {
                        let source = i * width
                        let reflected = max(0, i - down) * width
                        let target = (i + up) * width
                        var largest = 0.0
                        for c in 0..<width {
                            let value = (t[source + c] - q * t[reflected + c]) / p
                            t[target + c] = value
                            largest = c > 0 ? max(largest, abs(value)) : largest
                        }
                        t[target] -= 1 / p
                        g[i + up] = max(largest, g[i + up - 1])
                    }
                case .backward:
                    // With M_k = L_{n-1-k}: M_{k+down} = (M_k - 1 - p·M_{k-up}) / q, M_{<0} = 0.
                    for row in max(0, oldRows - down)..<max(0, rows - down) {
                        let source = row * width
                        let target = (row + down) * width
                        let jump = row - up
                        var largest = 0.0
                        for c in 0..<width {
                            var value = t[source + c]
                            if jump >= 0 {
                                value -= p * t[jump * width + c]
                            }
                            value /= q
                            t[target + c] = value
                            largest = c > 0 ? max(largest, abs(value)) : largest
                        }
                        t[target] -= 1 / q
                        g[row + down] = max(largest, g[row + down - 1])
                    }
                }
            }
        }
        maxStates = newMaxStates
    }

    /// A quick estimate of the zero-start average run length for an alarm at `states` (1…`maxStates`), or nil
    /// when the table has overflowed; good for searching, not verified.
    func estimatedAverageRunLength(states n: Int) -> Double? {
        let width = unknowns + 1
        guard let system = boundarySystem(states: n) else {
            return nil
        }
        let rhs = boundaryRHS(states: n, load: { _ in 1 }, constant: { self.table[$0 * width] })
        guard let x = system.solve(rhs) else {
            return nil
        }
        let value = runLength(state: 0, states: n, unknowns: x, constant: { self.table[$0 * width] })
        return value.isFinite && value >= 1 ? value : nil
    }

    /// The zero-start average run length for an alarm at `states` (1…`maxStates`), or nil unless it is
    /// provably accurate to ``tolerance`` (relative). Costs O(states · unknowns).
    ///
    /// Every L_i is evaluated and every equation's residual r_i = 1 + P·L_{i+up} + (1-P)·L_{max(0, i-down)} -
    /// L_i checked: the error of the computed vector is (I - Q)⁻¹r, and ‖(I - Q)⁻¹‖∞ = L₀ since (I - Q)⁻¹ is
    /// nonnegative with row sums L_i ≤ L₀, so the relative error of L₀ is at most max|r_i|. That holds however
    /// the vector was obtained. The evaluation cancels large terms, so residuals start near the rounding of
    /// those terms; a few rounds of iterative refinement (solving for the correction with the residual as the
    /// load, which only changes the constant column) bring them down to the rounding of L itself.
    func verifiedAverageRunLength(states n: Int) -> Double? {
        guard let system = boundarySystem(states: n) else {
            return nil
        }
        let p = chain.upProbability
        let q = 1 - p
        let up = chain.upUnits
        let down = chain.downUnits
        var lengths = [Double](repeating: 0, count: n)
        var load = [Double](repeating: 1, count: n)
        for _ in 0..<4 {
            let constants = particularColumn(states: n, load: load)
            let rhs = boundaryRHS(states: n, load: { load[$0] }, constant: { constants[$0] })
            guard let x = system.solve(rhs) else {
                return nil
            }
            for i in 0..<n {
                lengths[i] += runLength(state: i, states: n, unknowns: x, constant: { constants[$0] })
            }
            guard lengths[0].isFinite && lengths[0] >= 1 else {
                return nil
            }
            var largest = 0.0
            for i in 0..<n {
                let above = i + up < n ? lengths[i + up] : 0
                load[i] = 1 + p * above + q * lengths[max(0, i - down)] - lengths[i]
                largest = max(largest, abs(load[i]))
            }
            if largest <= Self.tolerance {
                return lengths[0]
            }
        }
        return nil
    }

    /// L_i for an alarm at `n`: the affine form of its row at the boundary solution `x`, with the constant
    /// column given by `constant` (row → value).
    private func runLength(state i: Int, states n: Int, unknowns x: [Double], constant: (Int) -> Double) -> Double {
        let width = unknowns + 1
        let row = direction == .forward ? i : n - 1 - i
        var value = constant(row)
        for c in 0..<unknowns {
            value += table[row * width + 1 + c] * x[c]
        }
        return value
    }

    /// The constant column of the table for an alarm at `n` with load g (the right side of L = g + Q·L, 1 for
    /// run lengths), rows 0 up to those the boundary equations use; the coefficients do not depend on g.
    private func particularColumn(states n: Int, load g: [Double]) -> [Double] {
        let p = chain.upProbability
        let q = 1 - p
        let up = chain.upUnits
        let down = chain.downUnits
        switch direction {
        case .forward:
            // c_{i+up} = (c_i - g_i - q·c_{max(0, i-down)}) / p
            var c = [Double](repeating: 0, count: n + up)
            for i in 0..<n {
                c[i + up] = (c[i] - g[i] - q * c[max(0, i - down)]) / p
            }
            return c
        case .backward:
            // Row k is state n-1-k: m_{k+down} = (m_k - g_{n-1-k} - p·m_{k-up}) / q
            var m = [Double](repeating: 0, count: n)
            for row in 0..<max(0, n - down) {
                let jump = row >= up ? m[row - up] : 0
                m[row + down] = (m[row] - g[n - 1 - row] - p * jump) / q
            }
            return m
        }
    }

    /// The right side of the boundary equations for an alarm at `n`, given the load g (by state) and the
    /// constant column (by row).
    private func boundaryRHS(states n: Int, load g: (Int) -> Double, constant: (Int) -> Double) -> [Double] {
        let k = unknowns
        var rhs = [Double](repeating: 0, count: k)
        switch direction {
        case .forward:
            // The formal values L_n … L_{n+up-1} lie in the absorbing region: constant + Σ a·x = 0.
            for e in 0..<k {
                rhs[e] = -constant(n + e)
            }
        case .backward:
            // State e < down reflects to 0: L_e = g_e + p·L_{e+up} + q·L_0; unknowns beyond n vanish.
            let p = chain.upProbability
            let q = 1 - p
            for e in 0..<min(k, n) {
                let row = n - 1 - e
                let jump = row - chain.upUnits
                let value = constant(row) - q * constant(n - 1) - (jump >= 0 ? p * constant(jump) : 0)
                rhs[e] = g(e) - value
            }
        }
        return rhs
    }

    /// The factored boundary equations (coefficients only) for an alarm at `n` states; nil when the table has
    /// overflowed or the equations are singular to working precision.
    private func boundarySystem(states n: Int) -> DenseLinearSystem? {
        precondition(n >= 1 && n <= maxStates, "state count \(n) outside the table (1…\(maxStates))")
        let k = unknowns
        let width = k + 1
        let lastRow = direction == .forward ? n + k - 1 : n - 1
        guard growth[lastRow] < 1e150 else {
            return nil
        }
        var matrix = [Double](repeating: 0, count: k * k)
        switch direction {
        case .forward:
            for e in 0..<k {
                for c in 0..<k {
                    matrix[e * k + c] = table[(n + e) * width + 1 + c]
                }
            }
        case .backward:
            let p = chain.upProbability
            let q = 1 - p
            let origin = (n - 1) * width
            for e in 0..<k {
                if e >= n {
                    matrix[e * k + e] = 1
                    continue
                }
                let row = (n - 1 - e) * width
                let jump = n - 1 - e - chain.upUnits
                for c in 1..<width {
                    var value = table[row + c] - q * table[origin + c]
                    if jump >= 0 {
                        value -= p * table[jump * width + c]
                    }
                    matrix[e * k + c - 1] = value
                }
            }
        }
        return DenseLinearSystem(matrix: matrix, size: k)
    }
}
