/// Splits every community into the connected components of the subgraph it induces.
///
/// Splitting a community whose parts share no edge never lowers modularity (it removes
/// the positive term `2γ·K_A·K_B / (2m)²` between the parts), so Leiden uses this as
/// its final guarantee that communities are connected, and as the refined partition
/// when refinement merges nothing.
///
/// - Parameter membership: a community label per node, each in `0..<nodeCount`.
/// - Returns: part labels numbered `0..<count` by first appearance in node order.
/// - Complexity: O(n + m), iterative (no recursion).
func connectedParts(_ network: CommunityNetwork, of membership: [Int32]) -> (labels: [Int32], count: Int) {
    let n = network.nodeCount
    var labels = [Int32](repeating: -1, count: n)
    var stack: [Int32] = []
    var count: Int32 = 0
    for root in 0..<n where labels[root] < 0 {
        labels[root] = count
        stack.append(Int32(root))
        while let u32 = stack.popLast() {
            let u = Int(u32)
            for e in network.offsets[u]..<network.offsets[u + 1] {
                let w = Int(network.targets[e])
                if labels[w] < 0 && membership[w] == membership[u] {
                    labels[w] = count
                    stack.append(Int32(w))
                }
            }
        }
        count += 1
    }
    return (labels, Int(count))
}
