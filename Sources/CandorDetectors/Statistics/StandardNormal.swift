#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution N(0, 1): its distribution function and its quantile function.
public enum StandardNormal: Sendable {
    /// Φ(x), the probability that a standard normal variable is at most `x`.
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p), the value a standard normal variable falls below with probability `p`, to about 1e-15
    /// relative; −∞ at 0 and +∞ at 1.
    ///
    /// Acklam's rational approximation (relative error below 1.15e-9) refined by one Halley step on erfc. The
    /// upper half is taken by symmetry from 1 − p, which is exact for p ≥ 0.5, so the tail refinement never
    /// works on Φ(x) ≈ 1.
    public static func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1], got \(p)")
        if p == 0 {
            return -.infinity
        }
        if p == 1 {
            return .infinity
        }
        if p > 0.5 {
            return -quantile(1 - p)
        }
        var x = acklam(p)
        // Halley: e = Φ(x) − p, u = e / φ(x).
        let error = cdf(x) - p
        let u = error * (2 * Double.pi).squareRoot() * exp(0.5 * x * x)
        x -= u / (1 + 0.5 * x * u)
        return x
    }

    /// Acklam's approximation for 0 < p ≤ 0.5.
    private static func acklam(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
            let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
            return numerator / denominator
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
        return numerator / denominator
    }
}
