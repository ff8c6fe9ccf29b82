/// Names placed beside the marks of a map with pinned positions, none overlapping
/// another name, a mark or the map's furniture, none leaving the frame: the geographic
/// map places its own names, so that Graphviz has no exterior label to place, drop or
/// warn about, and the legend can say exactly which names are drawn.
///
/// Greedy, in the order given (the most important first): each name tries the spots
/// around its mark in a fixed order of preference (right, upper right, lower right,
/// left, upper left, lower left, above, below; or below first for a place's name)
/// and takes the first free one; a name with no free spot is left out (its mark keeps
/// its tooltip). Deterministic.
public enum LabelPlacement {
    /// An axis-aligned rectangle, in points.
    public struct Box: Sendable, Hashable {
        /// The left, bottom, right and top edges, points (y grows upwards, as in Graphviz).
        public var minX: Double, minY: Double, maxX: Double, maxY: Double

        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        /// The box of `width` × `height` centred on (`x`, `y`).
        public init(centreX x: Double, y: Double, width: Double, height: Double) {
            self.init(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2)
        }

        /// The centre of the box.
        public var centre: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }

        /// Whether the two boxes share more than an edge.
        public func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        /// Whether `other` lies wholly inside this box.
        public func contains(_ other: Box) -> Bool {
            other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
        }
    }

    /// A name to place: its size and the mark (or ring of marks) it names.
    public struct Label: Sendable {
        /// Centre of the mark, points.
        public var x: Double
        public var y: Double
        /// How far the name stays from the centre: the mark's half-size (a ring's radius
        /// and its marks' half-size for a place).
        public var clearance: Double
        /// Size of the text, points.
        public var width: Double
        public var height: Double
        /// Try below the mark first (a place's name under its ring), then above, right, left.
        public var below: Bool

        public init(x: Double, y: Double, clearance: Double, width: Double, height: Double, below: Bool = false) {
            self.x = x
            self.y = y
            self.clearance = clearance
            self.width = width
            self.height = height
            self.below = below
        }
    }

    /// The width and height, in points, of `text` (lines split at "\n") in DejaVu Sans
    /// at `fontSize` points: 0.62 em a character (a little more than the font's average,
    /// so that a drawn name fits the room it was given), 1.2 em a line.
    public static func textSize(_ text: String, fontSize: Double) -> (width: Double, height: Double) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map(\.count).max() ?? 0
        return (Double(widest) * 0.62 * fontSize + 2, Double(max(lines.count, 1)) * 1.2 * fontSize)
    }

    /// The box given to each of `labels` (nil for those left out), none overlapping
    /// another, any of `obstacles`, or leaving `frame`.
    /// - Complexity: O(o + ℓ) grid insertions for o obstacles and ℓ labels, and for each
    ///   label at most eight tries, each against the boxes of the grid cells it covers
    ///   (a few, where marks are not piled up).
    public static func place(_ labels: [Label], obstacles: [Box], frame: Box, gap: Double = 2) -> [Box?] {
        var grid = Grid(cell: 24)
        for box in obstacles { grid.insert(box) }
        var placed: [Box?] = []
        placed.reserveCapacity(labels.count)
        for label in labels {
            var chosen: Box?
            for spot in spots(of: label, gap: gap) where frame.contains(spot) && !grid.hits(spot) {
                chosen = spot
                break
            }
            if let chosen { grid.insert(chosen) }
            placed.append(chosen)
        }
        return placed
    }

    /// The candidate boxes of `label`, in order of preference.
    static func spots(of label: Label, gap: Double) -> [Box] {
        let r = label.clearance + gap, w = label.width, h = label.height
        let d = r * 0.71
        let right = Box(centreX: label.x + r + w / 2, y: label.y, width: w, height: h)
        let upperRight = Box(centreX: label.x + d + w / 2, y: label.y + d + h / 2, width: w, height: h)
        let lowerRight = Box(centreX: label.x + d + w / 2, y: label.y - d - h / 2, width: w, height: h)
        let left = Box(centreX: label.x - r - w / 2, y: label.y, width: w, height: h)
        let upperLeft = Box(centreX: label.x - d - w / 2, y: label.y + d + h / 2, width: w, height: h)
        let lowerLeft = Box(centreX: label.x - d - w / 2, y: label.y - d - h / 2, width: w, height: h)
        let above = Box(centreX: label.x, y: label.y + r + h / 2, width: w, height: h)
        let below = Box(centreX: label.x, y: label.y - r - h / 2, width: w, height: h)
        return label.below ? [below, above, right, left] : [right, upperRight, lowerRight, left, upperLeft, lowerLeft, above, below]
    }

    /// Boxes filed by the square cells of `cell` points they cover.
    struct Grid {
        let cell: Double
        var boxes: [Box] = []
        var cells: [Int64: [Int32]] = [:]

        init(cell: Double) { self.cell = cell }

        private func range(_ box: Box) -> (ClosedRange<Int64>, ClosedRange<Int64>) {
            let x0 = Int64((box.minX / cell).rounded(.down)), x1 = Int64((box.maxX / cell).rounded(.down))
            let y0 = Int64((box.minY / cell).rounded(.down)), y1 = Int64((box.maxY / cell).rounded(.down))
            return (x0...max(x0, x1), y0...max(y0, y1))
        }

        private static func key(_ x: Int64, _ y: Int64) -> Int64 { x &* 2_000_003 &+ y }

        mutating func insert(_ box: Box) {
            guard box.minX.isFinite, box.maxX.isFinite, box.minY.isFinite, box.maxY.isFinite else { return }
            let index = Int32(boxes.count)
            boxes.append(box)
            let (xs, ys) = range(box)
            for x in xs { for y in ys { cells[Self.key(x, y), default: []].append(index) } }
        }

        func hits(_ box: Box) -> Bool {
            let (xs, ys) = range(box)
            for x in xs {
                for y in ys {
                    guard let list = cells[Self.key(x, y)] else { continue }
                    for i in list where boxes[Int(i)].intersects(box) { return true }
                }
            }
            return false
        }
    }
}
