import MaillageSupport

/// Draws one shortest path uniformly between two nodes of a weighted graph (edge length
/// 1/weight): the weighted sample of Riondato–Kornaropoulos' betweenness approximation,
/// by a balanced bidirectional Dijkstra search that counts shortest paths.
///
/// **Search.** A forward search from s (side 0) and a backward one from t (side 1) each
/// settle nodes by increasing distance, from an indexed 4-ary heap whose slots hold each
/// node's key beside its id (ties broken by node id: a total order, so the pops and the
/// search are deterministic and do not depend on the heap's arity). s is settled first;
/// then the side whose *frontier degree* (the sum of the degrees of its labelled,
/// unsettled nodes) is smaller settles its next node (the weighted form of the balanced bidirectional breadth-first
/// search of KADABRA). μ is the shortest s–t length seen (through a relaxed edge, or
/// through a node labelled on both sides), an upper bound of d(s, t).
///
/// **Stop.** Let ℓ_min be the shortest edge length of the graph and top_a the smallest
/// unsettled distance on side a. The search stops when top₀ + top₁ + ℓ_min > μ, or when
/// the next node of the chosen side is already settled on the other side (then
/// μ ≤ top_a + d_b(v) ≤ top_a + top_b, so the first test holds too): no node is ever
/// settled on both sides. A labelled node y of side 1 with tentative distance below
/// r₁ = top₁ + ℓ_min has its final distance and path count (its predecessors are
/// settled). Call C₁ that ball, and F the forward-settled nodes: a node of a shortest
/// path in neither has d₀ ≥ top₀ and d₁ ≥ r₁, so the path would be longer than μ; every
/// shortest s–t path lies in F ∪ C₁. On integer weights (the `count` projection) this is
/// the breadth-first search's stop.
///
/// **Counting.** Along a shortest path, distances from s increase, so F holds a prefix
/// of it (never empty: s is in F) and C₁ a suffix. Each path is cut at its last node x
/// in F and the next node y: σ(s, t) = Σ σ₀(x)·σ₁(y) over the cut edges whose length
/// `(d₀(x) + 1/w) + d₁(y)` is the smallest. One cut edge is drawn with probability
/// σ₀(x)·σ₁(y)/σ(s, t), then each half by a backward walk that picks predecessor p of z
/// with probability σ(p)/σ(z): a uniform shortest path. Equal lengths are recognised by
/// exact equality of `distance + 1/weight`, as in the exact algorithm
/// (`ShortestPathSearch`). Forward labels are read only on F, backward ones only on
/// C₁ \ F.
///
/// **Pruning.** A node settled at distance d on side a relaxes its edges by increasing
/// length (``Adjacency`` keeps each row sorted by length) while d + ℓ + top_b ≤ μ, and
/// no others: an edge (v, w) of a shortest s–t path has d + ℓ + d_b(w) = d(s, t) ≤ μ,
/// and d_b(w) ≥ top_b unless w is settled on side b; then w is never settled on side a,
/// and its side-a label is never read (μ through that edge is found from v's own side-b
/// label, which w's relaxation set). The skipped edges otherwise lie on no shortest s–t
/// path. On cooperation graphs this keeps a hub cheap: only its short edges are relaxed.
/// A settled node with d + ℓ(v) + top_b > μ, ℓ(v) its shortest edge, relaxes nothing and
/// its row is not read. An edge of a shortest path was relaxed by whichever end was
/// settled first, so the cut edges are read in the relaxed prefixes of the rows of F
/// (edges to nodes not backward-settled, or settled after x) and of the
/// backward-settled nodes (edges to nodes of F settled after them), each once, and only
/// while d + ℓ + top_b ≤ the final μ (top_b taken when the row's node was settled: the
/// other end was then unsettled on side b, so its distance is at least that). The
/// backward walks read the sorted rows up to d(z).
///
/// **Label pruning.** A relaxed edge (v, w) whose end w has no side-b label labels w
/// only if d + ℓ + ℓ(w) + top_b ≤ μ (ℓ(w), w's shortest edge, rounded down to a Float
/// in the edge record). Otherwise v–w lies on no shortest s–t path s…v, w…t: such a
/// path leaves w by an edge (w, z) of length ≥ ℓ(w); if z is unsettled on side b,
/// d_b(z) ≥ top_b and the path is longer than μ; if z is settled on side b, it relaxed
/// (z, w) and labelled w on side b, unless that relaxation was skipped too, by the
/// relaxation bound or by this test, and by induction on the skips in time an earlier
/// skip only drops edges of no shortest s–t path (for the relaxation bound, w being then
/// unsettled on side a: d_a(w) ≥ top_a at z's settling). A node of a shortest s–t path
/// gets all its labels (a shortest prefix through a skipped edge would extend to a
/// shortest s–t path through it), so wrong or missing labels sit only on nodes of no
/// shortest s–t path, as with the relaxation bound; the relaxed prefixes, hence the cut
/// edges read, are unchanged. Fewer labels raise top_a sooner, but the first node of a
/// shortest path outside F is still labelled, so every shortest path still lies in
/// F ∪ C₁ when the search stops. Both tests only get stricter as top_b rises and μ falls.
///
/// **Cost.** Two heaps of at most n entries (a sift reads only the heap's own slots),
/// arrays of 2n entries, reset after each sample by walking the labelled lists
/// (O(explored part), not O(n)). Not thread-safe: one per
/// worker. Checked against exact d(s, t) and σ(s, t) for every pair of seeded graphs with
/// hubs and ties (WeightedPathSamplerTests).
final class WeightedPathSampler {
    /// A graph's edges with their lengths, each row sorted by length: built once per
    /// graph and shared, read-only, by every worker.
    final class Adjacency: Sendable {
        /// One edge of a row: its length 1/weight beside its target, so that relaxing an
        /// edge reads one record (a row's first read is a cache miss on large graphs).
        struct Edge: Sendable {
            var length: Double
            var target: Int32
            /// ℓ(target) rounded down to a Float (a lower bound of it, in the record's
            /// padding): the label pruning reads it without touching the target.
            var targetShortest: Float
        }

