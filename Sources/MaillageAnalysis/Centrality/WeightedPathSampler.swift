import MaillageSupport

/// Draws one shortest path uniformly between two nodes of a weighted graph (edge length
/// 1/weight): the weighted sample of Riondato–Kornaropoulos' betweenness approximation,
/// by a balanced bidirectional Dijkstra search that counts shortest paths.
///
/// **Search.** A forward search from s (side 0) and a backward one from t (side 1) each
/// settle nodes by increasing distance, from an indexed binary heap (ties broken by node
/// id, so the search is deterministic). Each side keeps its *frontier degree*, the sum of
/// the degrees of its labelled, unsettled nodes; the side whose frontier degree is
/// smaller settles its next node (the weighted form of the balanced bidirectional
/// breadth-first search of KADABRA). μ is the shortest s–t length seen through an edge
/// between the two searches, an upper bound of d(s, t).
///
/// **Stop.** Let ℓ_min be the shortest edge length of the graph and top_a the smallest
/// unsettled distance on side a. A labelled node y of side 1 with tentative distance
/// below r₁ = top₁ + ℓ_min has its final distance *and* its final path count: a path
/// through an unsettled node is at least top₁ + ℓ_min long, and every predecessor p of y
/// has d₁(p) ≤ d₁(y) − ℓ_min < top₁, so it is settled and counted. Call C₁ that ball
/// {y : d₁(y) < r₁}, and F the forward-settled nodes ({d₀ < top₀} ⊆ F ⊆ {d₀ ≤ top₀}).
/// A node of a shortest path that lies in neither has d₀ ≥ top₀ and d₁ ≥ r₁, so the
/// path is longer than top₀ + top₁ + ℓ_min: the search stops as soon as
/// top₀ + top₁ + ℓ_min > μ, and then every shortest s–t path lies in F ∪ C₁. On integer
/// weights (the `count` projection) this is the breadth-first search's stop: a meeting
/// at distance D ends the search once top₀ + top₁ = D, instead of settling one more
/// "level" of a side as the strict test top₀ + top₁ > μ would.
///
/// **Counting.** Along a shortest path, distances from s increase, so F holds a prefix
/// of it and C₁ (a ball around t) a suffix. Each path is cut at its last node x in F
/// (other than t) and the next node y, which lies in C₁: σ(s, t) = Σ σ₀(x)·σ₁(y) over the
/// edges (x, y), x forward-settled, y in C₁ and not forward-settled (or y = t), whose
/// length `(d₀(x) + 1/w) + d₁(y)` equals the smallest such sum. One cut edge is drawn
/// with probability σ₀(x)·σ₁(y)/σ(s, t), then each half by a backward walk that picks
/// predecessor p of z with probability σ(p)/σ(z): a uniform shortest path. Equal lengths
/// are recognised by exact equality of `distance + 1/weight`, as in the exact algorithm
/// (`ShortestPathSearch`).
///
/// **Pruning.** A node settled at distance d on side a relaxes its edges by increasing
/// length (``Adjacency`` keeps each row sorted by length) while d + ℓ + top_b ≤ μ, then
/// only its edges to nodes settled on side b: an edge (v, w) of a shortest s–t path has
/// d + ℓ + d_b(w) = d(s, t) ≤ μ, and d_b(w) ≥ top_b unless w is settled on side b. The
/// skipped edges lie on no shortest s–t path; the labels they would have lowered are
/// lengths of real paths, too long to tie with a shortest one, so every node of a
/// shortest s–t path still gets its exact distance and path count. On cooperation
/// graphs this is what keeps a hub cheap: a hub near s (a heavy tie, length 1/2) is
/// settled early, and only its short edges are relaxed instead of its thousands of
/// ties of weight 1. The cut edges and the backward walks read the sorted rows in the
/// same way (a predecessor's edge is at most d(z) long).
///
/// **Cost.** Two heaps of at most n entries, arrays of 2n entries, reset after each sample
/// by walking the labelled lists (O(explored part), not O(n)). Not thread-safe: one per worker.
final class WeightedPathSampler {
    /// A graph's edges with their lengths, each row also sorted by length: built once per
    /// graph and shared, read-only, by every worker.
    final class Adjacency: Sendable {
        let nodeCount: Int
        let offsets: [Int]
        /// Rows sorted by target id (the graph's CSR order) and their lengths 1/weight
        /// (the same values as `1.0 / weights[e]`).
        let targets: [Int32]
        let lengths: [Double]
        /// The same rows sorted by increasing length (then target id).
        let sortedTargets: [Int32]
        let sortedLengths: [Double]
        /// For each edge of the CSR order, its position in the length-sorted row.
        let sortedPosition: [Int32]
        /// The shortest edge length ℓ_min.
        let shortestLength: Double

