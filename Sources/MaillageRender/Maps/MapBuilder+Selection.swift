import MaillageAnalysis
import MaillageModel

extension MapBuilder {
    /// Which actors and ties an actors view draws, by one rule for the network map and
    /// the geographic map (`--layout geo`): an ego's neighbourhood (`--ego`, `--depth`),
    /// a focus (`--cluster`, `--territory`) or every actor, each keeping only the actors
    /// with a tie (a backbone tie with `--backbone`) unless `--include-isolated`; ties
    /// between two drawn actors, only the backbone's with `--backbone`.
    struct ActorSelection {
        /// Dataset indices of the actors drawn, ascending.
        var drawn: [Int]
        /// For each tie of `session.projected.graph` (in `Graph.edges` order), whether
        /// the backbone keeps it; nil without a backbone (every tie kept).
        var significant: [Bool]?
        /// The ego's dataset index, for an ego map.
        var egoIndex: Int?
        /// Actors of the focus (or of the whole network) left out for having no tie (no
        /// backbone tie on a backbone); 0 on an ego map.
        var hidden: Int
        /// How many actors the focus holds (the whole network without one).
        var candidates: Int

        /// Whether tie `index` (in `Graph.edges` order) is drawn when both its actors are.
        func keeps(edge index: Int) -> Bool { significant?[index] ?? true }
    }

    /// The actors and ties the request's actors view draws.
    /// - Complexity: O(n + m), plus ``MapBackbone``'s work for a backbone.
    func actorSelection() -> ActorSelection {
        let g = session.projected.graph
        var significant: [Bool]?
        if let alpha = request.backbone {
            significant = MapBackbone.significant(in: session, alpha: alpha)
        }
        var backboneDegree = [Int](repeating: 0, count: g.nodeCount)
        if let significant {
            g.forEachEdge { index, u, v, _ in
                guard significant[index] else { return }
                backboneDegree[u] += 1
                backboneDegree[v] += 1
            }
        }
        func tied(_ v: Int) -> Bool { significant == nil ? g.degree(v) > 0 : backboneDegree[v] > 0 }
        var keep = [Bool](repeating: false, count: g.nodeCount)
        var egoIndex: Int?
        let inFocus = request.focusMembers(in: session)
        if let ego = request.ego, let e = dataset.actorIndex[ego] {
            egoIndex = e
            var frontier = [e]
            keep[e] = true
            for _ in 0..<request.depth {
                var next: [Int] = []
                for v in frontier { for w in g.neighbors(of: v) where !keep[Int(w)] { keep[Int(w)] = true; next.append(Int(w)) } }
                frontier = next
            }
        } else {
            for v in 0..<g.nodeCount where (inFocus?[v] ?? true) && (request.includeIsolated || tied(v)) { keep[v] = true }
        }
        let drawn = (0..<g.nodeCount).filter { keep[$0] }
        let candidates: Int
        if request.ego != nil {
            candidates = drawn.count
        } else if let inFocus {
            candidates = (0..<g.nodeCount).count { inFocus[$0] }
        } else {
            candidates = g.nodeCount
        }
        return ActorSelection(drawn: drawn, significant: significant, egoIndex: egoIndex,
                              hidden: candidates - drawn.count, candidates: candidates)
    }

    /// Which of `drawn` are named by the actors view's rule: every one on a small map
    /// (at most ``MapRequest/View/labelledActors``, no backbone); otherwise the
    /// ``namedHubs`` largest by `sizes` (ties broken by id) and the ego.
    /// - Complexity: O(d log d) for d drawn actors.
    func namedActors(_ drawn: [Int], sizes: [Double], backbone: Bool, egoIndex: Int?) -> (named: [Bool], all: Bool) {
        let all = !backbone && drawn.count <= MapRequest.View.labelledActors
        var named = [Bool](repeating: all, count: dataset.actors.count)
        if !all {
            for v in rankedBySize(drawn, sizes: sizes).prefix(Self.namedHubs) { named[v] = true }
            if let egoIndex { named[egoIndex] = true }
        }
        return (named, all)
    }

