extension LatticeChain {
    /// The zero-start average run length by Gaussian elimination on the banded matrix I - Q, row by row.
    ///
    /// I - Q is a nonsingular M-matrix (the alarm is reachable from every state), so elimination needs no
    /// pivoting and keeps every row's nonzeros within `downUnits` left and `upUnits` right of the diagonal;
    /// only the finished upper rows are kept, so memory is states × (up + 1) and work states × up × down.
    func bandedAverageRunLength(states n: Int) -> Double {
        precondition(n >= 1, "a lattice CUSUM needs at least one state")
        let up = upUnits
        let down = downUnits
        let p = upProbability
        let q = 1 - p
        let width = up + 1
        var upper = [Double](repeating: 0, count: n * width)
        var rhs = [Double](repeating: 0, count: n)
        // The row being eliminated, columns i - down … i + up.
        var row = [Double](repeating: 0, count: down + up + 1)
        upper.withUnsafeMutableBufferPointer { upperBuffer in
            rhs.withUnsafeMutableBufferPointer { rhsBuffer in
                row.withUnsafeMutableBufferPointer { rowBuffer in
                    // Raw pointers: this loop is the slowest path and runs in debug builds too.
                    guard let upper = upperBuffer.baseAddress, let rhs = rhsBuffer.baseAddress,
                        let row = rowBuffer.baseAddress
                    else {
                        return
                    }
                    for i in 0..<n {
                        let offset = i - down
                        let first = max(0, i - down)
                        for c in (first - offset)..<(down + up + 1) {
                            row[c] = 0
                        }
                        row[down] = 1
                        row[first - offset] -= q
                        if i + up < n {
                            row[down + up] -= p
                        }
                        var value = 1.0
                        for k in first..<i {
                            let entry = row[k - offset]
                            if entry == 0 {
                                continue
                            }
                            let factor = entry / upper[k * width]
                            let pivotRow = k * width
                            let shift = k - offset
                            for j in 1..<min(width, n - k) {
                                row[shift + j] -= factor * upper[pivotRow + j]
                            }
                            value -= factor * rhs[k]
                        }
                        for j in 0..<min(width, n - i) {
                            upper[i * width + j] = row[down + j]
                        }
                        rhs[i] = value
                    }
                    for i in stride(from: n - 1, through: 0, by: -1) {
                        var sum = rhs[i]
                        for j in 1..<min(width, n - i) {
                            sum -= upper[i * width + j] * rhs[i + j]
                        }
                        rhs[i] = sum / upper[i * width]
                    }
                }
            }
        }
        return rhs[0]
    }
}
