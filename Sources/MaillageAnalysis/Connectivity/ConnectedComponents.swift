/// The connected components of a `Graph`: the maximal sets of nodes joined by a path.
///
/// Each node gets a component label in `0..<count`. Labels are numbered by the smallest
/// node of each component, so component 0 holds node 0, and an isolated node is a
/// component of size 1. Weights are ignored: an edge of any weight connects.
///
/// The members of the components are NetworkX's `connected_components(G)` (which yields
/// them as sets, in no promised order).
///
/// ```swift
/// let g = Graph(nodeCount: 5, edges: [(0, 1, 1), (3, 4, 1)])
/// let c = ConnectedComponents(g)
/// c.labels     // [0, 0, 1, 2, 2]
/// c.sizes      // [2, 1, 2]
/// c.members()  // [[0, 1], [2], [3, 4]]
/// ```
///
/// The traversal is iterative (breadth-first with a flat queue), so graphs of hundreds of
/// thousands of nodes and long paths are safe.
public struct ConnectedComponents: Sendable, Equatable {
    /// Component label of each node, in `0..<count`.
    public let labels: [Int]
    /// Number of nodes of each component, indexed by label.
    public let sizes: [Int]

    /// Number of components (0 for the empty graph).
    public var count: Int { sizes.count }

    /// Label of the largest component (the smallest label among ties), nil for the empty graph.
    public var largest: Int? {
        guard var best = sizes.indices.first else { return nil }
        for c in sizes.indices where sizes[c] > sizes[best] { best = c }
        return best
    }

    /// Labels the components of `graph`.
    /// - Complexity: O(n + m) time, O(n) memory.
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        let offsets = graph.offsets
        let targets = graph.targets
        var labels = [Int](repeating: -1, count: n)
        var sizes: [Int] = []
        var queue = [Int32](repeating: 0, count: n)
        for source in 0..<n where labels[source] < 0 {
            let label = sizes.count
            labels[source] = label
            queue[0] = Int32(source)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for i in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[i])
                    if labels[w] < 0 {
                        labels[w] = label
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
            sizes.append(tail)
        }
        self.labels = labels
        self.sizes = sizes
    }

    /// The nodes of every component, ascending, components in label order
    /// (hence ordered by their smallest node).
    /// - Complexity: O(n).
    public func members() -> [[Int]] {
        var result = sizes.map { size -> [Int] in
            var members: [Int] = []
            members.reserveCapacity(size)
            return members
        }
        for (v, label) in labels.enumerated() { result[label].append(v) }
        return result
    }

    /// The nodes of component `label`, ascending.
    /// - Complexity: O(n).
    public func members(of label: Int) -> [Int] {
        labels.indices.filter { labels[$0] == label }
    }
}
