import MaillageGraph
import MaillageModel

/// What changed between two analyses — two dates of one dataset (`Dataset.asOf(_:)`)
/// or two datasets (two surveys, two editions of a booklet): the actors that joined and
/// left, the cooperations created and ended, the ties gained and lost, the hubs that rose
/// and fell, the clusters matched across the dates (splits and merges named), and the
/// change of every territory's figures.
///
/// Actors and cooperations are matched by id, then — for two datasets — through the
/// datasets' aliases tables and by folded name, as the loader reconciles names
/// (``EntityMatching``); two dates of one dataset match by id only.
/// Both sessions should share their settings (the command line gives the new one the old
/// one's territory level); each session's own figures are used, computed once.
///
/// ```swift
/// let before = AnalysisSession(dataset: dataset.asOf(PartialDate(year: 2019)!))
/// let after = AnalysisSession(dataset: dataset.asOf(PartialDate(year: 2021)!))
/// let change = NetworkComparison(old: before, new: after, matchingNames: false)
/// change.joinedActors      // rows of after.dataset.actors
/// change.clusters.splits   // old clusters that split, and into which new ones
/// ```
public struct NetworkComparison: Sendable {
    /// Actors matched across the two datasets (old rows ↔ new rows).
    public let actors: EntityMatching
    /// Cooperations matched across the two datasets.
    public let cooperations: EntityMatching
    /// Ties of the new projected graph whose two actors are not tied in the old one (or
    /// absent from it), by decreasing shared cooperations, then rows.
    public let tiesGained: [TieChange]
    /// Ties of the old projected graph whose two actors are not tied in the new one (or
    /// absent from it), same order.
    public let tiesLost: [TieChange]
    /// Ties present at both dates.
    public let tiesKept: Int
    /// Every actor listed among the `top` hubs at either date: new hubs by rank, then
    /// the old ones no longer listed by their old rank.
    public let hubs: [HubChange]
    /// The old session's clusters (``AnalysisSession/clusters``) matched to the new one's;
    /// indices are positions in those lists.
    public let clusters: ClusterMatching
    /// Every territory of either assignment, in the new session's order of
    /// ``AnalysisSession/territoryRows`` followed by territories only the old one has.
    public let territories: [TerritoryChange]
    /// Old and new network E-I index (ties between territories vs inside).
    public let eiIndex: (old: Double?, new: Double?)

