import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Reads `territories.csv`: ids, levels, parents; checks parents exist and form no cycle.
    mutating func readTerritories(_ table: Table?) -> [Territory] {
        guard let table else { return [] }
        let file = table.file
        var territories: [Territory] = []
        var parentFields: [Table.Cell?] = []
        var seen: [String: Int] = [:]
        var records: [Int] = []  // the record defining each territory
        let placeColumns = PlaceColumns(table)
        var inseeFields: [Table.Cell?] = []
        for row in table.rows {
            guard let (id, idField) = requireID(row, what: .territory),
                  checkUnique(id, field: idField, index: territories.count, seen: &seen, row: { table.rowDescription(ofRecord: records[$0]) }, what: .territory, file: file) else { continue }
            records.append(row.record)
            checkLength(idField, what: Noun.territory.id, file: file)
            checkLength(row.field("name"), what: Noun.territory.name, file: file)
            let level = parseEnum(
                row.field("level"), in: ValueSynonyms.territoryLevels,
                unknown: LocalizedText(fr: "niveau de territoire inconnu", en: "unknown territory level"), file: file)?.value ?? .autre
            let parent = row.value("parent")
            let name = row.value("name")
            let (coordinate, insee) = readPlace(row, placeColumns, what: Noun.territory.named(id), file: file)  // issue 17
            inseeFields.append(row.field(placeColumns.insee))
            territories.append(Territory(id: id, name: name.isEmpty ? id : name, level: level, parent: parent.isEmpty ? nil : parent,
                                         coordinate: coordinate, insee: insee))
            parentFields.append(parent.isEmpty ? nil : row.field("parent"))
        }
        checkUniqueINSEECodes(territories, fields: inseeFields, file: file)
        let index = Dictionary(territories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, territory) in territories.enumerated() {
            guard let parent = territory.parent, let field = parentFields[i] else { continue }
            if index[parent] == nil {
                let nearest = Vocabulary.nearest(to: parent, in: Array(index.keys).sorted())
                diagnostics.append(.error(LocalizedText(
                    fr: "territoire parent inconnu « \(parent.excerpt) ».\(nearest.map { " Vouliez-vous dire « \($0) » ?" } ?? "")",
                    en: "unknown parent territory \"\(parent.excerpt)\".\(nearest.map { " Did you mean \"\($0)\"?" } ?? "")"), file: file, at: field.position))
                territories[i].parent = nil
            } else if parent == territory.id {
                diagnostics.append(.error(LocalizedText(
                    fr: "le territoire « \(parent.excerpt) » est son propre parent", en: "territory \"\(parent.excerpt)\" is its own parent"), file: file, at: field.position))
                territories[i].parent = nil
            }
        }
        // Cycles: walk up from each territory; a walk that meets itself is a cycle.
        var state = [UInt8](repeating: 0, count: territories.count)  // 0 unseen, 1 on path, 2 done
        for start in territories.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let c = current, state[c] == 0 {
                state[c] = 1
                path.append(c)
                current = territories[c].parent.flatMap { index[$0] }
            }
            if let c = current, state[c] == 1, let at = path.firstIndex(of: c) {
                let cycle = path[at...].map { territories[$0].id }
                let first = path[at]
                let field = parentFields[first]
                diagnostics.append(.error(LocalizedText(
                    fr: "les parents des territoires forment un cycle : \(Self.describeCycle(cycle, territories: "territoires"))",
                    en: "territory parents form a cycle: \(Self.describeCycle(cycle))"),
                    file: file, at: field?.position ?? .file))
                for t in path[at...] { territories[t].parent = nil }
            }
            for p in path { state[p] = 2 }
        }
        return territories
    }

    /// `a → b → c → a`; a cycle of more than 8 territories shows its first 8 and its length.
    static func describeCycle(_ cycle: [String], territories: String = "territories") -> String {
        let shown = cycle.prefix(8).map(\.excerpt)
        if cycle.count <= 8 { return (shown + [cycle[0].excerpt]).joined(separator: " → ") }
        return shown.joined(separator: " → ") + " → … (\(cycle.count) \(territories)) → " + cycle[0].excerpt
    }

    /// Checks that actors and cooperations name known territories. Without
    /// `territories.csv`, referenced ids become territories: of the level of the
    /// column that names them (« Commune », « EPCI »…), `autre` from a `territories`
    /// column; a level column also gives each of its territories as parent the
    /// territory of the next level up named on the same row (first row wins).
    /// `positions` receives where each territory made from a level column was first met.
    mutating func checkTerritoryReferences(
        in tables: [Table?], territories: inout [Territory], territoriesKnown: Bool,
        positions: inout [String: (file: String, position: CellPosition)]
    ) {
        var known = Set(territories.map(\.id))
        let known0 = known
        var implicit: [String: Set<String>] = [:]
        var fromLevelColumns: [String: [TerritoryLevel: Set<String>]] = [:]
        var position: [String: Int] = [:]
        for case let table? in tables {
            let file = table.file
            let columns = table.territoryColumns
            guard !columns.isEmpty else { continue }
            let hasLevels = columns.contains { $0.level != nil }
            for row in table.rows {
                var onRow: [(id: String, level: TerritoryLevel)] = []
                for (column, level) in columns {
                    for id in row.values(column) {
                        if known0.contains(id) { continue }
                        if territoriesKnown, let field = row.field(column) {
                            let nearest = Vocabulary.nearest(to: id, in: known0.sorted())
                            diagnostics.append(.error(LocalizedText(
                                fr: "territoire inconnu « \(id.excerpt) » (absent de territories.csv).\(nearest.map { " Vouliez-vous dire « \($0) » ?" } ?? "")",
                                en: "unknown territory \"\(id.excerpt)\" (not in territories.csv).\(nearest.map { " Did you mean \"\($0)\"?" } ?? "")"),
                                file: file, at: field.position))
                            continue
                        }
                        if known.insert(id).inserted {
                            position[id] = territories.count
                            territories.append(Territory(id: id, level: level ?? .autre))
                            if let level {
                                fromLevelColumns[file, default: [:]][level, default: []].insert(id)
                                if let field = row.field(column) { positions[id] = (file, field.position) }
                            } else {
                                implicit[file, default: []].insert(id)
                            }
                        }
                        if let level { onRow.append((id, level)) }
                    }
                }
                // Hierarchy from the row: each territory's parent is the nearest coarser level named.
                guard hasLevels, onRow.count > 1 else { continue }
                for (id, level) in onRow {
                    guard let i = position[id], territories[i].parent == nil, territories[i].level == level else { continue }
                    let coarser = onRow.filter { $0.level < level && $0.id != id }.max { $0.level < $1.level }
                    if let parent = coarser { territories[i].parent = parent.id }
                }
            }
        }
        for (file, ids) in implicit.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(.warning(LocalizedText(
                fr: "territories.csv est absent : " + (ids.count == 1
                    ? "1 territoire n'est connu que par son identifiant"
                    : "\(ids.count) territoires ne sont connus que par leurs identifiants") + " (niveau « autre », sans hiérarchie)",
                en: "territories.csv is absent: \(ids.count) territor\(ids.count == 1 ? "y is" : "ies are") known only by \(ids.count == 1 ? "its id" : "their ids") (level \"autre\", no hierarchy)"),
                file: file))
        }
        for (file, levels) in fromLevelColumns.sorted(by: { $0.key < $1.key }) {
            func counts(_ l: Language) -> String {
                // Spellings of one département or région count once (``unifyFrenchLevelNames``).
                levels.sorted { $0.key < $1.key }.map { l.count(Self.distinctTerritories($0.value, level: $0.key), of: $0.key) }
                    .joined(separator: ", ")
            }
            diagnostics.append(.warning(LocalizedText(
                fr: "territories.csv est absent : territoires tirés des colonnes de niveau (\(counts(.fr))), chacun du niveau de sa colonne",
                en: "territories.csv is absent: territories taken from the level columns (\(counts(.en))), each of the level of its column"),
                file: file))
        }
    }
}
