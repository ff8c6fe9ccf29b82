import MaillageSupport

/// Breadth-first searches from 64 sources at once, one bit per source (the multi-source
/// BFS of Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
/// VLDB 2014), each level run top-down or bottom-up, whichever scans fewer edges
/// (Beamer et al., "Direction-Optimizing Breadth-First Search", SC 2012).
///
/// For each node v, `seen[v]` has bit i set when source i has reached v and
/// `frontier[v]` when it reached v at the current level. A top-down level ORs
/// `frontier[v]` into every neighbour of every node of the frontier; a bottom-up level
/// lets every node not yet reached by all sources OR its neighbours' frontier words,
/// stopping as soon as every source missing it is found. One scan of an edge serves
/// up to 64 searches, so the distance sums of unweighted closeness cost about
/// (levels × m) word operations per 64 sources instead of 64 × m.
///
/// The distances found are exactly those of 64 separate searches; the sums are integers,
/// so the results are bit-for-bit those of ``ShortestPathSearch``'s breadth-first search.
/// Not thread-safe: one per worker.
final class BitParallelBreadthFirstSearch {
    /// Sources per batch (bits of a word).
    static let batchSize = 64

    private let n: Int
    private let offsets: UnsafeMutableBufferPointer<Int>
    private let targets: UnsafeMutableBufferPointer<Int32>
    private let seen: UnsafeMutableBufferPointer<UInt64>
    private let frontier: UnsafeMutableBufferPointer<UInt64>
    private let next: UnsafeMutableBufferPointer<UInt64>
    /// Nodes of the current frontier (for top-down levels).
    private let active: UnsafeMutableBufferPointer<Int32>
    /// Per source, the nodes it reached at the current level.
    private let levelCount: UnsafeMutablePointer<Int>
    private let arcCount: Int

    /// Per source of the last batch: the sum of the distances to the reached nodes, and
    /// how many nodes it reached (itself included).
    private(set) var distanceSum = [Int](repeating: 0, count: batchSize)
    private(set) var reachedCount = [Int](repeating: 0, count: batchSize)
    /// Per source of the last batch: Σ 1/d over the other reached nodes, added level by
    /// level (so in the order of a breadth-first search from that source: the same sum,
    /// bit for bit, as one search per source adding 1/d node by node).
    private(set) var inverseDistanceSum = [Double](repeating: 0, count: batchSize)

    init(graph: Graph) {
        n = graph.nodeCount
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = b.initialize(from: array)
            return b
        }
        offsets = copy(graph.offsets)
        targets = copy(graph.targets)
        arcCount = graph.targets.count
        func zeros(_ count: Int) -> UnsafeMutableBufferPointer<UInt64> {
            let b = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, count))
            b.initialize(repeating: 0)
            return b
        }
        seen = zeros(n)
        frontier = zeros(n)
        next = zeros(n)
        active = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, n))
        active.initialize(repeating: 0)
        levelCount = .allocate(capacity: Self.batchSize)
        levelCount.initialize(repeating: 0, count: Self.batchSize)
    }

    deinit {
        offsets.deallocate()
        targets.deallocate()
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        active.deallocate()
        levelCount.deallocate()
    }

    /// Runs the searches from `sources` (at most 64, distinct); afterwards
    /// `distanceSum[i]`, `reachedCount[i]` and `inverseDistanceSum[i]` describe the search
    /// from `sources[i]`.
    /// - Complexity: O(levels · (n + m)) word operations, plus O(n) per source for the sums.
    func search(from sources: some Collection<Int>) {
        precondition(sources.count <= Self.batchSize)
        for i in 0..<Self.batchSize {
            distanceSum[i] = 0
            reachedCount[i] = 0
            inverseDistanceSum[i] = 0
        }
        for v in 0..<n {
            seen[v] = 0
            frontier[v] = 0
        }
        var activeCount = 0
        var frontierArcs = 0
        for (i, s) in sources.enumerated() {
            if frontier[s] == 0 {
                active[activeCount] = Int32(s)
                activeCount += 1
                frontierArcs += offsets[s + 1] - offsets[s]
            }
            frontier[s] |= 1 << UInt64(i)
            seen[s] |= 1 << UInt64(i)
            reachedCount[i] = 1
        }
        let all: UInt64 = sources.count == 64 ? ~0 : (1 << UInt64(sources.count)) - 1
        var unsettledArcs = arcCount   // arcs of the nodes not yet reached by every source (an upper bound)
        var level = 0
        while activeCount > 0 {
            level += 1
            // Bottom-up when the frontier's arcs outnumber a share of the arcs still to visit.
            let bottomUp = frontierArcs * 4 > unsettledArcs
            if bottomUp {
                for w in 0..<n {
                    let need = all & ~seen[w]
                    guard need != 0 else { next[w] = 0; continue }
                    var found: UInt64 = 0
                    for e in offsets[w]..<offsets[w + 1] {
                        found |= frontier[Int(targets[e])]
                        if found & need == need { break }
                    }
                    next[w] = found & need
                }
            } else {
                for v in 0..<n { next[v] = 0 }
                for k in 0..<activeCount {
                    let v = Int(active[k])
                    let bits = frontier[v]
                    for e in offsets[v]..<offsets[v + 1] { next[Int(targets[e])] |= bits }
                }
            }
            // The nodes reached at this level: new frontier, sums.
            activeCount = 0
            frontierArcs = 0
            var remainingArcs = 0
            for w in 0..<n {
                let fresh = next[w] & ~seen[w]
                frontier[w] = fresh
                if fresh != 0 {
                    seen[w] |= fresh
                    active[activeCount] = Int32(w)
                    activeCount += 1
                    let degree = offsets[w + 1] - offsets[w]
                    frontierArcs += degree
                    var bits = fresh
                    while bits != 0 {
                        levelCount[bits.trailingZeroBitCount] += 1
                        bits &= bits - 1
                    }
                }
                if seen[w] != all { remainingArcs += offsets[w + 1] - offsets[w] }
            }
            unsettledArcs = remainingArcs
            // The level's sums; 1/level added once per node, as one search would.
            let inverseLevel = 1 / Double(level)
            for i in 0..<Self.batchSize where levelCount[i] != 0 {
                let count = levelCount[i]
                distanceSum[i] += level * count
                reachedCount[i] += count
                var inverse = inverseDistanceSum[i]
                for _ in 0..<count { inverse += inverseLevel }
                inverseDistanceSum[i] = inverse
                levelCount[i] = 0
            }
        }
    }
}
