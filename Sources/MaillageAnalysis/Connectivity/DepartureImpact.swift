/// "What if this actor left?" in detail for one node: the pieces its component falls
/// into and, given a group per node (territories, actor kinds…), the pairs of groups
/// that would no longer reach each other.
///
/// Definitions, for the departure of node v from a component C of s nodes:
/// - ``pieces``: the connected components of C − v (weights ignored). Their sizes
///   p₁, …, p_k sum to s − 1; there are none when v was isolated, one when v is not an
///   articulation point, two or more when it is.
/// - ``disconnectedPairs``: unordered pairs of nodes other than v that were connected
///   before and are not after, C(s − 1, 2) − Σᵢ C(pᵢ, 2) — the figure
///   ``DepartureCounts`` gives for every node at once.
/// - ``cutGroupPairs``: the pairs of distinct groups (g, h), g < h, such that before the
///   departure some node of g and some node of h were connected (in the same component,
///   v counting as a member of its own group), and after it no node of g is connected to
///   any node of h (v no longer counts). Nodes of unknown group (negative id) belong to
///   no group. Only groups present in C can be cut, and a pair that still meets in
///   another component of the graph is not cut. If v was the only member of its group in
///   C, every pair joining its group to another group of C is cut — unless they also
///   meet elsewhere.
///
/// ```swift
/// // two triangles {0,1,2} and {3,4,5} joined through node 6; groups A = {0,1,2}, B = {3,4,5,6}
/// let g = Graph(nodeCount: 7, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1),
///                                     (3, 5, 1), (2, 6, 1), (6, 3, 1)])
/// let impact = DepartureImpact(of: 6, in: g, groups: [0, 0, 0, 1, 1, 1, 1])
/// impact.pieces              // [[0, 1, 2], [3, 4, 5]]
/// impact.disconnectedPairs   // 9
/// impact.cutGroupPairs       // [GroupPair(first: 0, second: 1)]
/// ```
public struct DepartureImpact: Sendable, Equatable {
    /// An unordered pair of group ids, stored with `first < second`.
    public struct GroupPair: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let first: Int
        public let second: Int

        /// The pair {a, b}, stored in increasing order; `a` and `b` must differ.
        public init(_ a: Int, _ b: Int) {
            precondition(a != b, "a group pair joins two distinct groups")
            first = min(a, b)
            second = max(a, b)
        }

        public static func < (l: GroupPair, r: GroupPair) -> Bool {
            l.first != r.first ? l.first < r.first : l.second < r.second
        }

