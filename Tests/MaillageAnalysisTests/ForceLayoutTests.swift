import MaillageModel
import Testing
@testable import MaillageAnalysis
import MaillageSupport

@Suite struct ForceLayoutTests {
    /// Two 30-node rings, each with chords, joined by one edge; plus two isolated nodes.
    static func twoCommunities() -> Graph {
        var edges: [(Int, Int, Double)] = []
        for base in [0, 30] {
            for i in 0..<30 {
                edges.append((base + i, base + (i + 1) % 30, 1))
                edges.append((base + i, base + (i + 7) % 30, 1))
            }
        }
        edges.append((0, 30, 1))
        return Graph(nodeCount: 62, edges: edges)
    }

    @Test func sameSeedSamePositions() {
        let g = Self.twoCommunities()
        let a = ForceLayout.positions(of: g, seed: 3)
        let b = ForceLayout.positions(of: g, seed: 3)
        #expect(a == b)
        #expect(a.count == 62)
        #expect(a.x.allSatisfy(\.isFinite) && a.y.allSatisfy(\.isFinite))
        #expect(ForceLayout.positions(of: g, seed: 4) != a)
    }

    @Test func communitiesAreDrawnApart() {
        let g = Self.twoCommunities()
        let p = ForceLayout.positions(of: g, seed: 1)
        func centre(_ r: Range<Int>) -> (Double, Double) {
            (r.reduce(0) { $0 + p.x[$1] } / Double(r.count), r.reduce(0) { $0 + p.y[$1] } / Double(r.count))
        }
        func spread(_ r: Range<Int>) -> Double {
            let c = centre(r)
            return r.map { ((p.x[$0] - c.0) * (p.x[$0] - c.0) + (p.y[$0] - c.1) * (p.y[$0] - c.1)).squareRoot() }.reduce(0, +) / Double(r.count)
        }
        let c1 = centre(0..<30), c2 = centre(30..<60)
        let gap = ((c1.0 - c2.0) * (c1.0 - c2.0) + (c1.1 - c2.1) * (c1.1 - c2.1)).squareRoot()
        #expect(gap > 1.5 * max(spread(0..<30), spread(30..<60)))
        // Tied nodes sit closer than the drawing's average pair.
        let tied = g.edges.map { ((p.x[$0.u] - p.x[$0.v]) * (p.x[$0.u] - p.x[$0.v]) + (p.y[$0.u] - p.y[$0.v]) * (p.y[$0.u] - p.y[$0.v])).squareRoot() }
        let meanTied = tied.reduce(0, +) / Double(tied.count)
        var all = 0.0
        for u in 0..<60 { for v in 0..<60 where u < v { all += ((p.x[u] - p.x[v]) * (p.x[u] - p.x[v]) + (p.y[u] - p.y[v]) * (p.y[u] - p.y[v])).squareRoot() } }
        #expect(meanTied < 0.5 * all / Double(60 * 59 / 2))
    }