        let nodeCount: Int
        let offsets: [Int]
        /// Each row sorted by increasing length (then by position in the graph's row).
        let edges: [Edge]
        /// ℓ(v), the shortest edge length at each node (+∞ for an isolated node): the
        /// first length of v's sorted row, read without touching the row.
        let shortestAt: [Double]
        /// The shortest edge length ℓ_min.
        let shortestLength: Double

        /// - Complexity: O(m log d), d the largest degree.
        init(graph: Graph) {
            nodeCount = graph.nodeCount
            offsets = graph.offsets
            let lengths = graph.weights.map { 1.0 / $0 }
            shortestLength = lengths.min() ?? 1
            var shortestAt = [Double](repeating: .infinity, count: graph.nodeCount)
            for v in 0..<graph.nodeCount {
                for e in graph.offsets[v]..<graph.offsets[v + 1] { shortestAt[v] = min(shortestAt[v], lengths[e]) }
            }
            var edges = [Edge](repeating: Edge(length: 0, target: 0, targetShortest: 0), count: lengths.count)
            var row: [Int] = []
            for v in 0..<graph.nodeCount {
                let start = graph.offsets[v]
                row.removeAll(keepingCapacity: true)
                row.append(contentsOf: start..<graph.offsets[v + 1])
                row.sort { lengths[$0] < lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
                for (k, e) in row.enumerated() {
                    let target = graph.targets[e]
                    let bound = Float(shortestAt[Int(target)])
                    let below = Double(bound) > shortestAt[Int(target)] ? bound.nextDown : bound
                    edges[start + k] = Edge(length: lengths[e], target: target, targetShortest: below)
                }
            }
            self.edges = edges
            self.shortestAt = shortestAt
        }
    }

    private let n: Int
    private let adjacency: Adjacency
    private let shortestLength: Double

    /// What the search reads of a node on a side at every relaxation, in one record:
    /// its tentative distance, when it was settled (a step count shared by both sides, −1
    /// while unsettled) and its position in the side's heap (−1 when not in it).
    struct NodeState {
        var length: Double
        var settledAt: Int32
        var heapPosition: Int32
        static let fresh = NodeState(length: .infinity, settledAt: -1, heapPosition: -1)
    }

