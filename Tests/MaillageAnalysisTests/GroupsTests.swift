import Testing
import MaillageAnalysis
import MaillageSupport

@Suite struct GroupsTests {
    typealias F = StructureFixtures

    /// Groups A = 0 {0, 1, 2}, B = 1 {3, 4}, C = 2 {5}, D = 3 (empty), E = 4 {7, 8};
    /// node 6 unknown.
    /// Ties: triangle 0–1–2 (A), 3–4 (B), 7–8 (E), 2–3 (A–B), 0–5 (A–C), 3–5 and 4–5
    /// (B–C), 4–6 (B–?), 5–6 (C–?).
    static let groups = [0, 0, 0, 1, 1, 2, -1, 4, 4]
    static let graph = F.graph(9, [(0, 1), (1, 2), (0, 2), (3, 4), (7, 8), (2, 3), (0, 5), (3, 5), (4, 5),
                                   (4, 6), (5, 6)])

    /// Hand-worked figures:
    ///
    ///     group  members  I  E  E→?  E-I                 density        components
    ///     A      3        3  2  0    (2−3)/5 = −0.2      3/C(3,2) = 1   1
    ///     B      2        1  4  1    (4−1)/5 = 0.6       1/1 = 1        1
    ///     C      1        0  4  1    (4−0)/4 = 1         nil            1
    ///     D      0        0  0  0    nil                 nil            0
    ///     E      2        1  0  0    (0−1)/1 = −1        1              1
    ///
    /// Whole graph: I = 3 + 1 + 1 = 5, E = 2–3, 0–5, 3–5, 4–5 = 4 → (4 − 5)/9 = −1/9;
    /// 2 ties touch the unknown node.
    @Test func handWorkedFigures() throws {
        let s = GroupStructure(Self.graph, groups: Self.groups, groupCount: 5)
        #expect(s.groups.count == 5)
        #expect(s.groups[0] == GroupFigures(members: 3, internalTies: 3, externalTies: 2, tiesToUnknown: 0, componentCount: 1))
        #expect(s.groups[1] == GroupFigures(members: 2, internalTies: 1, externalTies: 4, tiesToUnknown: 1, componentCount: 1))
        #expect(s.groups[2] == GroupFigures(members: 1, internalTies: 0, externalTies: 4, tiesToUnknown: 1, componentCount: 1))
        #expect(s.groups[3] == GroupFigures())
        #expect(s.groups[4] == GroupFigures(members: 2, internalTies: 1, externalTies: 0, tiesToUnknown: 0, componentCount: 1))

        #expect(try abs(#require(s.groups[0].eiIndex) - (-0.2)) < 1e-15)
        #expect(try abs(#require(s.groups[1].eiIndex) - 0.6) < 1e-15)
        #expect(s.groups[2].eiIndex == 1)
        #expect(s.groups[3].eiIndex == nil)
        #expect(s.groups[4].eiIndex == -1)
        // leaving out ties to the unknown node: B (3 − 1)/4 = 0.5, C (3 − 0)/3 = 1
        #expect(s.groups[1].eiIndexAmongKnown == 0.5)
        #expect(s.groups[2].eiIndexAmongKnown == 1)

        #expect(s.groups[0].density == 1)
        #expect(s.groups[1].density == 1)
        #expect(s.groups[2].density == nil)
        #expect(s.groups[3].density == nil)
        #expect(s.groups[4].density == 1)

        #expect(s.unknownNodes == 1)
        #expect(s.withinGroupTies == 5)
        #expect(s.betweenGroupTies == 4)
        #expect(s.tiesWithUnknown == 2)
        #expect(try abs(#require(s.eiIndex) - (-1.0 / 9)) < 1e-15)
    }

    /// The doc example: triangle {0, 1, 2} in group 0, node 3 in group 1 tied to 2.
    /// Group 0: I = 3, E = 1 → −0.5; group 1: I = 0, E = 1 → 1; whole: (1 − 3)/4 = −0.5.
    @Test func triangleWithOneOutsider() {
        let s = GroupStructure(F.graph(4, [(0, 1), (1, 2), (0, 2), (2, 3)]), groups: [0, 0, 0, 1])
        #expect(s.groups[0].eiIndex == -0.5)
        #expect(s.groups[1].eiIndex == 1)
        #expect(s.eiIndex == -0.5)
        #expect(eiIndex(external: 3, internal: 1) == 0.5)
        #expect(eiIndex(external: 2, internal: 2) == 0)
        #expect(eiIndex(external: 0, internal: 0) == nil)
    }