    /// `actors` from the largest to the smallest by `sizes` (missing values last), ties by id.
    /// - Complexity: O(d log d).
    func rankedBySize(_ actors: [Int], sizes: [Double]) -> [Int] {
        actors.sorted { a, b in
            let sa = sizes[a].isFinite ? sizes[a] : -.infinity, sb = sizes[b].isFinite ? sizes[b] : -.infinity
            return sa != sb ? sa > sb : dataset.actors[a].id < dataset.actors[b].id
        }
    }

    /// The legend notes that say what a backbone keeps and how many actors a backbone
    /// or a focus leaves out.
    func selectionNotes(_ selection: ActorSelection) -> [String] {
        var notes: [String] = []
        if let alpha = request.backbone {
            notes.append(l.pick("Épine dorsale : les liens qui pèsent, pour au moins l'un des deux acteurs, plus qu'un partage au hasard (filtre de disparité sur les poids de Newman, seuil \(l.decimal(alpha, digits: 3)))",
                                "Backbone: the ties that weigh more, for at least one of the two actors, than a random share (disparity filter on Newman's weights, level \(l.decimal(alpha, digits: 3)))"))
        }
        let hidden = selection.hidden
        if request.ego == nil && hidden > 0 && (selection.significant != nil || request.focus != nil) {
            if selection.significant != nil {
                notes.append(l.pick(hidden == 1 ? "1 acteur sans lien dans l'épine dorsale n'est pas représenté"
                                        : "\(l.integer(hidden)) acteurs sans lien dans l'épine dorsale ne sont pas représentés",
                                    l.count(hidden, "actor", "actors") + " without a backbone tie not drawn"))
            } else {
                notes.append(l.pick((hidden == 1 ? "1 acteur sans coopération partagée n'est pas représenté"
                                        : "\(l.integer(hidden)) acteurs sans coopération partagée ne sont pas représentés")
                                        + " (--include-isolated pour les montrer)",
                                    l.count(hidden, "actor", "actors") + " sharing no cooperation not drawn (--include-isolated shows them)"))
            }
        }
        return notes
    }

    /// The subtitle of an actors view: the ego's neighbourhood or the focus with
    /// `counts`, else `whole` (the whole network's line); "Épine dorsale · " before it
    /// on a backbone.
    func selectionSubtitle(_ selection: ActorSelection, counts: String, whole: () -> String) -> String {
        var subtitle: String
        if let ego = selection.egoIndex {
            subtitle = l.pick("Voisinage de ", "Neighbourhood of ") + dataset.actors[ego].name
                + l.pick(" (\(request.depth) pas) · ", " (\(request.depth) steps) · ") + counts
        } else if let focus = request.focus {
            subtitle = focusName(focus) + " · " + counts
        } else {
            subtitle = whole()
        }
        if selection.significant != nil { subtitle = l.pick("Épine dorsale · ", "Backbone · ") + subtitle }
        return subtitle
    }

    /// What colours the actors of an actors view, and the names of its groups: kinds,
    /// or clusters or territories as the request asks; clusters when at least half the
    /// actors have no kind (memberships only), or every actor would be the same grey.
    /// - Complexity: O(n) and the session's clusters or territories.
    func actorGroups() -> (groupOf: [Int], names: [String], coloring: MapColoring) {
        var groupOf = [Int](repeating: -1, count: dataset.actors.count)
        var groupNames: [String] = []
        switch request.groupSource {
        case .cluster:
            groupOf = session.clusterOfActor
            groupNames = clusterNames
        case .territory:
            let assignment = session.assignment
            groupOf = assignment.groupOfActor
            groupNames = assignment.territories.map(\.shortName)
        case .none:
            break
        }
        let kindsUnknown = 2 * dataset.actors.count { $0.kind == .unknown } >= max(dataset.actors.count, 1)
        if request.colorBy == .kind && kindsUnknown && request.groupBy == .none {
            groupOf = session.clusterOfActor
            groupNames = clusterNames
        }
        return (groupOf, groupNames, request.colorBy == .kind && !kindsUnknown ? .kind : .group)
    }
}
