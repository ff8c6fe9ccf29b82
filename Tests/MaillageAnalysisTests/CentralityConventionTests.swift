import Testing
import MaillageAnalysis
import MaillageSupport

/// Hand-checked values on tiny graphs (each also checked against NetworkX 3.6.1), so
/// that Maillage's conventions are tested explicitly: isolated nodes, undefined
/// structural-hole measures, eigenvector centrality on disconnected and bipartite graphs.
@Suite struct CentralityConventionTests {
    static func unweighted(_ n: Int, _ pairs: [(Int, Int)]) -> Graph {
        Graph(nodeCount: n, edges: pairs.map { ($0, $1, 1) })
    }

    static func expectClose(_ got: [Double], _ expected: [Double], _ what: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(got.count == expected.count, "\(what): \(got.count) values", sourceLocation: sourceLocation)
        for (i, (a, b)) in zip(got, expected).enumerated() {
            let same = a.isNaN ? b.isNaN : abs(a - b) <= max(1e-9 * abs(b), 1e-12)
            #expect(same, "\(what)[\(i)]: got \(a), expected \(b)", sourceLocation: sourceLocation)
        }
    }

    /// Clustering, effective size and constraint, computed from each triangle met once,
    /// equal their definitions node by node (every pair of neighbours looked at) on graphs
    /// made of overlapping cliques, as cooperations' member lists make them, with hubs in
    /// several cliques and a few isolated nodes.
    @Test func triangleMeasuresEqualTheirDefinitionsOnOverlappingCliques() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            let n = 40
            var pairs: Set<[Int]> = []
            for _ in 0..<6 {
                let size = Int.random(in: 2...9, using: &rng)
                let members = Array((0..<(n - 3)).shuffled(using: &rng).prefix(size)) + (Bool.random(using: &rng) ? [0] : [])
                for a in members { for b in members where a < b { pairs.insert([a, b]) } }
            }
            let g = Self.unweighted(n, pairs.map { ($0[0], $0[1]) })
            let neighbours = (0..<n).map { v in Set((g.offsets[v]..<g.offsets[v + 1]).map { Int(g.targets[$0]) }) }
            var clustering: [Double] = [], effective: [Double] = [], constraint: [Double] = []
            for u in 0..<n {
                let d = Double(neighbours[u].count)
                let closed = neighbours[u].reduce(0) { $0 + neighbours[$1].intersection(neighbours[u]).count } / 2
                clustering.append(d < 2 || closed == 0 ? 0 : 2 * Double(closed) / (d * (d - 1)))
                effective.append(d == 0 ? .nan : d - 2 * Double(closed) / d)
                constraint.append(d == 0 ? .nan : neighbours[u].reduce(0.0) { sum, v in
                    let local = 1 / d + neighbours[u].intersection(neighbours[v]).reduce(0.0) { $0 + 1 / d / Double(neighbours[$1].count) }
                    return sum + local * local
                })
            }
            Self.expectClose(clusteringCoefficient(of: g), clustering, "clustering")
            Self.expectClose(effectiveSize(of: g), effective, "effective size")
            Self.expectClose(burtConstraint(of: g), constraint, "constraint")
        }
    }

    @Test func pathOfThreeNodes() {
        let g = Self.unweighted(3, [(0, 1), (1, 2)])
        Self.expectClose(nodeDegrees(of: g), [1, 2, 1], "degree")
        Self.expectClose(betweennessCentrality(of: g), [0, 1, 0], "betweenness")
        Self.expectClose(betweennessCentrality(of: g, normalized: false), [0, 1, 0], "raw betweenness")
        Self.expectClose(closenessCentrality(of: g), [2.0 / 3, 1, 2.0 / 3], "closeness")
        Self.expectClose(harmonicCentrality(of: g), [1.5, 2, 1.5], "harmonic")
        Self.expectClose(burtConstraint(of: g), [1, 0.5, 1], "constraint")
        Self.expectClose(effectiveSize(of: g), [1, 2, 1], "effective size")
        Self.expectClose(clusteringCoefficient(of: g), [0, 0, 0], "clustering")
        Self.expectClose(eigenvectorCentrality(of: g), [0.5, (0.5).squareRoot(), 0.5], "eigenvector")
        Self.expectClose(pageRank(of: g), [0.2567567567564252, 0.4864864864871495, 0.2567567567564252], "pagerank")
    }

    @Test func starWithThreeLeaves() {
        let g = Self.unweighted(4, [(0, 1), (0, 2), (0, 3)])
        Self.expectClose(betweennessCentrality(of: g), [1, 0, 0, 0], "betweenness")
        Self.expectClose(closenessCentrality(of: g), [1, 0.6, 0.6, 0.6], "closeness")
        Self.expectClose(burtConstraint(of: g), [1.0 / 3, 1, 1, 1], "constraint")
        Self.expectClose(effectiveSize(of: g), [3, 1, 1, 1], "effective size")
        // A star is bipartite: plain power iteration would oscillate.
        let leaf = 1 / (6.0).squareRoot()
        Self.expectClose(eigenvectorCentrality(of: g), [(0.5).squareRoot(), leaf, leaf, leaf], "eigenvector")
        Self.expectClose(pageRank(of: g), [0.47972972972888417, 0.17342342342370518, 0.17342342342370518,
                                           0.17342342342370518], "pagerank")
    }

    @Test func triangleWithPendant() {
        let g = Self.unweighted(4, [(0, 1), (1, 2), (0, 2), (2, 3)])
        Self.expectClose(clusteringCoefficient(of: g), [1, 1, 1.0 / 3, 0], "clustering")
        Self.expectClose(coreNumber(of: g).map(Double.init), [2, 2, 2, 1], "core")
        Self.expectClose(burtConstraint(of: g), [1.0069444444444444, 1.0069444444444444, 0.6111111111111112, 1],
                         "constraint")
        Self.expectClose(effectiveSize(of: g), [1, 1, 2.3333333333333335, 1], "effective size")
        Self.expectClose(betweennessCentrality(of: g), [0, 0, 2.0 / 3, 0], "betweenness")
        Self.expectClose(closenessCentrality(of: g), [0.75, 0.75, 1, 0.6], "closeness")
        Self.expectClose(eigenvectorCentrality(of: g), [0.5227207256439816, 0.5227207256439813, 0.6116284573553772,
                                                        0.2818451988548684], "eigenvector")
    }

    /// A triangle, a separate edge and an isolated node (5).
    @Test func twoComponentsAndAnIsolatedNode() {
        let g = Self.unweighted(6, [(0, 1), (1, 2), (0, 2), (3, 4)])
        // Wasserman–Faust: (r − 1)/D · (r − 1)/(n − 1); the isolated node gets 0.
        Self.expectClose(closenessCentrality(of: g), [0.4, 0.4, 0.4, 0.2, 0.2, 0], "closeness")
        Self.expectClose(closenessCentrality(of: g, weighted: true), [0.4, 0.4, 0.4, 0.2, 0.2, 0], "weighted closeness")
        Self.expectClose(harmonicCentrality(of: g), [2, 2, 2, 1, 1, 0], "harmonic")
        Self.expectClose(betweennessCentrality(of: g), [0, 0, 0, 0, 0, 0], "betweenness")
        // Structural holes are undefined without contacts.
        Self.expectClose(burtConstraint(of: g), [1.125, 1.125, 1.125, 1, 1, .nan], "constraint")
        Self.expectClose(effectiveSize(of: g), [1, 1, 1, 1, 1, .nan], "effective size")
        Self.expectClose(coreNumber(of: g).map(Double.init), [2, 2, 2, 1, 1, 0], "core")
        // Per-component Perron vectors scaled by √(n_c / n): (1/√3)·√(3/6) and (1/√2)·√(2/6).
        let share = 1 / (6.0).squareRoot()
        let eigenvector = eigenvectorCentrality(of: g)
        Self.expectClose(eigenvector, [share, share, share, share, share, 0], "eigenvector")
        // Squared norm: the share of nodes outside isolated ones.
        #expect(abs(eigenvector.reduce(0) { $0 + $1 * $1 } - 5.0 / 6) < 1e-12)
        // The isolated node is dangling: its score is spread uniformly.
        let rank = pageRank(of: g)
        Self.expectClose(rank, [0.19417475728151729, 0.19417475728151729, 0.19417475728151729, 0.19417475728151729,
                                0.19417475728151729, 0.029126213592413387], "pagerank")
        #expect(abs(rank.reduce(0, +) - 1) < 1e-12)
    }

    @Test func eigenvectorOfABipartitePathAndOfAWeightedComponent() {
        // Path 0-1-2-3: x_k ∝ sin(kπ/5).
        let path = Self.unweighted(4, [(0, 1), (1, 2), (2, 3)])
        Self.expectClose(eigenvectorCentrality(of: path), [0.3717480344601848, 0.6015009550075456, 0.6015009550075454,
                                                           0.37174803446018445], "path eigenvector")
        // Weights are strengths for eigenvector centrality.
        let square = Graph(nodeCount: 4, edges: [(0, 1, 2), (1, 2, 2), (2, 3, 1), (3, 0, 1)])
        Self.expectClose(eigenvectorCentrality(of: square), [0.5, 0.6324555320336759, 0.5, 0.31622776601683794],
                         "weighted square eigenvector")
        // A lone edge, whatever its weight, and a graph without edges.
        Self.expectClose(eigenvectorCentrality(of: Graph(nodeCount: 2, edges: [(0, 1, 7)])),
                         [(0.5).squareRoot(), (0.5).squareRoot()], "edge eigenvector")
        Self.expectClose(eigenvectorCentrality(of: Graph(nodeCount: 3, edges: [])), [0, 0, 0], "edgeless eigenvector")
    }

    /// Square 0-1-2-3-0 with strong ties 0–1 and 1–2 (weight 2, length 1/2).
    @Test func weightedShortestPathsUseInverseWeightsAndCountTies() {
        let g = Graph(nodeCount: 4, edges: [(0, 1, 2), (1, 2, 2), (2, 3, 1), (3, 0, 1)])
        Self.expectClose(betweennessCentrality(of: g), [1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6], "betweenness")
        // 0→2 goes through 1 (length 1 < 2); 1→3 has two paths of length 1.5 (through 0 and 2).
        Self.expectClose(betweennessCentrality(of: g, weighted: true), [1.0 / 6, 1.0 / 3, 1.0 / 6, 0],
                         "weighted betweenness")
        Self.expectClose(harmonicCentrality(of: g, weighted: true), [4, 4.666666666666667, 4, 2.6666666666666665],
                         "weighted harmonic")
        Self.expectClose(pageRank(of: g), [0.25, 0.3208333333333333, 0.25, 0.17916666666666667], "pagerank")
        Self.expectClose(nodeStrengths(of: g), [3, 4, 3, 2], "strength")
    }

    /// Actors 0, 1, 2 (2 in no cooperation); cooperations 3, 4, 5 (5 has no member);
    /// memberships 0–3, 1–3, 1–4.
    @Test func bipartiteNormalisations() {
        let g = Self.unweighted(6, [(0, 3), (1, 3), (1, 4)])
        Self.expectClose(bipartiteDegreeCentrality(of: g, topCount: 3), [1.0 / 3, 2.0 / 3, 0, 2.0 / 3, 1.0 / 3, 0],
                         "bipartite degree")
        Self.expectClose(bipartiteBetweennessCentrality(of: g, topCount: 3), [0, 0.25, 0, 0.25, 0, 0],
                         "bipartite betweenness")
        // Whole-set sizes in the numerator, so values above 1 on a disconnected network, as NetworkX.
        Self.expectClose(bipartiteClosenessCentrality(of: g, topCount: 3),
                         [0.7000000000000001, 1.05, 0, 1.05, 0.7000000000000001, 0], "bipartite closeness")
        // Connected: path 0-2-1-3 with actors 0, 1.
        let path = Self.unweighted(4, [(0, 2), (1, 2), (1, 3)])
        Self.expectClose(bipartiteDegreeCentrality(of: path, topCount: 2), [0.5, 1, 1, 0.5], "degree")
        Self.expectClose(bipartiteBetweennessCentrality(of: path, topCount: 2), [0, 1, 1, 0], "betweenness")
        Self.expectClose(bipartiteClosenessCentrality(of: path, topCount: 2), [2.0 / 3, 1, 1, 2.0 / 3], "closeness")
    }

    @Test func entryPointComputesEachRequestedMeasureOnce() {
        let g = Self.unweighted(4, [(0, 1), (1, 2), (0, 2), (2, 3)])
        let results = computeCentralities([.core, .degree, .core], on: g, options: CentralityOptions(workers: 1))
        #expect(Set(results.keys) == [.core, .degree])
        #expect(results[.core] == [2, 2, 2, 1])
        #expect(CentralityMeasure(rawValue: "effective_size") == .effectiveSize)
        let bipartite = computeBipartiteCentralities([.pagerank, .degree], on: g, topCount: 2)
        #expect(Set(bipartite.keys) == [.degree])
    }
}