    /// A graph with no tie between known nodes has no whole-graph E-I index.
    @Test func noTieGivesNoIndex() {
        let s = GroupStructure(F.graph(3, [(0, 1)]), groups: [0, -1, 1])
        #expect(s.eiIndex == nil)
        #expect(s.groups[1].eiIndex == nil)
        #expect(s.groups[0].eiIndex == 1)  // its one tie goes to an unknown node
        #expect(s.groups[0].eiIndexAmongKnown == nil)
    }

    /// Path 0 – 1 – 2 – 3 – 4 with groups 0 1 0 0 1: group 0 = {0, 2, 3} induces the tie
    /// 2–3 only → 2 components, density 1/3; group 1 = {1, 4} → 2 components, density 0.
    @Test func componentsInsideGroups() throws {
        let g = F.path(5)
        let groups = [0, 1, 0, 0, 1]
        #expect(componentCountsWithinGroups(g, groups: groups) == [2, 2])
        let s = GroupStructure(g, groups: groups)
        #expect(s.groups.map(\.componentCount) == [2, 2])
        #expect(try abs(#require(s.groups[0].density) - 1.0 / 3) < 1e-15)
        #expect(s.groups[1].density == 0)
        #expect(s.groups[0].eiIndex == (3.0 - 1) / 4)  // E: 0–1, 1–2, 3–4; I: 2–3
    }

    /// Group-to-group graph of the hand-worked example: A–B 1, A–C 1, B–C 2; D, E isolated.
    @Test func groupGraphCountsCrossTies() {
        let q = groupGraph(of: Self.graph, groups: Self.groups, groupCount: 5)
        #expect(q.nodeCount == 5)
        #expect(q.checkInvariants() == nil)
        #expect(q.edges.map { [$0.u, $0.v] } == [[0, 1], [0, 2], [1, 2]])
        #expect(q.edges.map(\.weight) == [1, 1, 2])
        #expect(q.degree(3) == 0 && q.degree(4) == 0)
    }

    /// Figures against brute force on random graphs: ties classified one by one, and
    /// components of each group's induced subgraph by BFS on a rebuilt graph.
    @Test(arguments: [UInt64(41), 42, 43])
    func agreesWithBruteForce(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for trial in 0..<15 {
            let n = Int.random(in: 1...40, using: &rng)
            let g = F.random(nodes: n, edgeProbability: Double.random(in: 0.02...0.3, using: &rng), rng: &rng)
            let groupCount = Int.random(in: 1...5, using: &rng)
            let groups = (0..<n).map { _ in Int.random(in: -1..<groupCount, using: &rng) }
            let s = GroupStructure(g, groups: groups, groupCount: groupCount)
            let q = groupGraph(of: g, groups: groups, groupCount: groupCount)
            for group in 0..<groupCount {
                let members = (0..<n).filter { groups[$0] == group }
                let inside = g.edges.filter { groups[$0.u] == group && groups[$0.v] == group }
                let outside = g.edges.filter { (groups[$0.u] == group) != (groups[$0.v] == group) }
                let figures = s.groups[group]
                #expect(figures.members == members.count, "seed \(seed) trial \(trial)")
                #expect(figures.internalTies == inside.count)
                #expect(figures.externalTies == outside.count)
                #expect(figures.tiesToUnknown == outside.filter { groups[$0.u] < 0 || groups[$0.v] < 0 }.count)
                // induced subgraph, relabelled
                var local = [Int](repeating: -1, count: n)
                for (i, v) in members.enumerated() { local[v] = i }
                let induced = F.graph(members.count, inside.map { (local[$0.u], local[$0.v]) })
                #expect(figures.componentCount == ConnectedComponents(induced).count)
                for other in (group + 1)..<groupCount {
                    let cross = g.edges.filter {
                        (groups[$0.u] == group && groups[$0.v] == other) || (groups[$0.u] == other && groups[$0.v] == group)
                    }.count
                    #expect((q.weight(group, other) ?? 0) == Double(cross))
                }
            }
            let known = g.edges.filter { groups[$0.u] >= 0 && groups[$0.v] >= 0 }
            #expect(s.withinGroupTies == known.filter { groups[$0.u] == groups[$0.v] }.count)
            #expect(s.betweenGroupTies == known.filter { groups[$0.u] != groups[$0.v] }.count)
            #expect(s.tiesWithUnknown == g.edgeCount - known.count)
        }
    }
}