    // Per side, flat arrays of 2n entries (side · n + node).
    private let state: UnsafeMutableBufferPointer<NodeState>
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// How many edges of the node's length-sorted row were relaxed when it was settled.
    private let relaxedCount: UnsafeMutableBufferPointer<Int32>
    /// top_b, the other side's smallest unsettled distance, when the node was settled
    /// (read only for settled nodes).
    private let settleTop: UnsafeMutableBufferPointer<Double>
    /// The two heaps: node ids and their keys (the node's distance on the side), side · n
    /// + slot; the keys sit next to the ids so that a sift reads no per-node array.
    private let heap: UnsafeMutableBufferPointer<Int32>
    private let heapKey: UnsafeMutableBufferPointer<Double>
    /// The labelled and the settled nodes of each side, side · n + index.
    private let labelled: UnsafeMutableBufferPointer<Int32>
    private let settled: UnsafeMutableBufferPointer<Int32>
    /// Per side: heap size, labelled count, settled count (side · 3 + k).
    private let counters: UnsafeMutableBufferPointer<Int>
    private var meetings: [(x: Int32, y: Int32, weight: Double)] = []

    init(adjacency: Adjacency) {
        n = adjacency.nodeCount
        self.adjacency = adjacency
        shortestLength = adjacency.shortestLength
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
            b.initialize(repeating: value)
            return b
        }
        state = buffer(2 * n, NodeState.fresh)
        pathCount = buffer(2 * n, 0)
        relaxedCount = buffer(2 * n, 0)
        settleTop = buffer(2 * n, 0)
        heap = buffer(2 * n, 0)
        heapKey = buffer(2 * n, 0)
        labelled = buffer(2 * n, 0)
        settled = buffer(2 * n, 0)
        counters = buffer(6, 0)
    }

    deinit {
        state.deallocate()
        pathCount.deallocate()
        relaxedCount.deallocate()
        settleTop.deallocate()
        heap.deallocate()
        heapKey.deallocate()
        labelled.deallocate()
        settled.deallocate()
        counters.deallocate()
    }

    // MARK: - Indexed heap, ordered by (pathLength, node)

    @inline(__always) private func before(_ da: Double, _ a: Int32, _ db: Double, _ b: Int32) -> Bool {
        da < db || (da == db && a < b)
    }

