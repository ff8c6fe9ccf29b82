extension Dataset {
    /// Whether the dataset's actors are of more than one known kind: when they are all
    /// structures (a network of ESS organisations only) or of no kind given, a group's
    /// main kind tells nothing, and maps and reports leave it out.
    ///
    /// - Complexity: O(n) at most, stopping at the second kind seen.
    public var actorKindsDiffer: Bool {
        var first: ActorKind?
        for actor in actors where actor.kind != .unknown {
            if let seen = first, seen != actor.kind { return true }
            first = actor.kind
        }
        return false
    }
}
