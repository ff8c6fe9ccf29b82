/// Core number of every node: the largest k such that the node belongs to the k-core,
/// the maximal subgraph in which every node has at least k neighbours.
///
/// - Normalisation: none (an integer between 0 and the largest degree); isolated nodes
///   have core number 0.
/// - Weights: ignored, as `networkx.core_number(G)`.
/// - Method: Batagelj–Zaversnik: nodes bucket-sorted by degree and peeled in order of
///   current degree, each removal lowering its remaining neighbours' degrees.
/// - Reference: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition
///   of networks", arXiv cs/0310049, 2003; S. B. Seidman, "Network structure and
///   minimum degree", Social Networks 5, 1983.
///
/// ```swift
/// // A triangle with a pendant node.
/// let g = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)])
/// coreNumber(of: g)   // [2, 2, 2, 1]
/// ```
/// - Returns: one value per node.
/// - Complexity: O(n + m) time and memory.
public func coreNumber(of graph: Graph) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let offsets = graph.offsets
    let targets = graph.targets
    var degree = (0..<n).map { graph.degree($0) }
    let maxDegree = degree.max() ?? 0
    // bucketStart[d]: first position of degree-d nodes in `sorted`.
    var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { bucketStart[d + 1] += 1 }
    for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
    var sorted = [Int](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    var fill = bucketStart
    for v in 0..<n {
        position[v] = fill[degree[v]]
        sorted[position[v]] = v
        fill[degree[v]] += 1
    }
    for k in 0..<n {
        let v = sorted[k]
        for i in offsets[v]..<offsets[v + 1] {
            let u = Int(targets[i])
            guard degree[u] > degree[v] else { continue }
            // Move u to the front of its bucket, then shrink the bucket by one.
            let du = degree[u]
            let front = bucketStart[du]
            let w = sorted[front]
            if u != w {
                sorted[position[u]] = w
                position[w] = position[u]
                sorted[front] = u
                position[u] = front
            }
            bucketStart[du] += 1
            degree[u] -= 1
        }
    }
    return degree
}
