import MaillageSupport

/// Communities by the Louvain method: greedy modularity maximisation by local moving
/// and aggregation (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. P10008).
///
/// **Algorithm.** Start from singletons.
/// 1. *Local moving*: visit the nodes in an order shuffled by the seeded generator; take
///    each node out of its community and put it where the modularity gain
///    `w(v, C) − γ·k_v·K_C / 2m` is largest among its neighbours' communities and an
///    empty one (it stays unless the gain beats staying's strictly). Repeat passes until
///    a pass moves no node; a pass skips the nodes none of whose neighbours moved since
///    their last visit (the pruning of Ozaki, Tezuka & Inaba 2016).
/// 2. *Aggregation*: if anything moved, build the graph of communities (weights summed,
///    CSR) and go back to 1 on it. Stop when a level moves nothing.
/// 3. *Refinement on the way back* (multi-level refinement, Rotta & Noack 2011): project
///    the top partition onto each lower level in turn and run local moving there, so
///    that sub-communities formed early can still change community. This only raises
///    modularity; on the benchmark graphs it adds 0.005–0.016 over plain Louvain.
///
/// Here `w(v, C)` is the weight between `v` and `C`, `k_v` the strength of `v`, `K_C`
/// the total strength of `C` and `m` the total edge weight. Unlike Leiden, Louvain may
/// return a community that is not connected.
///
/// **Weights** are tie strengths (the `weights` of `Graph`); an unweighted graph has weights 1.
/// Scaling all weights by a constant gives the same partition.
///
/// **Determinism.** The result depends only on the graph, `resolution` and `seed`
/// (node orders come from `SeededGenerator` (MaillageSupport); ties go to the community met first).
///
/// **Reference.** Same method as igraph's `community_multilevel` and NetworkX's
/// `louvain_communities` (which may give other, equally valid partitions); its
/// modularity is compared with igraph's on the graphs of
/// `References/communities/benchmarks.json`. Modularity is
/// ``modularity(graph:membership:resolution:)``.
///
/// ```swift
/// let p = louvain(graph: karate, seed: 1)
/// p.count        // 4
/// p.modularity   // ≈ 0.42
/// ```
///
/// - Parameters:
///   - graph: the graph; weights must be positive.
///   - resolution: γ, 1 by default; larger values give more, smaller communities.
///   - seed: seed of the node-order shuffles.
/// - Returns: the partition, with its modularity recomputed on `graph`.
///   A graph without edges gives singletons (modularity 0).
/// - Complexity: O(n + m) per pass; in practice near-linear (a few full passes per
///   level, then short pruned ones; a few levels).
public func louvain(graph: Graph, resolution: Double = 1, seed: UInt64 = 0) -> CommunityPartition {
    let n = graph.nodeCount
    var generator = SeededGenerator(seed: seed)
    let base = CommunityNetwork(graph)
    var membership = (0..<n).map { Int32($0) }
    if base.totalNodeWeight > 0 {
        let scale = resolution / base.totalNodeWeight
        // Coarsening: each level keeps its network and the map of its nodes to the next level's.
        var levels: [(network: CommunityNetwork, nextLevelNode: [Int32])] = []
        var network = base
        while true {
            var grouping = (0..<network.nodeCount).map { Int32($0) }
            guard louvainLocalMoving(network, membership: &grouping, scale: scale, generator: &generator)
            else { break }
            let count = renumberByFirstAppearance(&grouping)
            guard count < network.nodeCount else { break }
            levels.append((network, grouping))
            network = network.aggregated(by: grouping, count: count)
        }
        // Uncoarsening: project the top partition level by level, moving nodes at each.
        var partition = (0..<network.nodeCount).map { Int32($0) }
        for level in levels.reversed() {
            var projected = level.nextLevelNode.map { partition[Int($0)] }
            _ = louvainLocalMoving(level.network, membership: &projected, scale: scale, generator: &generator)
            _ = renumberByFirstAppearance(&projected)
            partition = projected
        }
        if !levels.isEmpty { membership = partition }
    }
    return CommunityPartition(graph: graph, membership: membership.map { Int($0) }, resolution: resolution)
}

