import MaillageGraph
import MaillageModel

extension AnalysisSession {
    /// The actors' sectors, grouped (``SectorGroups``); computed once.
    /// - Complexity: O(A) the first time, O(1) after.
    public var sectors: SectorGroups {
        if let cachedSectors { return cachedSectors }
        let groups = SectorGroups(sectors: dataset.actors.map(\.sector))
        cachedSectors = groups
        return groups
    }

    /// The parts of the suggestion score that this dataset cannot give, as one sentence
    /// in `language` (nil when it gives both territories and sectors): without a
    /// territory of the session's level, the territory and bridging parts are 0 for every
    /// pair; without sectors, the sector part. The report's leads and `suggest` say it.
    public func unavailableScoreParts(language l: Language) -> String? {
        let hasTerritories = !assignment.territories.isEmpty
        let hasSectors = dataset.actors.contains { !$0.sector.isEmpty }
        switch (hasTerritories, hasSectors) {
        case (true, true): return nil
        case (false, false): return l.pick("Ce jeu de données ne donne ni territoire ni secteur : le score n'est fait que des partenaires communs.",
                                           "This dataset gives no territory and no sector: the score is made of the common partners alone.")
        case (false, true): return l.pick("Ce jeu de données ne donne aucun territoire à ce niveau : les parts territoriales du score valent 0.",
                                          "This dataset gives no territory at this level: the territorial parts of the score are 0.")
        case (true, false): return l.pick("Ce jeu de données ne donne aucun secteur : la part du secteur vaut 0.",
                                          "This dataset gives no sector: the sector part of the score is 0.")
        }
    }

    /// What the suggestions know of each actor: id, territory of the session's level,
    /// sector and cluster (the session's communities); computed once (the report asks it
    /// for every list of reasons).
    /// - Complexity: O(A) the first time (after the assignment and the communities), O(1) after.
    public var suggestionContext: SuggestionContext {
        if let cachedSuggestionContext { return cachedSuggestionContext }
        let context = SuggestionContext(ids: dataset.actors.map(\.id), territory: assignment.groupOfActor,
                                        sector: sectors.groupOfActor, cluster: clusterOfActor)
        cachedSuggestionContext = context
        return context
    }

    /// Who could cooperate with whom, on the projected graph, with the default
    /// ``SuggestionSettings``; computed once.
    public var suggestions: CooperationSuggestions {
        if let cachedSuggestions { return cachedSuggestions }
        let g = graph
        let context = suggestionContext
        log.record(.suggestions)
        let result = CooperationSuggestions(graph: g, context: context)
        cachedSuggestions = result
        return result
    }

    /// The `top` best suggestions, those involving one of `actors` when given, best first.
    ///
    /// So that one well-connected actor does not fill the list, an actor appears in at
    /// most `perActor` of the listed pairs (default 2; nil for no limit); the actors of a
    /// one-actor `actors` set are exempt (the list is theirs).
    public func suggestions(top: Int, involving actors: Set<Int>? = nil, perActor: Int? = 2) -> [Suggestion] {
        let exempt = actors?.count == 1 ? actors ?? [] : []
        var shown: [Int: Int] = [:]
        var picked: [Suggestion] = []
        for s in suggestions.suggestions where picked.count < top {
            if let actors, !actors.contains(s.first) && !actors.contains(s.second) { continue }
            if let perActor {
                let full = [s.first, s.second].contains { !exempt.contains($0) && shown[$0, default: 0] >= perActor }
                if full { continue }
                shown[s.first, default: 0] += 1
                shown[s.second, default: 0] += 1
            }
            picked.append(s)
        }
        return picked
    }

    /// The actors (node indices) located in territory `id` or below it; nil when the
    /// dataset has no such territory.
    public func actors(inTerritory id: String) -> Set<Int>? {
        guard fullDataset.territory(id) != nil else { return nil }
        let places = fullDataset.territoryAndDescendants(id)
        return Set(dataset.actors.indices.filter { dataset.actors[$0].territories.contains(where: places.contains) })
    }

