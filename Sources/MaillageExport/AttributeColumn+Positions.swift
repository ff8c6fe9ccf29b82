import MaillageAnalysis

extension AttributeColumn {
    /// Layout units per coordinate unit written: Gephi draws nodes 10 units wide by
    /// default, so a tie of one layout unit becomes about 50.
    public static let positionScale = 50.0

    /// The `x` and `y` columns of the session's layout (`NetworkLayout`), so that
    /// Gephi opens the same picture as `render` and `report` for the same seed: Gephi
    /// reads GraphML node attributes named `x` and `y` as positions, GEXF carries them
    /// as `viz:position` too (``GEXFWriter``), node-link JSON as node fields.
    /// - Parameters:
    ///   - layout: the positions.
    ///   - includeCooperations: true for the two-mode network (actors, then cooperations).
    /// - Complexity: O(n).
    public static func positions(_ layout: NetworkLayout, includeCooperations: Bool) -> [AttributeColumn] {
        var x = layout.actors.x, y = layout.actors.y
        if includeCooperations {
            x += layout.cooperations.x
            y += layout.cooperations.y
        }
        func rounded(_ v: Double) -> Double { (v * positionScale * 100).rounded() / 100 }
        return [.doubles("x", x.map(rounded)), .doubles("y", y.map(rounded))]
    }
}