        /// - Complexity: O(m log d), d the largest degree.
        init(graph: Graph) {
            nodeCount = graph.nodeCount
            offsets = graph.offsets
            targets = graph.targets
            let lengths = graph.weights.map { 1.0 / $0 }
            self.lengths = lengths
            shortestLength = lengths.min() ?? 1
            var sortedTargets = [Int32](repeating: 0, count: lengths.count)
            var sortedLengths = [Double](repeating: 0, count: lengths.count)
            var sortedPosition = [Int32](repeating: 0, count: lengths.count)
            var row: [Int] = []
            for v in 0..<graph.nodeCount {
                let start = graph.offsets[v]
                row.removeAll(keepingCapacity: true)
                row.append(contentsOf: start..<graph.offsets[v + 1])
                row.sort { lengths[$0] < lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
                for (k, e) in row.enumerated() {
                    sortedTargets[start + k] = graph.targets[e]
                    sortedLengths[start + k] = lengths[e]
                    sortedPosition[e] = Int32(k)
                }
            }
            self.sortedTargets = sortedTargets
            self.sortedLengths = sortedLengths
            self.sortedPosition = sortedPosition
        }

        /// The CSR index of edge (v, w), or nil (binary search in v's id-sorted row).
        @inline(__always) func edge(_ v: Int, _ w: Int32) -> Int? {
            var low = offsets[v], high = offsets[v + 1]
            while low < high {
                let mid = (low + high) >> 1
                if targets[mid] < w { low = mid + 1 } else { high = mid }
            }
            return low < offsets[v + 1] && targets[low] == w ? low : nil
        }
    }

    private let n: Int
    private let adjacency: Adjacency
    private let offsets: [Int]
    private let sortedTargets: [Int32]
    private let sortedLengths: [Double]
    private let shortestLength: Double

    // Per side, flat arrays of 2n entries (side · n + node).
    private let pathLength: UnsafeMutableBufferPointer<Double>
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// Order of settling on the side, −1 while unsettled.
    private let rank: UnsafeMutableBufferPointer<Int32>
    /// Position in the side's heap, −1 when not in it.
    private let heapPosition: UnsafeMutableBufferPointer<Int32>
    /// The two heaps: node ids, side · n + slot.
    private let heap: UnsafeMutableBufferPointer<Int32>
    private var heapCount = [0, 0]
    private var labelled: [[Int32]] = [[], []]
    private var settled: [[Int32]] = [[], []]
    private var meetings: [(x: Int32, y: Int32, weight: Double)] = []

    init(adjacency: Adjacency) {
        n = adjacency.nodeCount
        self.adjacency = adjacency
        offsets = adjacency.offsets
        sortedTargets = adjacency.sortedTargets
        sortedLengths = adjacency.sortedLengths
        shortestLength = adjacency.shortestLength
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
            b.initialize(repeating: value)
            return b
        }
        pathLength = buffer(2 * n, .infinity)
        pathCount = buffer(2 * n, 0)
        rank = buffer(2 * n, -1)
        heapPosition = buffer(2 * n, -1)
        heap = buffer(2 * n, 0)
    }

    deinit {
        pathLength.deallocate()
        pathCount.deallocate()
        rank.deallocate()
        heapPosition.deallocate()
        heap.deallocate()
    }

    // MARK: - Indexed heap, ordered by (pathLength, node)

    @inline(__always) private func before(_ a: Int32, _ b: Int32, _ base: Int) -> Bool {
        let da = pathLength[base + Int(a)], db = pathLength[base + Int(b)]
        return da < db || (da == db && a < b)
    }

    private func siftUp(_ start: Int, side: Int) {
        let base = side * n
        var i = start
        let node = heap[base + i]
        while i > 0 {
            let parent = (i - 1) >> 1
            let p = heap[base + parent]
            guard before(node, p, base) else { break }
            heap[base + i] = p
            heapPosition[base + Int(p)] = Int32(i)
            i = parent
        }
        heap[base + i] = node
        heapPosition[base + Int(node)] = Int32(i)
    }

    private func siftDown(_ start: Int, side: Int) {
        let base = side * n
        let count = heapCount[side]
        var i = start
        let node = heap[base + i]
        while true {
            let left = 2 * i + 1
            guard left < count else { break }
            var child = left
            if left + 1 < count, before(heap[base + left + 1], heap[base + left], base) { child = left + 1 }
            let c = heap[base + child]
            guard before(c, node, base) else { break }
            heap[base + i] = c
            heapPosition[base + Int(c)] = Int32(i)
            i = child
        }
        heap[base + i] = node
        heapPosition[base + Int(node)] = Int32(i)
    }

