import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// One territory per French département and per région named in a level column
    /// (« Département », « Région »), however the rows write it, when the dataset has no
    /// territories table.
    ///
    /// A list kept by hand writes one département as `62`, « Pas-de-Calais » and « pas de
    /// calais »; each spelling would otherwise be a territory of its own, and the actors of
    /// one département would be counted in three. Here a département column's value is read
    /// as an INSEE code (`62`, `2A`, `971`; `1` to `9` with the leading zero a spreadsheet
    /// drops) or as a name (case, accents, spaces and punctuation ignored, as the loader
    /// matches names), a région column's as one of the 18 régions' names; every spelling of
    /// one territory becomes the first one met, named by its official name, and the
    /// actors', cooperations' and territories' references follow. The merges are reported
    /// (one warning per territory written several ways), and so is a value that is no
    /// département or région (a code of another level, a typo): it stays a territory of that
    /// name, at its cell.
    ///
    /// With a territories table nothing is changed: that table gives the ids.
    /// - Parameters:
    ///   - positions: where each level-column value was first met (for the warnings).
    /// - Complexity: O(territories + Σ references).
    mutating func unifyFrenchLevelNames(
        territories: inout [Territory], actors: inout [Actor], cooperations: inout [Cooperation],
        positions: [String: (file: String, position: CellPosition)]
    ) {
        var renamed: [String: String] = [:]   // spelling → the id kept
        var kept: [String: (index: Int, spellings: [String])] = [:]   // official key (`d62`, `rBretagne`) → the territory kept
        for (index, territory) in territories.enumerated() where territory.level == .departement || territory.level == .region {
            guard positions[territory.id] != nil else { continue }   // not from a level column
            guard let official = Self.official(territory.id, level: territory.level) else {
                if let at = positions[territory.id] {
                    let level = territory.level == .departement
                        ? LocalizedText(fr: "département", en: "département") : LocalizedText(fr: "région", en: "région")
                    diagnostics.append(.warning(LocalizedText(
                        fr: "« \(territory.id.excerpt) » n'est ni le nom ni le code d'un\(territory.level == .region ? "e" : "") \(level.fr) : il reste un territoire de ce niveau, sous ce nom",
                        en: "\"\(territory.id.excerpt)\" is neither the name nor the code of any \(level.en): it stays a territory of that level, under that name"),
                        file: at.file, at: at.position))
                }
                continue
            }
            if let first = kept[official.key] {
                renamed[territory.id] = territories[first.index].id
                kept[official.key]?.spellings.append(territory.id)
            } else {
                kept[official.key] = (index, [territory.id])
                territories[index].name = official.name
            }
        }
        for entry in kept.values.sorted(by: { $0.index < $1.index }) where entry.spellings.count > 1 {
            let isDepartement = territories[entry.index].level == .departement
            let spellings = entry.spellings.map { "« \($0.excerpt) »" }.joined(separator: ", ")
            let spellingsEN = entry.spellings.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
            let name = territories[entry.index].name
            let file = positions[entry.spellings[0]]?.file ?? ""
            diagnostics.append(.warning(LocalizedText(
                fr: "\(isDepartement ? "un même département écrit" : "une même région écrite") de \(entry.spellings.count) façons (\(spellings)) : \(isDepartement ? "réuni" : "réunie") sous « \(name) »",
                en: "one \(isDepartement ? "département" : "région") written \(entry.spellings.count) ways (\(spellingsEN)): merged as \"\(name)\""),
                file: file))
        }
        guard !renamed.isEmpty else { return }
        func rename(_ ids: [String]) -> [String] {
            var out: [String] = []
            for id in ids {
                let new = renamed[id] ?? id
                if !out.contains(new) { out.append(new) }
            }
            return out
        }
        var parentOfKept: [String: String] = [:]
        for territory in territories where renamed[territory.id] != nil {
            if let parent = territory.parent { parentOfKept[renamed[territory.id] ?? territory.id] = renamed[parent] ?? parent }
        }
        territories.removeAll { renamed[$0.id] != nil }
        for i in territories.indices {
            if let parent = territories[i].parent { territories[i].parent = renamed[parent] ?? parent }
            if territories[i].parent == nil, let parent = parentOfKept[territories[i].id], parent != territories[i].id {
                territories[i].parent = parent
            }
        }
        for i in actors.indices where actors[i].territories.contains(where: { renamed[$0] != nil }) {
            actors[i].territories = rename(actors[i].territories)
        }
        for i in cooperations.indices where cooperations[i].territories.contains(where: { renamed[$0] != nil }) {
            cooperations[i].territories = rename(cooperations[i].territories)
        }
    }

    /// The département or région a level-column value of `level` names: a key shared by
    /// its spellings (`d62`, `rBretagne`) and its official name; nil at other levels and
    /// for a value that names none.
    static func official(_ text: String, level: TerritoryLevel) -> (key: String, name: String)? {
        switch level {
        case .departement: return departement(written: text).map { ("d" + $0.code, $0.name) }
        case .region: return region(written: text).map { ("r" + $0, $0) }
        default: return nil
        }
    }

    /// How many territories the level-column values `ids` of `level` make once the
    /// spellings of one département or région are one.
    static func distinctTerritories(_ ids: Set<String>, level: TerritoryLevel) -> Int {
        guard level == .departement || level == .region else { return ids.count }
        return Set(ids.map { official($0, level: level)?.key ?? "=" + $0 }).count
    }

    /// The département a level-column value names: an INSEE code (`62`, `2a`, `971`, `1`
    /// for `01`) or a name, case, accents, spaces and punctuation ignored.
    static func departement(written text: String) -> FrenchDepartements.Departement? {
        let trimmed = text.trimmingSpaces()
        if trimmed.count == 1, let digit = trimmed.first, digit.isASCII, digit.isNumber, digit != "0" {
            return FrenchDepartements.departement(code: "0" + trimmed)
        }
        if let byCode = FrenchDepartements.departement(code: trimmed) { return byCode }
        return departementsByName[Vocabulary.key(trimmed)]
    }

    /// The région a level-column value names (one of the 18 régions of 2016), case,
    /// accents, spaces and punctuation ignored.
    static func region(written text: String) -> String? { regionsByName[Vocabulary.key(text.trimmingSpaces())] }

    private static let departementsByName: [String: FrenchDepartements.Departement] =
        Dictionary(FrenchDepartements.all.map { (Vocabulary.key($0.name), $0) }, uniquingKeysWith: { a, _ in a })

    private static let regionsByName: [String: String] =
        Dictionary(FrenchDepartements.all.map { (Vocabulary.key($0.region), $0.region) }, uniquingKeysWith: { a, _ in a })
}
