
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
/// After a search, ``reached`` lists the reached nodes by non-decreasing distance (the
/// source first), ``distance`` holds their distances, and — when paths were counted —
/// ``sigma`` the number of shortest paths from the source and the predecessor lists.
/// Each search first clears only what the previous one touched, so a search costs
/// O(reached part of the graph), not O(n).
///
/// The scratch arrays are flat buffers owned by this object (the hot loops of the
/// O(n·m) measures run on them without copy-on-write checks); indices come from a
/// `Graph`, whose invariants keep them in range. Not thread-safe: one per worker.
final class ShortestPathSearch {
    /// Reached nodes in the order they were settled: `order[0..<reachedCount]`.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    /// Distance from the source; `.infinity` when not reached.
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source (0 when not reached).
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Predecessors of `v` on shortest paths:
    /// `predecessors[offsets[v] ..< offsets[v] + predecessorCount[v]]` (a node's
    /// predecessors are among its neighbours, so its CSR row has room for them).
    let predecessors: UnsafeMutableBufferPointer<Int32>
    let predecessorCount: UnsafeMutableBufferPointer<Int32>
    /// Dependency accumulator of Brandes' second phase, for the caller; zero before each search.
    let delta: UnsafeMutableBufferPointer<Double>

    private let settled: UnsafeMutableBufferPointer<Bool>
    private let tentative: UnsafeMutableBufferPointer<Double>
    private var queue = DijkstraQueue()

    init(graph: Graph) {
        let n = graph.nodeCount
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            b.initialize(repeating: value)
            return b
        }
        order = buffer(n, 0)
        distance = buffer(n, .infinity)
        sigma = buffer(n, 0)
        predecessors = buffer(graph.targets.count, 0)
        predecessorCount = buffer(n, 0)
        delta = buffer(n, 0)
        settled = buffer(n, false)
        tentative = buffer(n, .infinity)
    }

    deinit {
        order.deallocate()
        distance.deallocate()
        sigma.deallocate()
        predecessors.deallocate()
        predecessorCount.deallocate()
        delta.deallocate()
        settled.deallocate()
        tentative.deallocate()
    }

    /// The reached nodes, source first, by non-decreasing distance.
    var reached: Slice<UnsafeMutableBufferPointer<Int32>> { order[0..<reachedCount] }

    /// Breadth-first search from `source`; with `countingPaths`, also counts shortest
    /// paths and records predecessors.
    /// - Complexity: O(n_c + m_c) for the component of `source`.
    func searchUnweighted(from source: Int, in graph: Graph, countingPaths: Bool) {
        reset()
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                distance[source] = 0
                sigma[source] = 1
                order[0] = Int32(source)
                var tail = 1
                var head = 0
                while head < tail {
                    let v = Int(order[head])
                    head += 1
                    let next = distance[v] + 1
                    let sigmaV = sigma[v]
                    for i in offsets[v]..<offsets[v + 1] {
                        let w = Int(targets[i])
                        if distance[w] == .infinity {
                            distance[w] = next
                            order[tail] = Int32(w)
                            tail += 1
                        }
                        if countingPaths, distance[w] == next {
                            sigma[w] += sigmaV
                            predecessors[offsets[w] + Int(predecessorCount[w])] = Int32(v)
                            predecessorCount[w] += 1
                        }
                    }
                }
                reachedCount = tail
            }
        }
    }

    /// Dijkstra's algorithm from `source` with edge length `1 / weight`; with
    /// `countingPaths`, also counts shortest paths and records predecessors.
    /// - Complexity: O((n_c + m_c) log m_c) for the component of `source`.
    func searchWeighted(from source: Int, in graph: Graph, countingPaths: Bool) {
        reset()
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.weights.withUnsafeBufferPointer { weights in
                    dijkstra(source, offsets, targets, weights, countingPaths)
                }
            }
        }
    }

    private func dijkstra(
        _ source: Int,
        _ offsets: UnsafeBufferPointer<Int>,
        _ targets: UnsafeBufferPointer<Int32>,
        _ weights: UnsafeBufferPointer<Double>,
        _ countingPaths: Bool
    ) {
        var sequence = 0
        var count = 0
        // The queue is taken out of the object for the search and put back empty, keeping
        // its storage.
        var queue = self.queue
        self.queue = DijkstraQueue()
        defer {
            queue.removeAll()
            self.queue = queue
        }
        tentative[source] = 0
        sigma[source] = 1
        queue.insert(DijkstraQueue.Entry(distance: 0, sequence: sequence, node: Int32(source)))
        sequence += 1
        while let entry = queue.popMin() {
            let v = Int(entry.node)
            if settled[v] { continue }
            settled[v] = true
            let d = entry.distance
            distance[v] = d
            order[count] = entry.node
            count += 1
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if settled[w] { continue }
                let candidate = d + 1.0 / weights[i]
                let known = tentative[w]
                if candidate < known {
                    tentative[w] = candidate
                    queue.insert(DijkstraQueue.Entry(distance: candidate, sequence: sequence, node: Int32(w)))
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
        reachedCount = count
    }

    /// Clears what the last search touched: every node it gave a distance to was
    /// settled, so the reached list names them all.
    private func reset() {
        for k in 0..<reachedCount {
            let v = Int(order[k])
            distance[v] = .infinity
            tentative[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            predecessorCount[v] = 0
            settled[v] = false
        }
        reachedCount = 0
    }
}