    private func push(_ node: Int, side: Int) {
        let i = heapCount[side]
        heapCount[side] = i + 1
        heap[side * n + i] = Int32(node)
        siftUp(i, side: side)
    }

    private func popMin(side: Int) -> Int {
        let base = side * n
        let top = Int(heap[base])
        heapPosition[base + top] = -1
        let last = heapCount[side] - 1
        heapCount[side] = last
        if last > 0 {
            heap[base] = heap[base + last]
            siftDown(0, side: side)
        }
        return top
    }

    private func top(side: Int) -> Double {
        heapCount[side] > 0 ? pathLength[side * n + Int(heap[side * n])] : .infinity
    }

    // MARK: - One sample

    /// Clears what the previous sample touched.
    private func reset() {
        for side in 0..<2 {
            let base = side * n
            for v in labelled[side] {
                let i = base + Int(v)
                pathLength[i] = .infinity
                pathCount[i] = 0
                rank[i] = -1
                heapPosition[i] = -1
            }
            labelled[side].removeAll(keepingCapacity: true)
            settled[side].removeAll(keepingCapacity: true)
            heapCount[side] = 0
        }
        meetings.removeAll(keepingCapacity: true)
    }

    /// One sample: adds 1 to `counts[v]` for every interior node v of a shortest s–t path
    /// drawn uniformly (nothing when t is unreachable from s).
    func sample(from s: Int, to t: Int, rng: inout SeededGenerator, counts: inout [Int]) {
        guard searchCutEdges(from: s, to: t) < .infinity, let last = meetings.last else { return }
        var total = 0.0
        for m in meetings { total += m.weight }
        var u = rng.nextUnitDouble() * total
        var chosen = last
        for m in meetings {
            if u < m.weight { chosen = m; break }
            u -= m.weight
        }
        walkBack(from: Int(chosen.x), side: 0, rng: &rng, counts: &counts)
        walkBack(from: Int(chosen.y), side: 1, rng: &rng, counts: &counts)
    }

    /// The length d(s, t) and the number σ(s, t) of shortest s–t paths as the search and
    /// its cut edges find them (nil when t is unreachable): what ``sample(from:to:rng:counts:)``
    /// draws from, for tests.
    func shortestPaths(from s: Int, to t: Int) -> (length: Double, count: Double)? {
        let length = searchCutEdges(from: s, to: t)
        guard length < .infinity else { return nil }
        return (length, meetings.reduce(0) { $0 + $1.weight })
    }

