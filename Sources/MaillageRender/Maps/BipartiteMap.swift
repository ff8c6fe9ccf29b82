import MaillageModel

/// A cooperation as the two-mode map shows it.
public struct MapCooperation: Sendable {
    public var id: String
    public var name: String
    public var form: CooperationForm
    /// Tooltip lines after the name.
    public var details: [String]

    public init(id: String, name: String, form: CooperationForm, details: [String] = []) {
        self.id = id
        self.name = name
        self.form = form
        self.details = details
    }
}

/// The two-mode map (`--view bipartite`): actors (by kind) and cooperations
/// (rounded boxes coloured by form), a line per membership, dashed for the
/// supporting roles (financeur, accompagnateur, partenaire), bold for the roles
/// that carry the cooperation (porteur, animateur).
public struct BipartiteMap: Sendable {
    public var frame: MapFrame
    public var actors: [MapActor]
    public var cooperations: [MapCooperation]
    /// (actor index, cooperation index, role).
    public var memberships: [(actor: Int, cooperation: Int, role: MembershipRole)]
    public var notes: [String]
    /// The language of the legend.
    public var language: Language

    public init(frame: MapFrame, actors: [MapActor], cooperations: [MapCooperation],
                memberships: [(actor: Int, cooperation: Int, role: MembershipRole)], notes: [String] = [], language: Language = .fr) {
        self.language = language
        self.frame = frame
        self.actors = actors
        self.cooperations = cooperations
        self.memberships = memberships
        self.notes = notes
    }

    public func document() -> DOTGraph {
        var entries = MapLegend.kindEntries(actors.map(\.kind), language: language)
        entries += CooperationForm.allCases.filter { form in cooperations.contains { $0.form == form } }.map {
            MapLegend.Entry(color: MapPalette.color(of: $0), text: language.pick("coopération : ", "cooperation: ") + language.label($0), shape: .box)
        }
        var graph = DOTGraph(
            attributes: frame.graphAttributes(nodeCount: actors.count + cooperations.count, edgeCount: memberships.count,
                                              legend: MapLegend.label(frame: frame, entries: entries, notes: notes)),
            nodeDefaults: [.fontName("DejaVu Sans"), .style([.filled]), .penWidth(0.8), .color("#333333"), .margin(0.04)],
            edgeDefaults: [.color("#5A5A5A99")])
        for (index, actor) in actors.enumerated() {
            let scale = actor.size.squareRoot()
            graph.nodes.append(DOTNode(name: "a\(index)", attributes: [
                .id(DOTEncoder.svgID(actor.id, prefix: "actor-")), .cssClass("actor kind-\(actor.kind.rawValue)"),
                .label(MapText.wrapped(actor.name)), .tooltip(([actor.name] + actor.details).joined(separator: "\n")),
                .shape(MapPalette.shape(of: actor.kind)), .fillColor(MapPalette.color(of: actor.kind)),
                .fontColor(MapPalette.fontColor(onKind: actor.kind)), .fontSize(8 + 6 * scale),
            ]))
        }
        for (index, cooperation) in cooperations.enumerated() {
            graph.nodes.append(DOTNode(name: "c\(index)", attributes: [
                .id(DOTEncoder.svgID(cooperation.id, prefix: "cooperation-")), .cssClass("cooperation form-\(cooperation.form.rawValue)"),
                .label(MapText.wrapped(cooperation.name, width: 22)),
                .tooltip(([cooperation.name] + cooperation.details).joined(separator: "\n")),
                .shape(.box), .style([.filled, .rounded, .bold]), .fillColor(MapPalette.color(of: cooperation.form)),
                .fontSize(11), .penWidth(1.4),
            ]))
        }
        for m in memberships {
            var attributes: [DOTAttribute] = [
                .tooltip("\(actors[m.actor].name) — \(cooperations[m.cooperation].name)" + language.pick(" : ", ": ") + language.label(m.role)),
                .cssClass("membership role-\(m.role.rawValue)"),
            ]
            switch m.role {
            case .porteur, .animateur: attributes += [.penWidth(2.6), .style([.bold])]
            case .financeur, .accompagnateur, .partenaire: attributes += [.penWidth(1.0), .style([.dashed])]
            case .membre: attributes += [.penWidth(1.2)]
            }
            graph.edges.append(DOTEdge(from: "a\(m.actor)", to: "c\(m.cooperation)", attributes: attributes))
        }
        return graph
    }
}
