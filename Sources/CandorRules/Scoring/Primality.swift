/// Deterministic primality for the sizes rule packs use (64-bit), by trial division with a
/// 6k±1 wheel: fast enough at load time for numbers up to about 10^12.
public enum Primality {
    /// Whether `n` is prime.
    public static func isPrime(_ n: Int) -> Bool {
        if n < 2 { return false }
        if n < 4 { return true }
        if n % 2 == 0 || n % 3 == 0 { return false }
        var divisor = 5
        while divisor <= n / divisor {
            if n % divisor == 0 || n % (divisor + 2) == 0 { return false }
            divisor += 6
        }
        return true
    }

    /// The smallest prime greater than `n`.
    public static func nextPrime(after n: Int) -> Int {
        var candidate = max(n + 1, 2)
        while !isPrime(candidate) { candidate += 1 }
        return candidate
    }
}