/// Louvain's local moving phase on one level, from `membership` (labels in
/// `0..<nodeCount`), in full passes over a shuffled order until a pass moves nothing.
/// - Parameter scale: γ / 2m.
/// - Returns: whether any node moved.
/// - Complexity: O(n + m) per pass.
func louvainLocalMoving(_ network: CommunityNetwork, membership: inout [Int32], scale: Double,
                        generator: inout SeededGenerator) -> Bool {
    let n = network.nodeCount
    var order = (0..<n).map { Int32($0) }
    generator.shuffle(&order)

    // K_C and w(v, C) side by side: the candidate loop reads both, one cache line.
    var tally = [CommunityTally](repeating: CommunityTally(), count: n)
    var communitySize = [Int32](repeating: 0, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var isStable = [Bool](repeating: false, count: n)
    var emptyCommunities: [Int32] = []
    var movedAtAll = false

    network.offsets.withUnsafeBufferPointer { offsets in
    network.targets.withUnsafeBufferPointer { targets in
    network.weights.withUnsafeBufferPointer { weights in
    network.nodeWeights.withUnsafeBufferPointer { nodeWeights in
    membership.withUnsafeMutableBufferPointer { community in
    tally.withUnsafeMutableBufferPointer { tally in
    communitySize.withUnsafeMutableBufferPointer { communitySize in
    touched.withUnsafeMutableBufferPointer { touched in
    isStable.withUnsafeMutableBufferPointer { isStable in
        while true {
            // Recomputed every pass so rounding cannot drift.
            for c in 0..<n { tally[c].total = 0; communitySize[c] = 0 }
            for v in 0..<n {
                tally[Int(community[v])].total += nodeWeights[v]
                communitySize[Int(community[v])] += 1
            }
            emptyCommunities.removeAll(keepingCapacity: true)
            for c in stride(from: n - 1, through: 0, by: -1) where communitySize[c] == 0 {
                emptyCommunities.append(Int32(c))
            }

            var moves = 0
            for v32 in order where !isStable[Int(v32)] {
                let v = Int(v32)
                isStable[v] = true
                let current = Int(community[v])
                let kv = nodeWeights[v]
                var touchedCount = 0
                // Weights are positive: a community not yet met has neighbourWeight 0.
                for e in offsets[v]..<offsets[v + 1] {
                    let c = Int(community[Int(targets[e])])
                    let w = tally[c].neighbour
                    if w == 0 {
                        touched[touchedCount] = Int32(c)
                        touchedCount += 1
                    }
                    tally[c].neighbour = w + weights[e]
                }
                tally[current].total -= kv
                communitySize[current] -= 1
                if communitySize[current] == 0 {
                    tally[current].total = 0
                    emptyCommunities.append(Int32(current))
                }

                let scaledKv = scale * kv
                let stayGain = tally[current].neighbour - scaledKv * tally[current].total
                var best = current
                var bestGain = stayGain
                for i in 0..<touchedCount {
                    let c = Int(touched[i])
                    let t = tally[c]
                    let gain = t.neighbour - scaledKv * t.total
                    if gain > bestGain { best = c; bestGain = gain }
                    tally[c].neighbour = 0
                }
                // An empty community (gain 0) when every other choice loses.
                if bestGain < 0, let empty = emptyCommunities.last { best = Int(empty); bestGain = 0 }
                if best != current && !(bestGain - stayGain > 1e-12 * kv) { best = current }

                if communitySize[best] == 0 { emptyCommunities.removeLast() }
                tally[best].total += kv
                communitySize[best] += 1
                if best != current {
                    community[v] = Int32(best)
                    moves += 1
                    for e in offsets[v]..<offsets[v + 1] { isStable[Int(targets[e])] = false }
                }
            }
            if moves == 0 { break }
            movedAtAll = true
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
    return movedAtAll
}
