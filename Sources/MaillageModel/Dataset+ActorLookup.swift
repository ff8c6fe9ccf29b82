extension Dataset {
    /// What a person's reference to an actor ("apes", "APES", « Dispositif local
    /// d'accompagnement (DLA) ») points to.
    public enum ActorLookup: Sendable, Equatable {
        /// One actor, by its index.
        case found(Int)
        /// Several actors have that name: their indices.
        case ambiguous([Int])
        /// None: the nearest ids and names, best first.
        case notFound(suggestions: [String])
    }

    /// Finds the actor `reference` names: its id exactly, else its id or its name as
    /// printed with case, accents, spaces and punctuation ignored
    /// (``NameMatching/folded(_:)``).
    /// - Complexity: O(actors) per lookup, plus the edit distances when nothing matches.
    public func lookUpActor(_ reference: String) -> ActorLookup {
        if let index = actorIndex[reference] { return .found(index) }
        let key = NameMatching.folded(reference)
        let byID = actors.indices.filter { NameMatching.folded(actors[$0].id) == key }
        if byID.count == 1 { return .found(byID[0]) }
        let byName = actors.indices.filter { NameMatching.folded(actors[$0].name) == key }
        if byName.count == 1 { return .found(byName[0]) }
        if byID.count + byName.count > 1 { return .ambiguous(Array(Set(byID + byName)).sorted()) }
        let candidates = actors.map(\.id) + actors.map(\.name)
        return .notFound(suggestions: NameMatching.nearest(reference, among: candidates))
    }
}
