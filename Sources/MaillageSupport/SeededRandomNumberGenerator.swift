/// A random number generator whose whole sequence is fixed by a 64-bit seed, with
/// the derived draws (bounded integers, unit doubles, coin flips, picks, shuffles)
/// spelled out here once for every generator of Maillage.
///
/// The standard library's `random(in:using:)` and `shuffle(using:)` algorithms are not
/// specified and may change between Swift versions; these are, so a result drawn from
/// a seed is the same on every platform and every Swift version.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// var order = Array(0..<10)
/// rng.shuffle(&order)              // same permutation for seed 42, every time
/// let coin = rng.chance(0.5)
/// ```
///
/// Not cryptographically secure.
public protocol SeededRandomNumberGenerator: RandomNumberGenerator {
    /// A generator whose whole sequence is determined by `seed` (every seed is valid).
    init(seed: UInt64)
}

extension SeededRandomNumberGenerator {
    /// A uniformly distributed integer in `0..<bound` (Lemire's multiply-and-reject
    /// method, so without modulo bias). Returns 0 when `bound <= 1`.
    /// - Complexity: O(1) expected.
    @inlinable
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

    /// A uniformly distributed integer in `range` (a closed range of at least one value).
    /// - Complexity: O(1) expected.
    @inlinable
    public mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + nextInt(below: range.upperBound - range.lowerBound + 1)
    }

    /// A uniformly distributed double in `[0, 1)`, with 53 random bits.
    /// - Complexity: O(1).
    @inlinable
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p` (one ``nextUnitDouble()`` draw).
    /// - Complexity: O(1).
    @inlinable
    public mutating func chance(_ p: Double) -> Bool {
        nextUnitDouble() < p
    }

    /// A uniformly chosen element of a non-empty array.
    /// - Complexity: O(1) expected.
    @inlinable
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[nextInt(below: elements.count)]
    }

    /// Shuffles `elements` in place by the Fisher–Yates (Durstenfeld) algorithm: the
    /// permutation depends only on the seed and on how many numbers were drawn before.
    /// - Complexity: O(n).
    @inlinable
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var i = elements.count - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            if j != i { elements.swapAt(i, j) }
            i -= 1
        }
    }
}
