import MaillageModel

/// The map of the projected cooperation graph (`--view actors`, and ego maps):
/// actors as nodes coloured and shaped by kind (or coloured by cluster or
/// territory), sized by a measure, ties as edges as thick as their weight, each
/// tie's tooltip naming the cooperations behind it, optional Graphviz clusters per
/// group, and a title with a legend.
public struct ActorMap: Sendable {
    public var frame: MapFrame
    public var actors: [MapActor]
    public var ties: [MapTie]
    public var coloring: MapColoring
    /// Names of the groups (clusters or territories) that ``MapActor/group`` indexes.
    public var groups: [String]
    /// Draw a box around each group's actors (territories or clusters).
    public var drawGroups: Bool
    /// Legend notes (what sizes and widths mean).
    public var notes: [String]
    /// The language of the legend.
    public var language: Language

    public init(frame: MapFrame, actors: [MapActor], ties: [MapTie], coloring: MapColoring = .kind,
                groups: [String] = [], drawGroups: Bool = false, notes: [String] = [], language: Language = .fr) {
        self.language = language
        self.groups = groups
        self.frame = frame
        self.actors = actors
        self.ties = ties
        self.coloring = coloring
        self.drawGroups = drawGroups
        self.notes = notes
    }

    /// The DOT document of the map.
    public func document() -> DOTGraph {
        let maxWeight = ties.map(\.weight).max() ?? 1
        let entries = MapLegend.actorEntries(actors, coloring: coloring, groups: groups, language: language)
        var graph = DOTGraph(
            attributes: frame.graphAttributes(nodeCount: actors.count, edgeCount: ties.count,
                                              legend: MapLegend.label(frame: frame, entries: entries, notes: notes)),
            nodeDefaults: [.fontName("DejaVu Sans"), .style([.filled]), .penWidth(0.8), .color("#333333"), .margin(0.04)],
            edgeDefaults: [.color("#5A5A5A88")])
        for (index, actor) in actors.enumerated() {
            let scale = actor.size.squareRoot()
            let fill: String, font: String, shape: DOTAttribute.NodeShape
            switch coloring {
            case .kind:
                fill = MapPalette.color(of: actor.kind); font = MapPalette.fontColor(onKind: actor.kind)
                shape = MapPalette.shape(of: actor.kind)
            case .group:
                fill = MapPalette.groupColor(actor.group); font = MapPalette.fontColor(onGroup: actor.group)
                shape = MapPalette.shape(of: actor.kind)
            }
            var attributes: [DOTAttribute] = [
                .id(DOTEncoder.svgID(actor.id, prefix: "actor-")),
                .cssClass("actor kind-\(actor.kind.rawValue)"),
                .tooltip(([actor.name] + actor.details).joined(separator: "\n")),
                .shape(shape), .fillColor(fill), .fontColor(font),
            ]
            if actor.named {
                attributes += [.label(MapText.wrapped(MapText.abbreviated(actor.name))),
                               .fontSize(8 + 8 * scale), .width(0.3 + 1.0 * scale), .height(0.2 + 0.5 * scale)]
            } else {
                // A mark sized like the named ones' area would be, without a name.
                attributes += [.label(""), .fixedSize(true), .width(0.08 + 0.3 * scale), .height(0.08 + 0.3 * scale)]
            }
            if actor.highlighted { attributes += [.penWidth(3), .peripheries(2), .color("#000000")] }
            graph.nodes.append(DOTNode(name: "n\(index)", attributes: attributes))
        }
        for tie in ties {
            let names = tie.cooperations.isEmpty ? "" : " : " + tie.cooperations.joined(separator: ", ")
            let a = actors[tie.u], b = actors[tie.v]
            graph.edges.append(DOTEdge(from: "n\(tie.u)", to: "n\(tie.v)", attributes: [
                .id(DOTEncoder.svgID(a.id, prefix: "tie-") + DOTEncoder.svgID(b.id, prefix: "--")),
                .cssClass("tie"),
                .penWidth(0.6 + 3.4 * tie.weight / maxWeight),
                .tooltip("\(a.name) — \(b.name)\(names)"),
                .weight(tie.weight),
            ]))
        }
        if drawGroups {
            for (g, name) in groups.enumerated() {
                let members = actors.indices.filter { actors[$0].group == g }.map { "n\($0)" }
                guard !members.isEmpty else { continue }
                graph.subgraphs.append(DOTSubgraph(name: "cluster_g\(g)", attributes: [
                    .label(name), .style([.rounded, .dashed]), .color(MapPalette.groupColor(g)), .fontName("DejaVu Sans"),
                    .fontSize(11), .id(DOTEncoder.svgID(name, prefix: "group-")),
                ], nodeNames: members))
            }
        }
        return graph
    }
}
