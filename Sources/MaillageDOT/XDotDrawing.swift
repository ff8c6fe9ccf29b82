/// Drawing operations in Graphviz's xdot language, for the `_background` of a graph
/// (``DOTAttribute/background(_:)``): the areas, scale bar and north arrow of the
/// geographic maps, drawn by every renderer (SVG, PNG, PDF) under the nodes.
///
/// Only shapes, colours and line styles can be added — no text — so nothing from a
/// dataset or a boundaries file reaches it but numbers. Colours are checked to be
/// `#RRGGBB` or `#RRGGBBAA`; numbers are written by ``DOTEncoder/number(_:)``.
public struct XDotDrawing: Sendable, Hashable {
    /// The operations, in xdot syntax.
    public private(set) var text = ""

    public init() {}

    /// Colour of the outlines and lines that follow.
    public mutating func pen(_ color: String) { add("c", string: Self.checked(color)) }
    /// Colour of the filled shapes that follow.
    public mutating func fill(_ color: String) { add("C", string: Self.checked(color)) }
    /// Line width of what follows, points.
    public mutating func lineWidth(_ width: Double) { add("S", string: "setlinewidth(\(DOTEncoder.number(width)))") }
    /// Dashed or solid lines for what follows.
    public mutating func dashed(_ on: Bool) { add("S", string: on ? "dashed" : "solid") }

    /// A polygon (filled with the fill colour and outlined with the pen, or outlined only).
    public mutating func polygon(_ points: [(x: Double, y: Double)], filled: Bool = true) {
        guard points.count >= 3 else { return }
        text += (filled ? "P " : "p ") + coordinates(points)
    }

    /// An open line through `points`.
    public mutating func polyline(_ points: [(x: Double, y: Double)]) {
        guard points.count >= 2 else { return }
        text += "L " + coordinates(points)
    }

    private func coordinates(_ points: [(x: Double, y: Double)]) -> String {
        "\(points.count) " + points.map { DOTEncoder.number($0.x) + " " + DOTEncoder.number($0.y) }.joined(separator: " ") + " "
    }

    private mutating func add(_ op: String, string: String) {
        text += "\(op) \(string.utf8.count) -\(string) "
    }

    /// `color` when it is `#RRGGBB` or `#RRGGBBAA`, else black.
    static func checked(_ color: String) -> String {
        let hex = color.utf8.dropFirst()
        let ok = color.utf8.first == 0x23 && (hex.count == 6 || hex.count == 8)
            && hex.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) }
        return ok ? color : "#000000"
    }
}
