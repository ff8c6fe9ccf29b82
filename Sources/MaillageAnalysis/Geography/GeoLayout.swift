import Foundation
import MaillageModel

/// Positions of a geographic map in points (1/72 inch), computed once from a
/// ``GeoPlacement`` and shared by whoever draws it (`render --layout geo`, the report).
///
/// Places are projected (`MapProjection.suited(to:)`: Lambert-93 in metropolitan
/// France), then scaled so that the area spans ``width`` points with a margin; y grows
/// northwards, as Graphviz's coordinates do. Actors that share a place are spread on a
/// small ring around it (``ring(count:spacing:)``), in the order of their ids, so the
/// same dataset always gives the same picture.
public struct GeoLayout: Sendable {
    public let projection: MapProjection
    /// Points per metre.
    public let scale: Double
    /// Size of the drawing, points.
    public let width: Double
    public let height: Double
    /// The projected point drawn at (0, 0), metres.
    let origin: PlanePoint

    /// A layout framing `extent` (the places and outlines to show) in about `width`
    /// points across (at most 1.3 × `width` high), with a 6 % margin.
    public init(extent: [GeoCoordinate], width: Double = 900) {
        let projection = MapProjection.suited(to: extent)
        let points = extent.map(projection.project)
        var minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 1
        var minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 1
        // At least 10 km across, so a single commune is not drawn at an absurd scale.
        let span = max(maxX - minX, maxY - minY, 10_000)
        let margin = span * 0.06
        let cx = (minX + maxX) / 2, cy = (minY + maxY) / 2
        let half = max(maxX - minX, span * 0.3) / 2 + margin, halfY = max(maxY - minY, span * 0.3) / 2 + margin
        minX = cx - half; maxX = cx + half; minY = cy - halfY; maxY = cy + halfY
        var scale = width / (maxX - minX)
        if (maxY - minY) * scale > 1.3 * width { scale = 1.3 * width / (maxY - minY) }
        self.projection = projection
        self.scale = scale
        self.width = (maxX - minX) * scale
        self.height = (maxY - minY) * scale
        self.origin = PlanePoint(x: minX, y: minY)
    }

    /// Where `c` is drawn, in points.
    public func point(_ c: GeoCoordinate) -> (x: Double, y: Double) {
        let p = projection.project(c)
        return ((p.x - origin.x) * scale, (p.y - origin.y) * scale)
    }

    /// Offsets (points) that spread `count` things sharing one place, `spacing` apart:
    /// none for one; a circle for up to 10; beyond, a sunflower spiral (Vogel's), which
    /// stays round and compact for any count.
    public static func ring(count: Int, spacing: Double) -> [(dx: Double, dy: Double)] {
        guard count > 1 else { return count == 1 ? [(0, 0)] : [] }
        if count <= 10 {
            let radius = max(spacing * 0.75, spacing * Double(count) / (2 * .pi))
            return (0..<count).map { k in
                let angle = .pi / 2 - 2 * .pi * Double(k) / Double(count)
                return (radius * cos(angle), radius * sin(angle))
            }
        }
        let golden = Double.pi * (3 - 5.0.squareRoot())
        return (0..<count).map { k in
            let r = spacing * 0.62 * (Double(k) + 0.5).squareRoot()
            let angle = .pi / 2 - golden * Double(k)
            return (r * cos(angle), r * sin(angle))
        }
    }

