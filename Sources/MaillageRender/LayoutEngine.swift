/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case sfdp, neato, fdp, dot, circo, twopi
}
