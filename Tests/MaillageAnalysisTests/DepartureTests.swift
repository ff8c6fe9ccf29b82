import Testing
import MaillageAnalysis
import MaillageSupport

@Suite struct DepartureTests {
    typealias F = StructureFixtures
    typealias Pair = DepartureImpact.GroupPair

    // Path 0 – 1 – 2 – 3 – 4: removing k leaves pieces of k and 4 − k nodes, so
    // C(4, 2) − C(k, 2) − C(4 − k, 2) = k(4 − k) pairs are cut.
    @Test func path() {
        let d = DepartureCounts(F.path(5))
        #expect(d.disconnectedPairs == [0, 3, 4, 3, 0])
        #expect(d.pieces == [1, 2, 2, 2, 1])
        #expect(d.componentSize == [5, 5, 5, 5, 5])
        let middle = DepartureImpact(of: 2, in: F.path(5))
        #expect(middle.pieces == [[0, 1], [3, 4]])
        #expect(middle.disconnectedPairs == 4)
        #expect(middle.isArticulationPoint)
    }

    // Star, centre 0 and 4 leaves: the centre leaves 4 single pieces, C(4, 2) = 6 pairs cut.
    @Test func star() {
        let d = DepartureCounts(F.star(leaves: 4))
        #expect(d.disconnectedPairs == [6, 0, 0, 0, 0])
        #expect(d.pieces == [4, 1, 1, 1, 1])
        #expect(DepartureImpact(of: 0, in: F.star(leaves: 4)).pieces == [[1], [2], [3], [4]])
        let leaf = DepartureImpact(of: 3, in: F.star(leaves: 4))
        #expect(leaf.pieces == [[0, 1, 2, 4]])
        #expect(leaf.disconnectedPairs == 0)
        #expect(!leaf.isArticulationPoint)
    }

    // Triangles {0,1,2} and {3,4,5} joined through 6 (s = 7, C(6, 2) = 15):
    // 6 → pieces 3 + 3: 15 − 3 − 3 = 9; 2 → pieces {0,1} + {3,4,5,6}: 15 − 1 − 6 = 8; same for 3.
    @Test func twoTrianglesJoinedThroughANode() {
        let g = F.twoTrianglesJoined
        let d = DepartureCounts(g)
        #expect(d.disconnectedPairs == [0, 0, 8, 8, 0, 0, 9])
        #expect(d.pieces == [1, 1, 2, 2, 1, 1, 2])
        #expect(DepartureImpact(of: 6, in: g).pieces == [[0, 1, 2], [3, 4, 5]])
        #expect(DepartureImpact(of: 2, in: g).pieces == [[0, 1], [3, 4, 5, 6]])
    }

    // Barbell K4 {0..3} – 4 – 5 – K4 {6..9} (s = 10, C(9, 2) = 36):
    // 3 → 3 + 6: 36 − 3 − 15 = 18; 4 → 4 + 5: 36 − 6 − 10 = 20; 5 and 6 by symmetry.
    @Test func barbell() {
        let d = DepartureCounts(F.barbell)
        #expect(d.disconnectedPairs == [0, 0, 0, 18, 20, 20, 18, 0, 0, 0])
        #expect(d.pieces == [1, 1, 1, 2, 2, 2, 2, 1, 1, 1])
        #expect((0..<10).filter(d.isArticulationPoint) == articulationPoints(of: F.barbell))
    }

    // Isolated node: no piece, nothing cut; other components untouched.
    @Test func isolatedNodeAndSeveralComponents() {
        let g = F.graph(6, [(0, 1), (1, 2), (4, 5)])
        let d = DepartureCounts(g)
        #expect(d.pieces == [1, 2, 1, 0, 1, 1])
        #expect(d.disconnectedPairs == [0, 1, 0, 0, 0, 0])
        #expect(d.componentSize == [3, 3, 3, 1, 2, 2])
        let lonely = DepartureImpact(of: 3, in: g, groups: [0, 0, 1, 2, 1, 2])
        #expect(lonely.pieces.isEmpty)
        #expect(lonely.componentSize == 1)
        #expect(lonely.disconnectedPairs == 0)
        #expect(lonely.cutGroupPairs.isEmpty)
    }

    // Groups A = {0,1,2}, B = {3,4,5}, C = {6} on the two joined triangles.
    // Without 6: A and B no longer meet, and C has no member left.
    @Test func groupPairsCutByTheBridgeNode() {
        let g = F.twoTrianglesJoined
        let groups = [0, 0, 0, 1, 1, 1, 2]
        #expect(DepartureImpact(of: 6, in: g, groups: groups).cutGroupPairs == [Pair(0, 1), Pair(0, 2), Pair(1, 2)])
        // Without 2: {0, 1} (A) is cut from {3, 4, 5, 6} (B, C); B and C still meet.
        #expect(DepartureImpact(of: 2, in: g, groups: groups).cutGroupPairs == [Pair(0, 1), Pair(0, 2)])
        // Without 0: A keeps 1 and 2, all still together.
        #expect(DepartureImpact(of: 0, in: g, groups: groups).cutGroupPairs.isEmpty)
        // Without the impact's groups, no pair is reported.
        #expect(DepartureImpact(of: 6, in: g).cutGroupPairs.isEmpty)
    }

