import MaillageAnalysis
import MaillageGraph
import MaillageModel

/// What a report's « Évolution » section shows: two analyses of a network — two dates of
/// one dated dataset, or two datasets (`maillage report NEW --compare OLD`) — their
/// `NetworkComparison`, and, for a network small enough, one position per actor for
/// both maps.
///
/// **Positions.** The layout is computed once on the *union* network — every actor
/// present at either date, tied to its partners of either date — and used for both
/// maps, so an actor kept from one date to the other stands at the same place on both
/// and the eye sees what moved: the ties gained, the actors that joined or left.
///
/// **Size rule.** The two maps are drawn when the union has at most
/// ``ReportMap/Scale/labelledActors`` actors with a tie and
/// ``ReportMap/Scale/labelledTies`` ties (the rule of the report's labelled map); a
/// larger network gets the figures, the tables and an overview of its territories at
/// both dates (``territoryOverview``: one disc per territory, same places at both
/// dates), not two maps of every actor (``positions`` is nil).
///
/// ```swift
/// let old = AnalysisSession(dataset: dataset.asOf(PartialDate(year: 2018)!))
/// let new = AnalysisSession(dataset: dataset.asOf(PartialDate(year: 2022)!))
/// let evolution = ReportEvolution(old: old, new: new, labels: ("2018", "2022"), matchingNames: false)
/// let report = Report(session: new, evolution: evolution)
/// // or, for one dated dataset: try ReportEvolution.dated(dataset, from: …, to: …)
/// ```
public struct ReportEvolution {
    /// One actor of the union network: its row at each date (nil where absent).
    public struct UnionActor: Sendable, Hashable {
        /// Its row in the earlier dataset; nil when absent then (it joined).
        public var old: Int?
        /// Its row in the later dataset; nil when absent then (it left).
        public var new: Int?
    }

    /// The analysis of the earlier date (or dataset).
    public let old: AnalysisSession
    /// The analysis of the later one.
    public let new: AnalysisSession
    /// What changed.
    public let comparison: NetworkComparison
    /// How the two sides are named on the page (`"2018"`, `"enquête 2019"`…).
    public let labels: (old: String, new: String)
    /// How the two sides were chosen, in words (shown under the section's heading).
    public let basis: Basis
    /// Every actor present at either date: the new dataset's actors in order, then the old
    /// ones absent from it.
    public let union: [UnionActor]
    /// The union's ties as pairs of indices into ``union`` (u < v).
    public let unionTies: [(Int, Int)]
    /// Whether each actor of ``union`` has a tie at either date (only those are drawn).
    public let unionTied: [Bool]
    /// One position per actor of ``union`` (layout units), shared by both maps; nil when
    /// the network is over the size rule. Actors without a tie at either date are placed
    /// on a ring around the drawing by the layout and not drawn.
    public let positions: LayoutPositions?

    /// Over the size rule: one disc per territory (of the new session's level), placed
    /// once on the union network (`GroupLayout`) and shared by both dates; nil within
    /// the size rule (the actor maps are drawn) or without any territory.
    public let territoryOverview: TerritoryOverview?

    /// The territories' overview of a large network at both dates.
    public struct TerritoryOverview: Sendable {
        /// The territories, as in `NetworkComparison.territories`.
        public var territories: [Territory]
        /// Centre and radius (at the union's size) of each territory's disc.
        public var x: [Double], y: [Double], radius: [Double]
        /// Actors assigned to each territory at each date.
        public var actors: (old: [Int], new: [Int])
        /// Ties between two territories at each date: (first, second, ties), first < second.
        public var links: (old: [(Int, Int, Int)], new: [(Int, Int, Int)])
    }

    /// How the two sides were chosen.
    public enum Basis: Sendable, Equatable {
        /// Two dates of one dataset.
        case dates(PartialDate, PartialDate)
        /// Two datasets (optionally both at one date).
        case datasets
    }

    /// Compares `old` with `new` for a report.
    /// - Parameters:
    ///   - old: the earlier analysis.
    ///   - new: the later one (for two datasets, usually the report's own session).
    ///   - labels: the names of the two sides on the page.
    ///   - basis: two dates of one dataset, or two datasets.
    ///   - matchingNames: match actors and cooperations left over by id by their name
    ///     (two datasets); false for two dates of one dataset.
    ///   - top: how many hubs are ranked at each date.
    /// - Complexity: the two sessions' figures, the comparison, and for a network within
    ///   the size rule a force layout of the union (`ForceLayout`).
    public init(old: AnalysisSession, new: AnalysisSession, labels: (old: String, new: String), basis: Basis = .datasets,
                matchingNames: Bool = true, top: Int = 10) {
        self.old = old
        self.new = new
        self.labels = labels
        self.basis = basis
        let comparison = NetworkComparison(old: old, new: new, top: top, matchingNames: matchingNames)
        self.comparison = comparison

        var union = new.dataset.actors.indices.map { UnionActor(old: comparison.actors.oldOfNew[$0], new: $0) }
        var unionOfOld = [Int](repeating: -1, count: old.dataset.actors.count)
        for (k, actor) in union.enumerated() { if let o = actor.old { unionOfOld[o] = k } }
        for o in comparison.leftActors {
            unionOfOld[o] = union.count
            union.append(UnionActor(old: o, new: nil))
        }
        let pairs = Self.unionTies(new: new.graph, old: old.graph, unionOfOld: unionOfOld)
        self.union = union
        unionTies = pairs

        var tied = [Bool](repeating: false, count: union.count)
        for (a, b) in pairs { tied[a] = true; tied[b] = true }
        unionTied = tied
        if ReportMap.Scale.of(actors: tied.count { $0 }, ties: pairs.count) == .labelled {
            let graph = Graph(nodeCount: union.count, edges: pairs.map { ($0.0, $0.1, 1.0) })
            positions = ForceLayout.positions(of: graph, seed: new.settings.communities.seed)
            territoryOverview = nil
        } else {
            positions = nil
            territoryOverview = Self.overview(old: old, new: new, comparison: comparison, union: union, ties: pairs)
        }
    }

