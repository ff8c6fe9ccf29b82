import MaillageSupport
import Foundation
import MaillageModel

/// A Kumu spreadsheet (kumu.io: an « Elements » and a « Connections » table, as Kumu
/// imports and exports them) read as Maillage's tables.
///
/// Kumu's tables: Elements — `Label` (or `ID` first, then `Label`), `Type`,
/// `Description`, `Tags`, any other field; Connections — `From`, `To` (several
/// elements separated by `|`), `Type`, `Direction`, any other field. From and To name
/// an element by its ID, else by its Label.
///
/// | Kumu | Maillage |
/// | --- | --- |
/// | element of Type « Coopération » (or « Cooperation », « Projet », « Project ») | cooperation; `Description` → summary |
/// | element of Type « Territoire » (or « Territory ») | territory (`Niveau`/`Level` field → level) |
/// | any other element | actor; its Type → kind when it reads as one (« structure ESS », « Association », « Mairie »…), else kind unknown with a warning |
/// | ID (else Label) / Label | id / name |
/// | other fields named like a column of the table (« Secteur », « Forme », « Statut », « Territoires », « Site internet »…) | that column |
/// | connection actor — cooperation (either way) | membership; its Type → role when it reads as one, else `membre` with a warning |
/// | connection actor — actor | a cooperation of the two (id `From+To`, or the connection's ID; name: its Label, else « From – To »; form from its Type when it reads as one, else unknown), both members |
/// | connection territory → territory | parent (From lies in To) |
/// | connection actor or cooperation — territory | the territory is added to its territories |
/// | connection cooperation — cooperation | not representable: warning, ignored |
///
/// `Direction`, `Tags` and fields that name no column are not read (Maillage's ties are
/// undirected). Every cell keeps its Kumu position, so the loader's messages point to
/// the Kumu sheet's cell; an end of a connection that names no element is an error there.
enum KumuTables {
    /// The element categories of Kumu's Type.
    enum Category { case actor, cooperation, territory }

    /// Type keys (``Vocabulary/key(_:)``) read as a cooperation or a territory.
    static let cooperationTypes: Set<String> = ["cooperation", "cooperations", "projet", "project", "projects", "projets"]
    static let territoryTypes: Set<String> = ["territoire", "territoires", "territory", "territories"]

    /// Leading words (keys) of the sheets or files of a Kumu spreadsheet.
    static let elementWords: Set<String> = ["elements", "element"]
    static let connectionWords: Set<String> = ["connections", "connection", "connexions", "connexion"]

    private struct Element {
        var row: Int
        var category: Category
        var id: String
        var idPosition: CellPosition
        /// Cells by schema column.
        var cells: [String: MappedGrid.Cell]
        /// Territories added by connections.
        var extraTerritories: [String] = []
        var parent: String?
    }

    private static func blankDates(_ position: CellPosition) -> [MappedGrid.Cell] {
        [MappedGrid.Cell(text: "", position: position), MappedGrid.Cell(text: "", position: position)]
    }

    /// The tables (by schema file name) and the file each is said to come from.
    struct Result {
        var grids: [String: (file: String, grid: MappedGrid)]
        /// Whether the Elements table cannot be read at all (reported): the dataset has no tables.
        var failed = false
    }

