import MaillageSupport

/// Leiden's fast local moving phase (Traag, Waltman & van Eck 2019, Algorithm A.2
/// `MoveNodesFast`).
///
/// Every node enters a FIFO queue once, in shuffled order. A popped node leaves its
/// community and joins the one with the largest gain `w(v, C) − γ·k_v·K_C / 2m`
/// among its neighbours' communities and one empty community (gain 0); it stays
/// unless another choice beats staying strictly. When it moves, its neighbours that
/// are outside its new community and not in the queue are appended. Stops when the
/// queue is empty: then no single node can raise modularity by moving.
///
/// With `queued`, only the nodes it marks enter the queue at first (in the order of the
/// same shuffle, which is drawn in full so the random stream does not depend on it); the
/// others can still be queued later, when a neighbour moves. Leiden passes the nodes
/// whose modularity gains may have changed since they were last found unable to move.
///
/// - Parameters:
///   - membership: the starting partition (labels in `0..<nodeCount`), updated in place.
///   - scale: γ / 2m.
///   - queued: the nodes queued at first (one flag per node); nil queues every node.
/// - Returns: whether any node moved.
/// - Complexity: O(n + m) for the first sweep, O(degree) per later visit.
func leidenFastLocalMoving(_ network: CommunityNetwork, membership: inout [Int32], scale: Double,
                           queued initiallyQueued: [Bool]? = nil,
                           generator: inout SeededGenerator) -> Bool {
    let n = network.nodeCount
    guard n > 0 else { return false }
    var queue = (0..<n).map { Int32($0) }
    generator.shuffle(&queue)
    var isQueued = [Bool](repeating: true, count: n)
    if let initiallyQueued {
        queue.removeAll { !initiallyQueued[Int($0)] }
        isQueued = initiallyQueued
    }
    let initialCount = queue.count
    queue += [Int32](repeating: 0, count: n - initialCount)

    // K_C and w(v, C) side by side: the candidate loop reads both, one cache line.
    var tally = [CommunityTally](repeating: CommunityTally(), count: n)
    var communitySize = [Int32](repeating: 0, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var emptyCommunities = [Int32](repeating: 0, count: n)
    var moved = false

    network.offsets.withUnsafeBufferPointer { offsets in
    network.targets.withUnsafeBufferPointer { targets in
    network.weights.withUnsafeBufferPointer { weights in
    network.nodeWeights.withUnsafeBufferPointer { nodeWeights in
    membership.withUnsafeMutableBufferPointer { community in
    queue.withUnsafeMutableBufferPointer { queue in
    tally.withUnsafeMutableBufferPointer { tally in
    communitySize.withUnsafeMutableBufferPointer { communitySize in
    isQueued.withUnsafeMutableBufferPointer { isQueued in
    touched.withUnsafeMutableBufferPointer { touched in
    emptyCommunities.withUnsafeMutableBufferPointer { emptyCommunities in
        for v in 0..<n {
            tally[Int(community[v])].total += nodeWeights[v]
            communitySize[Int(community[v])] += 1
        }
        var emptyCount = 0
        for c in stride(from: n - 1, through: 0, by: -1) where communitySize[c] == 0 {
            emptyCommunities[emptyCount] = Int32(c)
            emptyCount += 1
        }
        // Ring buffer: every node is queued at most once at a time, so n slots suffice.
        var head = 0
        var queued = initialCount
        while queued > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            queued -= 1
            isQueued[v] = false

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
                emptyCommunities[emptyCount] = Int32(current)
                emptyCount += 1
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
            if bestGain < 0, emptyCount > 0 {
                best = Int(emptyCommunities[emptyCount - 1])
                bestGain = 0
            }
            if best != current && !(bestGain - stayGain > 1e-12 * kv) { best = current }

            // A community of size 0 can only be the top of the stack of empty ones.
            if communitySize[best] == 0 { emptyCount -= 1 }
            tally[best].total += kv
            communitySize[best] += 1
            if best != current {
                community[v] = Int32(best)
                moved = true
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    if !isQueued[u] && Int(community[u]) != best {
                        isQueued[u] = true
                        var tail = head + queued
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(u)
                        queued += 1
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
    return moved
}

/// Per community during local moving: `w(v, C)` of the node being moved (0 when `C` is
/// not among its neighbours' communities) and `K_C`, side by side in memory.
struct CommunityTally {
    var neighbour = 0.0
    var total = 0.0
}
