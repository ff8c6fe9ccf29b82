import MaillageModel

extension TerritoryAssignment {
    /// The rule of ``automaticLevel(for:)`` in words, in `language`: the one description
    /// of it that `--help`, the README and the documentation give.
    public static func automaticLevelRule(in language: Language) -> String {
        language.pick(
            "le niveau qui sépare le plus d'acteurs en 2 à 16 territoires (le plus fin en cas d'égalité) ; sinon celui qui a le moins de territoires, au moins 2 ; département à défaut",
            "the level that separates the most actors into 2 to 16 territories (the finer on a tie); otherwise the one with the fewest territories, at least 2; département failing that")
    }

    /// The level to group on when the user names none: among the levels that split
    /// the actors into 2 to 16 territories, the one that separates the most actors —
    /// the actors assigned to a territory other than the largest one (a level where
    /// nearly everyone falls in one département tells little); the finer on a tie.
    /// When no level gives 2 to 16 territories (a list whose only places are 119
    /// communes), the level with the fewest territories among those with at least
    /// two, the finer on a tie; `departement` when no level gives two territories.
    public static func automaticLevel(for dataset: Dataset) -> TerritoryLevel {
        let positions = TerritoryPositions(dataset: dataset)
        var best: (level: TerritoryLevel, separated: Int)?
        var fewest: (level: TerritoryLevel, groups: Int)?
        for level in [TerritoryLevel.commune, .epci, .pays, .departement, .region] {
            var sizes = [Int](repeating: 0, count: dataset.territories.count)
            for t in chosenTerritories(dataset: dataset, level: level, positions: positions) where t >= 0 { sizes[Int(t)] += 1 }
            let groupCount = sizes.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
            guard groupCount >= 2 else { continue }
            if fewest.map({ groupCount < $0.groups }) ?? true { fewest = (level, groupCount) }
            guard groupCount <= 16 else { continue }
            let separated = sizes.reduce(0, +) - (sizes.max() ?? 0)
            if best.map({ separated > $0.separated }) ?? true { best = (level, separated) }
        }
        return best?.level ?? fewest?.level ?? .departement
    }
}