    /// `points` pushed apart until no two are closer than `minimum` (or `iterations`
    /// rounds have passed): each round moves both points of every pair too close by half
    /// the overlap, along the line between them (straight up and down for points at one
    /// spot). Neighbouring rings (communes a few kilometres apart) then stop overlapping,
    /// while every point stays near its place. Pairs are found through a grid of cells
    /// `minimum` wide, so a round costs O(n) where points are not piled up. Deterministic.
    /// - Complexity: O(iterations · (n + p)) for p pairs of points in neighbouring cells.
    public static func separated(_ points: [(x: Double, y: Double)], minimum: Double, iterations: Int = 60) -> [(x: Double, y: Double)] {
        guard points.count > 1, minimum > 0 else { return points }
        var p = points
        func cell(_ v: Double) -> Int64 { v.isFinite ? Int64((v / minimum).rounded(.down)) : 0 }
        for _ in 0..<iterations {
            var grid: [Int64: [Int]] = [:]
            for i in p.indices { grid[cell(p[i].x) &* 2_000_003 &+ cell(p[i].y), default: []].append(i) }
            var moved = false
            for i in p.indices {
                let cx = cell(p[i].x), cy = cell(p[i].y)
                for gx in (cx - 1)...(cx + 1) {
                    for gy in (cy - 1)...(cy + 1) {
                        guard let list = grid[gx &* 2_000_003 &+ gy] else { continue }
                        for j in list where j > i {
                            let dx = p[j].x - p[i].x, dy = p[j].y - p[i].y
                            let d = (dx * dx + dy * dy).squareRoot()
                            guard d < minimum else { continue }
                            let push = (minimum - d) / 2
                            let (ux, uy) = d > 1e-9 ? (dx / d, dy / d) : (0.0, 1.0)
                            p[i].x -= ux * push; p[i].y -= uy * push
                            p[j].x += ux * push; p[j].y += uy * push
                            moved = true
                        }
                    }
                }
            }
            if !moved { break }
        }
        return p
    }

    /// The part of `ring` (a polygon, closed or not) inside the rectangle from (`minX`,
    /// `minY`) to (`maxX`, `maxY`) (Sutherland–Hodgman): an outline cut at the edges of
    /// a map framed on part of it. Empty when nothing of it is inside.
    /// - Complexity: O(ring length).
    public static func clipped(_ ring: [(x: Double, y: Double)], minX: Double, minY: Double, maxX: Double, maxY: Double) -> [(x: Double, y: Double)] {
        var points = ring
        let edges: [((x: Double, y: Double)) -> Double] = [{ $0.x - minX }, { maxX - $0.x }, { $0.y - minY }, { maxY - $0.y }]
        for inside in edges {
            guard !points.isEmpty else { break }
            var out: [(x: Double, y: Double)] = []
            out.reserveCapacity(points.count + 4)
            var previous = points[points.count - 1]
            for current in points {
                let a = inside(previous), b = inside(current)
                if (a >= 0) != (b >= 0) {
                    let t = a / (a - b)
                    out.append((previous.x + (current.x - previous.x) * t, previous.y + (current.y - previous.y) * t))
                }
                if b >= 0 { out.append(current) }
                previous = current
            }
            points = out
        }
        return points.count >= 3 ? points : []
    }

    /// Whether `p` lies inside `ring` (even-odd rule; the ring closed or not).
    /// - Complexity: O(ring length).
    public static func contains(_ ring: [(x: Double, y: Double)], _ p: (x: Double, y: Double)) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// `points` moved back towards their `places` where spreading took them off the land
    /// (`rings`, e.g. the département's outline) while their place is on it: each such
    /// point goes to the farthest spot of the segment place → point that is still inside
    /// (found by bisection), so a coastal commune's ring bends along the coast.
    /// - Complexity: O(n · r) for r points of the rings, times 20 bisection steps for the points moved.
    public static func keptInside(_ points: [(x: Double, y: Double)], places: [(x: Double, y: Double)],
                                  rings: [[(x: Double, y: Double)]]) -> [(x: Double, y: Double)] {
        guard !rings.isEmpty else { return points }
        func inside(_ p: (x: Double, y: Double)) -> Bool { rings.contains { contains($0, p) } }
        return points.indices.map { i in
            let p = points[i], home = places[i]
            guard !inside(p), inside(home) else { return p }
            var lo = 0.0, hi = 1.0
            for _ in 0..<20 {
                let mid = (lo + hi) / 2
                if inside((home.x + (p.x - home.x) * mid, home.y + (p.y - home.y) * mid)) { lo = mid } else { hi = mid }
            }
            let t = lo * 0.9
            return (home.x + (p.x - home.x) * t, home.y + (p.y - home.y) * t)
        }
    }

    /// A round length for a scale bar about a fifth of the map's width: 1, 2 or 5 × 10ⁿ
    /// metres, with its length in points.
    public var scaleBar: (metres: Double, points: Double) {
        let target = width / 5 / scale
        let magnitude = pow(10, floor(log10(target)))
        let metres = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= target } ?? magnitude
        return (metres, metres * scale)
    }
}
