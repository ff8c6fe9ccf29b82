import Testing
@testable import MaillageAnalysis
import MaillageSupport

/// The weighted sampler of approximate betweenness (``WeightedPathSampler``, a
/// bidirectional Dijkstra search that counts shortest paths) must draw each shortest
/// s–t path with probability 1/σ(s, t): checked, pair by pair, against the exact pair
/// dependencies σ(s, t | v)/σ(s, t) computed by two one-sided searches, on hand-built
/// graphs with ties and a seeded random one. Lengths are sums of powers of two, so
/// equal lengths are exactly equal in floating point.
@Suite struct WeightedPathSamplerTests {
    /// Three shortest s–t paths of length 2 (s = 0, t = 5): 0–3–5, 0–2–5 and 0–1–2–5
    /// (0–1 and 1–2 weigh 2, length 1/2); interior frequencies 1: 1/3, 2: 2/3, 3: 1/3.
    static let ties = Graph(nodeCount: 6, edges: [
        (0, 1, 2), (1, 2, 2), (0, 2, 1), (2, 5, 1), (0, 3, 1), (3, 5, 1), (3, 4, 1), (4, 5, 4),
    ])

    /// A ladder of diamonds: 2 × 3 × 2 shortest paths between its ends, with weights 2 on
    /// one diamond (the whole diamond, so its two halves still tie) and a longer detour.
    static let ladder: Graph = {
        var edges: [(Int, Int, Double)] = [(0, 1, 1), (0, 2, 1), (1, 3, 1), (2, 3, 1)]
        edges += [(3, 4, 2), (3, 5, 2), (3, 6, 2), (4, 7, 2), (5, 7, 2), (6, 7, 2)]
        edges += [(7, 8, 1), (7, 9, 1), (8, 10, 1), (9, 10, 1), (0, 11, 1), (11, 12, 1), (12, 13, 1), (13, 10, 0.5)]
        return Graph(nodeCount: 14, edges: edges)
    }()

    /// A seeded random graph, weights in {1, 2, 4} (lengths 1, 1/2, 1/4: many exact ties),
    /// two components; each pair at most once (the graph would sum repeated weights).
    static let random: Graph = {
        var rng = SeededGenerator(seed: 29)
        var edges: [(Int, Int, Double)] = []
        var pairs = Set<Int>()
        func add(_ u: Int, _ v: Int, _ w: Double) {
            guard u != v, pairs.insert(min(u, v) * 100 + max(u, v)).inserted else { return }
            edges.append((u, v, w))
        }
        for u in 0..<40 {
            for _ in 0..<2 { add(u, rng.nextInt(below: 40), [1.0, 2, 4][rng.nextInt(below: 3)]) }
        }
        for u in 40..<50 { add(u, 40 + rng.nextInt(below: 10), 1) }
        return Graph(nodeCount: 50, edges: edges)
    }()

    /// Exact σ(s, t | v)/σ(s, t) for every v (0 at s and t), from Dijkstra searches from s
    /// and from t; nil when t is unreachable.
    static func pairDependencies(_ graph: Graph, _ s: Int, _ t: Int) -> [Double]? {
        let search = ShortestPathSearch(graph: graph)
        search.searchWeighted(from: s, in: graph, countingPaths: true)
        let ds = (0..<graph.nodeCount).map { search.distance[$0] }, sigmaS = (0..<graph.nodeCount).map { search.sigma[$0] }
        search.searchWeighted(from: t, in: graph, countingPaths: true)
        let dt = (0..<graph.nodeCount).map { search.distance[$0] }, sigmaT = (0..<graph.nodeCount).map { search.sigma[$0] }
        guard ds[t] < .infinity else { return nil }
        return (0..<graph.nodeCount).map { v in
            v != s && v != t && ds[v] + dt[v] == ds[t] ? sigmaS[v] * sigmaT[v] / sigmaS[t] : 0
        }
    }