    /// Compares `old` with `new`.
    /// - Parameters:
    ///   - old: the analysis of the earlier date (or dataset).
    ///   - new: the analysis of the later one.
    ///   - top: how many hubs are listed at each date (``AnalysisSession/hubs(top:)``).
    ///   - matchingNames: match rows left over by id by their name too: true for two
    ///     datasets (two surveys whose ids may differ), false for two dates of one dataset.
    /// - Complexity: the sessions' projections, clusters, assignments and hubs (each computed
    ///   once, by the sessions) plus O((m_old + m_new) log d) for the ties.
    public init(old: AnalysisSession, new: AnalysisSession, top: Int = 10, matchingNames: Bool = true) {
        let a = old.dataset, b = new.dataset
        let aliases = (old: old.origin?.aliases ?? [], new: new.origin?.aliases ?? [])
        let actors = EntityMatching(actorsOf: a, b, byName: matchingNames, aliases: aliases)
        self.actors = actors
        cooperations = EntityMatching(cooperationsOf: a, b, byName: matchingNames, aliases: aliases)

        let oldProjected = old.projected, newProjected = new.projected
        var gained: [TieChange] = [], lost: [TieChange] = [], kept = 0
        newProjected.graph.forEachEdge { _, u, v, _ in
            let ou = actors.oldOfNew[u], ov = actors.oldOfNew[v]
            if let ou, let ov, oldProjected.tieNumber(ou, ov) != nil { kept += 1; return }
            gained.append(TieChange(first: u, second: v, sharedCooperations: newProjected.cooperations(between: u, and: v).count,
                                    involvesActorChange: ou == nil || ov == nil))
        }
        oldProjected.graph.forEachEdge { _, u, v, _ in
            let nu = actors.newOfOld[u], nv = actors.newOfOld[v]
            if let nu, let nv, newProjected.tieNumber(nu, nv) != nil { return }
            lost.append(TieChange(first: u, second: v, sharedCooperations: oldProjected.cooperations(between: u, and: v).count,
                                  involvesActorChange: nu == nil || nv == nil))
        }
        let order: (TieChange, TieChange) -> Bool = {
            $0.sharedCooperations != $1.sharedCooperations ? $0.sharedCooperations > $1.sharedCooperations
                : $0.first != $1.first ? $0.first < $1.first : $0.second < $1.second
        }
        tiesGained = gained.sorted(by: order)
        tiesLost = lost.sorted(by: order)
        tiesKept = kept

        // Hubs: new ranking first, then old hubs no longer listed.
        let oldHubs = old.hubs(top: top).hubs, newHubs = new.hubs(top: top).hubs
        var oldHubOfActor: [Int: FacilitatorHubs.Hub] = [:]
        for hub in oldHubs { oldHubOfActor[hub.actor] = hub }
        var changes: [HubChange] = []
        var seenOld = Set<Int>()
        for hub in newHubs {
            let oldActor = actors.oldOfNew[hub.actor]
            let before = oldActor.flatMap { oldHubOfActor[$0] }
            if let oldActor { seenOld.insert(oldActor) }
            changes.append(HubChange(oldActor: oldActor, newActor: hub.actor, oldRank: before?.rank, newRank: hub.rank,
                                     oldScore: before?.score, newScore: hub.score, oldReasons: before?.reasons ?? [],
                                     newReasons: hub.reasons))
        }
        for hub in oldHubs where !seenOld.contains(hub.actor) {
            changes.append(HubChange(oldActor: hub.actor, newActor: actors.newOfOld[hub.actor], oldRank: hub.rank, newRank: nil,
                                     oldScore: hub.score, newScore: nil, oldReasons: hub.reasons, newReasons: []))
        }
        hubs = changes

        // Clusters, keyed by the new row of each actor (old actors without a match get a
        // key no new actor has).
        let newCount = b.actors.count
        let oldKeys = old.clusters.map { $0.members.map { actors.newOfOld[$0] ?? newCount + $0 } }
        clusters = ClusterMatching(old: oldKeys, new: new.clusters.map(\.members))

        // Territories, by id.
        let oldAssignment = old.assignment, newAssignment = new.assignment
        let oldStructure = old.territoryStructure, newStructure = new.territoryStructure
        var oldByID: [String: Int] = [:]
        for (t, territory) in oldAssignment.territories.enumerated() { oldByID[territory.id] = t }
        var rows: [TerritoryChange] = []
        var seen = Set<String>()
        for row in new.territoryRows {
            let territory = newAssignment.territories[row.territory]
            seen.insert(territory.id)
            rows.append(TerritoryChange(territory: territory, old: oldByID[territory.id].map { oldStructure.groups[$0] },
                                        new: newStructure.groups[row.territory]))
        }
        for row in old.territoryRows where !seen.contains(oldAssignment.territories[row.territory].id) {
            rows.append(TerritoryChange(territory: oldAssignment.territories[row.territory], old: oldStructure.groups[row.territory], new: nil))
        }
        territories = rows
        eiIndex = (oldStructure.eiIndex, newStructure.eiIndex)
    }

    /// New actors matched to no old one: rows of the new dataset.
    public var joinedActors: [Int] { actors.onlyNew }
    /// Old actors matched to no new one: rows of the old dataset.
    public var leftActors: [Int] { actors.onlyOld }
    /// New cooperations matched to no old one: rows of the new dataset.
    public var createdCooperations: [Int] { cooperations.onlyNew }
    /// Old cooperations matched to no new one: rows of the old dataset.
    public var endedCooperations: [Int] { cooperations.onlyOld }
}
