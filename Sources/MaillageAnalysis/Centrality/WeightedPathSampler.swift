import MaillageSupport

/// Draws one shortest path uniformly between two nodes of a weighted graph (edge length
/// 1/weight): the weighted sample of Riondato–Kornaropoulos' betweenness approximation,
/// by a balanced bidirectional Dijkstra search that counts shortest paths.
///
/// **Search.** A forward search from s (side 0) and a backward one from t (side 1) each
/// settle nodes by increasing distance, in *batches* handed out by the side's queue
/// (``WeightedFrontier``). No node of a batch is a predecessor of another on that side,
/// so the batch's distances and path counts are final when it is handed out, and its
/// nodes are settled one after another in any order, with the same labels and counts as
/// in order of distance. With ``WeightedBucketFrontier`` (lengths of bounded ratio) a batch
/// is a bucket of width W < ℓ_min, ℓ_min the graph's shortest edge length, settled like a
/// level of the breadth-first search; otherwise ``WeightedHeapFrontier`` hands out the
/// single node of smallest (distance, id) (W = 0 below). top_a, the smallest distance of
/// side a's pending batch, bounds below the distance of every labelled, unsettled node of
/// side a (it is computed exactly, not as the bucket's floor), and every node of the batch
/// is shorter than top_a + W. s is settled first; then the side whose pending batch has
/// the smaller degree sum settles it (buckets: as the balanced bidirectional breadth-first
/// search of KADABRA expands the level of smaller degree sum), or with heaps the side
/// whose *frontier degree* (the sum of the degrees of its labelled, unsettled nodes) is
/// smaller. μ is the shortest s–t length seen (through a relaxed edge, or through a node
/// labelled on both sides), an upper bound of d(s, t); μ ≤ d₀(v) + d₁(v) for every node v
/// labelled on both sides.
///
/// **Stop.** The search stops when top₀ + top₁ + ℓ_min > μ, or when a node v of the chosen
/// side a's pending batch is already settled on the other side b (before any node of the
/// batch is settled): then μ ≤ d_a(v) + d_b(v) < (top_a + W) + top_b, and
/// ℓ_min − W = ℓ_min·2⁻²⁰ is far above the rounding of these sums, so the first test holds
/// too. No node is ever settled on both sides. A labelled node y of side 1 with tentative
/// distance below r₁ = top₁ + ℓ_min has its final distance and path count (its
/// predecessors are shorter than top₁, hence settled). Call C₁ that ball, and F the
/// forward-settled nodes: a node of a shortest path in neither has d₀ ≥ top₀ and d₁ ≥ r₁,
/// so the path would be longer than μ; every shortest s–t path lies in F ∪ C₁. On integer
/// weights (the `count` projection) this is the breadth-first search's stop.
///
/// **Counting.** Along a shortest path, distances from s increase, so F holds a prefix
/// of it (never empty: s is in F) and C₁ a suffix. Each path is cut at its last node x
/// in F and the next node y (its *cut edge*): σ(s, t) = Σ σ₀(x)·σ₁(y) over the cut edges
/// of the smallest length. No row is read for this sum: it comes from the labels. Every
/// node gets its own settle time (a step count shared by both sides), and a node settled
/// on side a keeps its side-b label then (length and count) as its *snapshot*. By the
/// pruning below, an edge (v, w) of a shortest s–t path with v settled on side a while w
/// was unsettled on side b is relaxed by v, and labels w on side a unless w is settled
/// there. So the cut edges (x, y) fall in three disjoint sets: (1) y settled on neither
/// side (or y = t settled on side 0): every x relaxed (x, y), and y, in the ball, adds
/// σ₀(y)·σ₁(y) at length d₀(y) + d₁(y); (2) y backward-settled after x: y's snapshot
/// counts exactly those x, and y adds σ₀'(y)·σ₁(y) at its snapshot's length + d₁(y);
/// (3) x settled after y: y relaxed (y, x) (x unsettled on side 0 then), and x adds
/// σ₀(x)·σ₁'(x) at d₀(x) + its snapshot's length. Each of these lengths is that of a real
/// s–t path, and the smallest is d(s, t). One meeting node is drawn with probability its
/// σ₀·σ₁/σ(s, t), then the cut edge's other end, a predecessor p counted there (settled
/// before the meeting node in (2) and (3)), with probability σ(p)/σ, then each half by a
/// backward walk that picks predecessor p of z with probability σ(p)/σ(z): a uniform
/// shortest path. Equal lengths are recognised by exact equality of `distance +
/// 1/weight`, as in the exact algorithm (`ShortestPathSearch`).
///
/// **Pruning.** A node settled at distance d on side a relaxes its edges by increasing
/// length (``Adjacency`` keeps each row sorted by length) while d + ℓ + top_b ≤ μ, and
/// no others (top_b, μ: their values when the node is settled; top_b is constant during
/// a batch of side a, μ only falls): an edge (v, w) of a shortest s–t path has
/// d + ℓ + d_b(w) = d(s, t) ≤ μ, and d_b(w) ≥ top_b unless w is settled on side b (a node
/// of b's pending batch is not settled yet: its distance is at least top_b); then w is
/// never settled on side a, and its side-a label is read only as its snapshot, taken
/// before (μ through that edge is found from v's own side-b label, which w's relaxation
/// set). The skipped edges
/// otherwise lie on no shortest s–t path. On cooperation graphs this keeps a hub cheap:
/// only its short edges are relaxed. A settled node with d + ℓ(v) + top_b > μ, ℓ(v) its
/// shortest edge, relaxes nothing and its row is not read. The backward walks read the
/// sorted rows up to d(z).
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
/// shortest s–t path, as with the relaxation bound; the labels and snapshots that the
/// counting reads are unchanged. Fewer labels raise top_a sooner, but the first node of a
/// shortest path outside F is still labelled, so every shortest path still lies in
/// F ∪ C₁ when the search stops. Both tests only get stricter as top_b rises and μ falls.
///
/// **Cost.** Two queues (buckets: a circular array of ⌈ℓ_max/W⌉ + 3 or more buckets whose
/// buffers are kept from sample to sample; heaps: at most n entries, a sift reading only
/// the heap's own slots), arrays of 2n entries, reset after each sample by walking the
/// labelled lists (O(explored part), not O(n)). Not thread-safe: one per worker. Checked
/// against exact d(s, t) and σ(s, t) for every pair of seeded graphs with hubs and ties,
/// with either queue (WeightedPathSamplerTests).
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
        /// The longest edge length ℓ_max.
        let longestLength: Double
        /// The width W = ℓ_min·(1 − 2⁻²⁰) of ``WeightedBucketFrontier``'s buckets, or nil
        /// when the buckets do not apply and the search uses ``WeightedHeapFrontier``:
        /// lengths not finite and positive, more than 4093 buckets per ℓ_max (ℓ_max/ℓ_min
        /// above ~4093), or bucket indices that could reach 2³⁰ ((n − 1)·ℓ_max/W, a bound
        /// of every distance over W), where rounding would come close to a bucket's width.
        let bucketWidth: Double?

        /// - Complexity: O(m) when every row is already in order of length (as the
        /// `count` projection's rows of equal weights mostly are), O(m log d) at most, d
        /// the largest degree. The records are written once, into uninitialised storage.
        init(graph: Graph) {
            let n = graph.nodeCount
            nodeCount = n
            offsets = graph.offsets
            let offsets = graph.offsets
            var shortestAt = [Double](repeating: .infinity, count: n)
            var shortest = Double.infinity, longest = -Double.infinity
            let edges: [Edge] = graph.weights.withUnsafeBufferPointer { weights in
                graph.targets.withUnsafeBufferPointer { targets in
                    for v in 0..<n {
                        var nearest = Double.infinity
                        for e in offsets[v]..<offsets[v + 1] {
                            let length = 1.0 / weights[e]
                            nearest = min(nearest, length)
                            if length < shortest { shortest = length }
                            if longest < length { longest = length }
                        }
                        shortestAt[v] = nearest
                    }
                    return shortestAt.withUnsafeBufferPointer { shortestAt in
                        [Edge](unsafeUninitializedCapacity: targets.count) { records, written in
                            func record(_ e: Int) -> Edge {
                                let target = targets[e]
                                let bound = Float(shortestAt[Int(target)])
                                let below = Double(bound) > shortestAt[Int(target)] ? bound.nextDown : bound
                                return Edge(length: 1.0 / weights[e], target: target, targetShortest: below)
                            }
                            var row: [Int] = []
                            for v in 0..<n {
                                let start = offsets[v], end = offsets[v + 1]
                                // A row already in order of length (then of position) is copied.
                                var inOrder = true, previous = -Double.infinity
                                for e in start..<end {
                                    let length = 1.0 / weights[e]
                                    if length < previous { inOrder = false; break }
                                    previous = length
                                }
                                if inOrder {
                                    for e in start..<end { records.initializeElement(at: e, to: record(e)) }
                                } else {
                                    row.removeAll(keepingCapacity: true)
                                    row.append(contentsOf: start..<end)
                                    row.sort { 1.0 / weights[$0] < 1.0 / weights[$1] || (1.0 / weights[$0] == 1.0 / weights[$1] && $0 < $1) }
                                    for (k, e) in row.enumerated() { records.initializeElement(at: start + k, to: record(e)) }
                                }
                            }
                            written = targets.count
                        }
                    }
                }
            }
            let empty = graph.targets.isEmpty
            shortestLength = empty ? 1 : shortest
            longestLength = empty ? 1 : longest
            let width = shortestLength * (1 - 0x1p-20)
            let finite = shortestLength > 0 && longestLength.isFinite && width > 0
            if finite, longestLength / width <= 4093, Double(max(n - 1, 1)) * longestLength / width < 0x1p30 {
                bucketWidth = width
            } else {
                bucketWidth = nil
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
    /// while unsettled) and its place in the side's queue (heap position, or bucket of
    /// its current entry; written by the queue only).
    struct NodeState {
        var length: Double
        var settledAt: Int32
        var slot: Int32
        static let fresh = NodeState(length: .infinity, settledAt: -1, slot: -1)
    }

    // Per side, flat arrays of 2n entries (side · n + node).
    private let state: UnsafeMutableBufferPointer<NodeState>
    /// The start of `state`, for the queues.
    private let stateBase: UnsafeMutablePointer<NodeState>
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// The node's label on the *other* side (length and path count) when it was settled
    /// (read only for settled nodes): the paths whose cut edge ends at it and starts at a
    /// node settled before it.
    private let snapshotLength: UnsafeMutableBufferPointer<Double>
    private let snapshotCount: UnsafeMutableBufferPointer<Double>
    /// The labelled and the settled nodes of each side, side · n + index.
    private let labelled: UnsafeMutableBufferPointer<Int32>
    private let settled: UnsafeMutableBufferPointer<Int32>
    /// Per side: labelled count, settled count (side · 2 + k).
    private let counters: UnsafeMutableBufferPointer<Int>
    /// The two side queues: buckets when the adjacency allows them, else heaps.
    private var buckets: (WeightedBucketFrontier, WeightedBucketFrontier)?
    private var heaps: (WeightedHeapFrontier, WeightedHeapFrontier)?
    /// The cut's meeting nodes, each with its kind and its σ₀·σ₁ (see the type's doc).
    private var meetings: [(node: Int32, kind: Meeting, weight: Double)] = []

    /// How a meeting node z splits the shortest paths whose cut edge (x, y) it ends.
    enum Meeting {
        /// z = y, in the ball and not settled on side 1 (nor on side 0, unless z = t):
        /// x is any forward-settled predecessor.
        case ball
        /// z = y, backward-settled: x a forward-settled predecessor settled before y.
        case backward
        /// z = x, forward-settled: y a backward-settled predecessor settled before x.
        case forward
    }

    /// Whether the search settles buckets (``WeightedBucketFrontier``) rather than one
    /// node at a time from heaps.
    var usesBuckets: Bool { buckets != nil }

    /// A sampler for `adjacency`'s graph; `allowBuckets: false` keeps the heaps even when
    /// the buckets apply (for tests: both queues must find the same d(s, t) and σ(s, t)).
    init(adjacency: Adjacency, allowBuckets: Bool = true) {
        n = adjacency.nodeCount
        self.adjacency = adjacency
        shortestLength = adjacency.shortestLength
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
            b.initialize(repeating: value)
            return b
        }
        stateBase = .allocate(capacity: max(1, 2 * n))
        stateBase.initialize(repeating: .fresh, count: max(1, 2 * n))
        state = UnsafeMutableBufferPointer(start: stateBase, count: max(1, 2 * n))
        pathCount = buffer(2 * n, 0)
        snapshotLength = buffer(2 * n, 0)
        snapshotCount = buffer(2 * n, 0)
        labelled = buffer(2 * n, 0)
        settled = buffer(2 * n, 0)
        counters = buffer(4, 0)
        if allowBuckets, let width = adjacency.bucketWidth {
            buckets = (WeightedBucketFrontier(width: width, longest: adjacency.longestLength),
                       WeightedBucketFrontier(width: width, longest: adjacency.longestLength))
        } else {
            heaps = (WeightedHeapFrontier(capacity: n), WeightedHeapFrontier(capacity: n))
        }
    }

    deinit {
        state.deallocate()
        pathCount.deallocate()
        snapshotLength.deallocate()
        snapshotCount.deallocate()
        labelled.deallocate()
        settled.deallocate()
        counters.deallocate()
        if let buckets {
            buckets.0.deallocate()
            buckets.1.deallocate()
        }
        if let heaps {
            heaps.0.deallocate()
            heaps.1.deallocate()
        }
    }

    // MARK: - One sample

    /// Clears what the previous sample touched.
    private func reset() {
        for side in 0..<2 {
            let base = side * n
            for k in 0..<counters[side * 2] {
                let i = base + Int(labelled[base + k])
                state[i] = .fresh
                pathCount[i] = 0
            }
            counters[side * 2] = 0
            counters[side * 2 + 1] = 0
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
        // What is left of u within the chosen meeting's weight, uniform in [0, 1) and
        // independent of the choice, draws the cut edge's other end: one draw per sample
        // for both, as many draws as nodes on the path.
        let fraction = chosen.weight > 0 ? u / chosen.weight : 0
        let z = Int(chosen.node)
        switch chosen.kind {
        case .ball:
            // z's own side-0 label counts its forward-settled predecessors.
            if z != t { counts[z] += 1 }
            let x = predecessor(of: z, side: 0, length: state[z].length, count: pathCount[z], before: .max, fraction: fraction)
            walkBack(from: x, side: 0, rng: &rng, counts: &counts)
            walkBack(from: z, side: 1, counting: false, rng: &rng, counts: &counts)
        case .backward:
            let x = predecessor(of: z, side: 0, length: snapshotLength[n + z], count: snapshotCount[n + z],
                                before: state[n + z].settledAt, fraction: fraction)
            walkBack(from: x, side: 0, rng: &rng, counts: &counts)
            walkBack(from: z, side: 1, rng: &rng, counts: &counts)
        case .forward:
            let y = predecessor(of: z, side: 1, length: snapshotLength[z], count: snapshotCount[z],
                                before: state[z].settledAt, fraction: fraction)
            walkBack(from: z, side: 0, rng: &rng, counts: &counts)
            walkBack(from: y, side: 1, rng: &rng, counts: &counts)
        }
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
                    if var queues = buckets {
                        defer { buckets = queues }
                        return search(s, t, &queues.0, &queues.1, offsets, edges, shortestAt)
                    }
                    guard var queues = heaps else { return .infinity }
                    defer { heaps = queues }
                    return search(s, t, &queues.0, &queues.1, offsets, edges, shortestAt)
                }
            }
        }
    }

    /// Labels `node` on `side` for the first time (length and count already written).
    @inline(__always) private func label<Q: WeightedFrontier>(_ node: Int, side: Int, _ queue: inout Q) {
        let base = side * n
        labelled[base + counters[side * 2]] = Int32(node)
        counters[side * 2] += 1
        queue.insert(Int32(node), key: state[base + node].length, stateBase + base)
    }

    private func search<Q: WeightedFrontier>(_ s: Int, _ t: Int, _ queue0: inout Q, _ queue1: inout Q,
                                             _ offsets: UnsafeBufferPointer<Int>,
                                             _ edges: UnsafeBufferPointer<Adjacency.Edge>,
                                             _ shortestAt: UnsafeBufferPointer<Double>) -> Double {
        queue0.reset()
        queue1.reset()
        var frontierDegree0 = offsets[s + 1] - offsets[s], frontierDegree1 = offsets[t + 1] - offsets[t]
        var batchDegree0 = frontierDegree0, batchDegree1 = frontierDegree1
        state[s].length = 0
        pathCount[s] = 1
        label(s, side: 0, &queue0)
        state[n + t].length = 0
        pathCount[n + t] = 1
        label(t, side: 1, &queue1)
        queue0.advance(stateBase)
        queue1.advance(stateBase + n)
        var best = Double.infinity   // μ
        var step32: Int32 = 0
        while true {
            let top0 = queue0.top, top1 = queue1.top
            if top0 == .infinity || top1 == .infinity { break }
            // top₀ + top₁ + ℓ_min > μ, with a relative margin far above rounding errors.
            if (top0 + top1) + shortestLength > best * (1 + 0x1p-40) { break }
            // s is settled first, so that the forward-settled part F is never empty (every
            // shortest path is cut at its last node in F); then the side whose pending batch
            // (buckets: the next level) or frontier (heaps) has the smaller degree sum.
            let forward = Q.balancesBatches ? batchDegree0 <= batchDegree1 : frontierDegree0 <= frontierDegree1
            if counters[1] == 0 || forward {
                guard settleBatch(of: &queue0, side: 0, topB: top1, &best, &step32, &frontierDegree0,
                                  offsets, edges, shortestAt) else { break }
                if Q.balancesBatches { batchDegree0 = degree(of: queue0, offsets) }
            } else {
                guard settleBatch(of: &queue1, side: 1, topB: top0, &best, &step32, &frontierDegree1,
                                  offsets, edges, shortestAt) else { break }
                if Q.balancesBatches { batchDegree1 = degree(of: queue1, offsets) }
            }
        }
        guard best < .infinity else { return .infinity }   // t is not reachable from s

        // The cut edges (x, y), read from the labels (see the type's doc): y in the ball and
        // settled on neither side (or y = t), x any forward-settled predecessor; y
        // backward-settled, x settled before it (y's snapshot); x forward-settled, y
        // settled before it (x's snapshot). Each through-length is that of a real s–t path.
        let ball = queue1.top + shortestLength   // r₁ (+∞ once side 1 is exhausted)
        var shortest = Double.infinity
        func consider(_ z: Int, _ kind: Meeting, _ through: Double, _ weight: Double) {
            if through < shortest {
                shortest = through
                meetings.removeAll(keepingCapacity: true)
            }
            if through == shortest { meetings.append((Int32(z), kind, weight)) }
        }
        for k in 0..<counters[0] {
            let y = Int(labelled[k])
            guard state[n + y].settledAt < 0, state[y].settledAt < 0 || y == t else { continue }
            let other = state[n + y].length
            guard other < ball else { continue }
            consider(y, .ball, state[y].length + other, pathCount[y] * pathCount[n + y])
        }
        for k in 0..<counters[3] {
            let y = Int(settled[n + k])
            let before = snapshotLength[n + y]
            guard before < .infinity else { continue }
            consider(y, .backward, before + state[n + y].length, snapshotCount[n + y] * pathCount[n + y])
        }
        for k in 0..<counters[1] {
            let x = Int(settled[k])
            let after = snapshotLength[x]
            guard after < .infinity else { continue }
            consider(x, .forward, state[x].length + after, pathCount[x] * snapshotCount[x])
        }
        return shortest
    }

    /// The degree sum of `queue`'s pending batch.
    @inline(__always) private func degree<Q: WeightedFrontier>(of queue: Q, _ offsets: UnsafeBufferPointer<Int>) -> Int {
        var sum = 0
        for i in 0..<queue.batchCount {
            let v = Int(queue.batch[i])
            sum += offsets[v + 1] - offsets[v]
        }
        return sum
    }

    /// Settles the pending batch of `side` (queue `queue`) and prepares its next one;
    /// returns false, settling nothing, when a node of the batch is already settled on the
    /// other side (the search stops: see the type's doc comment).
    @inline(__always) private func settleBatch<Q: WeightedFrontier>(
        of queue: inout Q, side a: Int, topB: Double, _ best: inout Double, _ step32: inout Int32,
        _ frontierDegree: inout Int, _ offsets: UnsafeBufferPointer<Int>,
        _ edges: UnsafeBufferPointer<Adjacency.Edge>, _ shortestAt: UnsafeBufferPointer<Double>
    ) -> Bool {
        let baseA = a * n, baseB = (1 - a) * n
        let stateA = stateBase + baseA
        let batch = queue.batch, batchCount = queue.batchCount
        // A node settled on the other side stops the search before the batch is settled:
        // μ ≤ d_a(v) + d_b(v) < (top_a + W) + top_b with W < ℓ_min, so the stop test
        // holds, and no node is ever settled on both sides.
        for i in 0..<batchCount {
            let v = Int(batch[i])
            if state[baseB + v].settledAt >= 0 {
                for j in i..<batchCount {
                    let u = Int(batch[j])
                    let through = state[u].length + state[n + u].length
                    if through < best { best = through }
                }
                return false
            }
        }
        var degreeAdded = 0
        for i in 0..<batchCount {
            let v = Int(batch[i])
            let d = state[baseA + v].length
            state[baseA + v].settledAt = step32
            step32 += 1
            settled[baseA + counters[a * 2 + 1]] = Int32(v)
            counters[a * 2 + 1] += 1
            let rowStart = offsets[v], rowEnd = offsets[v + 1]
            frontierDegree -= rowEnd - rowStart
            // μ through v's label on the other side (a real s–t path), which an edge from a
            // node settled there set.
            let otherV = state[baseB + v].length
            snapshotLength[baseA + v] = otherV
            if otherV < .infinity {
                let through = d + otherV
                if through < best { best = through }
                snapshotCount[baseA + v] = pathCount[baseB + v]
            }
            let sigmaV = pathCount[baseA + v]
            // Edges by increasing length while d + ℓ + top_b ≤ μ: an edge (v, w) of a shortest
            // s–t path has d + ℓ + d_b(w) = d(s, t) ≤ μ, and d_b(w) ≥ top_b unless w is settled
            // on side b. Skipping the other edges leaves wrong labels only on nodes of no
            // shortest s–t path, or on side a of nodes settled on side b, which are never
            // settled on side a (see above), so their side-a labels are never read.
            // The row's first length is ℓ(v): a node that relaxes nothing (most of the last
            // layer) is told so without reading its row.
            var e = (d + shortestAt[v]) + topB > best * (1 + 0x1p-40) ? rowEnd : rowStart
            while e < rowEnd {
                let edge = edges[e]
                let step = edge.length
                if (d + step) + topB > best * (1 + 0x1p-40) { break }
                let w = Int(edge.target)
                e += 1
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
                        if !Q.balancesBatches { degreeAdded += offsets[w + 1] - offsets[w] }
                        label(w, side: a, &queue)
                    } else {
                        queue.decrease(Int32(w), key: candidate, stateA)
                    }
                } else if candidate == known {
                    pathCount[baseA + w] += sigmaV
                }
            }
        }
        frontierDegree += degreeAdded
        queue.advance(stateA)
        return true
    }

    /// A predecessor p of `z` on `side`, settled there before step `time`, with
    /// `d(p) + 1/w == length`, drawn with probability σ(p)/`count` (`count` being the sum of
    /// those σ(p)) by `fraction`, uniform in [0, 1); −1 when there is none.
    private func predecessor(of z: Int, side: Int, length: Double, count: Double, before time: Int32,
                             fraction: Double) -> Int {
        let base = side * n
        let offsets = adjacency.offsets, edges = adjacency.edges
        var u = fraction * count
        var next = -1
        // A predecessor's edge is at most `length` long: the row by length stops there.
        for e in offsets[z]..<offsets[z + 1] {
            let step = edges[e].length
            if step > length { break }
            let p = Int(edges[e].target)
            let at = state[base + p].settledAt
            guard at >= 0, at < time, state[base + p].length + step == length else { continue }
            next = p
            if u < pathCount[base + p] { break }
            u -= pathCount[base + p]
        }
        return next
    }

    /// Walks from `start` back to its side's end along the side's shortest-path DAG
    /// (settled predecessors p with `d(p) + 1/w == d(z)`), choosing p with probability
    /// σ(p)/σ(z), counting every node but the end (and `start` only when `counting`).
    private func walkBack(from start: Int, side: Int, counting: Bool = true,
                          rng: inout SeededGenerator, counts: inout [Int]) {
        let base = side * n
        var z = start
        var counted = counting
        while z >= 0, state[base + z].length > 0 {
            if counted { counts[z] += 1 }
            counted = true
            z = predecessor(of: z, side: side, length: state[base + z].length, count: pathCount[base + z],
                            before: .max, fraction: rng.nextUnitDouble())
        }
    }
}
