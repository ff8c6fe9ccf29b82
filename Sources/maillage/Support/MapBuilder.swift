import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender

/// Turns a dataset and its analysis into the map the `render` options ask for.
struct MapBuilder {
    let dataset: Dataset
    let options: MapOptions
    private(set) var summary = ""

    init(dataset: Dataset, options: MapOptions) {
        self.dataset = dataset
        self.options = options
    }

    /// The territory level used for colours, frames and the territories view.
    func territoryLevel() -> TerritoryLevel {
        options.level ?? TerritoryAssignment.automaticLevel(for: dataset)
    }

    mutating func document() -> (DOTGraph, LayoutEngine) {
        let network = TwoModeNetwork(dataset: dataset)
        let projected = ProjectedGraph(network: network, projection: options.graph.projection)
        let g = projected.graph
        let title = "Coopérations — \(dataset.name)"
        switch options.view {
        case .bipartite: return bipartite(network: network, title: title)
        case .territories: return territories(projected: projected, title: title)
        case .actors: break
        }

        // Which actors are drawn: the ego's neighbourhood, or every actor with a tie.
        var keep = [Bool](repeating: false, count: g.nodeCount)
        var egoIndex: Int?
        if let ego = options.ego, let e = dataset.actorIndex[ego] {
            egoIndex = e
            var frontier = [e]
            keep[e] = true
            for _ in 0..<options.depth {
                var next: [Int] = []
                for v in frontier { for w in g.neighbors(of: v) where !keep[Int(w)] { keep[Int(w)] = true; next.append(Int(w)) } }
                frontier = next
            }
        } else {
            for v in 0..<g.nodeCount where options.includeIsolated || g.degree(v) > 0 { keep[v] = true }
        }
        let drawn = (0..<g.nodeCount).filter { keep[$0] }
        let position = Dictionary(uniqueKeysWithValues: drawn.enumerated().map { ($1, $0) })

        // Measures for size and tooltips.
        let sizeMeasure = MeasureColumn.all.first { $0.key == options.sizeBy }?.measure ?? .degree
        let measures = computeCentralities([.degree, .betweenness, sizeMeasure], on: g)
        let sizes = measures[sizeMeasure] ?? []
        let maxSize = drawn.map { sizes[$0] }.filter(\.isFinite).max() ?? 0

        // Groups for colours and frames: clusters or territories.
        let source = options.groupSource
        var groupOf = [Int](repeating: -1, count: g.nodeCount)
        var groupNames: [String] = []
        switch source {
        case .cluster:
            let partition = options.clusters.partition(of: g)
            groupOf = partition.membership
            groupNames = (0..<partition.count).map { c in
                let members = (0..<g.nodeCount).filter { partition.membership[$0] == c }
                let leader = members.max { (measures[.degree]?[$0] ?? 0, -$0) < (measures[.degree]?[$1] ?? 0, -$1) }
                return "groupe \(c + 1)" + (leader.map { " · " + MapText.shortened(dataset.actors[$0].name, to: 20) } ?? "")
            }
        case .territory:
            let assignment = TerritoryAssignment(dataset: dataset, level: territoryLevel())
            groupOf = assignment.groupOfActor
            groupNames = assignment.territories.map { MapText.abbreviated($0.name) }
        case .none:
            break
        }
        let coloring: MapColoring = options.colorBy == .kind ? .kind : .group

        let actors: [MapActor] = drawn.map { v in
            let actor = dataset.actors[v]
            let territories = actor.territories.compactMap { dataset.territory($0)?.name }
            var details = ["Type : \(actor.kind.label)"]
            if !territories.isEmpty { details.append("Territoires : \(territories.joined(separator: ", "))") }
            details.append("Liens : \(g.degree(v)) · intermédiarité : \(Formatting.decimal(measures[.betweenness]?[v], digits: 3))")
            if groupOf[v] >= 0, groupOf[v] < groupNames.count { details.append("Groupe : \(groupNames[groupOf[v]])") }
            let relative = maxSize > 0 && sizes[v].isFinite ? max(sizes[v], 0) / maxSize : 0.5
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind, details: details,
                            size: relative, group: groupOf[v], highlighted: v == egoIndex)
        }
        var ties: [MapTie] = []
        for edge in g.edges {
            guard let a = position[edge.u], let b = position[edge.v] else { continue }
            let names = projected.cooperations(between: edge.u, and: edge.v).map { dataset.cooperations[$0].name }
            ties.append(MapTie(u: a, v: b, weight: edge.weight, cooperations: names))
        }
        let engine = options.layout ?? (options.groupBy != .none ? .fdp : (actors.count > 400 ? .sfdp : .neato))
        let hidden = g.nodeCount - drawn.count
        var notes = [
            "Taille : \(MeasureColumn.all.first { $0.measure == sizeMeasure }?.label ?? sizeMeasure.rawValue) · épaisseur d'un lien : \(weightMeaning) · survol : détails et coopérations",
        ]
        if options.ego == nil && hidden > 0 { notes.append("\(hidden) acteur(s) sans coopération partagée non représenté(s) (--include-isolated pour les montrer)") }
        let subtitle: String
        if let ego = egoIndex {
            subtitle = "Voisinage de \(dataset.actors[ego].name) (\(options.depth) pas) · \(actors.count) acteurs, \(ties.count) liens"
        } else {
            subtitle = "\(actors.count) acteurs, \(ties.count) liens de coopération" + scopeText
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: engine, seed: Int(truncatingIfNeeded: options.clusters.seed))
        let map = ActorMap(frame: frame, actors: actors, ties: ties, coloring: coloring, groups: groupNames,
                           drawGroups: options.groupBy != .none, notes: notes)
        summary = "\(actors.count) acteurs, \(ties.count) liens"
        return (map.document(), engine)
    }

    private var weightMeaning: String {
        switch options.graph.projection {
        case .count: "coopérations partagées"
        case .newman: "poids de Newman"
        case .jaccard: "recouvrement (Jaccard)"
        }
    }

    private var scopeText: String {
        var parts: [String] = []
        if let t = options.graph.territory { parts.append("territoire \(dataset.territory(t)?.name ?? t)") }
        if !options.graph.kinds.isEmpty { parts.append("types : " + options.graph.kinds.map(\.label).joined(separator: ", ")) }
        if !options.graph.forms.isEmpty { parts.append("formes : " + options.graph.forms.map(\.label).joined(separator: ", ")) }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
    }

    private mutating func bipartite(network: TwoModeNetwork, title: String) -> (DOTGraph, LayoutEngine) {
        let g = network.graph
        let drawnActors = (0..<network.actorCount).filter { options.includeIsolated || g.degree($0) > 0 }
        let actorPosition = Dictionary(uniqueKeysWithValues: drawnActors.enumerated().map { ($1, $0) })
        let maxDegree = Double(drawnActors.map { g.degree($0) }.max() ?? 1)
        let actors = drawnActors.map { a in
            let actor = dataset.actors[a]
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind,
                            details: ["Type : \(actor.kind.label)", "Coopérations : \(g.degree(a))"],
                            size: Double(g.degree(a)) / max(maxDegree, 1))
        }
        let cooperations = dataset.cooperations.map { c in
            var details = ["Forme : \(c.form.label)"]
            if let n = c.declaredMembers { details.append("Effectif déclaré : \(n)") }
            if c.status == .enConstruction { details.append("En construction") }
            if !c.summary.isEmpty { details.append(c.summary) }
            return MapCooperation(id: c.id, name: c.name, form: c.form, details: details)
        }
        var memberships: [(actor: Int, cooperation: Int, role: MembershipRole)] = []
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let p = actorPosition[a], let c = dataset.cooperationIndex[m.cooperation] else { continue }
            memberships.append((p, c, m.role))
        }
        let engine = options.layout ?? (actors.count + cooperations.count > 400 ? .sfdp : .neato)
        let frame = MapFrame(title: title, subtitle: "\(cooperations.count) coopérations, \(actors.count) acteurs, \(memberships.count) participations",
                             layout: engine, seed: Int(truncatingIfNeeded: options.clusters.seed))
        let map = BipartiteMap(frame: frame, actors: actors, cooperations: cooperations, memberships: memberships,
                               notes: ["Trait épais : porteur ou animateur · tirets : financeur, accompagnateur, partenaire"])
        summary = "\(actors.count) acteurs, \(cooperations.count) coopérations"
        return (map.document(), engine)
    }

    private mutating func territories(projected: ProjectedGraph, title: String) -> (DOTGraph, LayoutEngine) {
        let level = territoryLevel()
        let assignment = TerritoryAssignment(dataset: dataset, level: level)
        let g = projected.graph
        let structure = GroupStructure(g, groups: assignment.groupOfActor, groupCount: assignment.groupCount)
        let between = groupGraph(of: g, groups: assignment.groupOfActor, groupCount: assignment.groupCount)
        let territories = assignment.territories.enumerated().map { i, t in
            let f = structure.groups[i]
            return MapTerritory(id: t.id, name: t.name, actors: f.members, details: [
                "\(f.members) acteurs · \(f.internalTies) liens internes · \(f.externalTies) liens vers d'autres territoires",
                "Indice E-I : \(Formatting.decimal(f.eiIndex, digits: 2))",
            ])
        }
        let links = between.edges.map { (u: $0.u, v: $0.v, ties: Int($0.weight)) }
        let engine = options.layout ?? .neato
        let unassigned = assignment.groupOfActor.count { $0 < 0 }
        var notes = ["Aire : acteurs du territoire · épaisseur et nombre : liens de coopération entre leurs acteurs"]
        if unassigned > 0 { notes.append("\(unassigned) acteur(s) sans territoire de niveau \(level.rawValue) non comptés") }
        let frame = MapFrame(title: title, subtitle: "Territoires (\(level.rawValue)) : \(territories.count), liens entre territoires : \(links.count)",
                             layout: engine, seed: Int(truncatingIfNeeded: options.clusters.seed))
        summary = "\(territories.count) territoires, \(links.count) liens"
        return (TerritoryMap(frame: frame, territories: territories, links: links, notes: notes).document(), engine)
    }
}