    /// The ties of the union network, sorted, each once: those of `new` (its actors keep
    /// their indices) and those of `old`, renumbered by `unionOfOld`. Read from the graphs'
    /// sorted rows as keys `a << 32 | b` (a < b), the old ones sorted, then merged: 8 bytes a
    /// tie where a set of pairs took several times that (a survey of 35 million ties).
    /// - Complexity: O(m_new + m_old · log m_old).
    static func unionTies(new: Graph, old: Graph, unionOfOld: [Int]) -> [(Int, Int)] {
        func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
        var oldKeys: [UInt64] = []
        oldKeys.reserveCapacity(old.targets.count / 2)
        for u in 0..<old.nodeCount {
            for v in old.neighbors(of: u) where Int(v) > u { oldKeys.append(key(unionOfOld[u], unionOfOld[Int(v)])) }
        }
        oldKeys.sort()
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(max(new.targets.count / 2, oldKeys.count))
        var k = 0
        func append(_ key: UInt64) {
            let pair = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            if let last = pairs.last, last == pair { return }
            pairs.append(pair)
        }
        // The new graph's rows in order give its keys in order.
        for u in 0..<new.nodeCount {
            for v in new.neighbors(of: u) where Int(v) > u {
                let next = key(u, Int(v))
                while k < oldKeys.count, oldKeys[k] < next { append(oldKeys[k]); k += 1 }
                append(next)
            }
        }
        while k < oldKeys.count { append(oldKeys[k]); k += 1 }
        return pairs
    }

    /// The territories' overview: discs placed by `GroupLayout` on the union network,
    /// actors and ties between territories counted at each date.
    /// - Complexity: O(n + m) over both dates and the union, plus the layout of the territories.
    static func overview(old: AnalysisSession, new: AnalysisSession, comparison: NetworkComparison,
                         union: [UnionActor], ties: [(Int, Int)]) -> TerritoryOverview? {
        let territories = comparison.territories.map(\.territory)
        guard !territories.isEmpty else { return nil }
        var index: [String: Int] = [:]
        for (k, t) in territories.enumerated() { index[t.id] = k }
        func groups(_ session: AnalysisSession) -> [Int] {
            let a = session.assignment
            return a.groupOfActor.map { $0 >= 0 ? index[a.territories[$0].id] ?? -1 : -1 }
        }
        let oldGroup = groups(old), newGroup = groups(new)
        let unionGroup = union.map { actor -> Int in
            if let n = actor.new, newGroup[n] >= 0 { return newGroup[n] }
            if let o = actor.old { return oldGroup[o] }
            return -1
        }
        let graph = Graph(nodeCount: union.count, edges: ties.map { ($0.0, $0.1, 1.0) })
        let layout = GroupLayout(graph: graph, groupOf: unionGroup, groupCount: territories.count, seed: new.settings.communities.seed)
        func count(_ session: AnalysisSession, _ group: [Int]) -> (actors: [Int], links: [(Int, Int, Int)]) {
            var actors = [Int](repeating: 0, count: territories.count)
            for g in group where g >= 0 { actors[g] += 1 }
            let n = territories.count
            let graph = session.graph
            // A table of n² counts while it is small (a survey's ties are tens of millions), else a dictionary.
            let dense = n <= 2048
            var table = [Int](repeating: 0, count: dense ? n * n : 0)
            var links: [Int: Int] = [:]
            for u in 0..<graph.nodeCount where group[u] >= 0 {
                for v in graph.neighbors(of: u) where Int(v) > u {
                    let a = group[u], b = group[Int(v)]
                    guard b >= 0, a != b else { continue }
                    if dense { table[min(a, b) * n + max(a, b)] += 1 } else { links[min(a, b) * n + max(a, b), default: 0] += 1 }
                }
            }
            if dense {
                for (k, count) in table.enumerated() where count > 0 { links[k] = count }
            }
            return (actors, links.keys.sorted().map { ($0 / n, $0 % n, links[$0] ?? 0) })
        }
        let before = count(old, oldGroup), after = count(new, newGroup)
        return TerritoryOverview(territories: territories, x: layout.x, y: layout.y, radius: layout.radius,
                                 actors: (before.actors, after.actors), links: (before.links, after.links))
    }

