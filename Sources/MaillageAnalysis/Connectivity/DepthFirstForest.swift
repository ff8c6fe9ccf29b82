/// A depth-first search forest of a ``Graph`` with the low-points of Hopcroft & Tarjan,
/// the shared basis of ``articulationPoints(of:)``, ``bridges(of:)`` and
/// ``DepartureCounts``.
///
/// Roots are taken in increasing node id, so the root of each tree is the smallest node
/// of its connected component and the trees are numbered like ``ConnectedComponents``.
/// For each node v:
/// - `discovery[v]`: its rank in the preorder of the whole forest;
/// - `parent[v]`: its parent in the tree, −1 for a root;
/// - `low[v]`: the smallest discovery rank reachable from the subtree of v using tree
///   edges downward and at most one non-tree edge (Hopcroft & Tarjan 1973);
/// - `subtreeSize[v]`: number of nodes in the subtree rooted at v (v included);
/// - `tree[v]`: index of its tree (= connected component), `treeSize[t]` its size.
///
/// A child c of v is *separated* by v when `low[c] >= discovery[v]`: no edge leaves the
/// subtree of c except through v, so removing v cuts that subtree off. For a root every
/// child is separated.
///
/// The search is iterative (an explicit stack and a per-node edge cursor), so deep trees —
/// a 200,000-node path — cannot overflow the call stack. The graph is simple (no
/// parallel edges), so skipping the parent by id skips exactly the tree edge.
///
/// - Complexity: O(n + m) time, O(n) memory.
struct DepthFirstForest {
    var discovery: [Int32]
    var parent: [Int32]
    var low: [Int32]
    var subtreeSize: [Int32]
    var tree: [Int32]
    var treeSize: [Int]

    init(_ graph: Graph) {
        let n = graph.nodeCount
        let offsets = graph.offsets
        let targets = graph.targets
        var discovery = [Int32](repeating: -1, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var subtreeSize = [Int32](repeating: 1, count: n)
        var tree = [Int32](repeating: -1, count: n)
        var treeSize: [Int] = []
        var cursor = Array(offsets.dropLast())
        var stack: [Int32] = []
        stack.reserveCapacity(min(n, 1024))
        var time: Int32 = 0

        for root in 0..<n where discovery[root] < 0 {
            let label = Int32(treeSize.count)
            var size = 1
            discovery[root] = time
            low[root] = time
            time += 1
            tree[root] = label
            stack.append(Int32(root))
            while let top = stack.last {
                let v = Int(top)
                let i = cursor[v]
                if i < offsets[v + 1] {
                    cursor[v] = i + 1
                    let w = Int(targets[i])
                    if discovery[w] < 0 {
                        parent[w] = top
                        discovery[w] = time
                        low[w] = time
                        time += 1
                        tree[w] = label
                        size += 1
                        stack.append(Int32(w))
                    } else if Int32(w) != parent[v], discovery[w] < low[v] {
                        low[v] = discovery[w]
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[v])
                    if p >= 0 {
                        if low[v] < low[p] { low[p] = low[v] }
                        subtreeSize[p] += subtreeSize[v]
                    }
                }
            }
            treeSize.append(size)
        }
        self.discovery = discovery
        self.parent = parent
        self.low = low
        self.subtreeSize = subtreeSize
        self.tree = tree
        self.treeSize = treeSize
    }

    /// True when `child` (whose parent is p) is separated from the rest of its
    /// component by the removal of p.
    @inline(__always) func isSeparated(child: Int) -> Bool {
        let p = Int(parent[child])
        return p >= 0 && low[child] >= discovery[p]
    }
}