    /// Runs the bidirectional search from s to t and collects the cut edges in `meetings`;
    /// returns d(s, t) (+∞ when t is unreachable, with no cut edges).
    private func searchCutEdges(from s: Int, to t: Int) -> Double {
        reset()
        var frontierDegree = [0, 0]
        for (side, end) in [s, t].enumerated() {
            let i = side * n + end
            pathLength[i] = 0
            pathCount[i] = 1
            labelled[side].append(Int32(end))
            push(end, side: side)
            frontierDegree[side] = offsets[end + 1] - offsets[end]
        }
        var best = Double.infinity   // μ
        while true {
            let top0 = top(side: 0), top1 = top(side: 1)
            if top0 == .infinity || top1 == .infinity { break }
            // top₀ + top₁ + ℓ_min > μ, with a relative margin far above rounding errors.
            if (top0 + top1) + shortestLength > best * (1 + 0x1p-40) { break }
            // s is settled first, so that the forward-settled part F is never empty (every
            // shortest path is cut at its last node in F); then the side whose frontier
            // has the smaller degree sum.
            let a = settled[0].isEmpty || frontierDegree[0] <= frontierDegree[1] ? 0 : 1
            let baseA = a * n, baseB = (1 - a) * n
            // A node settled on the other side stops the search before it is settled on
            // this one: with μ ≤ top_a + d_b(v) ≤ top_a + top_b the stop test holds, so no
            // node is ever settled on both sides.
            let next = Int(heap[baseA])
            if rank[baseB + next] >= 0 {
                let through = pathLength[next] + pathLength[n + next]
                if through < best { best = through }
                break
            }
            let v = popMin(side: a)
            let d = pathLength[baseA + v]
            rank[baseA + v] = Int32(settled[a].count)
            settled[a].append(Int32(v))
            frontierDegree[a] -= offsets[v + 1] - offsets[v]
            // μ through v's label on the other side (a real s–t path), which an edge from a
            // node settled there set: it replaces scanning v's edges to such nodes.
            let otherV = pathLength[baseB + v]
            if otherV < .infinity {
                let through = a == 0 ? d + otherV : otherV + d
                if through < best { best = through }
            }
            let sigmaV = pathCount[baseA + v]
            let b = 1 - a
            let topB = top(side: b)
            // Edges by increasing length while d + ℓ + top_b ≤ μ: an edge (v, w) of a shortest
            // s–t path has d + ℓ + d_b(w) = d(s, t) ≤ μ, and d_b(w) ≥ top_b unless w is settled
            // on side b. Skipping the other edges leaves wrong labels only on nodes of no
            // shortest s–t path, or on side a of nodes settled on side b, which are never
            // settled on side a (see above), so their side-a labels are never read.
            let rowEnd = offsets[v + 1]
            var e = offsets[v]
            while e < rowEnd {
                let step = sortedLengths[e]
                if (d + step) + topB > best * (1 + 0x1p-40) { break }
                let w = Int(sortedTargets[e])
                e += 1
                let other = pathLength[baseB + w]
                if other < .infinity {
                    let through = a == 0 ? (d + step) + other : (other + step) + d
                    if through < best { best = through }
                }
                if rank[baseA + w] >= 0 { continue }
                let candidate = d + step
                let known = pathLength[baseA + w]
                if candidate < known {
                    pathLength[baseA + w] = candidate
                    pathCount[baseA + w] = sigmaV
                    if known == .infinity {
                        labelled[a].append(Int32(w))
                        frontierDegree[a] += offsets[w + 1] - offsets[w]
                        push(w, side: a)
                    } else {
                        siftUp(Int(heapPosition[baseA + w]), side: a)
                    }
                } else if candidate == known {
                    pathCount[baseA + w] += sigmaV
                }
            }
        }
        guard best < .infinity else { return .infinity }   // t is not reachable from s

        // Cut edges (x, y): x forward-settled, y in the backward ball C₁ and not
        // forward-settled (or y = t).
        let top1 = top(side: 1)
        let ball = top1 + shortestLength   // r₁ (+∞ once side 1 is exhausted)
        var shortest = Double.infinity
        func consider(_ x32: Int32, _ dx: Double, _ y: Int, _ step: Double) {
            guard rank[y] < 0 || y == t else { return }
            let dy = pathLength[n + y]
            guard rank[n + y] >= 0 || dy < ball else { return }
            let through = (dx + step) + dy
            if through < shortest {
                shortest = through
                meetings.removeAll(keepingCapacity: true)
            }
            if through == shortest {
                meetings.append((x32, Int32(y), pathCount[Int(x32)] * pathCount[n + y]))
            }
        }
        for x32 in settled[0] {
            let x = Int(x32)
            let dx = pathLength[x]
            // As in the search: a cut edge to y unsettled on side 1 has dx + ℓ + top₁ ≤ μ.
            let rowEnd = offsets[x + 1]
            var e = offsets[x]
            while e < rowEnd {
                let step = sortedLengths[e]
                if (dx + step) + top1 > best * (1 + 0x1p-40) { break }
                consider(x32, dx, Int(sortedTargets[e]), step)
                e += 1
            }
            let cut = e - offsets[x]
            if e < rowEnd {
                if settled[1].count * 16 < rowEnd - e {
                    for y32 in settled[1] {
                        guard let edge = adjacency.edge(x, y32), Int(adjacency.sortedPosition[edge]) >= cut else { continue }
                        consider(x32, dx, Int(y32), adjacency.lengths[edge])
                    }
                } else {
                    while e < rowEnd {
                        let y = Int(sortedTargets[e])
                        if rank[n + y] >= 0 { consider(x32, dx, y, sortedLengths[e]) }
                        e += 1
                    }
                }
            }
        }
        return shortest
    }

    /// Walks from `start` back to its side's end along the side's shortest-path DAG
    /// (settled predecessors p with `d(p) + 1/w == d(z)`), choosing p with probability
    /// σ(p)/σ(z), counting every node but the end.
    private func walkBack(from start: Int, side: Int, rng: inout SeededGenerator, counts: inout [Int]) {
        let base = side * n
        var z = start
        while pathLength[base + z] > 0 {
            counts[z] += 1
            let dz = pathLength[base + z]
            var u = rng.nextUnitDouble() * pathCount[base + z]
            var next = -1
            // A predecessor's edge is at most d(z) long: the row by length stops there.
            for e in offsets[z]..<offsets[z + 1] {
                let step = sortedLengths[e]
                if step > dz { break }
                let p = Int(sortedTargets[e])
                guard rank[base + p] >= 0, pathLength[base + p] + step == dz else { continue }
                next = p
                if u < pathCount[base + p] { break }
                u -= pathCount[base + p]
            }
            guard next >= 0 else { return }
            z = next
        }
    }
}
