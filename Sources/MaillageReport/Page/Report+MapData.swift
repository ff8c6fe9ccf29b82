import MaillageAnalysis
import MaillageModel
import MaillageRender
import MaillageSupport

extension Report {
    /// The significance level of the backbone view (disparity filter).
    static let backboneAlpha = 0.05

    /// The map's scale by ``ReportMap/Scale/of(actors:ties:)``, on the actors with a tie.
    var mapScale: ReportMap.Scale { analysis.mapScale }

    /// Whether actors are coloured by cluster rather than by kind: when at least half
    /// of them have no known kind (a dataset of memberships only), kinds would paint
    /// every actor the same grey.
    var colorsByCluster: Bool {
        let unknown = dataset.actors.count { $0.kind == .unknown }
        return dataset.actors.isEmpty ? false : 2 * unknown >= dataset.actors.count
    }

    /// The canvas map's first view, by the rule of ``ReportMap/OpeningView/of(scale:clusters:)``
    /// (clusters of at least two actors counted: an actor without a tie is not drawn).
    var openingView: ReportMap.OpeningView {
        ReportMap.OpeningView.of(scale: mapScale, clusters: analysis.clusters.count { $0.members.count >= 2 })
    }

    /// The data the canvas map draws (the `map` member of the page data).
    ///
    /// Positions are in tenths of a layout unit (integers), null for actors without a
    /// tie (not drawn). The backbone's ties are written as ``pairList(_:count:)`` writes them. The clusters and territories overviews place one disc per group
    /// (`GroupLayout`: area by actor count, tied groups side by side, no overlap),
    /// with the number of ties between groups; each cluster is labelled by its main
    /// actors, its main territory and its main kind (when the actors are of several kinds). The backbone lists the ties kept by the disparity filter
    /// (α = ``backboneAlpha``, on Newman's weights: `MapBackbone`). With `--size-by
    /// employees`, `size` gives each actor's headcount (``sizeData``).
    /// - Complexity: O(n + m) on n actors and m ties, plus the Newman-weighted projection
    ///   of the backbone (`MapBackbone`, linear in the co-member pairs) and the group
    ///   layouts (O(k log k) for k groups).
    func canvasMapData(_ layout: NetworkLayout, scale: ReportMap.Scale) -> JSONValue {
        let g = analysis.projected.graph
        let n = g.nodeCount
        var xs: [JSONValue] = [], ys: [JSONValue] = []
        xs.reserveCapacity(n)
        ys.reserveCapacity(n)
        for v in 0..<n {
            if g.degree(v) > 0 {
                xs.append(.int(Int((layout.actors.x[v] * 10).rounded())))
                ys.append(.int(Int((layout.actors.y[v] * 10).rounded())))
            } else {
                xs.append(.null)
                ys.append(.null)
            }
        }
        let kept = MapBackbone.significant(in: analysis.session, alpha: Self.backboneAlpha)
        var backbone: [(Int, Int)] = []
        g.forEachEdge { index, u, v, _ in if kept[index] { backbone.append((u, v)) } }
        let clusterOf = analysis.clusterOfActor
        let territoryOf = analysis.assignment.groupOfActor
        let kinds = ActorKind.allCases.map { ($0.rawValue, JSONValue.string(MapPalette.color(of: $0))) }
        return .object([
            ("scale", .string(scale == .overview ? "overview" : "canvas")),
            ("view", .string(openingView.rawValue)),
            ("colorBy", .string(colorsByCluster ? "cluster" : "kind")),
            ("kindColors", .object(kinds)),
            ("groupColors", .array(MapPalette.groups.map { .string($0) })),
            ("other", .string(MapPalette.other)),
            ("x", .array(xs)),
            ("y", .array(ys)),
            ("territory", .array(territoryOf.map { .int($0) })),
            ("backbone", Self.pairList(backbone, count: n)),
            ("clusters", .array(clusterOverview(layout))),
            ("clusterLinks", .array(groupLinks(clusterOf))),
            ("territories", .array(territoryOverview(layout))),
            ("territoryLinks", .array(groupLinks(territoryOf))),
        ] + sizeData)
    }

    /// The canvas map's `size` member when actors are sized otherwise than by their number
    /// of partners (the script then reads `degree`): one value per actor, its headcount (a
    /// band's middle) or the measure asked for, null when it has none (drawn smallest).
    private var sizeData: [(String, JSONValue)] {
        if case .measure(let m) = sizeBy, m.key == "degree" { return [] }
        let values = analysis.session.sizes(by: sizeBy)
        return [("size", .array(values.prefix(dataset.actors.count).map { $0.isFinite && $0 >= 0 ? .number($0) : .null }))]
    }

