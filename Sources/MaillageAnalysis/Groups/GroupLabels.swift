/// Checks of the group arrays taken by the group, brokerage and departure analyses.
///
/// A group array gives one entry per node: a group id in `0..<groupCount`, or any
/// negative value (conventionally −1) for a node whose group is unknown. The lead maps
/// territories or actor kinds to these ids; a wrong array is a programming error, so the
/// checks are preconditions.
enum GroupLabels {
    /// Validates `groups` for a graph of `nodeCount` nodes and returns the number of
    /// groups: `groupCount` when given, otherwise one more than the largest id (0 when
    /// every node is unknown).
    /// - Complexity: O(n).
    static func validatedCount(_ groups: [Int], nodeCount: Int, groupCount: Int?) -> Int {
        precondition(groups.count == nodeCount,
                     "group array has \(groups.count) entries for \(nodeCount) nodes")
        let largest = groups.max() ?? -1
        if let groupCount {
            precondition(groupCount >= 0 && largest < groupCount,
                         "group id \(largest) out of range 0..<\(groupCount)")
            return groupCount
        }
        return max(largest + 1, 0)
    }
}
