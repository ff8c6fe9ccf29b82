/// A Graphviz layout engine, or `geo`: places fixed by the dataset's coordinates
/// (geographic maps), drawn by Graphviz's `nop2` engine (`neato -n2`) with every
/// node's position pinned.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case sfdp, neato, fdp, dot, circo, twopi, geo

    /// The engine's name for Graphviz.
    public var graphvizName: String { self == .geo ? "nop2" : rawValue }
}
