#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The χ² distribution's upper tail, through the regularized incomplete gamma function.
public enum ChiSquared: Sendable {
    /// P(χ²_k > `x`) for `degreesOfFreedom` k ≥ 1: Q(k/2, x/2).
    public static func survival(_ x: Double, degreesOfFreedom: Int) -> Double {
        precondition(degreesOfFreedom >= 1, "a χ² distribution has at least one degree of freedom")
        if x <= 0 {
            return 1
        }
        return regularizedUpperGamma(Double(degreesOfFreedom) / 2, x / 2)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0: by its power series when x < a + 1 (as 1 − P), by Lentz's
    /// continued fraction otherwise, each where it converges fast (Numerical Recipes §6.2); about 1e-14 relative.
    public static func regularizedUpperGamma(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "the shape must be positive")
        if x <= 0 {
            return 1
        }
        let logFront = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            // P(a, x) = e^(−x) x^a / Γ(a + 1) · Σ x^n / ((a + 1)…(a + n)).
            var term = 1 / a
            var sum = term
            var n = a
            for _ in 0..<1_000 {
                n += 1
                term *= x / n
                sum += term
                if abs(term) < abs(sum) * 1e-16 {
                    break
                }
            }
            return max(0, 1 - sum * exp(logFront))
        }
        // Q(a, x) = e^(−x) x^a / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − …)).
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        for i in 1..<1_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            d = abs(d) < tiny ? tiny : d
            c = b + an / c
            c = abs(c) < tiny ? tiny : c
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < 1e-16 {
                break
            }
        }
        return exp(logFront) * fraction
    }
}
