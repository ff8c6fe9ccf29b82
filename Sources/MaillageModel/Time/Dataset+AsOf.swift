extension Dataset {
    /// Whether any actor, cooperation or membership carries a date.
    public var isDated: Bool {
        actors.contains { !$0.lifespan.isUndated } || cooperations.contains { !$0.lifespan.isUndated }
            || memberships.contains { !$0.lifespan.isUndated }
    }

    /// The dataset as it stood at `date` (on its last day: `2019` is 31 December 2019).
    ///
    /// Kept: the actors alive then (`founded` … `closed`), the cooperations alive then
    /// (`started` … `ended`), and the memberships alive then (`since` … `until`) whose actor
    /// and cooperation are both kept. Undated rows count as present throughout, so an
    /// undated dataset is returned whole. Territories are all kept. Rows keep their dates
    /// and their order; the name and provenance are unchanged.
    /// - Complexity: O(A + C + M).
    public func asOf(_ date: PartialDate) -> Dataset {
        let day = date.lastDay
        let keptActors = actors.filter { $0.lifespan.contains(day) }
        let keptCooperations = cooperations.filter { $0.lifespan.contains(day) }
        let actorIDs = Set(keptActors.map(\.id)), cooperationIDs = Set(keptCooperations.map(\.id))
        let keptMemberships = memberships.filter {
            $0.lifespan.contains(day) && actorIDs.contains($0.actor) && cooperationIDs.contains($0.cooperation)
        }
        return Dataset(name: name, actors: keptActors, cooperations: keptCooperations, memberships: keptMemberships,
                       territories: territories, provenance: provenance)
    }

    /// Every date the dataset gives (starts and ends of actors, cooperations and
    /// memberships), sorted, without repeats.
    public var dates: [PartialDate] {
        var all = Set<PartialDate>()
        for a in actors { if let d = a.founded { all.insert(d) }; if let d = a.closed { all.insert(d) } }
        for c in cooperations { if let d = c.started { all.insert(d) }; if let d = c.ended { all.insert(d) } }
        for m in memberships { if let d = m.since { all.insert(d) }; if let d = m.until { all.insert(d) } }
        return all.sorted()
    }
}
