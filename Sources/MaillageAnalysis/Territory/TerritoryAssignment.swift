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

    /// - Complexity: O(memberships + territories × territory depth).
    public init(dataset: Dataset, level: TerritoryLevel) {
        self.init(dataset: dataset, level: level, positions: TerritoryPositions(dataset: dataset))
    }

    /// The assignment at `level` from territory references already resolved.
    init(dataset: Dataset, level: TerritoryLevel, positions: TerritoryPositions) {
        self.level = level
        let chosen = Self.chosenTerritories(dataset: dataset, level: level, positions: positions)
        var used = [Bool](repeating: false, count: dataset.territories.count)
        for t in chosen where t >= 0 { used[Int(t)] = true }
        let order = dataset.territories.indices.filter { used[$0] }
            .sorted { a, b in
                let x = dataset.territories[a], y = dataset.territories[b]
                return x.name != y.name ? x.name < y.name : x.id < y.id
            }
        var group = [Int](repeating: -1, count: dataset.territories.count)
        for (g, t) in order.enumerated() { group[t] = g }
        self.territories = order.map { dataset.territories[$0] }
        self.groupOfActor = chosen.map { $0 >= 0 ? group[Int($0)] : -1 }
    }

    /// Each actor's territory at `level` as a position in `dataset.territories` (−1:
    /// unassigned), by the rule above.
    /// - Complexity: O(memberships + territories × territory depth).
    static func chosenTerritories(dataset: Dataset, level: TerritoryLevel, positions: TerritoryPositions) -> [Int32] {
        let raise = positions.raised(to: level, in: dataset.territories)
        let territoryCount = dataset.territories.count
        // `mark` holds, per territory, the last list (+ 1) that raised to it, so that each
        // list's raised territories form a set.
        var mark = [Int](repeating: 0, count: territoryCount)
        /// Appends to `into` the distinct territories of the level that `flat[range]`
        /// raises to, for list number `list` (lists numbered from 0 within one kind).
        func raiseDistinct(_ flat: [Int32], _ range: Range<Int>, list: Int, into raised: inout [Int32]) {
            for k in range {
                let r = raise[Int(flat[k])]
                if r >= 0, mark[Int(r)] != list + 1 { mark[Int(r)] = list + 1; raised.append(r) }
            }
        }
        // Most actors lie in one territory of the level: settle them first, and count
        // memberships only for the others.
        var chosen = [Int32](repeating: -1, count: dataset.actors.count)
        var undecided: [(actor: Int, own: [Int32])] = []
        var own: [Int32] = []
        for a in dataset.actors.indices {
            own.removeAll(keepingCapacity: true)
            raiseDistinct(positions.actorTerritories, positions.actorStart[a]..<positions.actorStart[a + 1], list: a, into: &own)
            if own.count == 1 {
                chosen[a] = own[0]
            } else if own.isEmpty && !dataset.actors[a].territories.isEmpty {
                continue  // located only above the level (or only in unknown territories)
            } else {
                undecided.append((a, own))
            }
        }
        guard !undecided.isEmpty else { return chosen }
        // Territories (at the level, each once) of each cooperation, and each actor's cooperations.
        var cooperationStart = [0], cooperationRaised: [Int32] = []
        mark = [Int](repeating: 0, count: territoryCount)   // cooperations are numbered anew
        for c in dataset.cooperations.indices {
            raiseDistinct(positions.cooperationTerritories, positions.cooperationStart[c]..<positions.cooperationStart[c + 1],
                          list: c, into: &cooperationRaised)
            cooperationStart.append(cooperationRaised.count)
        }
        var isUndecided = [Bool](repeating: false, count: dataset.actors.count)
        for entry in undecided { isUndecided[entry.actor] = true }
        var cooperationsOfActor = [[Int32]](repeating: [], count: dataset.actors.count)
        for link in dataset.links where isUndecided[Int(link.actor)] {
            cooperationsOfActor[Int(link.actor)].append(link.cooperation)
        }
        var counts = [Int](repeating: 0, count: territoryCount)
        var counted: [Int32] = []
        for (a, own) in undecided {
            for t in own { mark[Int(t)] = -(a + 1) }
            for c in cooperationsOfActor[a] {
                for k in cooperationStart[Int(c)]..<cooperationStart[Int(c) + 1] {
                    let t = Int(cooperationRaised[k])
                    guard own.isEmpty || mark[t] == -(a + 1) else { continue }
                    if counts[t] == 0 { counted.append(Int32(t)) }
                    counts[t] += 1
                }
            }
            // The most memberships, ties to the smallest id.
            var best: Int32 = -1
            for t in own.isEmpty ? counted : own {
                guard best >= 0 else { best = t; continue }
                let ct = counts[Int(t)], cb = counts[Int(best)]
                if ct > cb || (ct == cb && dataset.territories[Int(t)].id < dataset.territories[Int(best)].id) { best = t }
            }
            chosen[a] = best
            for t in counted { counts[Int(t)] = 0 }
            counted.removeAll(keepingCapacity: true)
        }
        return chosen
    }
}
