import Foundation
import MaillageAnalysis
import MaillageModel

/// Turns an analysis session into the map a ``MapRequest`` asks for: the one way maps
/// are made, by `render`, by the report and by a Swift user.
///
/// Measures, communities and territories come from the session, so a map shows the
/// same figures, clusters (numbered as `maillage clusters` lists them) and territories
/// as every other output.
public struct MapBuilder {
    public let session: AnalysisSession
    public let request: MapRequest

    /// A map of `session`'s network as `request` describes it.
    public init(session: AnalysisSession, request: MapRequest = MapRequest()) {
        self.session = session
        self.request = request
    }

    /// A map ready to be rendered: its DOT document, the layout that suits it, and a
    /// one-line account of what it shows ("85 acteurs, 412 liens").
    public struct Map: Sendable {
        public var document: DOTGraph
        public var layout: LayoutEngine
        public var summary: String
    }

    var dataset: Dataset { session.dataset }
    var l: Language { request.language }

    /// Builds the map.
    /// - Complexity: O(n + m) on top of what the session computes (degree, betweenness,
    ///   the size measure, the communities or territories used for colours), plus
    ///   O(n log n) to rank the hubs to name, and for a backbone ``MapBackbone``'s
    ///   Newman-weighted projection; the Graphviz layout comes after.
    public func map() -> Map {
        let title = l.pick("Coopérations — ", "Cooperations — ") + dataset.name
        if request.layout == .geo { return geographic(title: title) }  // issue 17
        switch request.view {
        case .bipartite: return bipartite(title: title)
        case .territories: return territories(title: title)
        case .clusters: return clusters(title: title)
        case .actors: return actors(title: title)
        }
    }

    /// How many hubs are named on a map whose actors are not all named (a backbone,
    /// or more than ``MapRequest/View/labelledActors`` actors): the largest by the size
    /// measure.
    public static let namedHubs = 30

