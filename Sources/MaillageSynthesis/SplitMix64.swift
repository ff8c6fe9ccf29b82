/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): the small, fast, deterministic generator every draw of
/// the synthetic dataset comes from.
///
/// The synthesis module depends on `MaillageModel` only, so it carries its own
/// generator. The helpers below are written out rather than taken from the standard
/// library, whose `random(in:using:)` and `shuffle(using:)` algorithms are not
/// specified and may change between Swift versions: a dataset is reproducible from
/// its seed on every platform.
///
/// ```swift
/// var rng = SplitMix64(seed: 7)
/// rng.nextInt(below: 10)      // same value for seed 7, every time
/// rng.chance(0.25)            // true about one time in four
/// ```
///
/// Not cryptographically secure.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole sequence is determined by `seed` (every seed is valid).
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject method, without
    /// modulo bias); 0 when `bound <= 1`.
    /// - Complexity: O(1) expected.
    mutating func nextInt(below bound: Int) -> Int {
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

    /// A uniform integer in `range` (a closed range of at least one value).
    mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + nextInt(below: range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `[0, 1)`, with 53 random bits.
    mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        nextUnitDouble() < p
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ elements: [T]) -> T {
        elements[nextInt(below: elements.count)]
    }

    /// Fisher–Yates (Durstenfeld) shuffle drawing from this generator.
    mutating func shuffle<T>(_ elements: inout [T]) {
        var i = elements.count - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            if j != i { elements.swapAt(i, j) }
            i -= 1
        }
    }

    /// A generator for an independent stream, derived from this seed and a stream
    /// number, so that parts of the dataset do not shift when another part draws more.
    static func stream(_ seed: UInt64, _ stream: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }
}
