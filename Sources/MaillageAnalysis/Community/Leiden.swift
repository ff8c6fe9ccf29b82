import MaillageSupport

/// Communities by the Leiden algorithm, maximising modularity (Traag, Waltman &
/// van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities",
/// Scientific Reports 9, 5233).
///
/// **Algorithm.** One iteration, from a partition `P` (singletons at first):
/// 1. *Fast local moving*: a queue holds every node in shuffled order; pop a node,
///    move it to the community (a neighbour's, or an empty one) with the largest
///    strictly positive modularity gain `w(v, C) − γ·k_v·K_C / 2m` over staying, and
///    if it moved, queue its neighbours outside its new community that are not queued.
/// 2. *Refinement*: inside each community `S` of `P`, start from singletons and visit
///    the nodes in shuffled order; a node still alone that is well connected to `S`
///    (`w(v, S − v) ≥ γ·k_v·(K_S − k_v) / 2m`) joins a well-connected sub-community
///    `R ⊆ S` it touches, drawn with probability ∝ `exp(gain / θ)` among those with
///    gain ≥ 0 (staying alone has gain 0). Every refined community is connected.
/// 3. *Aggregation*: the graph of refined communities (weights summed, CSR), whose
///    initial partition groups them as `P` does. Go back to 1 on it, until local moving
///    leaves every community a single aggregate node.
///
/// Iterations are repeated, each starting from the previous result, until one changes
/// nothing (igraph's `n_iterations=-1`, "until stable"; at most 1,000 iterations as a
/// guard against rounding cycles), or at most `iterations` times when it is given
/// (igraph's `n_iterations=2` by default, NetworKit's `ParallelLeiden` 3). On large
/// networks the last iterations before stability often add little: at 1,000,000 actors
/// of `maillage synth` data, 10 iterations reach stability and the 7 after the third
/// add less than 10⁻⁶ of modularity for about 60 % of the time; on weakly clustered
/// networks later iterations still find sizeable gains (Benchmarks/LEIDEN-SCALING.md).
/// `k_v` is the strength of `v`, `K_C` the total
/// strength of `C`, `w(v, C)` the weight between `v` and `C`, `m` the total weight.
///
/// **Several starts.** The whole run above is made `starts` times, the first with `seed`,
/// the others with seeds mixed from it, on up to `workers` threads; the partition of
/// highest modularity is kept (the earliest start among equals). A single Leiden run ends
/// in one of many local optima, and which one is mostly luck: on a 20,000-actor network,
/// seeds 1–5 of one run range over 0.68778–0.68791, of the best of four over
/// 0.68794–0.68802. igraph's users get the same effect by hand, running several seeds and
/// keeping the best. By default the number of starts falls with the size of the graph
/// (``leidenDefaultStarts(edgeCount:)``): four up to 100,000 ties, two up to three
/// million, where two starts already reach igraph's mean modularity, one start from three
/// million ties on, where a single run already reaches igraph's mean modularity (measured at 200,000 and 1,000,000 actors, see
/// Benchmarks/LEIDEN-SCALING.md) and every further start costs seconds.
///
/// **Randomness θ** is 0.01 times the mean edge weight (igraph's `beta = 0.01` for
/// unweighted graphs), so scaling all weights by a constant gives the same partition.
///
/// **Guarantee.** Every community of the result induces a connected subgraph. (In the
/// degenerate case where refinement cannot merge anything, communities are aggregated
/// by their connected parts; a last pass splits any community that is not connected,
/// which can only raise modularity.)
///
/// **Weights** are tie strengths (the `weights` of `Graph`); an unweighted graph has weights 1.
///
/// **Determinism.** The result depends only on the graph, `resolution`, `seed` and
/// `starts` (shuffles and refinement draws come from `SeededGenerator` (MaillageSupport)), never on
/// the number of workers.
///
/// **Reference.** igraph's `community_leiden(objective_function="modularity",
/// n_iterations=-1)`; modularities are compared with igraph's on the graphs of
/// `References/communities/benchmarks.json`. Modularity is
/// ``modularity(graph:membership:resolution:)``.
///
/// ```swift
/// let p = leiden(graph: karate, seed: 1)
/// p.modularity   // ≈ 0.42
/// ```
///
/// - Parameters:
///   - graph: the graph; weights must be positive.
///   - resolution: γ, 1 by default; larger values give more, smaller communities.
///   - seed: seed of the shuffles and of the refinement's random choices.
///   - starts: independent runs, the best kept (values below 1 mean 1); `nil`, the
///     default, means ``leidenDefaultStarts(edgeCount:)`` of the graph.
///   - iterations: the most iterations of each run (values below 1 mean 1); `nil`, the
///     default, iterates until one changes nothing.
///   - workers: the most threads running starts at once (values below 1 mean 1; see
///     `ParallelChunks` (MaillageSupport)).
/// - Returns: the partition, with its modularity recomputed on `graph`. A graph without
///   edges gives singletons (modularity 0).
/// - Complexity: O(m) per level of an iteration, times the number of starts; in practice
///   near-linear, a few iterations. Memory: one aggregated network per running start.
public func leiden(
    graph: Graph, resolution: Double = 1, seed: UInt64 = 0,
    starts: Int? = nil, iterations: Int? = nil, workers: Int = CentralityOptions.defaultWorkers
) -> CommunityPartition {
    let n = graph.nodeCount
    let base = CommunityNetwork(graph)
    guard base.totalNodeWeight > 0, !base.targets.isEmpty else {
        return CommunityPartition(graph: graph, membership: Array(0..<n), resolution: resolution)
    }
    let startCount = max(1, starts ?? leidenDefaultStarts(edgeCount: graph.edgeCount))
    let results = ParallelChunks.map(chunkCount: startCount, workers: workers) { start in
        let membership = leidenRun(base, resolution: resolution, seed: leidenStartSeed(seed, start),
                                   iterations: iterations.map { max(1, $0) } ?? leidenMaximumIterations)
        return CommunityPartition(graph: graph, membership: membership.map { Int($0) }, resolution: resolution)
    }
    // The best modularity; the earliest start among equals.
    var best: CommunityPartition?
    for partition in results where best.map({ partition.modularity > $0.modularity }) ?? true {
        best = partition
    }
    return best ?? CommunityPartition(graph: graph, membership: Array(0..<n), resolution: resolution)
}

