import MaillageRender

/// The cooperation map of a report: Graphviz's core SVG of an actor map, ready to be
/// inlined, without the legend Graphviz would draw inside it (the page draws its own,
/// in the report's language, beside the map).
public struct ReportMap: Sendable {
    /// The map's SVG.
    public let svg: InlineSVG
    /// The Graphviz layout that placed it.
    public let layout: LayoutEngine

    /// Renders `document` (an actor map, e.g. from `ActorMap.document()`) with `layout`.
    ///
    /// The graph's HTML label (the legend and title block) is removed before rendering;
    /// nodes, ties, ids, classes and tooltips are kept as they are.
    /// - Throws: `RenderError` when Graphviz fails, ``InlineSVG/Problem`` when its
    ///   output is not a single inert SVG element.
    /// - Complexity: that of the Graphviz layout.
    public init(document: DOTGraph, layout: LayoutEngine) throws {
        var document = document
        document.attributes.removeAll { if case .htmlLabel = $0 { return true } else { return false } }
        let bytes = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(document), layout: layout, format: .svg)
        svg = try InlineSVG(graphvizSVG: String(decoding: bytes, as: UTF8.self))
        self.layout = layout
    }

    /// A map from SVG already rendered by Graphviz's core `svg` renderer.
    /// - Throws: ``InlineSVG/Problem``.
    public init(graphvizSVG: String, layout: LayoutEngine) throws {
        svg = try InlineSVG(graphvizSVG: graphvizSVG)
        self.layout = layout
    }
}