        public var description: String { "(\(first), \(second))" }
    }

    /// The departing node.
    public let node: Int
    /// Size of its connected component before the departure (itself included).
    public let componentSize: Int
    /// The pieces its component falls into: each ascending, ordered by smallest member.
    public let pieces: [[Int]]
    /// Pairs of groups cut from each other, ascending; empty when no groups were given.
    public let cutGroupPairs: [GroupPair]

    /// Pairs of other nodes that lose every path between them: C(s − 1, 2) − Σ C(pᵢ, 2).
    public var disconnectedPairs: Int {
        UnorderedPairs.among(componentSize - 1) - pieces.reduce(0) { $0 + UnorderedPairs.among($1.count) }
    }

    /// True when the departure splits the component (v is an articulation point).
    public var isArticulationPoint: Bool { pieces.count >= 2 }

    /// Works out the departure of `node` from `graph`.
    /// - Parameters:
    ///   - node: the departing node, in `0..<graph.nodeCount`.
    ///   - graph: the graph, weights ignored.
    ///   - groups: optional group per node (negative = unknown), see ``cutGroupPairs``.
    ///   - groupCount: number of groups; defaults to one more than the largest id.
    /// - Complexity: O(n + m) without groups; with groups, O(n + m + G + b² + Σ_D g_D²)
    ///   where G is the group count, b the number of groups present in v's component and
    ///   g_D the number of those groups present in each other component D.
    public init(of node: Int, in graph: Graph, groups: [Int]? = nil, groupCount: Int? = nil) {
        let n = graph.nodeCount
        precondition(node >= 0 && node < n, "node \(node) out of range 0..<\(n)")
        let offsets = graph.offsets
        let targets = graph.targets

        // Pieces: breadth-first searches from the neighbours of `node`, which is blocked.
        var piece = [Int32](repeating: -1, count: n)
        piece[node] = -2
        var queue: [Int32] = []
        var pieces: [[Int]] = []
        for i in offsets[node]..<offsets[node + 1] {
            let start = Int(targets[i])
            guard piece[start] == -1 else { continue }
            let label = Int32(pieces.count)
            piece[start] = label
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let v = Int(queue[head])
                head += 1
                for j in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[j])
                    if piece[w] == -1 {
                        piece[w] = label
                        queue.append(Int32(w))
                    }
                }
            }
            pieces.append(queue.map { Int($0) }.sorted())
        }
        pieces.sort { $0[0] < $1[0] }
        self.node = node
        self.pieces = pieces
        self.componentSize = 1 + pieces.reduce(0) { $0 + $1.count }

        guard let groups else {
            cutGroupPairs = []
            return
        }
        let g = GroupLabels.validatedCount(groups, nodeCount: n, groupCount: groupCount)
        cutGroupPairs = DepartureImpact.cutPairs(node: node, pieces: pieces, inComponent: piece,
                                                 graph: graph, groups: groups, groupCount: g)
    }

    /// The pairs of groups of v's component that meet in no piece and in no other component.
    /// `inComponent[u] != -1` marks the nodes of v's component (v itself is −2).
    private static func cutPairs(node: Int, pieces: [[Int]], inComponent: [Int32], graph: Graph,
                                 groups: [Int], groupCount: Int) -> [GroupPair] {
        // Local indices for the groups present in the component, v included.
        var local = [Int](repeating: -1, count: groupCount)
        var present: [Int] = []
        func register(_ u: Int) {
            let gu = groups[u]
            if gu >= 0, local[gu] < 0 {
                local[gu] = present.count
                present.append(gu)
            }
        }
        register(node)
        for p in pieces { for u in p { register(u) } }
        let b = present.count
        guard b >= 2 else { return [] }

        // together[i * b + j]: local groups i and j still meet after the departure.
        var together = [Bool](repeating: false, count: b * b)
        var seenIn = [Int](repeating: -1, count: b)
        var distinct: [Int] = []
        func markPairs(of nodes: some Sequence<Int>, stamp: Int) {
            distinct.removeAll(keepingCapacity: true)
            for u in nodes {
                let gu = groups[u]
                guard gu >= 0 else { continue }
                let l = local[gu]
                if l >= 0, seenIn[l] != stamp {
                    seenIn[l] = stamp
                    distinct.append(l)
                }
            }
            for x in distinct.indices {
                for y in distinct.indices where y != x {
                    together[distinct[x] * b + distinct[y]] = true
                }
            }
        }
        for (k, p) in pieces.enumerated() { markPairs(of: p, stamp: k) }

        // Other components: group their nodes by component label.
        let components = ConnectedComponents(graph)
        let own = components.labels[node]
        var start = [Int](repeating: 0, count: components.count + 1)
        for label in components.labels { start[label + 1] += 1 }
        for c in 0..<components.count { start[c + 1] += start[c] }
        var cursor = start
        var byComponent = [Int](repeating: 0, count: graph.nodeCount)
        for (u, label) in components.labels.enumerated() {
            byComponent[cursor[label]] = u
            cursor[label] += 1
        }
        for c in 0..<components.count where c != own {
            markPairs(of: byComponent[start[c]..<start[c + 1]], stamp: pieces.count + c)
        }

        var result: [GroupPair] = []
        for i in 0..<b {
            for j in (i + 1)..<b where !together[i * b + j] {
                result.append(GroupPair(present[i], present[j]))
            }
        }
        return result.sorted()
    }
}
