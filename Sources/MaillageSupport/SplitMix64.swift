/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): a small, fast generator with 64 bits of state.
///
/// It draws the synthetic datasets, seeds ``SeededGenerator`` and mixes seeds
/// (``mixed(_:)``); the derived draws come from ``SeededRandomNumberGenerator``.
///
/// ```swift
/// var rng = SplitMix64(seed: 7)
/// rng.nextInt(below: 10)      // same value for seed 7, every time
/// rng.chance(0.25)            // true about one time in four
/// ```
///
/// Not cryptographically secure.
public struct SplitMix64: SeededRandomNumberGenerator, Sendable {
    /// What the state advances by at each draw: 2⁶⁴ divided by the golden ratio, odd.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    @usableFromInline var state: UInt64

    /// A generator whose whole sequence is determined by `seed` (every seed is valid).
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mixed(state)
    }

    /// SplitMix64's output function (a variant of MurmurHash3's finaliser): a bijection
    /// of 64-bit values that spreads every input bit over the whole output. Mixing
    /// `seed &+ k &* increment` gives the k-th draw of `SplitMix64(seed: seed)`.
    /// - Complexity: O(1).
    @inlinable
    public static func mixed(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for an independent stream, derived from `seed` and a stream number,
    /// so that one part of a computation does not shift when another part draws more.
    /// - Complexity: O(1).
    public static func stream(_ seed: UInt64, _ stream: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }
}
