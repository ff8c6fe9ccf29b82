import MaillageAnalysis
import MaillageRender

/// The cooperation map of a report, in one of two forms chosen by ``ReportMap/Scale``:
///
/// - a labelled map for small networks: Graphviz's core SVG of an actor map, inlined,
///   without the legend Graphviz would draw inside it (the page draws its own, in the
///   report's language, beside the map);
/// - a canvas map for larger ones: the page's script draws actors and ties from
///   positions computed once (`NetworkLayout`), with the overview views beside it
///   (clusters, territories, backbone).
public struct ReportMap: Sendable {
    /// How the map is drawn.
    public enum Drawing: Sendable {
        case svg(InlineSVG, LayoutEngine)
        case canvas(NetworkLayout)
    }

    /// Which map a network of a given size gets (stated in the README and in
    /// `maillage report --help`).
    public enum Scale: Sendable, Equatable {
        /// Up to ``labelledActors`` actors with a tie and ``labelledTies`` ties: every
        /// actor drawn with its name, by Graphviz.
        case labelled
        /// Larger: actors and ties on a canvas, names where they stay legible, with the
        /// clusters, territories and backbone overviews beside it.
        case canvas
        /// Over ``overviewActors`` actors with a tie or ``overviewTies`` ties: the
        /// clusters overview first; one cluster or territory opens on the actors'
        /// positions, with the backbone's ties (the page does not carry every tie).
        case overview

        /// The size up to which `render` draws every actor (`MapRequest.View.labelledActors`).
        public static let labelledActors = MapRequest.View.labelledActors
        /// The ties up to which `render` draws every actor (`MapRequest.View.labelledTies`).
        public static let labelledTies = MapRequest.View.labelledTies
        public static let overviewActors = 60_000
        public static let overviewTies = 1_500_000

        /// The rule for `actors` drawn (actors with at least one tie) and `ties`.
        public static func of(actors: Int, ties: Int) -> Scale {
            if actors <= labelledActors && ties <= labelledTies { return .labelled }
            if actors > overviewActors || ties > overviewTies { return .overview }
            return .canvas
        }
    }

    /// The canvas map's first view: the clusters overview, or every actor.
    public enum OpeningView: String, Sendable, Equatable {
        case clusters, actors

        /// The rule (stated in the map's caption, the README and `maillage report --help`):
        /// a canvas map is drawn only above the size where `render` chooses its clusters
        /// view (`MapRequest.View.automatic(for:)`: over ``Scale/labelledActors`` actors
        /// with a tie or ``Scale/labelledTies`` ties), where every actor at once is a
        /// hairball; so it opens on the clusters, the actors view one click away, unless
        /// the network has a single cluster (one disc says nothing).
        /// - Parameters:
        ///   - scale: the map's size class.
        ///   - clusters: how many clusters the overview draws.
        public static func of(scale: Scale, clusters: Int) -> OpeningView {
            switch scale {
            case .labelled: .actors
            case .overview: .clusters
            case .canvas: clusters >= 2 ? .clusters : .actors
            }
        }
    }

    /// The drawing.
    public let drawing: Drawing
    /// What Graphviz warned about while drawing it (labelled maps only), in order.
    public private(set) var warnings: [String] = []

    /// The map's SVG (labelled maps only).
    public var svg: InlineSVG? { if case .svg(let svg, _) = drawing { svg } else { nil } }
    /// The Graphviz layout that placed it (labelled maps only).
    public var layout: LayoutEngine? { if case .svg(_, let engine) = drawing { engine } else { nil } }
    /// The positions the canvas map draws (canvas maps only).
    public var positions: NetworkLayout? { if case .canvas(let layout) = drawing { layout } else { nil } }

    /// Renders `document` (an actor map, e.g. from `ActorMap.document()`) with `layout`.
    ///
    /// The graph's HTML label (the legend and title block) is removed before rendering;
    /// nodes, ties, ids, classes and tooltips are kept as they are.
    /// - Throws: `RenderError` when Graphviz fails, ``InlineSVG/Problem`` when its
    ///   output is not a single inert SVG element.
    /// - Complexity: that of the Graphviz layout, then linear in the SVG's length.
    public init(document: DOTGraph, layout: LayoutEngine) throws {
        var document = document
        document.attributes.removeAll { if case .htmlLabel = $0 { return true } else { return false } }
        let rendering = try GraphvizRenderer.shared.rendering(dot: DOTEncoder.encode(document), layout: layout, format: .svg)
        drawing = .svg(try InlineSVG(graphvizSVG: String(decoding: rendering.bytes, as: UTF8.self)), layout)
        warnings = rendering.warnings
    }

    /// A map from SVG already rendered by Graphviz's core `svg` renderer.
    /// - Throws: ``InlineSVG/Problem``.
    public init(graphvizSVG: String, layout: LayoutEngine) throws {
        drawing = .svg(try InlineSVG(graphvizSVG: graphvizSVG), layout)
    }

    /// A canvas map drawn from `positions`.
    public init(positions: NetworkLayout) {
        drawing = .canvas(positions)
    }
}
