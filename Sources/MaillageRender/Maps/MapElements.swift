import MaillageModel

/// An actor as a map shows it. The command layer fills it from the dataset and
/// the analysis; the map builders never read files.
public struct MapActor: Sendable {
    /// The dataset id (gives the stable SVG id `actor-…`).
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Tooltip lines after the name (kind, territories, key measures).
    public var details: [String]
    /// Relative size in 0…1 (by `--size-by`), 0.5 when not sized.
    public var size: Double
    /// Cluster or territory index for colouring and grouping, −1 when none.
    public var group: Int
    /// Drawn with a thick double outline (the ego of an ego map).
    public var highlighted: Bool
    /// Its name is drawn; otherwise a small mark, named in its tooltip only (the
    /// actors beyond the main hubs of a large map or a backbone).
    public var named: Bool

    public init(id: String, name: String, kind: ActorKind, details: [String] = [], size: Double = 0.5, group: Int = -1,
                highlighted: Bool = false, named: Bool = true) {
        self.named = named
        self.id = id
        self.name = name
        self.kind = kind
        self.details = details
        self.size = size
        self.group = group
        self.highlighted = highlighted
    }
}

/// A tie between two actors of the map (indices into the actor list), with the
/// cooperations behind it (tie provenance) for its tooltip.
public struct MapTie: Sendable {
    public var u: Int
    public var v: Int
    public var weight: Double
    public var cooperations: [String]

    public init(u: Int, v: Int, weight: Double, cooperations: [String]) {
        self.u = u
        self.v = v
        self.weight = weight
        self.cooperations = cooperations
    }
}

/// How actors are coloured.
public enum MapColoring: Sendable {
    /// By kind, Okabe–Ito colours, shapes by kind.
    case kind
    /// By group (cluster or territory, see ``ActorMap/groups``), named in the legend.
    case group
}

/// Map-wide presentation: title, subtitle, layout and seed.
public struct MapFrame: Sendable {
    public var title: String
    public var subtitle: String
    public var layout: LayoutEngine
    public var seed: Int

    public init(title: String, subtitle: String, layout: LayoutEngine, seed: Int = 1) {
        self.title = title
        self.subtitle = subtitle
        self.layout = layout
        self.seed = seed
    }

    /// Graph attributes common to every view, tuned per layout engine.
    func graphAttributes(nodeCount: Int, edgeCount: Int, legend: HTMLLabel) -> [DOTAttribute] {
        var attributes: [DOTAttribute] = [
            .htmlLabel(legend), .labelLocation("t"), .labelJust("l"), .fontName("DejaVu Sans"),
            .bgColor("white"), .pad(0.3), .outputOrder("edgesfirst"), .forceLabels(false),
        ]
        let curvedEdges = edgeCount <= 600 ? "true" : "false"
        switch layout {
        case .sfdp:
            attributes += [.overlap("prism"), .sep("+8"), .splines(curvedEdges), .k(1.2), .repulsiveForce(1.6), .start(seed)]
        case .neato:
            attributes += [.overlap("prism"), .sep("+8"), .splines(curvedEdges), .start(seed)]
        case .fdp:
            attributes += [.overlap("prism"), .sep("+8"), .splines(curvedEdges), .k(1.1), .start(seed)]
        case .dot:
            attributes += [.rankDir("LR"), .nodeSep(0.25), .rankSep(1.2), .splines("true")]
        case .circo, .twopi:
            attributes += [.overlap("prism"), .splines(curvedEdges)]
        case .geo:
            attributes += [.splines("false")]
        }
        return attributes
    }
}
