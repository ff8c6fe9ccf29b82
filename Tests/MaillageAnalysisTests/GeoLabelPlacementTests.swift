import MaillageAnalysis
import Testing

/// The geographic map's own placement of names (``LabelPlacement``) and the grid-based
/// spreading of crowded points (``GeoLayout/separated(_:minimum:iterations:)``).
@Suite struct GeoLabelPlacementTests {
    @Test func placedNamesOverlapNothingAndStayInTheFrame() {
        // A crowd: 400 marks on a 20 × 20 grid, 12 points apart, each wanting its name.
        var marks: [LabelPlacement.Box] = []
        var labels: [LabelPlacement.Label] = []
        for i in 0..<400 {
            let x = 20 + Double(i % 20) * 12, y = 20 + Double(i / 20) * 12
            marks.append(LabelPlacement.Box(centreX: x, y: y, width: 6, height: 5))
            let size = LabelPlacement.textSize("Acteur \(i)", fontSize: 7)
            labels.append(LabelPlacement.Label(x: x, y: y, clearance: 3, width: size.width, height: size.height))
        }
        let frame = LabelPlacement.Box(minX: 0, minY: 0, maxX: 300, maxY: 300)
        let furniture = LabelPlacement.Box(minX: 0, minY: 0, maxX: 60, maxY: 30)
        let placed = LabelPlacement.place(labels, obstacles: marks + [furniture], frame: frame)
        let boxes = placed.compactMap { $0 }
        #expect(boxes.count > 10 && boxes.count < 400, "\(boxes.count) names placed in a crowd that holds a few")
        #expect(placed[0] == nil || !placed[0]!.intersects(furniture))
        for (i, box) in boxes.enumerated() {
            #expect(frame.contains(box))
            #expect(!box.intersects(furniture))
            #expect(!marks.contains { $0.intersects(box) }, "a name covers a mark")
            for other in boxes[..<i] { #expect(!other.intersects(box), "two names overlap") }
        }
        // The first name has the whole map to choose from: it is placed, right of its mark.
        let first = LabelPlacement.place([labels[399]], obstacles: [], frame: frame)[0]
        #expect(first.map { $0.minX > 20 + 19 * 12 } == true)
    }

    @Test func crowdedPointsAreSpreadWithoutTheQuadraticLimit() {
        // 4,000 points on the rings of 40 places 34 points apart, whose rings overlap (as
        // neighbouring communes' do): past the 3,000 points the pairwise version stopped at.
        var points: [(x: Double, y: Double)] = []
        let ring = GeoLayout.ring(count: 100, spacing: 3)
        for place in 0..<40 {
            let cx = Double(place % 8) * 34, cy = Double(place / 8) * 34
            for offset in ring { points.append((x: cx + offset.dx, y: cy + offset.dy)) }
        }
        let spread = GeoLayout.separated(points, minimum: 2.5)
        #expect(spread.count == points.count)
        #expect(zip(points, spread).contains { $0.0.x != $0.1.x || $0.0.y != $0.1.y }, "nothing moved above 3,000 points")
        #expect(zip(points, spread).allSatisfy { abs($0.0.x - $0.1.x) < 40 && abs($0.0.y - $0.1.y) < 40 }, "a point went far from its place")
        var tooClose = 0
        var grid: [Int64: [Int]] = [:]
        for (i, p) in spread.enumerated() { grid[Int64((p.x / 2).rounded(.down)) &* 100_003 &+ Int64((p.y / 2).rounded(.down)), default: []].append(i) }
        for (i, p) in spread.enumerated() {
            let cx = Int64((p.x / 2).rounded(.down)), cy = Int64((p.y / 2).rounded(.down))
            for gx in (cx - 1)...(cx + 1) { for gy in (cy - 1)...(cy + 1) {
                for j in grid[gx &* 100_003 &+ gy] ?? [] where j > i {
                    let dx: Double = spread[j].x - p.x
                    let dy: Double = spread[j].y - p.y
                    if (dx * dx + dy * dy).squareRoot() < 2 { tooClose += 1 }
                }
            } }
        }
        #expect(tooClose == 0, "\(tooClose) pairs still piled up")
    }
}
