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

    /// With θ = 0 the walk opens every cell, so the flat depth-first tree must give the
    /// exact pairwise sum (distinct points); every point appears once in its spatial order.
    @Test func quadTreeWalkMatchesPairwiseSum() {
        var rng = SeededGenerator(seed: 7)
        let n = 300
        var x = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        var y = (0..<n).map { _ in rng.nextUnitDouble() * 20 }
        let mass = (0..<n).map { 1 + Double($0 % 3) }
        let tree = QuadTree(x: x, y: y, mass: mass)
        #expect(tree.pointOrder.map(Int.init).sorted() == Array(0..<n))
        let stack = UnsafeMutablePointer<Int32>.allocate(capacity: QuadTree.stackCapacity)
        defer { stack.deallocate() }
        for v in [0, 17, 123, 299] {
            let (fx, fy) = tree.cells.withUnsafeBufferPointer {
                QuadTree.repulsion($0, on: v, x: x[v], y: y[v], mass: mass[v], theta: 0, stack: stack)
            }
            var ex = 0.0, ey = 0.0
            for u in 0..<n where u != v {
                let dx = x[v] - x[u], dy = y[v] - y[u], d2 = dx * dx + dy * dy
                ex += mass[u] * dx / d2; ey += mass[u] * dy / d2
            }
            #expect(abs(fx - ex) <= 1e-9 * max(1, abs(ex)) && abs(fy - ey) <= 1e-9 * max(1, abs(ey)))
        }
    }
}