    // A pair that still meets in another component is not cut.
    @Test func groupPairsStillMeetingElsewhereAreNotCut() {
        var edges: [(Int, Int)] = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 6), (6, 3)]
        edges.append((7, 8))  // A – C elsewhere
        let g = F.graph(10, edges)
        let groups = [0, 0, 0, 1, 1, 1, 2, 0, 2, 1]  // node 9 (B) is isolated: meets no one
        #expect(DepartureImpact(of: 6, in: g, groups: groups).cutGroupPairs == [Pair(0, 1), Pair(1, 2)])
        #expect(DepartureImpact(of: 2, in: g, groups: groups).cutGroupPairs == [Pair(0, 1)])
    }

    // The departing node's own membership does not count after removal: a leaf that is its
    // group's only member cuts its group from every other one; unknown groups are ignored.
    @Test func soleMemberLeafAndUnknownGroups() {
        let g = F.star(leaves: 5)
        let groups = [0, 1, 1, 2, 3, -1]
        #expect(DepartureImpact(of: 4, in: g, groups: groups).cutGroupPairs == [Pair(0, 3), Pair(1, 3), Pair(2, 3)])
        #expect(DepartureImpact(of: 1, in: g, groups: groups).cutGroupPairs.isEmpty)
        #expect(DepartureImpact(of: 5, in: g, groups: groups).cutGroupPairs.isEmpty)
        // centre (group 0) leaves: 1, 2, 3 no longer meet each other, and 0 is gone
        #expect(DepartureImpact(of: 0, in: g, groups: groups).cutGroupPairs
                == [Pair(0, 1), Pair(0, 2), Pair(0, 3), Pair(1, 2), Pair(1, 3), Pair(2, 3)])
    }

    /// The O(n + m) counts against removal + BFS, and the detailed impact (pieces and cut
    /// group pairs) against brute-force group connectivity, on random graphs.
    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16])
    func agreesWithBruteForceRemoval(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var cutPairsSeen = 0, splitsSeen = 0
        for trial in 0..<20 {
            let n = Int.random(in: 1...35, using: &rng)
            let p = Double.random(in: 0.5...2.5, using: &rng) / Double(n)
            let g = F.random(nodes: n, edgeProbability: p, rng: &rng)
            let groupCount = Int.random(in: 1...5, using: &rng)
            let groups = (0..<n).map { _ in Int.random(in: -1..<groupCount, using: &rng) }
            let d = DepartureCounts(g)
            let before = F.componentLabels(g)
            let pairsBefore = F.connectedPairs(before)
            for v in 0..<n {
                let after = F.componentLabels(g, removed: [v])
                let s = before.filter { $0 == before[v] }.count
                let expectedPairs = pairsBefore - (s - 1) - F.connectedPairs(after)
                let expectedPieces = Set((0..<n).filter { before[$0] == before[v] && $0 != v }.map { after[$0] }).count
                #expect(d.disconnectedPairs(v) == expectedPairs, "seed \(seed) trial \(trial) node \(v)")
                #expect(d.pieces(v) == expectedPieces, "seed \(seed) trial \(trial) node \(v)")

                let impact = DepartureImpact(of: v, in: g, groups: groups, groupCount: groupCount)
                #expect(impact.disconnectedPairs == expectedPairs)
                #expect(impact.pieces.count == expectedPieces)
                #expect(impact.pieces.allSatisfy { piece in piece.allSatisfy { after[$0] == after[piece[0]] } })

                let meetBefore = meetingPairs(labels: before, groups: groups)
                let meetAfter = meetingPairs(labels: after, groups: groups)
                let expectedCut = meetBefore.subtracting(meetAfter).sorted()
                #expect(impact.cutGroupPairs == expectedCut, "seed \(seed) trial \(trial) node \(v)")
                cutPairsSeen += expectedCut.count
                if expectedPieces >= 2 { splitsSeen += 1 }
            }
        }
        #expect(cutPairsSeen > 0 && splitsSeen > 0)
    }

    /// Pairs of distinct known groups having members with the same label (label ≥ 0).
    private func meetingPairs(labels: [Int], groups: [Int]) -> Set<Pair> {
        var result = Set<Pair>()
        for a in labels.indices where labels[a] >= 0 && groups[a] >= 0 {
            for b in labels.indices where labels[b] == labels[a] && groups[b] >= 0 && groups[b] != groups[a] {
                result.insert(Pair(groups[a], groups[b]))
            }
        }
        return result
    }

    /// 200,000-node path: pieces k and n − 1 − k, k(n − 1 − k) pairs cut.
    @Test func longPath() {
        let n = 200_000
        let d = DepartureCounts(F.path(n))
        #expect(d.disconnectedPairs[0] == 0)
        #expect(d.disconnectedPairs[1] == n - 2)
        #expect(d.disconnectedPairs[n / 2] == (n / 2) * (n - 1 - n / 2))
        #expect(d.pieces.filter { $0 == 2 }.count == n - 2)
        let impact = DepartureImpact(of: 1, in: F.path(n))
        #expect(impact.pieces.map(\.count) == [1, n - 2])
    }
}