    /// Ties between groups as a flat list (group a, group b, ties), a < b, by a then b.
    /// - Complexity: O(m + k log k) for k linked pairs.
    private func groupLinks(_ groupOf: [Int]) -> [JSONValue] {
        let g = analysis.projected.graph
        var counts: [Int: Int] = [:]
        let groups = (groupOf.max() ?? -1) + 1
        for u in 0..<g.nodeCount where groupOf[u] >= 0 {
            for w in g.neighbors(of: u) {
                let v = Int(w)
                guard v > u, groupOf[v] >= 0, groupOf[v] != groupOf[u] else { continue }
                let a = min(groupOf[u], groupOf[v]), b = max(groupOf[u], groupOf[v])
                counts[a * groups + b, default: 0] += 1
            }
        }
        return counts.keys.sorted().flatMap { key -> [JSONValue] in
            [.int(key / groups), .int(key % groups), .int(counts[key] ?? 0)]
        }
    }

    /// Where each group's disc sits on its overview (`GroupLayout`), in tenths of a unit.
    private func discs(groupOf: [Int], count: Int) -> [(x: Int, y: Int, r: Int)] {
        let layout = GroupLayout(graph: analysis.projected.graph, groupOf: groupOf, groupCount: count, seed: analysis.settings.seed)
        func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }
        var result: [(x: Int, y: Int, r: Int)] = []
        result.reserveCapacity(count)
        for g in 0..<count { result.append((tenths(layout.x[g]), tenths(layout.y[g]), tenths(layout.radius[g]))) }
        return result
    }

    /// One entry per cluster (report order): label lines, main actors, size and centre.
    private func clusterOverview(_ layout: NetworkLayout) -> [JSONValue] {
        let centre = discs(groupOf: analysis.clusterOfActor, count: analysis.clusters.count)
        let names = territoryNames
        // A dataset whose actors are all of one kind would repeat "(100 %)" of it on every group.
        let kindTells = dataset.actorKindsDiffer
        return analysis.clusters.enumerated().map { index, cluster in
            var kindCounts = [Int](repeating: 0, count: ActorKind.allCases.count)
            for m in cluster.members { kindCounts[ActorKind.allCases.firstIndex(of: dataset.actors[m].kind) ?? 0] += 1 }
            let known = ActorKind.allCases.indices.filter { ActorKind.allCases[$0] != .unknown }
            let mainKind = known.max { kindCounts[$0] != kindCounts[$1] ? kindCounts[$0] < kindCounts[$1] : $0 > $1 }
            var facts: [String] = []
            // A share that rounds to 0 % (few actors located, or of a known kind) is said as a count.
            func amount(_ n: Int) -> String {
                let share = 100 * Double(n) / Double(cluster.members.count)
                return share < 0.5 ? l.count(n, l.pick("acteur", "actor"), l.pick("acteurs", "actors")) : "\(l.decimal(share, digits: 0)) %"
            }
            if let t = cluster.territories.first {
                facts.append(MapText.abbreviated(names[t.territory]) + " (\(amount(t.actors)))")
            }
            if kindTells, let k = mainKind, kindCounts[k] > 0 {
                facts.append(l.label(ActorKind.allCases[k]) + " (\(amount(kindCounts[k])))")
            }
            let hubs = Array(cluster.members.prefix(3))
            return .object([
                ("number", .int(index + 1)),
                ("size", .int(cluster.members.count)),
                ("x", .int(centre[index].x)),
                ("y", .int(centre[index].y)),
                ("r", .int(centre[index].r)),
                ("hubs", .array(hubs.map { .int($0) })),
                ("title", .string(MapText.shortened(dataset.actors[hubs.first ?? 0].name, to: 32))),
                ("facts", .string(facts.joined(separator: " · "))),
            ])
        }
    }

    /// One entry per territory of the report's level: name, actors, centre.
    private func territoryOverview(_ layout: NetworkLayout) -> [JSONValue] {
        let assignment = analysis.assignment
        let centre = discs(groupOf: assignment.groupOfActor, count: assignment.groupCount)
        return assignment.territories.enumerated().map { t, territory in
            .object([
                ("name", .string(MapText.abbreviated(territory.name))),
                ("size", .int(analysis.territoryStructure.groups[t].members)),
                ("drawn", .int(centre[t].r > 0 ? 1 : 0)),
                ("x", .int(centre[t].x)),
                ("y", .int(centre[t].y)),
                ("r", .int(centre[t].r)),
            ])
        }
    }
}