/// The number of independent Leiden runs that ``leiden(graph:resolution:seed:starts:iterations:workers:)``
/// makes by default on a graph of `edgeCount` ties (undirected edges): 4 up to 100,000
/// ties, 2 up to 3,000,000, 1 above. The best run is kept.
///
/// A start costs time proportional to the ties (about 0.7 µs of CPU per tie on the
/// benchmark machine's `synth` data). Below 100,000 ties four starts take a fraction of a
/// second. From there to a few million ties two starts already reach igraph's mean
/// modularity on both benchmark generators (20,000 actors, seeds 1–5: 0.68793 and 0.63156
/// against igraph's 0.68788 and 0.63149; one start gives 0.68786 and 0.63153, four
/// 0.68795 and 0.63157) at half the cost of four, which made Leiden slower than igraph
/// there. On larger graphs a single run already matches igraph's mean modularity, and
/// every further start costs seconds (Benchmarks/LEIDEN-SCALING.md). Pass `starts:` to
/// choose.
/// - Complexity: O(1).
public func leidenDefaultStarts(edgeCount: Int) -> Int {
    if edgeCount <= 100_000 { return 4 }
    if edgeCount <= 3_000_000 { return 2 }
    return 1
}

/// The seed of start `index`: the caller's seed for the first, a SplitMix64 mix of it
/// for the others.
func leidenStartSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
    guard index > 0 else { return seed }
    return SplitMix64.mixed(seed &+ UInt64(index) &* SplitMix64.increment)
}

/// One Leiden run on `base` from singletons: iterations until one changes nothing (or
/// `iterations` of them), then communities split into connected parts.
func leidenRun(_ base: CommunityNetwork, resolution: Double, seed: UInt64,
               iterations: Int = leidenMaximumIterations) -> [Int32] {
    var generator = SeededGenerator(seed: seed)
    var membership = (0..<base.nodeCount).map { Int32($0) }
    let scale = resolution / base.totalNodeWeight
    let meanEdgeWeight = base.totalNodeWeight / Double(base.targets.count)
    let randomness = leidenRandomness * meanEdgeWeight
    var memory = LeidenIterationMemory()
    for _ in 0..<min(iterations, leidenMaximumIterations) {
        let changed = leidenIteration(base, membership: &membership, scale: scale, randomness: randomness,
                                      memory: &memory, generator: &generator)
        if !changed { break }
    }
    return connectedParts(base, of: membership).labels
}

/// θ relative to the mean edge weight.
let leidenRandomness = 0.01
/// Guard on "iterate until stable".
let leidenMaximumIterations = 1_000

/// What one Leiden iteration leaves to the next about the input level, so that work on
/// the parts of the graph that did not change is not redone (bit-for-bit the same result).
struct LeidenIterationMemory {
    /// The nodes to queue at first in the next fast local moving of the input level (nil: all).
    var revisit: [Bool]?
    /// `w(v, S − v)` of every input node at the last refinement of the input level
    /// (empty: unknown).
    var insideWeights: [Double] = []
}

