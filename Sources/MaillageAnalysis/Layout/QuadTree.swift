/// A Barnes–Hut quadtree over weighted points, rebuilt each round of ``ForceLayout``.
///
/// The points are sorted by their Morton (Z-order) key, so that every cell of the tree
/// holds a contiguous range of that order; the tree is then built top-down by splitting
/// ranges, each cell shrunk to the smallest quadtree square that still holds its points
/// (a cell has two to four children, never one), and stored in one flat array in
/// depth-first order with each cell's children side by side. Positions and masses are
/// copied in the sorted order, so that a walk, and the walks of points that follow
/// each other in that order, read nearby memory.
///
/// Leaves hold up to ``leafCapacity`` points, and every point reached in a leaf counts
/// one by one: the repulsion is the exact pairwise sum when θ = 0, coincident points
/// included (see ``repulsion(on:x:y:mass:id:theta:stack:)``).
struct QuadTree: Sendable {
    /// One cell: centre of mass, total mass, squared side of its square, the range of
    /// points it holds (`lo..<hi` in ``pointOrder``), and its children (`child` is the
    /// first, -1 for a leaf; `childCount` from 2 to 4).
    struct Cell {
        var cx: Double, cy: Double, mass: Double, side2: Double
        var lo: Int32, hi: Int32
        var child: Int32, childCount: Int32
    }

    /// At most this many points in a leaf, unless they share one square of the finest
    /// grid (2⁻ᵏ of the drawing's side for k key bits per axis).
    static let leafCapacity = 4

    /// The cells, root first, in depth-first order.
    private(set) var cells: [Cell] = []
    /// Every point once, in Morton order: a cell's points are `pointOrder[lo..<hi]`.
    private(set) var pointOrder: [Int32] = []
    /// Position and mass of `pointOrder[k]` at index k.
    private(set) var sortedX: [Double] = [], sortedY: [Double] = [], sortedMass: [Double] = []

    /// Builds the tree of the points (x[i], y[i]) with masses `mass`.
    /// - Parameter hint: a previous ``pointOrder`` of the same points (the last round's);
    ///   the sort starts from it and is then close to linear. Any order gives the same tree.
    /// - Complexity: O(n log n): one sort of n integer keys (near-linear when `hint` is
    ///   almost sorted), then O(log n) per cell to split its range, at most 2n cells.
    init(x: [Double], y: [Double], mass: [Double], hint: [Int32]? = nil) {
        let n = x.count
        guard n > 0 else { return }
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        for i in 0..<n { x0 = min(x0, x[i]); x1 = max(x1, x[i]); y0 = min(y0, y[i]); y1 = max(y1, y[i]) }
        let size = max(x1 - x0, y1 - y0, 1e-9) * 1.0001
        // One UInt64 per point: its Morton key above, its index below, so that the
        // sort is of plain integers and ties cannot happen.
        let indexBits = max(1, Int.bitWidth - (n - 1).leadingZeroBitCount)
        let bitsPerAxis = min(31, (64 - indexBits) / 2)
        let scale = Double(UInt64(1) << bitsPerAxis) / size
        let maxCell = Double((UInt64(1) << bitsPerAxis) - 1)
        var packed = [UInt64](repeating: 0, count: n)
        let start: [Int32] = hint.map { $0.count == n ? $0 : [] } ?? []
        for k in 0..<n {
            let i = start.isEmpty ? k : Int(start[k])
            let qx = UInt64(min(max((x[i] - x0) * scale, 0), maxCell))
            let qy = UInt64(min(max((y[i] - y0) * scale, 0), maxCell))
            packed[k] = (Self.spread(qx) | Self.spread(qy) << 1) << UInt64(indexBits) | UInt64(i)
        }
        packed.sort()
        let indexMask = (UInt64(1) << UInt64(indexBits)) - 1
        pointOrder = packed.map { Int32(truncatingIfNeeded: $0 & indexMask) }
        sortedX = pointOrder.map { x[Int($0)] }
        sortedY = pointOrder.map { y[Int($0)] }
        sortedMass = pointOrder.map { mass[Int($0)] }
        let keys = packed.map { $0 >> UInt64(indexBits) }
        packed = []

        // Top-down: a range's square is the deepest one whose key prefix all its
        // points share (that of its first and last point, the keys being sorted).
        func depth(_ lo: Int, _ hi: Int) -> Int {
            let common = (keys[lo] ^ keys[hi - 1]).leadingZeroBitCount - (64 - 2 * bitsPerAxis)
            return min(common / 2, bitsPerAxis)
        }
        func newCell(_ lo: Int, _ hi: Int) -> Cell {
            let side = size / Double(UInt64(1) << depth(lo, hi))
            return Cell(cx: 0, cy: 0, mass: 0, side2: side * side, lo: Int32(lo), hi: Int32(hi), child: -1, childCount: 0)
        }
        cells.reserveCapacity(2 * n / Self.leafCapacity + 8)
        cells.append(newCell(0, n))
        var pending = [0]
        while let c = pending.popLast() {
            let lo = Int(cells[c].lo), hi = Int(cells[c].hi)
            let d = depth(lo, hi)
            if hi - lo <= Self.leafCapacity || d >= bitsPerAxis { continue }
            // Split on the two key bits below the shared prefix; the quadrant is
            // non-decreasing along the range, so each boundary is a binary search.
            let shift = UInt64(2 * (bitsPerAxis - d - 1))
            var bounds = [lo]
            var from = lo
            for q in 1...3 {
                var a = from, b = hi
                while a < b {
                    let mid = (a + b) / 2
                    if Int((keys[mid] >> shift) & 3) < q { a = mid + 1 } else { b = mid }
                }
                if a > bounds[bounds.count - 1] { bounds.append(a) }
                from = a
            }
            if hi > bounds[bounds.count - 1] { bounds.append(hi) }
            let first = cells.count
            cells[c].child = Int32(first)
            cells[c].childCount = Int32(bounds.count - 1)
            for j in 0..<(bounds.count - 1) { cells.append(newCell(bounds[j], bounds[j + 1])) }
            for j in stride(from: bounds.count - 2, through: 0, by: -1) { pending.append(first + j) }
        }
        // Masses and centres of mass, children before parents (children come later).
        for c in stride(from: cells.count - 1, through: 0, by: -1) {
            var m = 0.0, sx = 0.0, sy = 0.0
            if cells[c].child < 0 {
                for k in Int(cells[c].lo)..<Int(cells[c].hi) {
                    m += sortedMass[k]; sx += sortedX[k] * sortedMass[k]; sy += sortedY[k] * sortedMass[k]
                }
            } else {
                let first = Int(cells[c].child)
                for j in first..<(first + Int(cells[c].childCount)) {
                    m += cells[j].mass; sx += cells[j].cx * cells[j].mass; sy += cells[j].cy * cells[j].mass
                }
            }
            cells[c].mass = m
            cells[c].cx = m > 0 ? sx / m : sortedX[Int(cells[c].lo)]
            cells[c].cy = m > 0 ? sy / m : sortedY[Int(cells[c].lo)]
        }
    }