    /// Actor and territory names for ``SuggestionReason/text(names:language:)``.
    public var suggestionNames: SuggestionNames {
        SuggestionNames(actors: dataset.actors.map(\.name), territories: assignment.territories.map(\.name))
    }

    /// Each (actor, cooperation) pair's strongest role, keyed `actor << 32 | cooperation`;
    /// indexed once per session (the report asks reasons for a dozen lists).
    /// - Complexity: O(M) the first time, O(1) after.
    var membershipRoles: [UInt64: MembershipRole] {
        if let cachedMembershipRoles { return cachedMembershipRoles }
        var roles: [UInt64: MembershipRole] = [:]
        if dataset.links.count == dataset.memberships.count {
            roles.reserveCapacity(dataset.links.count)
            for (link, membership) in zip(dataset.links, dataset.memberships) {
                let key = UInt64(UInt32(link.actor)) << 32 | UInt64(UInt32(link.cooperation))
                if let old = roles[key], old <= membership.role { continue }
                roles[key] = membership.role
            }
        }
        cachedMembershipRoles = roles
        return roles
    }

    /// The reasons of each suggestion, in order: common partners (the three most
    /// selective named), a common partner who animates, supports or carries cooperations
    /// with both, the same territory, the same sector, the clusters it would join.
    /// - Complexity: O(M) to index the roles once per session, then O(k(x) + k(y) + c) per suggestion.
    public func reasons(for list: [Suggestion]) -> [[SuggestionReason]] {
        let g = graph
        let projected = self.projected
        let context = suggestionContext
        let sectorNames = sectors.names
        let roles = membershipRoles
        let facilitating: [MembershipRole] = [.animateur, .accompagnateur, .porteur]
        /// The strength (0 strongest) of `z`'s best facilitating role in a cooperation shared with `x`.
        func strength(_ z: Int, with x: Int) -> Int? {
            var best: Int?
            for c in projected.cooperations(between: z, and: x) {
                if let role = roles[UInt64(UInt32(z)) << 32 | UInt64(UInt32(c))], let s = facilitating.firstIndex(of: role) {
                    best = min(best ?? s, s)
                }
            }
            return best
        }
        return list.map { s in
            var reasons: [SuggestionReason] = []
            let common = PairEvidence.commonPartners(s.first, s.second, in: g).sorted { g.degree($0) != g.degree($1) ? g.degree($0) < g.degree($1) : $0 < $1 }
            if !common.isEmpty { reasons.append(.commonPartners(count: common.count, examples: Array(common.prefix(3)))) }
            var facilitator: (z: Int, strength: Int)?
            for z in common {
                guard let a = strength(z, with: s.first), let b = strength(z, with: s.second) else { continue }
                let weaker = max(a, b)
                if facilitator == nil || weaker < facilitator!.strength { facilitator = (z, weaker) }
            }
            if let facilitator { reasons.append(.facilitator(actor: facilitator.z, role: facilitating[facilitator.strength])) }
            if s.sameTerritory { reasons.append(.sameTerritory(territory: context.territory[s.first], level: level)) }
            if s.sameSector { reasons.append(.sameSector(sectorNames[context.sector[s.first]])) }
            if s.bridgesClusters { reasons.append(s.sameTerritory ? .bridgesClustersOfTerritory : .bridgesClusters) }
            return reasons
        }
    }

    /// Pairs of territories (of the session's level) with fewer ties than their sizes
    /// predict (``GroupGaps``), the `limit` largest shortfalls.
    public func territoryGaps(limit: Int = 20) -> GroupGaps {
        GroupGaps(graph: graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount, limit: limit)
    }

    /// Pairs of sectors with fewer ties than their sizes predict, the `limit` largest shortfalls.
    public func sectorGaps(limit: Int = 20) -> GroupGaps {
        let sectors = self.sectors
        return GroupGaps(graph: graph, groups: sectors.groupOfActor, groupCount: sectors.groupCount, limit: limit)
    }
}
