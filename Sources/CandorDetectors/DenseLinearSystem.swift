/// Small dense linear systems, solved by Gaussian elimination with partial pivoting.
enum DenseLinearSystem {
    /// The solution x of A·x = b for a row-major `size` × `size` matrix, or nil when A is singular to working
    /// precision.
    static func solve(matrix: [Double], rhs: [Double], size n: Int) -> [Double]? {
        precondition(matrix.count == n * n && rhs.count == n, "matrix and right side do not match size \(n)")
        var a = matrix
        var b = rhs
        let solved: Bool = a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeMutableBufferPointer { b in
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
                        for c in column..<n {
                            a.swapAt(pivotRow * n + c, column * n + c)
                        }
                        b.swapAt(pivotRow, column)
                    }
                    let pivot = a[column * n + column]
                    for row in (column + 1)..<n {
                        let factor = a[row * n + column] / pivot
                        if factor == 0 {
                            continue
                        }
                        for c in (column + 1)..<n {
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
                return true
            }
        }
        return solved && b.allSatisfy(\.isFinite) ? b : nil
    }
}
