/// The generator of Maillage's randomised algorithms (community detection, sampled
/// betweenness): xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number
/// generators", 2021), its 256-bit state filled from a 64-bit seed by ``SplitMix64``,
/// as the authors recommend.
///
/// Every randomised algorithm takes a seed and draws from this generator, so a result
/// is reproducible from its seed on every platform and Swift version; the derived draws
/// (``SeededRandomNumberGenerator/nextInt(below:)``, ``SeededRandomNumberGenerator/shuffle(_:)``…)
/// are specified by ``SeededRandomNumberGenerator``.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// var order = Array(0..<10)
/// rng.shuffle(&order)           // same permutation for seed 42, every time
/// let coin = rng.nextUnitDouble() < 0.5
/// ```
///
/// Not cryptographically secure.
public struct SeededGenerator: SeededRandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a generator whose whole sequence is determined by `seed`: the first
    /// four draws of `SplitMix64(seed: seed)`. Every seed, 0 included, gives a valid
    /// (non-zero) state.
    @inlinable
    public init(seed: UInt64) {
        var splitMix = SplitMix64(seed: seed)
        s0 = splitMix.next()
        s1 = splitMix.next()
        s2 = splitMix.next()
        s3 = splitMix.next()
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, 45)
        return result
    }

    @inlinable
    static func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