    /// The actors view: every actor with a tie, an ego's neighbourhood or a focus (one
    /// cluster or territory), with every tie between them or the backbone's only.
    /// - Complexity: O(n + m) and the cooperations named in the ties' tooltips, plus
    ///   O(n log n) to rank the hubs.
    private func actors(title: String) -> Map {
        let projected = session.projected
        let g = projected.graph
        let selection = actorSelection()
        let significant = selection.significant
        let egoIndex = selection.egoIndex
        let drawn = selection.drawn
        var position = [Int](repeating: -1, count: g.nodeCount)
        for (i, v) in drawn.enumerated() { position[v] = i }

        // Measures for size and tooltips.
        let sizeMeasure = ActorSize.named(request.sizeBy) ?? .measure(ActorMeasure.all[0])
        session.compute((sizeMeasure.measure.map { [$0] } ?? []) + (ActorMeasure.named("betweenness").map { [$0] } ?? []))
        let betweenness = session.betweenness
        let sizes = session.sizes(by: sizeMeasure)
        // An actor without a headcount is drawn smallest; a measure undefined for it, mid-sized.
        let missingSize = sizeMeasure.isJobs ? 0.0 : 0.5
        let maxSize = drawn.map { sizes[$0] }.filter(\.isFinite).max() ?? 0
        // Names: every actor on a small map; the main hubs only on a backbone or a large one.
        let (named, namesAll) = namedActors(drawn, sizes: sizes, backbone: significant != nil, egoIndex: egoIndex)

        let (groupOf, groupNames, coloring) = actorGroups()

        let actors: [MapActor] = drawn.map { v in
            let actor = dataset.actors[v]
            let territories = actor.territories.compactMap { dataset.territory($0)?.name }
            var details = [l.pick("Type : ", "Kind: ") + l.label(actor.kind)]
            if !territories.isEmpty { details.append(l.pick("Territoires : ", "Territories: ") + territories.joined(separator: ", ")) }
            details.append(l.pick("Liens : ", "Ties: ") + "\(g.degree(v))" + l.pick(" · intermédiarité : ", " · betweenness: ")
                           + l.decimal(betweenness[v], digits: 3))
            if groupOf[v] >= 0, groupOf[v] < groupNames.count { details.append(l.pick("Groupe : ", "Group: ") + groupNames[groupOf[v]]) }
            let relative = maxSize > 0 && sizes[v].isFinite ? max(sizes[v], 0) / maxSize : missingSize
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind, details: details,
                            size: relative, group: groupOf[v], highlighted: v == egoIndex, named: named[v])
        }
        var ties: [MapTie] = []
        g.forEachEdge { index, u, v, weight in
            let a = position[u], b = position[v]
            guard a >= 0, b >= 0, selection.keeps(edge: index) else { return }
            let names = projected.cooperations(between: u, and: v).map { dataset.cooperations[$0].name }
            ties.append(MapTie(u: a, v: b, weight: weight, cooperations: names))
        }
        let engine = request.layout ?? (request.groupBy != .none ? .fdp : (actors.count > 400 ? .sfdp : .neato))
        var notes = [
            l.pick("Taille : ", "Size: ") + sizeMeasure.legend(in: l) + l.pick(" · épaisseur d'un lien : ", " · width of a tie: ")
                + weightMeaning + (request.interactive ? l.pick(" · survol : détails et coopérations", " · hover: details and cooperations") : ""),
        ]
        if !namesAll {
            notes.append(l.pick("Noms : les \(min(Self.namedHubs, drawn.count)) acteurs les plus grands (\(sizeMeasure.name(in: l)))",
                                "Names: the \(min(Self.namedHubs, drawn.count)) largest actors (\(sizeMeasure.name(in: l)))")
                         + (request.interactive ? l.pick(", les autres au survol", ", the others on hover") : ""))
        }
        notes += selectionNotes(selection)
        let hidden = selection.hidden
        let counts = l.pick(l.count(actors.count, "acteur", "acteurs") + ", " + l.count(ties.count, "lien", "liens"),
                            l.count(actors.count, "actor", "actors") + ", " + l.count(ties.count, "tie", "ties"))
        let subtitle = selectionSubtitle(selection, counts: counts) {
            var line = l.pick(l.count(actors.count, "acteur", "acteurs") + ", " + l.count(ties.count, "lien", "liens") + " de coopération",
                              l.count(actors.count, "actor", "actors") + ", " + l.count(ties.count, "cooperation tie", "cooperation ties"))
                + scopeText
            if hidden > 0 && significant == nil { line += "\n" + leftOutIsolated(hidden, of: g.nodeCount) }
            return line
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: engine, seed: layoutSeed)
        let map = ActorMap(frame: frame, actors: actors, ties: ties, coloring: coloring, groups: groupNames,
                           drawGroups: request.groupBy != .none, notes: notes, language: l)
        return Map(document: map.document(), layout: engine, summary: counts)
    }

    /// "groupe 3 · <main actor>" for each cluster, in ``AnalysisSession/clusters`` order.
    var clusterNames: [String] {
        session.clusters.enumerated().map { c, cluster in
            l.pick("groupe ", "cluster ") + "\(c + 1)" + (cluster.members.first.map { " · " + MapText.shortened(dataset.actors[$0].name, to: 20) } ?? "")
        }
    }

    /// What a focus shows, for the subtitle: "Groupe 3 (main actor)" or "Territoire Lyon".
    func focusName(_ focus: MapRequest.Focus) -> String {
        switch focus {
        case .cluster(let number):
            let hub = number >= 1 && number <= session.clusters.count ? session.clusters[number - 1].members.first.map { " (" + dataset.actors[$0].name + ")" } ?? "" : ""
            return l.pick("Groupe ", "Cluster ") + "\(number)" + hub
        case .territory(let id):
            return l.pick("Territoire ", "Territory ") + (dataset.territory(id)?.name ?? id)
        }
    }

    /// The title-block line that says how many actors a view leaves out for sharing no
    /// cooperation, and the option that draws them.
    private func leftOutIsolated(_ hidden: Int, of total: Int) -> String {
        hidden == 1
            ? l.pick("1 acteur sur \(l.integer(total)) n'est pas dessiné : il ne partage aucune coopération avec un autre ; --include-isolated le montre",
                     "1 of \(total) actors is not drawn: it shares no cooperation with another; --include-isolated shows it")
            : l.pick("\(l.integer(hidden)) acteurs sur \(l.integer(total)) ne sont pas dessinés : ils ne partagent aucune coopération avec un autre ; --include-isolated les montre",
                     "\(hidden) of \(total) actors are not drawn: they share no cooperation with another; --include-isolated shows them")
    }

    var layoutSeed: Int { Int(truncatingIfNeeded: session.settings.communities.seed) }

    var weightMeaning: String {
        switch session.settings.projection {
        case .count: l.pick("coopérations partagées", "shared cooperations")
        case .newman: l.pick("poids de Newman", "Newman weight")
        case .jaccard: l.pick("recouvrement (Jaccard)", "overlap (Jaccard)")
        }
    }

    var scopeText: String {
        let scope = session.scope
        var parts: [String] = []
        if let t = scope.territory { parts.append(l.pick("territoire ", "territory ") + (session.fullDataset.territory(t)?.name ?? t)) }
        if !scope.kinds.isEmpty { parts.append(l.pick("types : ", "kinds: ") + scope.kinds.sorted().map { l.label($0) }.joined(separator: ", ")) }
        if !scope.forms.isEmpty {
            parts.append(l.pick("formes : ", "forms: ") + scope.forms.sorted { $0.rawValue < $1.rawValue }.map { l.label($0) }.joined(separator: ", "))
        }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
    }

    private func bipartite(title: String) -> Map {
        let network = session.twoModeNetwork
        let g = network.graph
        let drawnActors = (0..<network.actorCount).filter { request.includeIsolated || g.degree($0) > 0 }
        var actorPosition = [Int](repeating: -1, count: network.actorCount)
        for (i, a) in drawnActors.enumerated() { actorPosition[a] = i }
        let maxDegree = Double(drawnActors.map { g.degree($0) }.max() ?? 1)
        let actors = drawnActors.map { a in
            let actor = dataset.actors[a]
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind,
                            details: [l.pick("Type : ", "Kind: ") + l.label(actor.kind), l.pick("Coopérations : ", "Cooperations: ") + "\(g.degree(a))"],
                            size: Double(g.degree(a)) / max(maxDegree, 1))
        }
        let cooperations = dataset.cooperations.map { c in
            var details = [l.pick("Forme : ", "Form: ") + l.label(c.form)]
            if let n = c.declaredMembers { details.append(l.pick("Effectif déclaré : ", "Declared size: ") + "\(n)") }
            if c.status == .enConstruction { details.append(l.pick("En construction", "Being built")) }
            if !c.summary.isEmpty { details.append(c.summary) }
            return MapCooperation(id: c.id, name: c.name, form: c.form, details: details)
        }
        var memberships: [(actor: Int, cooperation: Int, role: MembershipRole)] = []
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], actorPosition[a] >= 0, let c = dataset.cooperationIndex[m.cooperation] else { continue }
            memberships.append((actorPosition[a], c, m.role))
        }
        let engine = request.layout ?? (actors.count + cooperations.count > 400 ? .sfdp : .neato)
        var subtitle = l.pick("\(l.integer(cooperations.count)) coopérations, \(l.integer(actors.count)) acteurs, \(l.integer(memberships.count)) participations",
                              "\(cooperations.count) cooperations, \(actors.count) actors, \(memberships.count) memberships")
        let hidden = network.actorCount - drawnActors.count
        if hidden > 0 {
            subtitle += "\n" + (hidden == 1
                ? l.pick("1 acteur sur \(l.integer(network.actorCount)) n'est pas dessiné : il ne participe à aucune coopération ; --include-isolated le montre",
                         "1 of \(network.actorCount) actors is not drawn: it takes part in no cooperation; --include-isolated shows it")
                : l.pick("\(l.integer(hidden)) acteurs sur \(l.integer(network.actorCount)) ne sont pas dessinés : ils ne participent à aucune coopération ; --include-isolated les montre",
                         "\(hidden) of \(network.actorCount) actors are not drawn: they take part in no cooperation; --include-isolated shows them"))
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: engine, seed: layoutSeed)
        let map = BipartiteMap(frame: frame, actors: actors, cooperations: cooperations, memberships: memberships,
                               notes: [l.pick("Trait épais : porteur ou animateur · tirets : financeur, accompagnateur, partenaire",
                                              "Thick line: lead or facilitator · dashes: funder, adviser, partner")],
                               language: l)
        return Map(document: map.document(), layout: engine,
                   summary: l.pick(l.count(actors.count, "acteur", "acteurs") + ", " + l.count(cooperations.count, "coopération", "coopérations"),
                                   l.count(actors.count, "actor", "actors") + ", " + l.count(cooperations.count, "cooperation", "cooperations")))
    }

    private func territories(title: String) -> Map {
        let assignment = session.assignment
        let level = assignment.level
        let structure = session.territoryStructure
        let between = session.territoryLinks
        let territories = assignment.territories.enumerated().map { i, t in
            let f = structure.groups[i]
            return MapTerritory(id: t.id, name: t.name, actors: f.members, details: [
                l.pick("\(l.count(f.members, "acteur", "acteurs")) · \(l.count(f.internalTies, "lien interne", "liens internes")) · \(l.count(f.externalTies, "lien", "liens")) vers d'autres territoires",
                       "\(l.count(f.members, "actor", "actors")) · \(l.count(f.internalTies, "internal tie", "internal ties")) · \(l.count(f.externalTies, "tie", "ties")) to other territories"),
                l.pick("Indice E-I : ", "E-I index: ") + l.decimal(f.eiIndex, digits: 2),
            ])
        }
        let links = between.edges.map { (u: Int($0.u), v: Int($0.v), ties: Int($0.weight)) }
        let engine = request.layout ?? .neato
        let unassigned = assignment.groupOfActor.count { $0 < 0 }
        let notes = [l.pick("Aire : acteurs du territoire · épaisseur et nombre : liens de coopération entre leurs acteurs",
                            "Area: actors of the territory · width and number: cooperation ties between their actors")]
        var subtitle = l.pick("Territoires (\(l.label(level))) : \(l.integer(territories.count)), liens entre territoires : \(l.integer(links.count))",
                              "Territories (\(l.label(level))): \(territories.count), ties between territories: \(links.count)")
        if unassigned > 0 {
            // Said in the title block, in normal type: how many, why, and what includes them.
            let total = assignment.groupOfActor.count
            subtitle += "\n" + l.pick(
                "\(unassigned) acteurs sur \(total) ne sont pas comptés : ils ne sont rattachés à aucun territoire de niveau \(l.label(level)) (situés plus haut, ou sans territoire)",
                "\(unassigned) of \(total) actors are not counted: they belong to no territory at the \(l.label(level)) level (located higher up, or without a territory)")
            if let wider = Self.widerLevel(than: level, dataset: dataset, unassigned: unassigned) {
                subtitle += l.pick(" ; --level \(wider.level.rawValue) en compte \(wider.counted)", "; --level \(wider.level.rawValue) counts \(wider.counted)")
            }
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: engine, seed: layoutSeed)
        return Map(document: TerritoryMap(frame: frame, territories: territories, links: links, notes: notes, language: l).document(), layout: engine,
                   summary: l.pick(l.count(territories.count, "territoire", "territoires") + ", " + l.count(links.count, "lien", "liens"),
                                   l.count(territories.count, "territory", "territories") + ", " + l.count(links.count, "tie", "ties")))
    }

    /// The first level above `level` at which more actors find a territory, with how many
    /// of the `unassigned` it then counts; nil when none does.
    static func widerLevel(than level: TerritoryLevel, dataset: Dataset, unassigned: Int) -> (level: TerritoryLevel, counted: Int)? {
        let order: [TerritoryLevel] = [.commune, .epci, .pays, .departement, .region]
        guard let start = order.firstIndex(of: level) else { return nil }
        for wider in order.dropFirst(start + 1) {
            let left = TerritoryAssignment(dataset: dataset, level: wider).groupOfActor.count { $0 < 0 }
            if left < unassigned { return (wider, unassigned - left) }
        }
        return nil
    }

    /// The communities map: one node per cluster (``TerritoryMap``'s drawing: area by
    /// actors), named by its main actor with its main territory and kind for the 40
    /// largest (the others in their tooltip only, so that every name drawn is legible),
    /// tied by the ties between their actors — the strongest three per cluster, so
    /// that the picture stays a map and not a hairball. At most
    /// ``clustersDrawn`` clusters are drawn, the largest (clusters are listed largest
    /// first): a network of many small separate groups (thousands of clusters of a few
    /// actors) would otherwise give thousands of discs nobody can read, and hours of
    /// Graphviz layout; the subtitle says how many clusters and actors are left out.
    /// - Complexity: O(n + m) and the layout of at most ``clustersDrawn`` clusters.
    private func clusters(title: String) -> Map {
        let allClusters = session.clusters
        let clusters = Array(allClusters.prefix(Self.clustersDrawn))
        let clusterOf = session.clusterOfActor
        let g = session.graph
        let names = session.assignment.territories.map(\.shortName)
        var ties: [Int: Int] = [:]
        let k = clusters.count
        for u in 0..<g.nodeCount where clusterOf[u] >= 0 && clusterOf[u] < k {
            for w in g.neighbors(of: u) where Int(w) > u {
                let a = clusterOf[u], b = clusterOf[Int(w)]
                guard b >= 0, b < k, a != b else { continue }
                ties[min(a, b) * k + max(a, b), default: 0] += 1
            }
        }
        // The three strongest links of each cluster.
        var strongest = [[(other: Int, ties: Int)]](repeating: [], count: k)
        for (key, n) in ties { strongest[key / k].append((key % k, n)); strongest[key % k].append((key / k, n)) }
        var kept = Set<Int>()
        for c in 0..<k {
            for link in strongest[c].sorted(by: { $0.ties != $1.ties ? $0.ties > $1.ties : $0.other < $1.other }).prefix(3) {
                kept.insert(min(c, link.other) * k + max(c, link.other))
            }
        }
        let links = kept.sorted().map { (u: $0 / k, v: $0 % k, ties: ties[$0] ?? 0) }
        // A dataset whose actors are all of one kind would repeat it on every disc.
        let kindTells = dataset.actorKindsDiffer
        let nodes: [MapTerritory] = clusters.enumerated().map { index, cluster in
            var kindCounts: [ActorKind: Int] = [:]
            for m in cluster.members where dataset.actors[m].kind != .unknown { kindCounts[dataset.actors[m].kind, default: 0] += 1 }
            let mainKind = kindCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }
            let hub = cluster.members.first.map { dataset.actors[$0].name } ?? ""
            var facts: [String] = []
            if let t = cluster.territories.first { facts.append(names[t.territory]) }
            if kindTells, let kind = mainKind { facts.append(l.label(kind.key)) }
            let label = l.pick("Groupe ", "Cluster ") + "\(index + 1)" + (index < 40 ? " · " + MapText.shortened(hub, to: 26) + (facts.isEmpty ? "" : "\n" + facts.joined(separator: " · ")) : "")
            return MapTerritory(id: "\(index + 1)", name: label, actors: cluster.members.count, details: [
                l.pick("Acteurs principaux : ", "Main actors: ") + cluster.members.prefix(5).map { dataset.actors[$0].name }.joined(separator: ", "),
            ] + (facts.isEmpty ? [] : [facts.joined(separator: " · ")]))
        }
        let engine = request.layout ?? (k > 400 ? .sfdp : .neato)
        // No numbers on the lines: Graphviz may drop a label it cannot place among the
        // names, and a legend must not promise what is not drawn.
        let notes = [l.pick("Un disque par groupe d'acteurs qui coopèrent surtout entre eux (aire : acteurs) · traits : les liens les plus forts entre groupes (trois par groupe), épais comme le nombre de liens entre leurs acteurs",
                            "One disc per cluster of actors that cooperate mostly among themselves (area: actors) · lines: the strongest ties between clusters (three per cluster), as wide as the number of ties between their actors")]
        var subtitle = l.pick("\(k) groupes, \(g.nodeCount - session.isolatedActors.count) acteurs liés, modularité ", "\(k) clusters, \(g.nodeCount - session.isolatedActors.count) tied actors, modularity ")
            + l.decimal(session.partition.modularity, digits: 2)
        if allClusters.count > k {
            let left = allClusters.count - k, actors = allClusters.dropFirst(k).reduce(0) { $0 + $1.members.count }
            subtitle += "\n" + l.pick("les \(k) plus grands groupes ; les \(left) autres (\(actors) acteurs) ne sont pas dessinés ; --cluster N en montre un",
                                      "the \(k) largest clusters; the \(left) others (\(actors) actors) are not drawn; --cluster N shows one")
        }
        let isolated = session.isolatedActors.count
        if isolated > 0 {
            subtitle += "\n" + (isolated == 1
                ? l.pick("1 acteur sur \(l.integer(g.nodeCount)) n'est dans aucun groupe : il ne partage aucune coopération ; --view actors --include-isolated le montre",
                         "1 of \(g.nodeCount) actors is in no cluster: it shares no cooperation; --view actors --include-isolated shows it")
                : l.pick("\(l.integer(isolated)) acteurs sur \(l.integer(g.nodeCount)) ne sont dans aucun groupe : ils ne partagent aucune coopération ; --view actors --include-isolated les montre",
                         "\(isolated) of \(g.nodeCount) actors are in no cluster: they share no cooperation; --view actors --include-isolated shows them"))
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: engine, seed: layoutSeed)
        var map = TerritoryMap(frame: frame, territories: nodes, links: links, notes: notes, language: l)
        map.nodeClass = "cluster"
        map.showsLinkCounts = false
        return Map(document: map.document(), layout: engine,
                   summary: l.pick(l.count(k, "groupe", "groupes") + ", " + l.count(links.count, "lien", "liens") + " entre groupes",
                                   l.count(k, "cluster", "clusters") + ", " + l.count(links.count, "tie", "ties") + " between clusters"))
    }

    /// The most clusters the communities map draws (the largest).
    static let clustersDrawn = 150
}
