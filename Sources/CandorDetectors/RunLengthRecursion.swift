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
/// threshold with one small solve of the boundary equations. The recursion divides by the probability of the
/// step it solves for, so parasitic solutions grow; each row records the largest coefficient so far and an
/// answer is refused (nil) once that growth would cost more than `LatticeChain.growthLimit` allows.
struct RunLengthRecursion: Sendable {
    /// Which term each equation is solved for.
    enum Direction: Sendable, Equatable {
        /// Solve for L_{i+up}, dividing by the up probability: unknowns L_0…L_{up-1}.
        case forward
        /// Solve for the lower term from the top, dividing by the down probability: unknowns at the top edge.
        case backward
    }

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
        table.withUnsafeMutableBufferPointer { t in
            growth.withUnsafeMutableBufferPointer { g in
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

    /// The zero-start average run length for an alarm at `states` (1…`maxStates`), or nil when the table has
    /// grown too much to give it accurately.
    func averageRunLength(states n: Int) -> Double? {
        precondition(n >= 1 && n <= maxStates, "state count \(n) outside the table (1…\(maxStates))")
        let k = unknowns
        let width = k + 1
        let lastRow = direction == .forward ? n + k - 1 : n - 1
        guard log(growth[lastRow]) <= LatticeChain.growthLimit else {
            return nil
        }
        // Boundary equations: constant + Σ coefficient·x = 0, stored as matrix A and right side -constant.
        var matrix = [Double](repeating: 0, count: k * k)
        var rhs = [Double](repeating: 0, count: k)
        switch direction {
        case .forward:
            // The formal values L_n … L_{n+up-1} lie in the absorbing region.
            for e in 0..<k {
                let row = (n + e) * width
                rhs[e] = -table[row]
                for c in 0..<k {
                    matrix[e * k + c] = table[row + 1 + c]
                }
            }
        case .backward:
            // States i < down reflect to 0: L_i = 1 + p·L_{i+up} + q·L_0; top unknowns beyond n vanish.
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
                for c in 0..<width {
                    var value = table[row + c] - q * table[origin + c]
                    if jump >= 0 {
                        value -= p * table[jump * width + c]
                    }
                    if c == 0 {
                        rhs[e] = 1 - value
                    } else {
                        matrix[e * k + c - 1] = value
                    }
                }
            }
        }
        guard let x = DenseLinearSystem.solve(matrix: matrix, rhs: rhs, size: k) else {
            return nil
        }
        var value = x[0]
        if direction == .backward {
            let origin = (n - 1) * width
            value = table[origin]
            for c in 0..<k {
                value += table[origin + 1 + c] * x[c]
            }
        }
        return value.isFinite && value >= 1 ? value : nil
    }
}
