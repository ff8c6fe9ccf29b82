import MaillageModel

/// A dataset's territory references as positions in `dataset.territories`, built once
/// and shared by the levels a ``TerritoryAssignment`` is computed at: each territory's
/// parent, each actor's and each cooperation's territories. Ids are looked up once
/// here, so raising to a level and counting memberships work on integers.
///
/// A reference resolves as `Dataset.territory(_:)` does: to the first territory with
/// that id, or to nothing (−1, dropped from the lists) when no territory has it.
struct TerritoryPositions {
    /// Per territory: its parent's position, −1 when it has none or it is unknown.
    let parent: [Int32]
    /// Per actor: where its territories start in `actorTerritories` (count + 1 entries).
    let actorStart: [Int]
    /// The actors' known territories, in the order the actors list them.
    let actorTerritories: [Int32]
    /// Per cooperation: where its territories start in `cooperationTerritories`.
    let cooperationStart: [Int]
    /// The cooperations' known territories.
    let cooperationTerritories: [Int32]

    /// - Complexity: O(territories + actors' and cooperations' territory references).
    init(dataset: Dataset) {
        func position(_ id: String) -> Int32 { dataset.territoryIndex[id].map { Int32($0) } ?? -1 }
        /// Each list's known references, flattened, and where each list starts.
        func flattened(_ lists: some Sequence<[String]>) -> (start: [Int], flat: [Int32]) {
            var start = [0], flat: [Int32] = []
            for list in lists {
                for id in list { let p = position(id); if p >= 0 { flat.append(p) } }
                start.append(flat.count)
            }
            return (start, flat)
        }
        parent = dataset.territories.map { $0.parent.map(position) ?? -1 }
        (actorStart, actorTerritories) = flattened(dataset.actors.lazy.map(\.territories))
        (cooperationStart, cooperationTerritories) = flattened(dataset.cooperations.lazy.map(\.territories))
    }

    /// Per territory, the position of the territory of `level` that contains it (itself
    /// included), −1 when none does: `Dataset.enclosingTerritory(of:at:)` on positions,
    /// following at most `territories.count + 1` links like `Dataset.ancestry(ofTerritory:)`.
    /// - Complexity: O(territories × depth).
    func raised(to level: TerritoryLevel, in territories: [Territory]) -> [Int32] {
        (0..<territories.count).map { start in
            var current = Int32(start), steps = 0
            while current >= 0, steps <= territories.count {
                if territories[Int(current)].level == level { return current }
                current = parent[Int(current)]
                steps += 1
            }
            return -1
        }
    }
}