    @Test func isolatedNodesAreOutsideTheDrawing() {
        let g = Self.twoCommunities()
        let p = ForceLayout.positions(of: g, seed: 1)
        let radius = (0..<60).map { (p.x[$0] * p.x[$0] + p.y[$0] * p.y[$0]).squareRoot() }.max() ?? 0
        for v in [60, 61] { #expect((p.x[v] * p.x[v] + p.y[v] * p.y[v]).squareRoot() > radius) }
    }

    @Test func emptyAndSingleNode() {
        #expect(ForceLayout.positions(of: Graph(nodeCount: 0, edges: [])).count == 0)
        let one = ForceLayout.positions(of: Graph(nodeCount: 1, edges: []))
        #expect(one.count == 1 && one.x[0].isFinite)
    }

    /// The tree's repulsion on point `v` (by index), through its rank in the tree's order.
    static func treeForce(_ tree: QuadTree, on v: Int, x: [Double], y: [Double], mass: [Double], theta: Double) -> (Double, Double) {
        guard let k = tree.pointOrder.firstIndex(of: Int32(v)) else { return (.nan, .nan) }
        let stack = UnsafeMutablePointer<Int32>.allocate(capacity: QuadTree.stackCapacity)
        defer { stack.deallocate() }
        return tree.cells.withUnsafeBufferPointer { cells in
            tree.sortedX.withUnsafeBufferPointer { sx in
                tree.sortedY.withUnsafeBufferPointer { sy in
                    tree.sortedMass.withUnsafeBufferPointer { sm in
                        QuadTree.repulsion(cells, sortedX: sx, sortedY: sy, sortedMass: sm, on: k, x: x[v], y: y[v], mass: mass[v],
                                           id: v, theta: theta, stack: stack)
                    }
                }
            }
        }
    }

    /// The exact O(n²) repulsion Σ mᵤ·(p − pᵤ)/d² on `v`, two points closer than
    /// √QuadTree.coincident2 pushing `v` in the direction `QuadTree.apart(v)` gives.
    static func pairwiseForce(on v: Int, x: [Double], y: [Double], mass: [Double]) -> (Double, Double) {
        var ex = 0.0, ey = 0.0
        for u in x.indices where u != v {
            var dx = x[v] - x[u], dy = y[v] - y[u]
            var d2 = dx * dx + dy * dy
            if d2 < QuadTree.coincident2 { (dx, dy, d2) = QuadTree.apart(v) }
            ex += mass[u] * dx / d2
            ey += mass[u] * dy / d2
        }
        return (ex, ey)
    }

    /// With θ = 0 the walk opens every cell, so the flat depth-first tree must give the
    /// exact pairwise sum (distinct points); every point appears once in its spatial order.
    @Test func quadTreeWalkMatchesPairwiseSum() {
        var rng = SeededGenerator(seed: 7)
        let n = 300
        let x = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        let y = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        let mass = (0..<n).map { 1 + Double($0 % 3) }
        let tree = QuadTree(x: x, y: y, mass: mass)
        #expect(tree.pointOrder.map(Int.init).sorted() == Array(0..<n))
        for v in [0, 17, 123, 299] {
            let (fx, fy) = Self.treeForce(tree, on: v, x: x, y: y, mass: mass, theta: 0)
            let (ex, ey) = Self.pairwiseForce(on: v, x: x, y: y, mass: mass)
            #expect(abs(fx - ex) <= 1e-9 * max(1, abs(ex)) && abs(fy - ey) <= 1e-9 * max(1, abs(ey)))
        }
    }

    /// Coincident points (two nodes at exactly the same place, three at another, and a
    /// pile of nine, more than a leaf holds) and a pair closer than the coincidence
    /// threshold: with θ = 0 every point's force is the exact pairwise sum. The earlier
    /// tree kept coincident points as one aggregate and took the visitor's own mass off
    /// it for every visitor, so forces on all points were 1–2 % off.
    @Test func quadTreeCountsCoincidentPointsExactly() {
        var rng = SeededGenerator(seed: 11)
        let n = 200
        var x = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        var y = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        var mass = (0..<n).map { 1 + Double($0 % 3) }
        for source in [5, 17, 17] + [Int](repeating: 40, count: 8) {
            x.append(x[source]); y.append(y[source]); mass.append(2)
        }
        x.append(x[60] + 3e-4); y.append(y[60]); mass.append(1)
        let tree = QuadTree(x: x, y: y, mass: mass)
        #expect(tree.pointOrder.map(Int.init).sorted() == Array(x.indices))
        var worst = 0.0
        for v in x.indices {
            let (fx, fy) = Self.treeForce(tree, on: v, x: x, y: y, mass: mass, theta: 0)
            let (ex, ey) = Self.pairwiseForce(on: v, x: x, y: y, mass: mass)
            let error = ((fx - ex) * (fx - ex) + (fy - ey) * (fy - ey)).squareRoot() / max((ex * ex + ey * ey).squareRoot(), 1e-12)
            worst = max(worst, error)
        }
        #expect(worst < 1e-9, "largest relative error \(worst)")
        // The default opening angle stays close to the exact sum on ordinary points too.
        var sum = 0.0
        for v in 0..<n {
            let (fx, fy) = Self.treeForce(tree, on: v, x: x, y: y, mass: mass, theta: 1.2)
            let (ex, ey) = Self.pairwiseForce(on: v, x: x, y: y, mass: mass)
            sum += ((fx - ex) * (fx - ex) + (fy - ey) * (fy - ey)).squareRoot() / max((ex * ex + ey * ey).squareRoot(), 1e-12)
        }
        #expect(sum / Double(n) < 0.05)
    }

    /// The tree, hence every force, does not depend on the order the points are given
    /// in (the layout passes the last round's order as a hint).
    @Test func quadTreeIsTheSameWhateverTheHint() {
        var rng = SeededGenerator(seed: 3)
        let n = 500
        let x = (0..<n).map { _ in rng.nextUnitDouble() * 50 }
        let y = (0..<n).map { _ in rng.nextUnitDouble() * 50 }
        let mass = [Double](repeating: 1, count: n)
        let plain = QuadTree(x: x, y: y, mass: mass)
        var shuffled = (0..<n).map(Int32.init)
        rng.shuffle(&shuffled)
        let hinted = QuadTree(x: x, y: y, mass: mass, hint: shuffled)
        #expect(plain.pointOrder == hinted.pointOrder)
        #expect(plain.cells.count == hinted.cells.count)
        for (a, b) in zip(plain.cells, hinted.cells) {
            #expect(a.cx == b.cx && a.cy == b.cy && a.mass == b.mass && a.lo == b.lo && a.hi == b.hi && a.child == b.child)
        }
    }

    /// Large enough for several levels of coarsening: the result
    /// is the same run after run, and tied nodes end up near each other.
    @Test func largerGraphIsDeterministicAndTidy() {
        var rng = SeededGenerator(seed: 5)
        var edges: [(Int, Int, Double)] = []
        let n = 1200
        for v in 1..<n {
            // Ties mostly within blocks of 200 nodes.
            let block = v / 200 * 200
            let u = rng.nextUnitDouble() < 0.9 ? block + Int(rng.nextUnitDouble() * Double(max(v - block, 1))) : Int(rng.nextUnitDouble() * Double(v))
            edges.append((min(u, v - 1), v, 1))
        }
        let g = Graph(nodeCount: n, edges: edges)
        let a = ForceLayout.positions(of: g, seed: 2)
        #expect(a == ForceLayout.positions(of: g, seed: 2))
        #expect(a.x.allSatisfy(\.isFinite) && a.y.allSatisfy(\.isFinite))
        let tied = g.edges.map { ((a.x[$0.u] - a.x[$0.v]) * (a.x[$0.u] - a.x[$0.v]) + (a.y[$0.u] - a.y[$0.v]) * (a.y[$0.u] - a.y[$0.v])).squareRoot() }
        var pairs = 0.0
        for _ in 0..<2000 {
            let u = Int(rng.nextUnitDouble() * Double(n)), v = Int(rng.nextUnitDouble() * Double(n))
            pairs += ((a.x[u] - a.x[v]) * (a.x[u] - a.x[v]) + (a.y[u] - a.y[v]) * (a.y[u] - a.y[v])).squareRoot()
        }
        #expect(tied.reduce(0, +) / Double(tied.count) < 0.25 * pairs / 2000)
    }

    @Test func roundsAreFewestOnLargeLevels() {
        #expect(ForceLayout.rounds(levelIndex: 0, size: 10_000, finestIterations: 60) == 60)
        #expect(ForceLayout.rounds(levelIndex: 0, size: 1_000_000, finestIterations: 60) == 30)
        #expect(ForceLayout.rounds(levelIndex: 3, size: 10_000, finestIterations: 60) == 150)
        #expect(ForceLayout.rounds(levelIndex: 1, size: 600_000, finestIterations: 60) == 30)
        #expect(ForceLayout.rounds(levelIndex: 0, size: 30, finestIterations: 200) == 200)
    }

    /// A list of ties (pairs outnumber actors) is laid out on its actors, each pair's
    /// cooperation midway between its two members, one larger cooperation kept as a
    /// node; the same seed gives the same layout. A network of larger cooperations
    /// keeps the two-mode layout.
    @Test func aListOfTiesIsLaidOutOnItsActors() {
        let ids = (0..<12).map { "a\($0)" }
        var cooperations: [Cooperation] = [], memberships: [Membership] = []
        for i in 0..<12 {
            for step in [1, 3] {
                let id = "p\(i)-\(step)"
                cooperations.append(Cooperation(id: id))
                memberships += [Membership(cooperation: id, actor: ids[i]), Membership(cooperation: id, actor: ids[(i + step) % 12])]
            }
        }
        cooperations.append(Cooperation(id: "big"))
        memberships += ["a0", "a4", "a8"].map { Membership(cooperation: "big", actor: $0) }
        let d = Dataset(name: "ties", actors: ids.map { Actor(id: $0) }, cooperations: cooperations, memberships: memberships, territories: [])
        let network = TwoModeNetwork(dataset: d)
        #expect(NetworkLayout.pairsDominate(network))
        let layout = NetworkLayout(network: network, seed: 2)
        #expect(layout == NetworkLayout(network: network, seed: 2))
        #expect(layout.actors.count == 12 && layout.cooperations.count == 25)
        #expect(layout.actors.x.allSatisfy(\.isFinite) && layout.cooperations.y.allSatisfy(\.isFinite))
        for k in 0..<24 {
            let members = network.graph.neighbors(of: network.cooperationNode(k)).map(Int.init)
            #expect(abs(layout.cooperations.x[k] - (layout.actors.x[members[0]] + layout.actors.x[members[1]]) / 2) < 1e-12)
            #expect(abs(layout.cooperations.y[k] - (layout.actors.y[members[0]] + layout.actors.y[members[1]]) / 2) < 1e-12)
        }
        // « big » is a node of its own, not the midpoint of two of its members.
        let bigMembers = [0, 4, 8]
        let centre = bigMembers.reduce(0.0) { $0 + layout.actors.x[$1] } / 3
        #expect(layout.cooperations.x[24].isFinite && abs(layout.cooperations.x[24] - centre) < 3)
        // Few pairs: the two-mode layout, as before.
        let few = Dataset(name: "few", actors: ids.prefix(4).map { Actor(id: $0) }, cooperations: [Cooperation(id: "c"), Cooperation(id: "p")],
                          memberships: ["a0", "a1", "a2", "a3"].map { Membership(cooperation: "c", actor: $0) } + [Membership(cooperation: "p", actor: "a0"), Membership(cooperation: "p", actor: "a1")],
                          territories: [])
        let fewNetwork = TwoModeNetwork(dataset: few)
        #expect(!NetworkLayout.pairsDominate(fewNetwork))
        let twoMode = ForceLayout.positions(of: fewNetwork.graph, seed: 2)
        #expect(NetworkLayout(network: fewNetwork, seed: 2).cooperations.x == Array(twoMode.x[4...]))
    }
}