    /// Draws `draws` paths from s to t and returns how often each node was interior.
    static func frequencies(_ graph: Graph, _ s: Int, _ t: Int, draws: Int, seed: UInt64) -> [Double] {
        let sampler = WeightedPathSampler(adjacency: WeightedPathSampler.Adjacency(graph: graph))
        var rng = SeededGenerator(seed: seed)
        var counts = [Int](repeating: 0, count: graph.nodeCount)
        for _ in 0..<draws { sampler.sample(from: s, to: t, rng: &rng, counts: &counts) }
        return counts.map { Double($0) / Double(draws) }
    }

    /// Frequencies within 5 standard deviations of the exact dependencies (and exactly 0
    /// or 1 where those are), in both directions of the pair.
    static func expectUniformPaths(_ graph: Graph, _ s: Int, _ t: Int, draws: Int = 3000, seed: UInt64 = 7) {
        let exact = pairDependencies(graph, s, t)
        for (a, b) in [(s, t), (t, s)] {
            let observed = frequencies(graph, a, b, draws: draws, seed: seed)
            guard let exact else {
                #expect(observed.allSatisfy { $0 == 0 }, "\(a)→\(b) is unreachable: nothing may be counted")
                continue
            }
            for v in 0..<graph.nodeCount {
                let p = exact[v]
                if p == 0 || p == 1 {
                    #expect(observed[v] == p, "\(a)→\(b), node \(v): \(observed[v]) instead of \(p)")
                } else {
                    let deviation = 5 * (p * (1 - p) / Double(draws)).squareRoot()
                    #expect(abs(observed[v] - p) <= deviation, "\(a)→\(b), node \(v): \(observed[v]) against \(p)")
                }
            }
        }
    }

    @Test func everyShortestPathOfAHandBuiltGraphWithTiesIsDrawnUniformly() {
        let exact = Self.pairDependencies(Self.ties, 0, 5)
        let third: Double = 1.0 / 3
        let twoThirds: Double = 2.0 / 3
        let expected: [Double] = [0, third, twoThirds, third, 0, 0]
        #expect(exact == expected)
        Self.expectUniformPaths(Self.ties, 0, 5)
        Self.expectUniformPaths(Self.ladder, 0, 10)
        Self.expectUniformPaths(Self.ladder, 1, 8)
        Self.expectUniformPaths(Self.ladder, 11, 4)
    }