    /// The bits of `v` (below 2³²) spread to the even positions of a UInt64.
    @inline(__always) static func spread(_ v: UInt64) -> UInt64 {
        var v = v & 0xFFFF_FFFF
        v = (v | v << 16) & 0x0000_FFFF_0000_FFFF
        v = (v | v << 8) & 0x00FF_00FF_00FF_00FF
        v = (v | v << 4) & 0x0F0F_0F0F_0F0F_0F0F
        v = (v | v << 2) & 0x3333_3333_3333_3333
        v = (v | v << 1) & 0x5555_5555_5555_5555
        return v
    }

    /// Room for the walk's stack: each opened cell replaces itself by at most four
    /// children, over at most 32 levels.
    static let stackCapacity = 256

    /// Below this squared distance two points count as one place: they push each other
    /// apart in a direction fixed by the id of the point pushed (see ``apart(_:)``).
    static let coincident2 = 1e-6

    /// The direction, and the squared length used, by which a point with id `v` is
    /// pushed away from another one at the same place.
    @inline(__always) static func apart(_ v: Int) -> (dx: Double, dy: Double, d2: Double) {
        let dx = Double((v &* 2_654_435_761) % 1000) / 1000 - 0.5
        let dy = Double((v &* 40_503) % 1000) / 1000 - 0.5
        return (dx, dy, max(dx * dx + dy * dy, 1e-4))
    }

    /// The repulsive force on the point of rank `k` in ``pointOrder`` (at (px, py), of
    /// mass `mass`, with id `id`), per unit of its mass: Σ mᵤ·(p − pᵤ)/d² over the other
    /// points, a cell that does not hold the point standing for all of its points when
    /// its side is below θ times the distance to its centre of mass.
    ///
    /// Points closer than √``coincident2`` push in the direction ``apart(_:)`` gives for
    /// `id`; a leaf whose square is so small that all its points are that close counts
    /// them at once (m − mass), which is the same sum.
    /// - Parameter stack: scratch room for ``stackCapacity`` cell indices.
    /// - Complexity: O(log n) cells visited for a well-spread drawing.
    @inline(__always)
    static func repulsion(
        _ cells: UnsafeBufferPointer<Cell>, sortedX: UnsafeBufferPointer<Double>, sortedY: UnsafeBufferPointer<Double>,
        sortedMass: UnsafeBufferPointer<Double>, on k: Int, x px: Double, y py: Double, mass: Double, id: Int, theta: Double,
        stack: UnsafeMutablePointer<Int32>
    ) -> (Double, Double) {
        var fx = 0.0, fy = 0.0
        guard !cells.isEmpty else { return (0, 0) }
        let theta2 = theta * theta
        let k32 = Int32(truncatingIfNeeded: k)
        stack[0] = 0
        var top = 1
        while top > 0 {
            top -= 1
            let cell = cells[Int(stack[top])]
            let holds = cell.lo <= k32 && k32 < cell.hi
            if !holds {
                var dx = px - cell.cx, dy = py - cell.cy
                var d2 = dx * dx + dy * dy
                if cell.side2 < theta2 * d2 || cell.hi - cell.lo == 1 {
                    if d2 < coincident2 { (dx, dy, d2) = apart(id) }
                    fx += cell.mass * dx / d2
                    fy += cell.mass * dy / d2
                    continue
                }
            }
            if cell.child >= 0 {
                let first = cell.child
                for j in 0..<cell.childCount { stack[top] = first + j; top += 1 }
                continue
            }
            if holds && cell.side2 * 2 < coincident2 {
                // Every point of this leaf is within √coincident2 of every other.
                let others = cell.mass - mass
                if others > 0 {
                    let (dx, dy, d2) = apart(id)
                    fx += others * dx / d2
                    fy += others * dy / d2
                }
                continue
            }
            for j in Int(cell.lo)..<Int(cell.hi) where j != k {
                var dx = px - sortedX[j], dy = py - sortedY[j]
                var d2 = dx * dx + dy * dy
                if d2 < coincident2 { (dx, dy, d2) = apart(id) }
                fx += sortedMass[j] * dx / d2
                fy += sortedMass[j] * dy / d2
            }
        }
        return (fx, fy)
    }
}