    /// The « Évolution » of one dated dataset between two dates: `dataset` as it stood at
    /// `from` and at `to` (`Dataset.asOf(_:)`), each restricted to `scope`
    /// and analysed with `settings`, matched by id.
    /// - Parameters:
    ///   - dataset: the whole dated dataset (not already taken at a date).
    ///   - from: the earlier date.
    ///   - to: the later date.
    ///   - scope: the scope of the report's session.
    ///   - settings: the settings of the report's session (its level should be fixed, so
    ///     that both dates group actors at one level).
    ///   - origin: where the dataset was read from (each side gets its date).
    ///   - top: how many hubs are ranked at each date.
    ///   - current: the report's own session, if any. When the dataset at `to` is the whole
    ///     dataset (no row starts after `to` or ends before it: usually so when `to` is the
    ///     last year given) and `current` analyses that whole dataset with the same scope,
    ///     level and other settings, `current` is the later side: its communities,
    ///     betweenness and hubs are not computed a second time (at 200,000 actors that is a
    ///     whole analysis saved). Otherwise the later side is a session of its own.
    /// - Throws: what `AnalysisSession.init(dataset:scope:settings:origin:)` throws.
    /// - Complexity: one analysis at `from`, one at `to` unless `current` is reused, and the
    ///   comparison (`init(old:new:labels:basis:matchingNames:top:)`).
    public static func dated(_ dataset: Dataset, from: PartialDate, to: PartialDate, scope: Scope = .all,
                             settings: AnalysisSettings = AnalysisSettings(), origin: DatasetOrigin? = nil,
                             top: Int = 10, current: AnalysisSession? = nil) throws(AnalysisSession.Problem) -> ReportEvolution {
        func side(_ date: PartialDate) throws(AnalysisSession.Problem) -> AnalysisSession {
            var dated = origin
            dated?.asOf = date
            return try AnalysisSession(dataset: dataset.asOf(date), scope: scope, settings: settings, origin: dated)
        }
        let old = try side(from)
        var newSettings = settings
        newSettings.level = old.level
        let later = dataset.asOf(to)
        let new: AnalysisSession
        if let current, current.reusable(asWhole: dataset, at: later, scope: scope, settings: newSettings) {
            new = current
        } else {
            var dated = origin
            dated?.asOf = to
            new = try AnalysisSession(dataset: later, scope: scope, settings: newSettings, origin: dated)
        }
        return ReportEvolution(old: old, new: new, labels: (from.description, to.description), basis: .dates(from, to),
                               matchingNames: false, top: top)
    }

    /// The default dates of a dated dataset's « Évolution »: from the first year an end is
    /// recorded (`ended`, `until` or `closed`: the period the dataset watched, as a
    /// start date may lie decades back), or the first year given when no end is, to the
    /// last year given; nil when the dataset gives no date or those are one year.
    public static func defaultDates(of dataset: Dataset) -> (PartialDate, PartialDate)? {
        var ends: [Int] = []
        for a in dataset.actors { if let d = a.closed { ends.append(d.year) } }
        for c in dataset.cooperations { if let d = c.ended { ends.append(d.year) } }
        for m in dataset.memberships { if let d = m.until { ends.append(d.year) } }
        let all = dataset.dates.map(\.year)
        guard let first = ends.min() ?? all.min(), let last = all.max(), first < last,
              let a = PartialDate(year: first), let b = PartialDate(year: last) else { return nil }
        return (a, b)
    }
}

extension AnalysisSession {
    /// Whether this session can stand for the analysis of `later` (`whole` taken at a
    /// date) with `scope` and `settings`: `later` kept every row of `whole` (`asOf` only
    /// filters, in order, so equal counts mean the same rows), this session analyses
    /// `whole` itself, and the scope, the territory level and every other setting agree.
    /// - Complexity: O(1) when the counts differ; O(A + C + M) to check that this session's
    ///   dataset is `whole` (rows compared in order).
    func reusable(asWhole whole: Dataset, at later: Dataset, scope: Scope, settings: AnalysisSettings) -> Bool {
        guard later.actors.count == whole.actors.count, later.cooperations.count == whole.cooperations.count,
              later.memberships.count == whole.memberships.count,
              self.scope == scope, level == settings.level, sameSettings(as: settings)
        else { return false }
        let mine = fullDataset
        return mine.actors == whole.actors && mine.cooperations == whole.cooperations && mine.memberships == whole.memberships
    }

    /// Whether this session's settings are `settings` but for the level (an automatic
    /// level, nil, resolves to the one `settings` fixes).
    private func sameSettings(as settings: AnalysisSettings) -> Bool {
        var mine = self.settings
        mine.level = settings.level
        return mine == settings
    }
}
