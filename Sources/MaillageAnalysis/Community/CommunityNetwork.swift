/// The weighted network that community detection works on, level after level:
/// the input graph first, then graphs whose nodes are groups of its nodes.
///
/// Stored as CSR like ``Graph`` (`offsets`, `targets`, `weights`, each undirected
/// edge in both rows), plus a **node weight** per node: the strength of the node in
/// the input graph, or for an aggregate node the sum of its members' strengths.
/// Aggregation drops the edges inside a group: with node weights kept apart, the
/// modularity gain of moving a node, `w(v, C) − γ·k_v·K_C / 2m`, does not depend on
/// them (they only add a constant to the quality). Rows of aggregated levels are not
/// sorted, but their order is deterministic.
struct CommunityNetwork: Sendable {
    let nodeCount: Int
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    /// k_v: strength of v in the input graph (summed over members for an aggregate).
    let nodeWeights: [Double]
    /// Σ k_v = 2m, twice the total edge weight of the input graph.
    let totalNodeWeight: Double

    /// The input level: shares the graph's CSR arrays (no copy).
    /// - Complexity: O(n + m).
    init(_ graph: Graph) {
        nodeCount = graph.nodeCount
        offsets = graph.offsets
        targets = graph.targets
        weights = graph.weights
        var nodeWeights = [Double](repeating: 0, count: graph.nodeCount)
        var total = 0.0
        for v in 0..<graph.nodeCount {
            var s = 0.0
            for i in graph.offsets[v]..<graph.offsets[v + 1] { s += graph.weights[i] }
            nodeWeights[v] = s
            total += s
        }
        self.nodeWeights = nodeWeights
        totalNodeWeight = total
    }

    private init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double],
                 nodeWeights: [Double], totalNodeWeight: Double) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodeWeights = nodeWeights
        self.totalNodeWeight = totalNodeWeight
    }

    /// The network whose nodes are the groups of `membership` (labels `0..<count`):
    /// the weight between two groups is the sum of the weights of the edges between
    /// their members; edges inside a group are dropped; node weights are summed.
    /// Group `c`'s row lists its neighbour groups in order of first encounter while
    /// scanning its members in increasing node order.
    /// - Complexity: O(n + m), with scratch arrays indexed by group (no hashing).
    func aggregated(by membership: [Int32], count: Int) -> CommunityNetwork {
        let n = nodeCount
        // Members of each group, by counting sort (increasing node order within a group).
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(membership[v]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: n)
        var cursor = start
        for v in 0..<n {
            let c = Int(membership[v])
            members[cursor[c]] = Int32(v)
            cursor[c] += 1
        }

        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newNodeWeights = [Double](repeating: 0, count: count)
        var accumulated = [Double](repeating: 0, count: count)
        // One slot more than the groups: a group is written before knowing it is new.
        var touched = [Int32](repeating: 0, count: count + 1)
        // The groups of one row's targets, looked up before any is accumulated: the
        // look-ups do not wait on the accumulations' stores.
        var maximumDegree = 0
        for v in 0..<n { maximumDegree = max(maximumDegree, offsets[v + 1] - offsets[v]) }
        var rowGroups = [Int32](repeating: 0, count: maximumDegree)
        // At most one aggregate edge per edge: both rows are written in place, in one pass.
        let capacity = targets.count
        var newWeights: [Double] = []
        let newTargets = [Int32](unsafeUninitializedCapacity: capacity) { newTargets, targetCount in
        newWeights = [Double](unsafeUninitializedCapacity: capacity) { newWeights, weightCount in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeights.withUnsafeBufferPointer { nodeWeights in
        membership.withUnsafeBufferPointer { membership in
        members.withUnsafeBufferPointer { members in
        start.withUnsafeBufferPointer { start in
        accumulated.withUnsafeMutableBufferPointer { accumulated in
        touched.withUnsafeMutableBufferPointer { touched in
        rowGroups.withUnsafeMutableBufferPointer { rowGroups in
        newOffsets.withUnsafeMutableBufferPointer { newOffsets in
        newNodeWeights.withUnsafeMutableBufferPointer { newNodeWeights in
            var written = 0
            for c in 0..<count {
                let c32 = Int32(c)
                var groupWeight = 0.0
                var touchedCount = 0
                for i in start[c]..<start[c + 1] {
                    let v = Int(members[i])
                    groupWeight += nodeWeights[v]
                    let rowStart = offsets[v], degree = offsets[v + 1] &- rowStart
                    for k in 0..<degree { rowGroups[k] = membership[Int(targets[rowStart &+ k])] }
                    for k in 0..<degree {
                        let d = rowGroups[k]
                        if d == c32 { continue }
                        // Weights are positive: a group not yet met has 0 accumulated.
                        let w = accumulated[Int(d)]
                        touched[touchedCount] = d
                        touchedCount &+= w == 0 ? 1 : 0
                        accumulated[Int(d)] = w + weights[rowStart &+ k]
                    }
                }
                newNodeWeights[c] = groupWeight
                for k in 0..<touchedCount {
                    let d = touched[k]
                    newTargets.initializeElement(at: written, to: d)
                    newWeights.initializeElement(at: written, to: accumulated[Int(d)])
                    written += 1
                    accumulated[Int(d)] = 0
                }
                newOffsets[c + 1] = written
            }
            targetCount = written
            weightCount = written
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return CommunityNetwork(nodeCount: count, offsets: newOffsets, targets: newTargets,
                                weights: newWeights, nodeWeights: newNodeWeights,
                                totalNodeWeight: totalNodeWeight)
    }
}

/// Relabels `labels` (each in `0..<labels.count`) as `0..<count` by first appearance.
/// - Complexity: O(n).
func renumberByFirstAppearance(_ labels: inout [Int32]) -> Int {
    var newLabel = [Int32](repeating: -1, count: labels.count)
    var count: Int32 = 0
    for v in labels.indices {
        let old = Int(labels[v])
        if newLabel[old] < 0 { newLabel[old] = count; count += 1 }
        labels[v] = newLabel[old]
    }
    return Int(count)
}
