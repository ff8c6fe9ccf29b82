/// Krackhardt & Stern's E-I index, (E − I) / (E + I), from a count of external ties E and
/// internal ties I.
///
/// It runs from −1 (every tie stays inside: a closed group) to +1 (every tie leaves the
/// group: an open one); 0 when they balance. Ties are counted, weights are ignored.
/// For a group, E is the number of ties with exactly one end in it and I the number with
/// both ends in it (``GroupFigures/eiIndex``); for a whole graph, E is the number of
/// ties between two different groups and I those inside a group
/// (``GroupStructure/eiIndex``).
///
/// Reference: D. Krackhardt and R. N. Stern (1988), "Informal networks and organizational
/// crises: an experimental simulation", *Social Psychology Quarterly* 51(2), 123–140.
///
/// ```swift
/// eiIndex(external: 3, internal: 1)   // 0.5
/// eiIndex(external: 0, internal: 0)   // nil
/// ```
/// - Returns: the index, or nil when E + I = 0 (no tie: the index is undefined).
/// - Complexity: O(1).
public func eiIndex(external: Int, internal internalTies: Int) -> Double? {
    let total = external + internalTies
    guard total > 0 else { return nil }
    return Double(external - internalTies) / Double(total)
}
