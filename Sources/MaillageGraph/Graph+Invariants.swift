extension Graph {
    /// Checks the CSR invariants: offsets well formed, rows sorted without
    /// duplicates or self-loops, adjacency symmetric with equal weights, weights
    /// positive and finite.
    /// - Returns: nil when they hold, otherwise a description of the first violation.
    /// - Complexity: O(m log d).
    public func checkInvariants() -> String? {
        guard offsets.count == nodeCount + 1, offsets.first == 0, offsets.last == targets.count,
              weights.count == targets.count else { return "offsets/targets/weights sizes disagree" }
        for v in 0..<nodeCount {
            guard offsets[v] <= offsets[v + 1] else { return "offsets decrease at \(v)" }
            var previous: Int32 = -1
            for i in offsets[v]..<offsets[v + 1] {
                let t = targets[i]
                guard t >= 0, Int(t) < nodeCount else { return "neighbour out of range in row \(v)" }
                guard t > previous else { return "row \(v) not sorted or has a duplicate" }
                guard Int(t) != v else { return "self-loop at \(v)" }
                guard weights[i] > 0, weights[i].isFinite else { return "non-positive weight in row \(v)" }
                guard weight(Int(t), v) == weights[i] else { return "asymmetric edge \(v)–\(t)" }
                previous = t
            }
        }
        return nil
    }
}
