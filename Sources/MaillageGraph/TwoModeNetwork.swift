import MaillageModel

/// The two-mode (bipartite) network of a dataset: actors, cooperations, and one edge per
/// membership (see the Graphs article of the documentation).
///
/// Node ids `0..<actorCount` are the actors, in `dataset.actors` order; node ids
/// `actorCount..<actorCount + cooperationCount` are the cooperations, in
/// `dataset.cooperations` order. Every edge joins an actor to a cooperation and has
/// weight 1. Because rows of ``Graph`` are sorted, the neighbours of an actor are its
/// cooperations in dataset order, and the neighbours of a cooperation are its members in
/// dataset order.
///
/// ```swift
/// let network = TwoModeNetwork(dataset: dataset)
/// let c = network.cooperationNode(0)          // node id of the first cooperation
/// network.graph.degree(c)                      // its number of members
/// ```
///
/// Memberships naming an actor or cooperation absent from the tables (impossible in a
/// validated `Dataset`) are skipped; a repeated (cooperation, actor) pair gives one edge.
public struct TwoModeNetwork: Sendable {
    /// Actor ids, indexed by actor node id.
    public let actorIDs: [String]
    /// Cooperation ids, indexed by cooperation index (node id − ``actorCount``).
    public let cooperationIDs: [String]
    /// The bipartite graph over `actorCount + cooperationCount` nodes.
    public let graph: Graph

    /// Number of actor nodes.
    public var actorCount: Int { actorIDs.count }
    /// Number of cooperation nodes.
    public var cooperationCount: Int { cooperationIDs.count }

    /// Builds the network of a dataset.
    /// - Complexity: O(A + C + M log d) for A actors, C cooperations, M memberships and
    ///   d the largest number of cooperations of one actor; ids are not looked up (the
    ///   dataset's `Dataset.links` give positions).
    public init(dataset: Dataset) {
        let actorCount = dataset.actors.count
        let cooperationCount = dataset.cooperations.count
        actorIDs = dataset.actors.map(\.id)
        cooperationIDs = dataset.cooperations.map(\.id)

        // Cooperations of each actor, bucketed by a counting pass over the links.
        let links = dataset.links
        var rowLength = [Int](repeating: 0, count: actorCount + cooperationCount)
        for link in links { rowLength[Int(link.actor)] += 1 }
        var start = [Int](repeating: 0, count: actorCount + 1)
        for a in 0..<actorCount { start[a + 1] = start[a] + rowLength[a] }
        var cursor = Array(start.dropLast())
        var bucket = [Int32](repeating: 0, count: links.count)
        for link in links {
            let a = Int(link.actor)
            bucket[cursor[a]] = link.cooperation
            cursor[a] += 1
        }
        // Sort each actor row in place, then keep each cooperation once; count cooperation rows.
        bucket.withUnsafeMutableBufferPointer { buffer in
            for a in 0..<actorCount where start[a + 1] - start[a] > 1 {
                var row = UnsafeMutableBufferPointer(rebasing: buffer[start[a]..<start[a + 1]])
                row.sort()
            }
        }
        var actorRows: [Int32] = []
        actorRows.reserveCapacity(bucket.count)
        var actorRowStart = [Int](repeating: 0, count: actorCount + 1)
        for a in 0..<actorCount {
            var previous: Int32 = -1
            for i in start[a]..<start[a + 1] where bucket[i] != previous {
                actorRows.append(bucket[i])
                previous = bucket[i]
            }
            actorRowStart[a + 1] = actorRows.count
        }
        for a in 0..<actorCount { rowLength[a] = actorRowStart[a + 1] - actorRowStart[a] }
        for c in actorRows { rowLength[actorCount + Int(c)] += 1 }

        let nodeCount = actorCount + cooperationCount
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + rowLength[v] }
        var targets = [Int32](repeating: 0, count: offsets[nodeCount])
        var fill = Array(offsets.dropLast())
        // Actors in ascending order: each cooperation row receives its members sorted.
        for a in 0..<actorCount {
            for i in actorRowStart[a]..<actorRowStart[a + 1] {
                let c = actorCount + Int(actorRows[i])
                targets[fill[a]] = Int32(c)
                fill[a] += 1
                targets[fill[c]] = Int32(a)
                fill[c] += 1
            }
        }
        graph = Graph(
            nodeCount: nodeCount, offsets: offsets, targets: targets,
            weights: [Double](repeating: 1, count: targets.count))
    }

    /// The node id of cooperation `index` (an index into ``cooperationIDs``).
    @inlinable public func cooperationNode(_ index: Int) -> Int { actorIDs.count + index }

    /// Whether node `v` is an actor.
    @inlinable public func isActor(_ v: Int) -> Bool { v < actorIDs.count }

    /// Indices (into ``cooperationIDs``) of the cooperations of actor `a`, ascending.
    /// - Complexity: O(number of its cooperations).
    public func cooperations(ofActor a: Int) -> [Int] {
        graph.neighbors(of: a).map { Int($0) - actorIDs.count }
    }

    /// Actor node ids of the members of cooperation `index`, ascending.
    /// - Complexity: O(number of its members).
    public func members(ofCooperation index: Int) -> [Int] {
        graph.neighbors(of: cooperationNode(index)).map { Int($0) }
    }
}
