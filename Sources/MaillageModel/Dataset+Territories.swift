extension Dataset {
    /// The territory and all its ancestors, nearest first.
    ///
    /// - Complexity: O(depth). Safe on a validated dataset (no parent cycle); stops
    ///   after `territories.count` steps regardless.
    public func ancestry(ofTerritory id: String) -> [Territory] {
        var chain: [Territory] = []
        var current = territory(id)
        while let t = current, chain.count <= territories.count {
            chain.append(t)
            current = t.parent.flatMap { territory($0) }
        }
        return chain
    }

    /// Whether territory `id` is `ancestor` or lies below it.
    public func territory(_ id: String, isWithin ancestor: String) -> Bool {
        ancestry(ofTerritory: id).contains { $0.id == ancestor }
    }

    /// The territory of the given level that contains territory `id` (itself included), if any.
    public func enclosingTerritory(of id: String, at level: TerritoryLevel) -> Territory? {
        ancestry(ofTerritory: id).first { $0.level == level }
    }

    /// Ids of the territory and every territory below it.
    public func territoryAndDescendants(_ id: String) -> Set<String> {
        var children: [String: [String]] = [:]
        for t in territories { if let p = t.parent { children[p, default: []].append(t.id) } }
        var result: Set<String> = [id]
        var stack = [id]
        while let next = stack.popLast() {
            for c in children[next] ?? [] where result.insert(c).inserted { stack.append(c) }
        }
        return result
    }
}
