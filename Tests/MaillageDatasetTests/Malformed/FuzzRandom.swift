import MaillageSupport

/// The fuzzers' draws, from a ``SplitMix64`` stream so a fuzz run can be replayed
/// exactly from its seed (bounded draws by modulo, as the recorded seeds expect).
struct FuzzRandom: RandomNumberGenerator {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { source.next() }

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
