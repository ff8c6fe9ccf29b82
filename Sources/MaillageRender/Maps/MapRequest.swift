import MaillageModel

/// What a map shows and how, whoever asks for it: `render` fills it from its options,
/// the report from its own, a Swift user directly. The analysis choices (projection,
/// scope, level, communities, seed) come from the `AnalysisSession`
/// the map is built from.
public struct MapRequest: Sendable, Hashable {
    /// The three pictures of a network.
    public enum View: String, CaseIterable, Sendable {
        /// Who cooperates with whom: the projected graph of actors.
        case actors
        /// Actors and their cooperations: the two-mode network.
        case bipartite
        /// Territories tied by the cooperation of their actors.
        case territories
        /// Communities: one node per cluster, sized by its actors, labelled by its main
        /// actor, main territory and main kind (when the actors are of several kinds: `Dataset.actorKindsDiffer`), tied by the ties between their actors.
        case clusters
    }

    /// What colours actors.
    public enum ColorBy: String, CaseIterable, Sendable {
        case kind, cluster, territory
    }

    /// What draws a frame around groups of actors.
    public enum GroupBy: String, CaseIterable, Sendable {
        case territory, cluster, none
    }

    public var view: View
    /// Graphviz layout; nil chooses one for the view and size.
    public var layout: LayoutEngine?
    public var colorBy: ColorBy
    /// Key of the measure that sizes actors (an `ActorMeasure` key).
    public var sizeBy: String
    public var groupBy: GroupBy
    /// Draw only the neighbourhood of this actor id, `depth` steps away.
    public var ego: String?
    public var depth: Int
    /// Draw only the actors of one cluster or one territory (actors view); nil draws
    /// every actor (or the ego's neighbourhood).
    public var focus: Focus?
    /// Keep only the ties the disparity filter finds significant at this level (the
    /// backbone view, actors view): only the main hubs are named. Nil keeps every tie.
    public var backbone: Double?
    public var includeIsolated: Bool
    /// The language of titles, notes and tooltips.
    public var language: Language
    /// The map will be read where hovering works (the report, an SVG in a browser): the
    /// legend may point to the tooltips. False for PNG and PDF.
    public var interactive: Bool
    /// Outlines of territories for the geographic map (`--layout geo --boundaries FILE`);
    /// without them, territories are drawn as the hulls of their actors.
    public var boundaries: GeoBoundaries? = nil

    public init(view: View = .actors, layout: LayoutEngine? = nil, colorBy: ColorBy = .kind, sizeBy: String = "degree",
                groupBy: GroupBy = .none, ego: String? = nil, depth: Int = 1, focus: Focus? = nil, backbone: Double? = nil,
                includeIsolated: Bool = false, language: Language = .fr, interactive: Bool = true) {
        self.view = view
        self.layout = layout
        self.colorBy = colorBy
        self.sizeBy = sizeBy
        self.groupBy = groupBy
        self.ego = ego
        self.depth = depth
        self.focus = focus
        self.backbone = backbone
        self.includeIsolated = includeIsolated
        self.language = language
        self.interactive = interactive
    }

    /// What groups actors for colours and frames: clusters, territories, or nothing.
    public var groupSource: GroupBy {
        switch colorBy {
        case .cluster: .cluster
        case .territory: .territory
        case .kind: groupBy
        }
    }
}