    @Test func everyPairOfASeededRandomGraphDrawsItsShortestPathsUniformly() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<25 {
            let s = rng.nextInt(below: 50)
            var t = rng.nextInt(below: 49)
            if t >= s { t += 1 }
            Self.expectUniformPaths(Self.random, s, t, draws: 1500, seed: UInt64(s * 50 + t))
        }
    }

    /// Seeded random graphs with hubs (a few nodes tied to a third of the others) and
    /// weights in {1, 2, 4}, plus a small separate component.
    static func hubGraph(seed: UInt64, nodes: Int = 60) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        var pairs = Set<Int>()
        func add(_ u: Int, _ v: Int, _ w: Double) {
            guard u != v, pairs.insert(min(u, v) * 1000 + max(u, v)).inserted else { return }
            edges.append((u, v, w))
        }
        let weights: [Double] = [1, 1, 1, 2, 4]
        let main = nodes - 6
        for hub in 0..<3 {
            for _ in 0..<(main / 3) { add(hub, rng.nextInt(below: main), weights[rng.nextInt(below: weights.count)]) }
        }
        for u in 3..<main { add(u, rng.nextInt(below: main), weights[rng.nextInt(below: weights.count)]) }
        for u in main..<nodes { add(u, main + rng.nextInt(below: 6), weights[rng.nextInt(below: weights.count)]) }
        return Graph(nodeCount: nodes, edges: edges)
    }

    /// The search and its cut edges find d(s, t) and σ(s, t) exactly, for every ordered
    /// pair of several graphs with hubs and ties (lengths are sums of powers of two, so
    /// equal lengths are exactly equal): what the draw is proportional to.
    @Test func everyPairGetsTheExactShortestLengthAndPathCount() {
        for seed: UInt64 in 1...8 {
            let graph = Self.hubGraph(seed: seed, nodes: seed.isMultiple(of: 2) ? 60 : 120)
            Self.expectExactPaths(in: graph, from: 0..<graph.nodeCount, label: "graph \(seed), ")
        }
    }

    /// Expects the sampler's d(s, t) and σ(s, t) to be those of a one-sided search, for every
    /// source of `sources` and every other node t (nil when t is unreachable), with the
    /// sampler's own queue (buckets when the lengths allow them) and with the heaps.
    /// Returns the largest d(s, t) found.
    @discardableResult
    static func expectExactPaths(in graph: Graph, from sources: some Sequence<Int>, label: String) -> Double {
        let adjacency = WeightedPathSampler.Adjacency(graph: graph)
        let samplers = [WeightedPathSampler(adjacency: adjacency), WeightedPathSampler(adjacency: adjacency, allowBuckets: false)]
        #expect(samplers[0].usesBuckets == (adjacency.bucketWidth != nil))
        #expect(!samplers[1].usesBuckets)
        let search = ShortestPathSearch(graph: graph)
        var longest = 0.0
        for s in sources {
            search.searchWeighted(from: s, in: graph, countingPaths: true)
            for t in 0..<graph.nodeCount where t != s {
                for sampler in samplers {
                    let queue = sampler.usesBuckets ? "buckets" : "heaps"
                    let found = sampler.shortestPaths(from: s, to: t)
                    if search.distance[t] == .infinity {
                        #expect(found == nil, "\(label)\(s)→\(t), \(queue): unreachable")
                    } else {
                        #expect(found?.length == search.distance[t], "\(label)\(s)→\(t), \(queue): length")
                        #expect(found?.count == search.sigma[t], "\(label)\(s)→\(t), \(queue): path count")
                        longest = max(longest, search.distance[t])
                    }
                }
            }
        }
        return longest
    }

    /// A seeded ring of `nodes` nodes with `chords` random chords, each tie's weight drawn
    /// from `weights` (each pair at most once).
    static func ringGraph(seed: UInt64, nodes: Int, chords: Int, weights: [Double]) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        var pairs = Set<Int>()
        func add(_ u: Int, _ v: Int) {
            guard u != v, pairs.insert(min(u, v) * 10_000 + max(u, v)).inserted else { return }
            edges.append((u, v, weights[rng.nextInt(below: weights.count)]))
        }
        for u in 0..<nodes { add(u, (u + 1) % nodes) }
        for _ in 0..<chords { add(rng.nextInt(below: nodes), rng.nextInt(below: nodes)) }
        return Graph(nodeCount: nodes, edges: edges)
    }

    /// Lengths 1/8 to 8 (ℓ_max/ℓ_min = 64: 128 buckets of width just below 1/8, spanning
    /// 16) on long rings, so that the searches go round the circular array;
    /// every length is a multiple of ℓ_min, so every distance sits just above a bucket's
    /// floor and nodes one ℓ_min apart in adjacent buckets, and lengths 3/8 and 3/2 put
    /// different distances in one bucket: d(s, t) and σ(s, t) stay exact.
    @Test func bucketsGoingRoundTheirCircularArrayKeepTheExactShortestLengthAndPathCount() {
        let weights: [Double] = [8, 4, 8.0 / 3, 2, 1, 2.0 / 3, 0.5, 0.25, 0.125]
        for seed: UInt64 in 1...3 {
            let graph = Self.ringGraph(seed: seed, nodes: 160, chords: 30, weights: weights)
            let adjacency = WeightedPathSampler.Adjacency(graph: graph)
            #expect(adjacency.shortestLength == 0.125 && adjacency.longestLength == 8)
            #expect(WeightedPathSampler(adjacency: adjacency).usesBuckets)
            let longest = Self.expectExactPaths(in: graph, from: stride(from: 0, to: 160, by: 7), label: "ring \(seed), ")
            #expect(longest > 16, "the searches must span more than the circular array")
        }
    }

    /// A length ratio of 8192 would need more than 4093 buckets: the sampler keeps its heaps,
    /// and d(s, t) and σ(s, t) stay exact.
    @Test func aLengthRatioBeyondTheBucketsKeepsTheHeaps() {
        let graph = Self.ringGraph(seed: 5, nodes: 80, chords: 40, weights: [1, 2, 4, 8192])
        let adjacency = WeightedPathSampler.Adjacency(graph: graph)
        #expect(adjacency.longestLength / adjacency.shortestLength == 8192)
        #expect(adjacency.bucketWidth == nil)
        #expect(!WeightedPathSampler(adjacency: adjacency).usesBuckets)
        Self.expectExactPaths(in: graph, from: 0..<80, label: "")
    }

    /// Hubs of a hundred ties fill the heaps with a few hundred entries (four or five levels of
    /// the 4-ary heap, decreases deep in it): d(s, t) and σ(s, t) stay exact.
    @Test func largeHeapsKeepTheExactShortestLengthAndPathCount() {
        let graph = Self.hubGraph(seed: 9, nodes: 330)
        #expect((0..<3).allSatisfy { graph.degree($0) >= 90 })
        Self.expectExactPaths(in: graph, from: stride(from: 0, to: graph.nodeCount, by: 11), label: "")
    }

    /// The shape of a `count` projection: seeded cooperations (cliques of 2 to 8 members,
    /// two of 40) among 200 actors, a tie weighing the number of cooperations the pair
    /// shares, rounded down to 1, 2 or 4 (lengths 1, 1/2, 1/4: exact ties). Most ties
    /// weigh 1, so searches end on wide last layers, where the label pruning and the
    /// cut-edge bound (d + ℓ + top_b ≤ μ) act: d(s, t) and σ(s, t) stay exact.
    @Test func cooperationCliquesKeepTheExactShortestLengthAndPathCount() {
        var rng = SeededGenerator(seed: 41)
        var shared: [Int: Int] = [:]
        for k in 0..<90 {
            let size = k < 2 ? 40 : 2 + rng.nextInt(below: 7)
            var members = Set<Int>()
            while members.count < size { members.insert(rng.nextInt(below: 200)) }
            let sorted = members.sorted()
            for (i, u) in sorted.enumerated() {
                for v in sorted[(i + 1)...] { shared[u * 1000 + v, default: 0] += 1 }
            }
        }
        let edges = shared.keys.sorted().map { key -> (Int, Int, Double) in
            let count = shared[key] ?? 1
            return (key / 1000, key % 1000, count >= 4 ? 4 : count >= 2 ? 2 : 1)
        }
        let graph = Graph(nodeCount: 200, edges: edges)
        #expect(edges.filter { $0.2 == 1 }.count > edges.count / 2)
        Self.expectExactPaths(in: graph, from: stride(from: 0, to: 200, by: 3), label: "")
    }

    @Test func pathsThroughHubsAreDrawnUniformly() {
        let graph = Self.hubGraph(seed: 2)
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<15 {
            let s = rng.nextInt(below: 60)
            var t = rng.nextInt(below: 59)
            if t >= s { t += 1 }
            Self.expectUniformPaths(graph, s, t, draws: 1500, seed: UInt64(s * 60 + t))
        }
    }

    @Test func theSameSeedDrawsTheSamePaths() {
        let a = Self.frequencies(Self.ladder, 0, 10, draws: 200, seed: 5)
        let b = Self.frequencies(Self.ladder, 0, 10, draws: 200, seed: 5)
        let c = Self.frequencies(Self.ladder, 0, 10, draws: 200, seed: 6)
        #expect(a == b)
        #expect(a != c)
    }
}