    /// Reads the Kumu tables `elements` (required) and `connections` (optional).
    static func tables(
        elements: any CellGrid, elementsFile: String, connections: (any CellGrid)?, connectionsFile: String,
        diagnostics: inout [Diagnostic]
    ) -> Result {
        // --- Elements: header.
        guard elements.recordCount > 0 else {
            diagnostics.append(.error(LocalizedText(
                fr: "la table Kumu Elements est vide : il lui faut une ligne d'en-tête (Label, Type…)",
                en: "the Kumu Elements table is empty: it needs a header row (Label, Type…)"), file: elementsFile, at: elements.origin))
            return Result(grids: [:], failed: true)
        }
        func header(_ grid: any CellGrid) -> [String] { grid.cellRange(ofRecord: 0).map { Vocabulary.key(grid.text(ofCell: $0)) } }
        // A CSV row with more or fewer cells than its header (a sheet has none).
        for (grid, file) in [(elements, elementsFile)] + (connections.map { [($0, connectionsFile)] } ?? []) where grid.recordCount > 1 {
            let names = grid.cellRange(ofRecord: 0).map { grid.text(ofCell: $0) }
            for r in 1..<grid.recordCount {
                if let problem = grid.widthProblem(ofRecord: r, headerNames: names) {
                    diagnostics.append(.error(problem.message, file: file, at: problem.position))
                }
            }
        }
        let elementHeader = header(elements)
        guard let labelColumn = elementHeader.firstIndex(of: "label") ?? elementHeader.firstIndex(of: "id") else {
            diagnostics.append(.error(LocalizedText(
                fr: "colonne obligatoire « Label » absente de la table Kumu Elements", en: "missing required column \"Label\" in the Kumu Elements table"),
                file: elementsFile, at: elements.start(ofRecord: 0)))
            return Result(grids: [:], failed: true)
        }
        let idColumn = elementHeader.firstIndex(of: "id")
        let typeColumn = elementHeader.firstIndex(of: "type")
        let descriptionColumn = elementHeader.firstIndex(of: "description")
        // Other fields by the column they name in each table.
        let reserved: Set<String> = ["id", "label", "type", "description", "tags"]
        func fieldColumns(_ schema: TableSchema) -> [(Int, String)] {
            elementHeader.enumerated().compactMap { c, key in
                guard !reserved.contains(key), !key.isEmpty else { return nil }
                let name = elements.text(ofCell: elements.cellRange(ofRecord: 0).lowerBound + c)
                guard let column = schema.column(named: name), column != "id", column != "name", !column.hasPrefix("territories:") else { return nil }
                return (c, column)
            }
        }
        let actorFields = fieldColumns(.actors), cooperationFields = fieldColumns(.cooperations)
        let territoryFields = fieldColumns(.territories)

        // --- Elements: rows.
        var list: [Element] = []
        var byID: [String: Int] = [:], byLabel: [String: Int] = [:]
        for r in 1..<elements.recordCount {
            let range = elements.cellRange(ofRecord: r)
            func cell(_ c: Int?) -> MappedGrid.Cell? {
                guard let c, c < range.count else { return nil }
                let text = elements.text(ofCell: range.lowerBound + c).trimmingCharacters(in: .whitespaces)
                return MappedGrid.Cell(text: text, position: elements.position(ofCell: range.lowerBound + c))
            }
            guard let label = cell(labelColumn) else { continue }
            let explicit = cell(idColumn).flatMap { $0.text.isEmpty ? nil : $0 }
            let idCell = explicit ?? label
            if idCell.text.isEmpty {
                if (0..<range.count).contains(where: { !elements.isBlank(range.lowerBound + $0) }) {
                    diagnostics.append(.error(LocalizedText(
                        fr: "élément sans Label (ni ID) : chaque élément Kumu en a besoin", en: "element without a Label (nor an ID): every Kumu element needs one"),
                        file: elementsFile, at: label.position))
                }
                continue
            }
            let type = cell(typeColumn)
            let typeKey = Vocabulary.key(type?.text ?? "")
            let category: Category = cooperationTypes.contains(typeKey) ? .cooperation : territoryTypes.contains(typeKey) ? .territory : .actor
            var cells: [String: MappedGrid.Cell] = ["id": idCell, "name": label.text.isEmpty ? idCell : label]
            switch category {
            case .actor:
                if let type, !type.text.isEmpty {
                    if ValueSynonyms.actorKinds.match(type.text) != nil {
                        cells["kind"] = type
                    } else {
                        diagnostics.append(.warning(LocalizedText(
                            fr: "le type Kumu « \(type.text.excerpt) » n'est pas un type d'acteur : lu comme un acteur de type inconnu (un Type « Coopération » donne une coopération, « Territoire » un territoire)",
                            en: "Kumu type \"\(type.text.excerpt)\" is not a kind of actor: read as an actor of kind unknown (a Type « Coopération » makes a cooperation, « Territoire » a territory)"),
                            file: elementsFile, at: type.position))
                    }
                }
                for (c, column) in actorFields { cells[column] = cell(c) }
            case .cooperation:
                if let description = cell(descriptionColumn) { cells["summary"] = description }
                for (c, column) in cooperationFields where cells[column] == nil { cells[column] = cell(c) }
            case .territory:
                for (c, column) in territoryFields { cells[column] = cell(c) }
            }
            if let first = byID[idCell.text] {
                let firstRow = list[first].idPosition.rowText
                diagnostics.append(.error(LocalizedText(
                    fr: "deux éléments Kumu ont l'identifiant « \(idCell.text.excerpt) » (\(firstRow.fr) et ici) : donnez-leur des ID distincts",
                    en: "two Kumu elements have the id \"\(idCell.text.excerpt)\" (\(firstRow.en) and here): give them distinct IDs"),
                    file: elementsFile, at: idCell.position))
                continue
            }
            byID[idCell.text] = list.count
            if byLabel[label.text] == nil { byLabel[label.text] = list.count }
            list.append(Element(row: r, category: category, id: idCell.text, idPosition: idCell.position, cells: cells))
        }

        // --- Connections.
        var memberships: [[MappedGrid.Cell]] = []
        var pairCooperations: [[MappedGrid.Cell]] = []
        var usedIDs = Set(byID.keys)
        if let connections, connections.recordCount > 0 {
            let head = header(connections)
            let fromColumn = head.firstIndex(of: "from"), toColumn = head.firstIndex(of: "to")
            if fromColumn == nil || toColumn == nil {
                let column = fromColumn == nil ? "From" : "To"
                diagnostics.append(.error(LocalizedText(
                    fr: "colonne obligatoire « \(column) » absente de la table Kumu Connections",
                    en: "missing required column \"\(column)\" in the Kumu Connections table"),
                    file: connectionsFile, at: connections.start(ofRecord: 0)))
            } else if let fromColumn, let toColumn {
                let typeColumn = head.firstIndex(of: "type"), labelColumn = head.firstIndex(of: "label"), idColumn = head.firstIndex(of: "id")
                // Dates of a membership (`since`, `until`), when the connections carry them.
                let dateColumns: [(Int, String)] = head.indices.compactMap { c in
                    let name = connections.text(ofCell: connections.cellRange(ofRecord: 0).lowerBound + c)
                    guard let column = TableSchema.memberships.column(named: name), column == "since" || column == "until" else { return nil }
                    return (c, column)
                }
                for r in 1..<connections.recordCount {
                    let range = connections.cellRange(ofRecord: r)
                    func cell(_ c: Int?) -> MappedGrid.Cell? {
                        guard let c, c < range.count else { return nil }
                        return MappedGrid.Cell(text: connections.text(ofCell: range.lowerBound + c).trimmingCharacters(in: .whitespaces),
                                               position: connections.position(ofCell: range.lowerBound + c))
                    }
                    guard let from = cell(fromColumn), let to = cell(toColumn) else { continue }
                    if from.text.isEmpty && to.text.isEmpty { continue }
                    func element(_ c: MappedGrid.Cell, _ text: String) -> Int? {
                        if let e = byID[text] ?? byLabel[text] { return e }
                        diagnostics.append(.error(LocalizedText(
                            fr: "la connexion nomme « \(text.excerpt) », qu'aucun élément Kumu n'a pour ID ni pour Label",
                            en: "the connection names \"\(text.excerpt)\", which no Kumu element has as ID or Label"),
                            file: connectionsFile, at: c.position))
                        return nil
                    }
                    let fromText = from.text
                    guard !fromText.isEmpty else {
                        diagnostics.append(.error(LocalizedText(fr: "connexion sans « From »", en: "connection without \"From\""), file: connectionsFile, at: from.position)); continue
                    }
                    guard let f = element(from, fromText) else { continue }
                    let type = cell(typeColumn)
                    for toText in to.text.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !toText.isEmpty {
                        guard let t = element(to, toText) else { continue }
                        switch (list[f].category, list[t].category) {
                        case (.actor, .cooperation), (.cooperation, .actor):
                            let (a, c) = list[f].category == .actor ? (f, t) : (t, f)
                            let actorCell = MappedGrid.Cell(text: list[a].id, position: a == f ? from.position : to.position)
                            let cooperationCell = MappedGrid.Cell(text: list[c].id, position: c == f ? from.position : to.position)
                            var role = MappedGrid.Cell(text: "", position: type?.position ?? from.position)
                            if let type, !type.text.isEmpty {
                                if ValueSynonyms.roles.match(type.text) != nil {
                                    role = type
                                } else {
                                    diagnostics.append(.warning(LocalizedText(
                                        fr: "le type de connexion Kumu « \(type.text.excerpt) » n'est pas un rôle : lu comme « membre »",
                                        en: "Kumu connection type \"\(type.text.excerpt)\" is not a role: read as « membre »"),
                                        file: connectionsFile, at: type.position))
                                }
                            }
                            var dates = [MappedGrid.Cell](repeating: MappedGrid.Cell(text: "", position: from.position), count: 2)
                            for (c, column) in dateColumns { if let value = cell(c) { dates[column == "since" ? 0 : 1] = value } }
                            memberships.append([cooperationCell, actorCell, role] + dates)
                        case (.actor, .actor):
                            var id = cell(idColumn).map(\.text) ?? ""
                            if id.isEmpty { id = "\(list[f].id)+\(list[t].id)" }
                            var unique = id, n = 2
                            while usedIDs.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
                            usedIDs.insert(unique)
                            let label = cell(labelColumn).map(\.text) ?? ""
                            let name = label.isEmpty ? "\(list[f].cells["name"]?.text ?? list[f].id) – \(list[t].cells["name"]?.text ?? list[t].id)" : label
                            var form = MappedGrid.Cell(text: "", position: from.position)
                            if let type, ValueSynonyms.cooperationForms.match(type.text) != nil { form = type }
                            pairCooperations.append([MappedGrid.Cell(text: unique, position: from.position),
                                                     MappedGrid.Cell(text: name, position: from.position), form])
                            memberships.append([MappedGrid.Cell(text: unique, position: from.position), MappedGrid.Cell(text: list[f].id, position: from.position),
                                                MappedGrid.Cell(text: "", position: from.position)] + blankDates(from.position))
                            memberships.append([MappedGrid.Cell(text: unique, position: to.position), MappedGrid.Cell(text: list[t].id, position: to.position),
                                                MappedGrid.Cell(text: "", position: to.position)] + blankDates(to.position))
                        case (.territory, .territory):
                            if let parent = list[f].parent, parent != list[t].id {
                                diagnostics.append(.error(LocalizedText(
                                    fr: "le territoire « \(list[f].id.excerpt) » est déjà dans « \(parent.excerpt) » : un territoire a un seul parent",
                                    en: "territory \"\(list[f].id.excerpt)\" already lies in \"\(parent.excerpt)\": a territory has one parent"),
                                    file: connectionsFile, at: to.position))
                            } else {
                                list[f].parent = list[t].id
                            }
                        case (.territory, _):
                            list[t].extraTerritories.append(list[f].id)
                        case (_, .territory):
                            list[f].extraTerritories.append(list[t].id)
                        case (.cooperation, .cooperation):
                            diagnostics.append(.warning(LocalizedText(
                                fr: "une connexion entre deux coopérations n'est pas lue : Maillage relie des acteurs par des coopérations",
                                en: "a connection between two cooperations is not read: Maillage ties actors through cooperations"),
                                file: connectionsFile, at: from.position))
                        }
                    }
                }
            }
        }

        // --- The tables.
        func table(_ schema: TableSchema, _ category: Category, extra: [[MappedGrid.Cell]] = []) -> MappedGrid? {
            let rows = list.filter { $0.category == category }
            guard !rows.isEmpty || !extra.isEmpty else { return nil }
            let header = schema.allColumns
            var records: [[MappedGrid.Cell]] = rows.map { element in
                var cells = element.cells
                if !element.extraTerritories.isEmpty, header.contains("territories") {
                    let own = cells["territories"]?.text ?? ""
                    let all = (own.isEmpty ? [] : [own]) + element.extraTerritories
                    cells["territories"] = MappedGrid.Cell(text: all.joined(separator: "|"), position: cells["territories"]?.position ?? element.idPosition)
                }
                if let parent = element.parent, cells["parent"]?.text.isEmpty ?? true {
                    cells["parent"] = MappedGrid.Cell(text: parent, position: element.idPosition)
                }
                return header.map { cells[$0] ?? MappedGrid.Cell(text: "", position: element.idPosition) }
            }
            for row in extra {
                records.append(header.map { column in
                    switch column {
                    case "id": row[0]
                    case "name": row[1]
                    case "form": row[2]
                    default: MappedGrid.Cell(text: "", position: row[0].position)
                    }
                })
            }
            return MappedGrid(header: header, records: records, origin: elements.origin)
        }
        var grids: [String: (file: String, grid: MappedGrid)] = [:]
        if let g = table(.actors, .actor) { grids[TableSchema.actors.file] = (elementsFile, g) }
        if let g = table(.cooperations, .cooperation, extra: pairCooperations) { grids[TableSchema.cooperations.file] = (elementsFile, g) }
        if let g = table(.territories, .territory) { grids[TableSchema.territories.file] = (elementsFile, g) }
        grids[TableSchema.memberships.file] = (
            connectionsFile,
            MappedGrid(header: ["cooperation", "actor", "role", "since", "until"], records: memberships, origin: connections?.origin ?? elements.origin))
        return Result(grids: grids)
    }
}
