import Foundation
import MaillageSupport

/// Leiden's refinement phase (Traag, Waltman & van Eck 2019, Algorithm A.2
/// `RefinePartition` and `MergeNodesSubset`).
///
/// Inside each community `S` of `partition`, every node starts alone. Communities do
/// not interact, so they are refined one after the other, each with its members
/// visited in shuffled order (the same distribution as one shuffle of all nodes, but
/// the working set is one community's rows and scratch entries, which stay in cache).
/// A node `v` is considered only while it is still alone and is well connected to
/// `S`: `w(v, S − v) ≥ γ·k_v·(K_S − k_v) / 2m`. Its candidates are itself (gain 0) and
/// the sub-communities `R ⊆ S` it has an edge to that are well connected to `S`
/// (`w(R, S − R) ≥ γ·K_R·(K_S − K_R) / 2m`); among those whose gain
/// `w(v, R) − γ·k_v·K_R / 2m` is ≥ 0 it draws `R` with probability ∝
/// `exp((gain − maxGain) / θ)` (terms below `exp(−700)` count as 0, as they do to
/// within rounding). A sub-community that received a node is no longer
/// considered for moving. Each sub-community grows from a node by adding neighbours,
/// so it is connected.
///
/// `inside` receives `w(v, S − v)` of every node. Given back at the next call with
/// `stale` marking the nodes whose own or neighbours' communities changed in between,
/// the other nodes' values are reused rather than summed again over their edges (same
/// sums, so the same result).
///
/// - Parameters:
///   - partition: the communities to refine, labels in `0..<partitionCount`.
///   - scale: γ / 2m.
///   - randomness: θ, in weight units; 0 makes the choice greedy.
///   - inside: `w(v, S − v)` of every node on return; on entry, those of a previous
///     call (or empty).
///   - stale: the nodes whose entry of `inside` must be recomputed; nil, all of them.
/// - Returns: the refined labels (each in `0..<nodeCount`, not renumbered).
/// - Complexity: O(n + m).
func leidenRefinement(_ network: CommunityNetwork, partition: [Int32], partitionCount: Int,
                      scale: Double, randomness: Double, inside: inout [Double], stale: [Bool]? = nil,
                      generator: inout SeededGenerator) -> [Int32] {
    let n = network.nodeCount
    var refined = (0..<n).map { Int32($0) }
    guard n > 0 else { return refined }
    let reusable = stale != nil && inside.count == n
    if !reusable { inside = [Double](repeating: 0, count: n) }
    let stale = stale ?? []

    // Members of each community, by counting sort (increasing node order), then each
    // community's members shuffled in place.
    var start = [Int](repeating: 0, count: partitionCount + 1)
    for v in 0..<n { start[Int(partition[v]) + 1] += 1 }
    for c in 0..<partitionCount { start[c + 1] += start[c] }
    var members = [Int32](repeating: 0, count: n)
    do {
        var cursor = start
        for v in 0..<n {
            let c = Int(partition[v])
            members[cursor[c]] = Int32(v)
            cursor[c] += 1
        }
    }

    var clusterWeight = network.nodeWeights
    var externalWeight = [Double](repeating: 0, count: n)   // w(R, S − R)
    var receivedNode = [Bool](repeating: false, count: n)
    var neighbourWeight = [Double](repeating: 0, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var cumulative = [Double](repeating: 0, count: n)

    network.offsets.withUnsafeBufferPointer { offsets in
    network.targets.withUnsafeBufferPointer { targets in
    network.weights.withUnsafeBufferPointer { weights in
    network.nodeWeights.withUnsafeBufferPointer { nodeWeights in
    partition.withUnsafeBufferPointer { community in
    members.withUnsafeMutableBufferPointer { members in
    refined.withUnsafeMutableBufferPointer { refined in
    clusterWeight.withUnsafeMutableBufferPointer { clusterWeight in
    externalWeight.withUnsafeMutableBufferPointer { externalWeight in
    receivedNode.withUnsafeMutableBufferPointer { receivedNode in
    neighbourWeight.withUnsafeMutableBufferPointer { neighbourWeight in
    touched.withUnsafeMutableBufferPointer { touched in
    cumulative.withUnsafeMutableBufferPointer { cumulative in
    inside.withUnsafeMutableBufferPointer { inside in
        for c in 0..<partitionCount {
            let first = start[c], end = start[c + 1]
            let s = Int32(c)
            // w(v, S − v) of every member, and K_S.
            var total = 0.0
            for i in first..<end {
                let v = Int(members[i])
                total += nodeWeights[v]
                if !reusable || stale[v] {
                    var sum = 0.0
                    for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == s {
                        sum += weights[e]
                    }
                    inside[v] = sum
                }
                externalWeight[v] = inside[v]
            }
            // Fisher–Yates on the community's members.
            var i = end - first - 1
            while i > 0 {
                let j = generator.nextInt(below: i + 1)
                if j != i { members.swapAt(first + i, first + j) }
                i -= 1
            }

            for i in first..<end {
                let v32 = members[i]
                let v = Int(v32)
                guard refined[v] == v32, !receivedNode[v] else { continue }
                let kv = nodeWeights[v]
                guard externalWeight[v] >= scale * kv * (total - kv) else { continue }

                // Take v out of its singleton; it is its own first candidate (gain 0).
                // Weights are positive: a sub-community not yet met has neighbourWeight
                // 0; v itself is not met (v is alone: no refined label is v but its own).
                clusterWeight[v] = 0
                touched[0] = v32
                var touchedCount = 1
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    guard community[u] == s else { continue }
                    let r = Int(refined[u])
                    let w = neighbourWeight[r]
                    if w == 0 {
                        touched[touchedCount] = Int32(r)
                        touchedCount += 1
                    }
                    neighbourWeight[r] = w + weights[e]
                }

                var best = v
                var maxGain = 0.0
                for i in 0..<touchedCount {
                    let r = Int(touched[i])
                    let kr = clusterWeight[r]
                    var gain = -Double.infinity
                    if externalWeight[r] >= scale * kr * (total - kr) {
                        gain = neighbourWeight[r] - scale * kv * kr
                        if gain > maxGain { maxGain = gain; best = r }
                    }
                    cumulative[i] = gain
                }
                var chosen = best
                if randomness > 0, best != v {
                    var sum = 0.0
                    for i in 0..<touchedCount {
                        let gain = cumulative[i]
                        if gain >= 0 {
                            let exponent = (gain - maxGain) / randomness
                            if exponent > -700 { sum += exp(exponent) }
                        }
                        cumulative[i] = sum
                    }
                    let draw = generator.nextUnitDouble() * sum
                    for i in 0..<touchedCount where cumulative[i] > draw {
                        chosen = Int(touched[i])
                        break
                    }
                }

                clusterWeight[chosen] += kv
                if chosen != v {
                    // w(R ∪ v, S − R − v) = w(R, S − R) + w(v, S − v) − 2·w(v, R)
                    externalWeight[chosen] += externalWeight[v] - 2 * neighbourWeight[chosen]
                    refined[v] = Int32(chosen)
                    receivedNode[chosen] = true
                }
                for i in 0..<touchedCount {
                    let r = Int(touched[i])
                    neighbourWeight[r] = 0
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
    }
    }
    }
    return refined
}