    /// Moves `node`, whose key is now `key`, up from slot `start`.
    @inline(__always) private func siftUp(_ start: Int, node: Int32, key: Double, base: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let p = heap[base + parent], pk = heapKey[base + parent]
            guard before(key, node, pk, p) else { break }
            heap[base + i] = p
            heapKey[base + i] = pk
            state[base + Int(p)].heapPosition = Int32(i)
            i = parent
        }
        heap[base + i] = node
        heapKey[base + i] = key
        state[base + Int(node)].heapPosition = Int32(i)
    }

    private func popMin(side: Int) -> Int {
        let base = side * n
        let top = Int(heap[base])
        state[base + top].heapPosition = -1
        let count = counters[side * 3] - 1
        counters[side * 3] = count
        guard count > 0 else { return top }
        // Sift the last entry down from the root.
        let node = heap[base + count], key = heapKey[base + count]
        var i = 0
        while true {
            let first = 4 * i + 1
            guard first < count else { break }
            var child = first
            var c = heap[base + first], ck = heapKey[base + first]
            for j in (first + 1)..<min(first + 4, count) {
                let r = heap[base + j], rk = heapKey[base + j]
                if before(rk, r, ck, c) { child = j; c = r; ck = rk }
            }
            guard before(ck, c, key, node) else { break }
            heap[base + i] = c
            heapKey[base + i] = ck
            state[base + Int(c)].heapPosition = Int32(i)
            i = child
        }
        heap[base + i] = node
        heapKey[base + i] = key
        state[base + Int(node)].heapPosition = Int32(i)
        return top
    }

    @inline(__always) private func top(side: Int) -> Double {
        counters[side * 3] > 0 ? heapKey[side * n] : .infinity
    }

    /// Labels `node` on `side` for the first time (length and count already written).
    @inline(__always) private func label(_ node: Int, side: Int) {
        let base = side * n
        labelled[base + counters[side * 3 + 1]] = Int32(node)
        counters[side * 3 + 1] += 1
        let i = counters[side * 3]
        counters[side * 3] = i + 1
        siftUp(i, node: Int32(node), key: state[base + node].length, base: base)
    }

    // MARK: - One sample

    /// Clears what the previous sample touched.
    private func reset() {
        for side in 0..<2 {
            let base = side * n
            for k in 0..<counters[side * 3 + 1] {
                let i = base + Int(labelled[base + k])
                state[i] = .fresh
                pathCount[i] = 0
            }
            counters[side * 3] = 0
            counters[side * 3 + 1] = 0
            counters[side * 3 + 2] = 0
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
        let offsets = adjacency.offsets, edges = adjacency.edges, shortestAt = adjacency.shortestAt
        return offsets.withUnsafeBufferPointer { offsets in
            edges.withUnsafeBufferPointer { edges in
                shortestAt.withUnsafeBufferPointer { shortestAt in
                    search(s, t, offsets, edges, shortestAt)
                }
            }
        }
    }

    private func search(_ s: Int, _ t: Int, _ offsets: UnsafeBufferPointer<Int>,
                        _ edges: UnsafeBufferPointer<Adjacency.Edge>, _ shortestAt: UnsafeBufferPointer<Double>) -> Double {
        var frontierDegree0 = offsets[s + 1] - offsets[s], frontierDegree1 = offsets[t + 1] - offsets[t]
        state[s].length = 0
        pathCount[s] = 1
        label(s, side: 0)
        state[n + t].length = 0
        pathCount[n + t] = 1
        label(t, side: 1)
        var best = Double.infinity   // μ
        var step32: Int32 = 0
        while true {
            let top0 = top(side: 0), top1 = top(side: 1)
            if top0 == .infinity || top1 == .infinity { break }
            // top₀ + top₁ + ℓ_min > μ, with a relative margin far above rounding errors.
            if (top0 + top1) + shortestLength > best * (1 + 0x1p-40) { break }
            // s is settled first, so that the forward-settled part F is never empty (every
            // shortest path is cut at its last node in F); then the side whose frontier
            // has the smaller degree sum.
            let a = counters[2] == 0 || frontierDegree0 <= frontierDegree1 ? 0 : 1
            let baseA = a * n, baseB = (1 - a) * n
            // A node settled on the other side stops the search before it is settled on
            // this one: with μ ≤ top_a + d_b(v) ≤ top_a + top_b the stop test holds, so no
            // node is ever settled on both sides.
            let next = Int(heap[baseA])
            if state[baseB + next].settledAt >= 0 {
                let through = state[next].length + state[n + next].length
                if through < best { best = through }
                break
            }
            let v = popMin(side: a)
            let d = state[baseA + v].length
            state[baseA + v].settledAt = step32
            step32 += 1
            settled[baseA + counters[a * 3 + 2]] = Int32(v)
            counters[a * 3 + 2] += 1
            let rowStart = offsets[v], rowEnd = offsets[v + 1]
            if a == 0 { frontierDegree0 -= rowEnd - rowStart } else { frontierDegree1 -= rowEnd - rowStart }
            // μ through v's label on the other side (a real s–t path), which an edge from a
            // node settled there set.
            let otherV = state[baseB + v].length
            if otherV < .infinity {
                let through = d + otherV
                if through < best { best = through }
            }
            let sigmaV = pathCount[baseA + v]
            let topB = a == 0 ? top1 : top0
            settleTop[baseA + v] = topB
            // Edges by increasing length while d + ℓ + top_b ≤ μ: an edge (v, w) of a shortest
            // s–t path has d + ℓ + d_b(w) = d(s, t) ≤ μ, and d_b(w) ≥ top_b unless w is settled
            // on side b. Skipping the other edges leaves wrong labels only on nodes of no
            // shortest s–t path, or on side a of nodes settled on side b, which are never
            // settled on side a (see above), so their side-a labels are never read.
            // The row's first length is ℓ(v): a node that relaxes nothing (most of the last
            // layer) is told so without reading its row.
            var e = (d + shortestAt[v]) + topB > best * (1 + 0x1p-40) ? rowEnd : rowStart
            var relaxed = rowStart
            var degreeAdded = 0
            while e < rowEnd {
                let edge = edges[e]
                let step = edge.length
                if (d + step) + topB > best * (1 + 0x1p-40) { break }
                let w = Int(edge.target)
                e += 1
                relaxed = e
                let other = state[baseB + w].length
                if other < .infinity {
                    let through = (d + step) + other
                    if through < best { best = through }
                } else if ((d + step) + Double(edge.targetShortest)) + topB > best * (1 + 0x1p-40) {
                    // w, unlabelled on side b, would leave by an edge of length ≥ ℓ(w) to
                    // a node at distance ≥ top_b from b's end: no shortest s–t path runs
                    // through v then w, so w is not labelled from v.
                    continue
                }
                if state[baseA + w].settledAt >= 0 { continue }
                let candidate = d + step
                let known = state[baseA + w].length
                if candidate < known {
                    state[baseA + w].length = candidate
                    pathCount[baseA + w] = sigmaV
                    if known == .infinity {
                        degreeAdded += offsets[w + 1] - offsets[w]
                        label(w, side: a)
                    } else {
                        siftUp(Int(state[baseA + w].heapPosition), node: Int32(w), key: candidate, base: baseA)
                    }
                } else if candidate == known {
                    pathCount[baseA + w] += sigmaV
                }
            }
            relaxedCount[baseA + v] = Int32(relaxed - rowStart)
            if a == 0 { frontierDegree0 += degreeAdded } else { frontierDegree1 += degreeAdded }
        }
        guard best < .infinity else { return .infinity }   // t is not reachable from s

        // Cut edges (x, y): x forward-settled (in F), y in the backward ball C₁ and not in F
        // (or y = t). An edge of a shortest s–t path between two nodes was relaxed by the
        // one settled first: when x was settled, y was not settled on side 1, so
        // d₁(y) ≥ top₁ then and d₀(x) + ℓ + top₁ ≤ d(s, t) ≤ μ; symmetrically from y. So
        // the cut edges are read in the relaxed prefixes of the rows: from x when y is not
        // backward-settled or was settled after x, from y otherwise (each edge once).
        let ball = top(side: 1) + shortestLength   // r₁ (+∞ once side 1 is exhausted)
        var shortest = Double.infinity
        func consider(_ x: Int, _ y: Int, _ step: Double) {
            let through = (state[x].length + step) + state[n + y].length
            if through < shortest {
                shortest = through
                meetings.removeAll(keepingCapacity: true)
            }
            if through == shortest {
                meetings.append((Int32(x), Int32(y), pathCount[x] * pathCount[n + y]))
            }
        }
        // Only the part of a relaxed prefix with d + ℓ + top_b ≤ μ for the final μ can hold
        // a cut edge (top_b when the row's node was settled bounds the other end's
        // distance, as in the pruning): the rows settled before μ was known, relaxed
        // whole, are read no further than that.
        let limit = best * (1 + 0x1p-40)
        for k in 0..<counters[2] {
            let x = Int(settled[k])
            let timeX = state[x].settledAt
            let rowStart = offsets[x]
            let room = limit - state[x].length - settleTop[x]
            let end = rowStart + Int(relaxedCount[x])
            var e = shortestAt[x] > room ? end : rowStart
            while e < end {
                let edge = edges[e]
                if edge.length > room { break }
                e += 1
                let y = Int(edge.target)
                guard state[y].settledAt < 0 || y == t else { continue }
                let timeY = state[n + y].settledAt
                if timeY >= 0 ? timeY > timeX : state[n + y].length < ball {
                    consider(x, y, edge.length)
                }
            }
        }
        for k in 0..<counters[5] {
            let y = Int(settled[n + k])
            let timeY = state[n + y].settledAt
            let rowStart = offsets[y]
            let room = limit - state[n + y].length - settleTop[n + y]
            let end = rowStart + Int(relaxedCount[n + y])
            var e = shortestAt[y] > room ? end : rowStart
            while e < end {
                let edge = edges[e]
                if edge.length > room { break }
                e += 1
                let x = Int(edge.target)
                if state[x].settledAt > timeY { consider(x, y, edge.length) }
            }
        }
        return shortest
    }

    /// Walks from `start` back to its side's end along the side's shortest-path DAG
    /// (settled predecessors p with `d(p) + 1/w == d(z)`), choosing p with probability
    /// σ(p)/σ(z), counting every node but the end.
    private func walkBack(from start: Int, side: Int, rng: inout SeededGenerator, counts: inout [Int]) {
        let base = side * n
        let offsets = adjacency.offsets, edges = adjacency.edges
        var z = start
        while state[base + z].length > 0 {
            counts[z] += 1
            let dz = state[base + z].length
            var u = rng.nextUnitDouble() * pathCount[base + z]
            var next = -1
            // A predecessor's edge is at most d(z) long: the row by length stops there.
            for e in offsets[z]..<offsets[z + 1] {
                let step = edges[e].length
                if step > dz { break }
                let p = Int(edges[e].target)
            guard state[base + p].settledAt >= 0, state[base + p].length + step == dz else { continue }
                next = p
                if u < pathCount[base + p] { break }
                u -= pathCount[base + p]
            }
            guard next >= 0 else { return }
            z = next
        }
    }
}
