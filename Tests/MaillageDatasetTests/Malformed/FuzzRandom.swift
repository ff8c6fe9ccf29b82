/// A seeded random number generator (SplitMix64, Steele, Lea & Flood 2014) so a
/// fuzz run can be replayed exactly from its seed.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<upperBound` (`upperBound` > 0).
    mutating func below(_ upperBound: Int) -> Int { Int(next() % UInt64(upperBound)) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Settings of a fuzz run, from the environment:
/// `MAILLAGE_FUZZ_ITERATIONS` (a multiplier-free count that replaces each test's
/// default) and `MAILLAGE_FUZZ_SEED` (replay one seed).
enum FuzzSettings {
    static func iterations(default value: Int) -> Int {
        if let text = environment("MAILLAGE_FUZZ_ITERATIONS"), let n = Int(text), n > 0 { return n }
        return value
    }

    static func seed(default value: UInt64) -> UInt64 {
        if let text = environment("MAILLAGE_FUZZ_SEED"), let n = UInt64(text) { return n }
        return value
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
