/// Counting unordered pairs, shared by the connectivity, brokerage and group analyses.
enum UnorderedPairs {
    /// C(k, 2) = k(k − 1)/2, the number of unordered pairs among k items (0 for k < 2).
    @inline(__always) static func among(_ k: Int) -> Int { k < 2 ? 0 : k * (k - 1) / 2 }
}
