/// A small dense square matrix factored by Gaussian elimination with partial pivoting (PA = LU).
struct DenseLinearSystem {
    /// The order of the matrix.
    let size: Int
    /// L below the diagonal (unit diagonal implied) and U on and above it, row-major.
    private var factors: [Double]
    /// Row i of the factored matrix is row `permutation[i]` of the original.
    private var permutation: [Int]

    /// Factors the row-major `size` × `size` `matrix`, or returns nil when it is singular to working precision.
    init?(matrix: [Double], size n: Int) {
        precondition(matrix.count == n * n, "a \(n) × \(n) matrix needs \(n * n) entries, got \(matrix.count)")
        size = n
        var a = matrix
        var order = Array(0..<n)
        let regular: Bool = a.withUnsafeMutableBufferPointer { a in
            for column in 0..<n {
                var pivotRow = column
                var pivotSize = abs(a[column * n + column])
                for row in (column + 1)..<n where abs(a[row * n + column]) > pivotSize {
                    pivotRow = row
                    pivotSize = abs(a[row * n + column])
                }
                guard pivotSize > 0, pivotSize.isFinite else {
                    return false
                }
                if pivotRow != column {
                    for c in 0..<n {
                        a.swapAt(pivotRow * n + c, column * n + c)
                    }
                    order.swapAt(pivotRow, column)
                }
                let pivot = a[column * n + column]
                for row in (column + 1)..<n {
                    let factor = a[row * n + column] / pivot
                    a[row * n + column] = factor
                    if factor == 0 {
                        continue
                    }
                    for c in (column + 1)..<n {
                        a[row * n + c] -= factor * a[column * n + c]
                    }
                }
            }
            return true
        }
        guard regular else {
            return nil
        }
        factors = a
        permutation = order
    }

    /// The solution x of A·x = `rhs`, or nil if it is not finite.
    func solve(_ rhs: [Double]) -> [Double]? {
        let n = size
        precondition(rhs.count == n, "the right side needs \(n) entries, got \(rhs.count)")
        var x = permutation.map { rhs[$0] }
        for row in 0..<n {
            var sum = x[row]
            for c in 0..<row {
                sum -= factors[row * n + c] * x[c]
            }
            x[row] = sum
        }
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[row]
            for c in (row + 1)..<n {
                sum -= factors[row * n + c] * x[c]
            }
            x[row] = sum / factors[row * n + row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