/// One iteration of Leiden on `base`, starting from and updating `membership`
/// (a label in `0..<n` for each node of `base`).
///
/// The fast local moving of the input level queues only the nodes `memory.revisit`
/// marks (all when it is nil), and `memory.revisit` is then set to the nodes to queue
/// next time: the nodes that the upper levels moved to another community (with the
/// aggregate node holding them) and their neighbours. This is local moving's own rule
/// (a move queues the mover's neighbours) applied to the moves made above the input
/// level, where every node was last found unable to move; like that rule, it does not
/// queue nodes whose gains changed only through a community's total strength `K_C`.
/// The refinement of the input level recomputes `w(v, S − v)` only for the nodes whose
/// own or neighbours' community changed since the last refinement (moved above, or by
/// this local moving); the others' sums are reused, and are the same.
/// - Parameters:
///   - scale: γ / 2m.
///   - randomness: θ, in weight units.
///   - memory: what the previous iteration left (empty for the first); on return, what
///     this one leaves to the next.
/// - Returns: whether any node moved during local moving, at any level.
/// - Complexity: O(m) per level.
func leidenIteration(_ base: CommunityNetwork, membership: inout [Int32], scale: Double,
                     randomness: Double, memory: inout LeidenIterationMemory,
                     generator: inout SeededGenerator) -> Bool {
    let n = base.nodeCount
    var network = base
    var levelNode = (0..<n).map { Int32($0) }   // input node → node of the current level
    var partition = membership                   // current-level node → community
    _ = renumberByFirstAppearance(&partition)
    var changed = false
    var settled: [Int32]? = nil   // the input level's communities after its local moving
    var upperInside: [Double] = []
    let insideWeights = memory.insideWeights
    memory.insideWeights = []
    var movedAbove = [Bool](repeating: false, count: n)   // input nodes moved at an upper level
    while true {
        let atInputLevel = settled == nil
        let unmoved = !atInputLevel || memory.revisit != nil ? partition : []
        if leidenFastLocalMoving(network, membership: &partition, scale: scale,
                                 queued: atInputLevel ? memory.revisit : nil, generator: &generator) {
            changed = true
            if !atInputLevel {
                for v in 0..<n where partition[Int(levelNode[v])] != unmoved[Int(levelNode[v])] { movedAbove[v] = true }
            }
        }
        if atInputLevel { settled = partition }
        let count = renumberByFirstAppearance(&partition)
        if count == network.nodeCount { break }

        var refined: [Int32]
        if atInputLevel {
            var stale: [Bool]?
            if let revisit = memory.revisit, insideWeights.count == n, unmoved.count == n, let settled {
                var marks = revisit
                leidenMarkWithNeighbours(base, (0..<n).map { unmoved[$0] != settled[$0] }, into: &marks)
                stale = marks
            }
            memory.insideWeights = insideWeights
            refined = leidenRefinement(network, partition: partition, partitionCount: count, scale: scale,
                                       randomness: randomness, inside: &memory.insideWeights, stale: stale,
                                       generator: &generator)
        } else {
            refined = leidenRefinement(network, partition: partition, partitionCount: count, scale: scale,
                                       randomness: randomness, inside: &upperInside, generator: &generator)
        }
        var refinedCount = renumberByFirstAppearance(&refined)
        if refinedCount == network.nodeCount {
            // Refinement merged nothing: aggregate the connected parts of the communities.
            (refined, refinedCount) = connectedParts(network, of: partition)
            if refinedCount == network.nodeCount { break }
        }
        var aggregatePartition = [Int32](repeating: 0, count: refinedCount)
        for v in 0..<network.nodeCount { aggregatePartition[Int(refined[v])] = partition[v] }
        for v in 0..<n { levelNode[v] = refined[Int(levelNode[v])] }
        network = network.aggregated(by: refined, count: refinedCount)
        partition = aggregatePartition
    }
    for v in 0..<n { membership[v] = partition[Int(levelNode[v])] }
    if settled != nil { memory.revisit = leidenNodesToRevisit(base, moved: movedAbove) }
    return changed
}

/// The nodes of `base` that `moved` marks and their neighbours.
/// - Complexity: O(n + Σ degree of the marked nodes).
func leidenNodesToRevisit(_ base: CommunityNetwork, moved: [Bool]) -> [Bool] {
    var revisit = moved
    leidenMarkWithNeighbours(base, moved, into: &revisit)
    return revisit
}

/// Sets `marks` for every node that `nodes` marks and for its neighbours in `base`.
/// - Complexity: O(n + Σ degree of the nodes marked in `nodes`).
func leidenMarkWithNeighbours(_ base: CommunityNetwork, _ nodes: [Bool], into marks: inout [Bool]) {
    for v in 0..<base.nodeCount where nodes[v] {
        marks[v] = true
        for e in base.offsets[v]..<base.offsets[v + 1] { marks[Int(base.targets[e])] = true }
    }
}
