/// An output format Graphviz renders to.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The name Graphviz's `gvRenderData` knows the format by. The core `svg`
    /// renderer keeps ids, classes, tooltips and links (the cairo one drops them).
    public var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}
