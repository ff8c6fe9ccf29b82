import MaillageModel

/// Each actor's territory at one level (EPCI, pays, département, région), as a group
/// label for brokerage, per-territory figures and maps.
///
/// Rule (<doc:Territories>): the actor's own territories are raised to the chosen level
/// (a commune to its EPCI, an EPCI to its pays…). When that gives one territory,
/// the actor belongs to it. When it gives several, the actor belongs to the one
/// that holds most of its memberships — the cooperations whose own territories,
/// raised to the level, include it — ties broken by territory id. An actor located
/// only above the level (a département-wide network when grouping by EPCI) is
/// unassigned (group −1): it belongs to none of them. An actor with no territory
/// at all is placed where most of its cooperations are, if they say.
public struct TerritoryAssignment: Sendable {
    /// The level grouped on.
    public let level: TerritoryLevel
    /// The territories of that level that hold at least one actor, sorted by name.
    public let territories: [Territory]
    /// For each actor (dataset order), an index into `territories`, or −1.
    public let groupOfActor: [Int]

    /// Number of groups.
    public var groupCount: Int { territories.count }

    /// - Complexity: O(memberships × territory depth).
    public init(dataset: Dataset, level: TerritoryLevel) {
        self.level = level
        var raised: [String: String?] = [:]
        func raise(_ id: String) -> String? {
            if let cached = raised[id] { return cached }
            let value = dataset.enclosingTerritory(of: id, at: level)?.id
            raised[id] = value
            return value
        }
        // Most actors lie in one territory of the level: settle them first, and count
        // memberships only for the others.
        var chosen = [String?](repeating: nil, count: dataset.actors.count)
        var undecided: [(actor: Int, own: Set<String>)] = []
        for (a, actor) in dataset.actors.enumerated() {
            var own = Set<String>()
            for t in actor.territories { if let r = raise(t) { own.insert(r) } }
            if own.count == 1 {
                chosen[a] = own.first
            } else if own.isEmpty && !actor.territories.isEmpty {
                continue  // located only above the level
            } else {
                undecided.append((a, own))
            }
        }
        if !undecided.isEmpty {
            // Territories (at the level) of each cooperation, and each actor's cooperations.
            let cooperationTerritories: [Set<String>] = dataset.cooperations.map { Set($0.territories.compactMap(raise)) }
            var cooperationsOfActor = [[Int]](repeating: [], count: dataset.actors.count)
            for membership in dataset.memberships {
                if let a = dataset.actorIndex[membership.actor], let c = dataset.cooperationIndex[membership.cooperation] {
                    cooperationsOfActor[a].append(c)
                }
            }
            for (a, own) in undecided {
                var counts: [String: Int] = [:]
                for c in cooperationsOfActor[a] {
                    for t in cooperationTerritories[c] where own.isEmpty || own.contains(t) { counts[t, default: 0] += 1 }
                }
                let candidates = own.isEmpty ? Set(counts.keys) : own
                chosen[a] = candidates.max { x, y in
                    let cx = counts[x] ?? 0, cy = counts[y] ?? 0
                    return cx != cy ? cx < cy : x > y
                }
            }
        }
        let used = Set(chosen.compactMap { $0 })
        let territories = dataset.territories.filter { used.contains($0.id) }
            .sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }
        let index = Dictionary(uniqueKeysWithValues: territories.enumerated().map { ($1.id, $0) })
        self.territories = territories
        self.groupOfActor = chosen.map { $0.flatMap { index[$0] } ?? -1 }
    }
}
