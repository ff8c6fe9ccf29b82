/// A small, fast, deterministic pseudo-random number generator: xoshiro256**
/// (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021),
/// its 256-bit state filled from a 64-bit seed by SplitMix64 (Steele, Lea & Flood 2014),
/// as the authors recommend.
///
/// Every randomised algorithm of Maillage takes a seed and draws from this generator,
/// so a result is reproducible from its seed on every platform and Swift version.
/// For that reason the helpers below (``nextInt(below:)``, ``nextUnitDouble()``,
/// ``shuffle(_:)``) are written out here rather than taken from the standard
/// library, whose `shuffle(using:)` and `random(in:using:)` algorithms are not
/// specified and may change.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// var order = Array(0..<10)
/// rng.shuffle(&order)           // same permutation for seed 42, every time
/// let coin = rng.nextUnitDouble() < 0.5
/// ```
///
/// Not cryptographically secure.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose whole sequence is determined by `seed`.
    ///
    /// Every seed, 0 included, gives a valid (non-zero) state.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = nextSplitMix()
        s1 = nextSplitMix()
        s2 = nextSplitMix()
        s3 = nextSplitMix()
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniformly distributed integer in `0..<bound` (Lemire's multiply-and-reject
    /// method, so without modulo bias). Returns 0 when `bound <= 1`.
    /// - Complexity: O(1) expected.
    public mutating func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniformly distributed double in `[0, 1)`, with 53 random bits.
    /// - Complexity: O(1).
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `elements` in place by the Fisher–Yates (Durstenfeld) algorithm,
    /// drawing from this generator: the permutation depends only on the seed and on
    /// how many numbers were drawn before.
    /// - Complexity: O(n).
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var i = elements.count - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            if j != i { elements.swapAt(i, j) }
            i -= 1
        }
    }
}
