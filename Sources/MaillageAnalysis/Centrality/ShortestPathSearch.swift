import HeapModule

/// Scratch state for single-source shortest-path searches, reused from one source to
/// the next (one per worker thread): the first phase of Brandes' betweenness
/// algorithm, and the distance sums of closeness and harmonic centrality.
///
/// Two searches are offered, both following NetworkX's code step for step so that
/// floating-point results agree with it:
/// - ``searchUnweighted(from:in:countingPaths:)``: breadth-first search, every edge of
///   length 1 (`_single_source_shortest_path_basic`, `single_source_shortest_path_length`);
/// - ``searchWeighted(from:in:countingPaths:)``: Dijkstra's algorithm with a binary heap,
///   edge length `1 / weight` (`_single_source_dijkstra_path_basic`,
///   `_dijkstra_multisource`). A tentative distance is `distance[v] + 1 / w`, computed
///   in that order, and equal-length paths are recognised with `==`, as NetworkX does,
///   so that ties are counted identically. Heap ties are broken by insertion order.
///
/// After a search, ``order`` lists the reached nodes by non-decreasing distance (the
/// source first), ``distance`` holds their distances, and — when paths were counted —
/// ``sigma`` the number of shortest paths from the source and the predecessor lists.
/// ``reset()`` clears only what the last search touched, so a search costs
/// O(reached part of the graph), not O(n).
struct ShortestPathSearch {
    /// Reached nodes, in the order they were settled.
    private(set) var order: [Int32] = []
    /// Distance from the source; `.infinity` when not reached.
    private(set) var distance: [Double]
    /// Number of shortest paths from the source (0 when not reached).
    private(set) var sigma: [Double]
    /// Predecessors of `v` on shortest paths: `predecessors[offsets[v] ..< offsets[v] + predecessorCount[v]]`
    /// (a node's predecessors are among its neighbours, so its CSR row has room for them).
    private(set) var predecessors: [Int32]
    private(set) var predecessorCount: [Int32]
    /// Dependency accumulator of Brandes' second phase, left for the caller (zero after ``reset()``).
    var delta: [Double]

    private var settled: [Bool]
    private var tentative: [Double]
    private var queue = Heap<QueueEntry>()
    private var sequence = 0

    init(graph: Graph) {
        let n = graph.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        predecessors = [Int32](repeating: 0, count: graph.targets.count)
        predecessorCount = [Int32](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        settled = [Bool](repeating: false, count: n)
        tentative = [Double](repeating: .infinity, count: n)
        order.reserveCapacity(n)
    }

    /// Breadth-first search from `source`; with `countingPaths`, also counts shortest
    /// paths and records predecessors.
    /// - Complexity: O(n_c + m_c) for the component of `source`.
    mutating func searchUnweighted(from source: Int, in graph: Graph, countingPaths: Bool) {
        reset()
        let offsets = graph.offsets
        let targets = graph.targets
        distance[source] = 0
        sigma[source] = 1
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            let sigmaV = sigma[v]
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(Int32(w))
                }
                if countingPaths, distance[w] == next {
                    sigma[w] += sigmaV
                    predecessors[offsets[w] + Int(predecessorCount[w])] = Int32(v)
                    predecessorCount[w] += 1
                }
            }
        }
    }

    /// Dijkstra's algorithm from `source` with edge length `1 / weight`; with
    /// `countingPaths`, also counts shortest paths and records predecessors.
    /// - Complexity: O((n_c + m_c) log m_c) for the component of `source`.
    mutating func searchWeighted(from source: Int, in graph: Graph, countingPaths: Bool) {
        reset()
        let offsets = graph.offsets
        let targets = graph.targets
        let weights = graph.weights
        tentative[source] = 0
        sigma[source] = 1
        queue.insert(QueueEntry(distance: 0, sequence: sequence, node: Int32(source)))
        sequence += 1
        while let entry = queue.popMin() {
            let v = Int(entry.node)
            if settled[v] { continue }
            settled[v] = true
            let d = entry.distance
            distance[v] = d
            order.append(entry.node)
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if settled[w] { continue }
                let candidate = d + 1.0 / weights[i]
                let known = tentative[w]
                if candidate < known {
                    tentative[w] = candidate
                    queue.insert(QueueEntry(distance: candidate, sequence: sequence, node: Int32(w)))
                    sequence += 1
                    if countingPaths {
                        sigma[w] = sigma[v]
                        predecessors[offsets[w]] = Int32(v)
                        predecessorCount[w] = 1
                    }
                } else if countingPaths, candidate == known {
                    sigma[w] += sigma[v]
                    predecessors[offsets[w] + Int(predecessorCount[w])] = Int32(v)
                    predecessorCount[w] += 1
                }
            }
        }
    }

    /// Clears what the last search touched: every node it gave a distance to was
    /// settled, so ``order`` lists them all.
    mutating func reset() {
        for node in order {
            let v = Int(node)
            distance[v] = .infinity
            tentative[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            predecessorCount[v] = 0
            settled[v] = false
        }
        order.removeAll(keepingCapacity: true)
        sequence = 0
    }
}

/// A Dijkstra queue entry ordered by (distance, insertion sequence), like NetworkX's
/// `(distance, next(counter), …)` tuples.
private struct QueueEntry: Comparable {
    var distance: Double
    var sequence: Int
    var node: Int32

    static func < (a: QueueEntry, b: QueueEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.sequence < b.sequence)
    }

    static func == (a: QueueEntry, b: QueueEntry) -> Bool {
        a.distance == b.distance && a.sequence == b.sequence
    }
}
