import MaillageModel
import MaillageSupport

/// A list of cooperations whose members are named by role: one row per cooperation, as a
/// call for projects, a project directory or a « fiche projet » summary is kept.
///
/// ```
/// Projet                        | Porteur              | Partenaires                        | Financeurs     | Année de démarrage
/// Plateforme mobilité Lauragais | Scop Les Compagnons  | Trait d'Union, Régie de Bagatelle  | Région         | 2021
/// Recyclerie de l'Ariège        | Le Relais Ariège     | Mutuelle Solidarité 09             |                | 2022
/// ```
///
/// The header names a cooperation column (« Projet », « Coopération », « Action »…, or
/// beside member columns a title: « Intitulé », « Libellé », « Titre ») and
/// one or more **member columns** whose header says the role of the actors they list:
/// « Porteur » (`porteur`: « Structure porteuse », « Chef de file »…), « Partenaires »
/// (`partenaire`), « Financeurs » (`financeur`), « Accompagnateur » (`accompagnateur`),
/// « Animateur » (`animateur`), « Membres » or « Participants » (`membre`), each possibly
/// numbered (« Partenaire 1 », « Partenaire 2 »); a column of numbers (« Membres » as a
/// count) is none. Beside an actor column of its own (« Projet | Structure | Rôle |
/// Partenaires »), the structure is a member too, with the row's « Rôle » (`membre`
/// without one). Each actor named in a member cell is one
/// membership of the row's cooperation with the column's role; a cell names several
/// actors separated by `;`, `|` or line breaks, and by `,` or ` / ` under a plural header
/// (« Partenaires ») — a singular one (« Porteur ») keeps « Pôle Sud, Est » whole. The
/// other columns describe the cooperation as the cooperations table reads them (« Année
/// de démarrage » its start, « Statut » its status, « Forme »…); those it does not read
/// are said once each. A cooperation named on several rows is one, its members added
/// (said once); a row without a cooperation but with members is an error at that cell; a
/// cooperation without any member is kept, with a warning.
enum CooperationMemberColumns {
    /// Member columns' headers (keys) and the role of the actors they name. A header
    /// numbered (« Partenaire 2 ») is its stem's.
    static let roleWords: [String: (role: MembershipRole, plural: Bool)] = {
        var words: [String: (MembershipRole, Bool)] = [:]
        func add(_ role: MembershipRole, singular: [String], plural: [String]) {
            for word in singular { words[Vocabulary.key(word)] = (role, false) }
            for word in plural { words[Vocabulary.key(word)] = (role, true) }
        }
        add(.porteur, singular: ["porteur", "porteuse", "porteur du projet", "porteur de projet", "porteur de la coopération", "structure porteuse",
                                 "porteur principal", "chef de file", "structure cheffe de file", "pilote", "structure pilote", "lead partner"],
            plural: ["porteurs", "porteurs du projet", "structures porteuses", "co-porteurs", "coporteurs", "copilotes"])
        add(.partenaire, singular: ["partenaire", "structure partenaire", "partner"],
            plural: ["partenaires", "partenaires du projet", "partenaires associés", "structures partenaires", "structures associées",
                     "partenaires impliqués", "autres partenaires", "partners"])
        add(.financeur, singular: ["financeur", "financeuse", "structure financeuse", "organisme financeur", "funder"],
            plural: ["financeurs", "cofinanceurs", "co-financeurs", "financements", "financeurs du projet", "funders"])
        add(.accompagnateur, singular: ["accompagnateur", "accompagnatrice", "structure d'accompagnement", "structure accompagnatrice"],
            plural: ["accompagnateurs", "structures d'accompagnement", "accompagnement"])
        add(.animateur, singular: ["animateur", "animatrice", "structure animatrice"], plural: ["animateurs", "animation"])
        add(.membre, singular: [], plural: ["membres", "structures membres", "participants", "structures participantes", "acteurs",
                                            "acteurs impliqués", "structures impliquées", "members", "participants du projet"])
        return words
    }()

    /// The role and plurality a header key names, its number dropped (« partenaire 2 »).
    static func member(_ key: String) -> (role: MembershipRole, plural: Bool)? {
        if let found = roleWords[key] { return found }
        let stem = String(key.reversed().drop { $0.isASCII && $0.isNumber }.reversed()).trimmingCharacters(in: .whitespaces)
        return stem.count < key.count ? roleWords[stem].map { ($0.role, false) } : nil
    }

    /// The header of such a list in `grid`: its record (below at most
    /// ``Table/titleLinesLimit`` title lines), the cooperation column and the member
    /// columns with their roles; nil when the header names no cooperation or no member
    /// column, or names an actor column of its own (« Structure | Rôle »: the memberships table).
    ///
    /// With `cooperationsTable` (a cooperations table and no memberships table: a
    /// « Coopérations » sheet with « Porteur » and « Partenaires » columns), the cooperation
    /// column is the table's own id column, or else its name column.
    static func header(in grid: any CellGrid, cooperationsTable: Bool = false) -> Header? {
        for r in Table.headerCandidates(in: grid) {
            guard let found = header(in: grid, at: r, cooperationsTable: cooperationsTable) else {
                // A table's own header (« Coopération | Forme | Structure | Rôle »): the rows
                // below are data, where « groupement » and « porteur » are values, not a header.
                if Table.fits(cooperationsTable ? .cooperations : .memberships, grid: grid, header: r) { return nil }
                continue
            }
            // « Projet | | Acteurs | »: a group row over the real header.
            let below = Table.belowGroupRow(r, grid: grid) { header(in: grid, at: $0, cooperationsTable: cooperationsTable) != nil }
            return below == r ? found : header(in: grid, at: below, cooperationsTable: cooperationsTable)
        }
        return nil
    }

    /// The header of such a list when record `r` of `grid` is one.
    private static func header(in grid: any CellGrid, at r: Int, cooperationsTable: Bool) -> Header? {
        let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
        let own = cooperationsTable ? Table.columnIndices(of: .cooperations, in: grid, record: r) : [:]
        let keys = grid.cellRange(ofRecord: r).map { cell in
            let text = grid.text(ofCell: cell).trimmingSpaces()
            return Vocabulary.key(HeaderNote.stripped(text) ?? text)
        }
        // « Intitulé | Porteur | Partenaires »: beside member columns, a title column names the project.
        // « Nom | Porteur | Partenaires » (Notion's, Airtable's primary column): a project's name
        // beside a carrier's, funders' or members' column; beside partners alone it may be a structure's (``TieList``).
        let named = (keys.first == "nom" || keys.first == "name")
            && keys.dropFirst().contains { member($0).map { $0.role != .partenaire } == true } ? 0 : nil
        guard let cooperation = columns["cooperation"] ?? own["id"] ?? own["name"] ?? keys.firstIndex(where: titleWords.contains) ?? named
        else { return nil }
        var members = keys.indices.compactMap { i in
            i == cooperation || holdsNumbers(i, in: grid, below: r) ? nil : member(keys[i]).map { Member(index: i, role: $0.role, plural: $0.plural) }
        }
        guard !members.isEmpty else { return nil }
        // « Projet | Structure | Rôle | Partenaires »: the structure is a member too, with the row's role.
        var roleColumn: Int?
        if let actor = columns["actor"], !members.contains(where: { $0.index == actor }) {
            members.insert(Member(index: actor, role: .membre, plural: false), at: 0)
            roleColumn = columns["role"]
        }
        return Header(record: r, cooperation: cooperation, members: members, roleColumn: roleColumn)
    }

    /// Headers (keys) that name a project by its title (« Intitulé », « Libellé », « Titre »):
    /// the cooperation column of a list with member columns, and of no other table, where
    /// they could be anything's title.
    static let titleWords: Set<String> = Set(["intitulé", "intitulé du projet", "intitulé de l'action", "libellé", "libellé du projet",
                                              "titre", "titre du projet"].map(Vocabulary.key))

    /// A member column: its index, the role of the actors it names, and whether its header is plural.
    struct Member: Equatable {
        var index: Int
        var role: MembershipRole
        var plural: Bool
    }

    /// Where such a list's header is and what its columns hold; `roleColumn` gives the role
    /// of the first member column's actor row by row (« Projet | Structure | Rôle | Partenaires »).
    struct Header {
        var record: Int
        var cooperation: Int
        var members: [Member]
        var roleColumn: Int?
    }

    /// Whether column `i` of `grid` holds only numbers below record `r` (« Membres » as a count), at least one.
    static func holdsNumbers(_ i: Int, in grid: any CellGrid, below r: Int) -> Bool {
        var seen = false
        for record in (r + 1)..<grid.recordCount {
            let range = grid.cellRange(ofRecord: record)
            guard range.lowerBound + i < range.upperBound, !grid.isBlank(range.lowerBound + i) else { continue }
            guard Double(grid.text(ofCell: range.lowerBound + i).trimmingSpaces().replacingOccurrences(of: ",", with: ".")) != nil else { return false }
            seen = true
        }
        return seen
    }

    /// The memberships and the cooperations of the list `grid`; nil when `grid` is not one.
    static func read(_ grid: any CellGrid, file: String, cooperationsTable: Bool = false,
                     diagnostics: inout [Diagnostic]) -> (memberships: MappedGrid, cooperations: MappedGrid)? {
        guard grid.recordCount > 1, let found = header(in: grid, cooperationsTable: cooperationsTable) else { return nil }
        let headerIndex = found.record, cooperationColumn = found.cooperation, members = found.members, roleColumn = found.roleColumn
        let body: any CellGrid = headerIndex > 0 ? RowsBelowTitleGrid(grid, skipping: headerIndex) : grid
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let headerNames = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)
        if headerIndex > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(headerIndex, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        let memberIndices = Set(members.map(\.index) + (roleColumn.map { [$0] } ?? []))

        // The other columns: what the cooperations table reads, dates by either table's words.
        var cooperationColumns: [(index: Int, column: String)] = []
        // The cooperation column gives the id and the name, unless it is a table's id column beside its name column.
        let idColumn = cooperationsTable && TableSchema.cooperations.column(named: headerNames[cooperationColumn]) == "id"
        var claimed: Set<String> = idColumn ? ["id"] : ["id", "name"]
        for (i, name) in headerNames.enumerated() where i != cooperationColumn && !memberIndices.contains(i) && !name.isEmpty {
            var column = TableSchema.cooperations.column(named: name)
            switch TableSchema.memberships.column(named: name) {
            case "since": column = "started"
            case "until": column = "ended"
            default: break
            }
            let position = headerPositions[headerCells[i]] ?? origin
            if let column, column != "id", claimed.insert(column).inserted {
                cooperationColumns.append((i, column))
            } else {
                diagnostics.append(.warning(UnreadColumns.message(forColumn: name, notReadIn: LocalizedText(
                    fr: "dans une liste de coopérations et de leurs membres (colonnes lues : la coopération, ses membres par rôle, une forme, des dates, un secteur, un statut, des territoires, un résumé, une source)",
                    en: "in a list of cooperations and their members (columns read: the cooperation, its members by role, a form, dates, a sector, a status, territories, a summary, a source)")),
                    file: file, at: position))
            }
        }
        func said(_ m: Member) -> String { roleColumn != nil && m == members[0] ? "« \(headerNames[roleColumn ?? 0].excerpt) »" : m.role.rawValue }
        func saidEN(_ m: Member) -> String { roleColumn != nil && m == members[0] ? "\"\(headerNames[roleColumn ?? 0].excerpt)\"" : m.role.rawValue }
        let roles = members.map { "« \(headerNames[$0.index].excerpt) » (\(said($0)))" }.joined(separator: ", ")
        let rolesEN = members.map { "\"\(headerNames[$0.index].excerpt)\" (\(saidEN($0)))" }.joined(separator: ", ")
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme une liste de coopérations et de leurs membres : une ligne par coopération (« \(headerNames[cooperationColumn].excerpt) »), ses membres par rôle : \(roles)",
            en: "read as a list of cooperations and their members: one row per cooperation (\"\(headerNames[cooperationColumn].excerpt)\"), its members by role: \(rolesEN)"),
            file: file, at: origin))

        // The rows, their cells located in one pass.
        let rows = Table.dataRecords(of: body, keyColumn: cooperationColumn, headerNames: headerNames, file: file, diagnostics: &diagnostics).rows
        var located: [Int] = []
        for r in rows {
            let range = body.cellRange(ofRecord: r)
            for i in [cooperationColumn] + Array(memberIndices) + cooperationColumns.map(\.index) where range.lowerBound + i < range.upperBound {
                located.append(range.lowerBound + i)
            }
        }
        let positions = body.positions(ofCells: located)

        let cooperationHeader = ["id", "name"] + cooperationColumns.map(\.column).filter { $0 != "name" }
        var cooperations: [[MappedGrid.Cell]] = [], memberships: [[MappedGrid.Cell]] = []
        var seen: [String: (text: String, position: CellPosition)] = [:]
        var repeated: [(position: CellPosition, name: String, first: CellPosition)] = []
        var memberless: [(position: CellPosition, name: String)] = []
        var notes = RoleNote.Read()
        var noNames = NoNameAnswers.Read(), noNamesTitle = "", memo = NoNameAnswers.Memo()
        for r in rows {
            let range = body.cellRange(ofRecord: r)
            func cell(_ i: Int) -> MappedGrid.Cell {
                guard range.lowerBound + i < range.upperBound else { return MappedGrid.Cell(text: "", position: body.endPosition(ofRecord: r)) }
                return MappedGrid.Cell(text: body.text(ofCell: range.lowerBound + i).trimmingSpaces(),
                                       position: positions[range.lowerBound + i] ?? body.start(ofRecord: r))
            }
            let cooperation = cell(cooperationColumn)
            var named: [(name: String, cell: MappedGrid.Cell, role: MembershipRole)] = []
            for (m, member) in members.enumerated() {
                let c = cell(member.index)
                // The structure's role on this row, when a role column gives one (else `membre`).
                var role = member.role
                if m == 0, let roleColumn, let written = Optional(cell(roleColumn).text), !written.isEmpty {
                    if let match = ValueSynonyms.roles.match(written) { role = match.value } else {
                        diagnostics.append(.warning(LocalizedText(
                            fr: "rôle inconnu « \(written.excerpt) » : lu comme membre",
                            en: "unknown role \"\(written.excerpt)\": read as membre"), file: file, at: cell(roleColumn).position))
                    }
                }
                let separators: Set<Character> = member.plural ? ["|", ";", "\n", "\r\n", ","] : ["|", ";", "\n", "\r\n"]
                // Under a plural header « A / B » names two too (a slash between spaces; « SCOP/SCIC » is one).
                let text = member.plural ? c.text.replacingOccurrences(of: " / ", with: ";") : c.text
                // « Aucun », « Autres »: no member named (``NoNameAnswers``).
                let (listed, dropped) = memo.partition(text.split(whereSeparator: separators.contains).map({ ListMarkers.unmarked(String($0)) }))
                if !dropped.isEmpty, noNames.cells == 0 { noNamesTitle = headerNames[member.index] }
                noNames.note(dropped, at: c.position)
                for written in listed where !written.isEmpty {
                    // « Ville de Lens (financeur) »: the actor Ville de Lens, with that role here.
                    let (name, noted) = RoleNote.split(written)
                    notes.note(written, name, noted, at: c.position)
                    named.append((name, c, noted ?? role))
                }
            }
            if cooperation.text.isEmpty {
                if !named.isEmpty {
                    diagnostics.append(.error(LocalizedText(
                        fr: "cellule « \(headerNames[cooperationColumn].excerpt) » vide : à quelle coopération ces membres participent-ils ?",
                        en: "empty \"\(headerNames[cooperationColumn].excerpt)\" cell: which cooperation do these members take part in?"),
                        file: file, at: cooperation.position))
                }
                continue
            }
            // A cooperation written again (« projet A » for « Projet A ») is the first one.
            let key = Vocabulary.key(cooperation.text)
            var id = cooperation.text
            if let first = seen[key] {
                repeated.append((cooperation.position, cooperation.text, first.position))
                id = first.text
            } else {
                seen[key] = (cooperation.text, cooperation.position)
                var values: [String: MappedGrid.Cell] = ["id": cooperation, "name": cooperation]
                for (i, column) in cooperationColumns { values[column] = cell(i) }
                cooperations.append(cooperationHeader.map { values[$0] ?? MappedGrid.Cell(text: "", position: cooperation.position) })
            }
            if named.isEmpty { memberless.append((cooperation.position, cooperation.text)) }
            for (name, c, role) in named {
                memberships.append([MappedGrid.Cell(text: id, position: c.position), MappedGrid.Cell(text: name, position: c.position),
                                    MappedGrid.Cell(text: role.rawValue, position: c.position)])
            }
        }
        if let warning = noNames.warning(file: file, title: noNamesTitle, what: Noun(en: "member", fr: "membre", frOf: "de membre")) { diagnostics.append(warning) }
        if let warning = notes.warning(file: file) { diagnostics.append(warning) }
        if let first = repeated.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "la coopération « \(first.name.excerpt) » revient (d'abord \(first.first.rowDescription)) : une seule coopération, ses membres s'ajoutent, sa première ligne la décrit",
                en: "cooperation \"\(first.name.excerpt)\" comes again (first \(first.first.rowDescription)): one cooperation, its members added, its first row describing it")
                + .andMore(repeated.count - 1), file: file, at: first.position))
        }
        if let first = memberless.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "la coopération « \(first.name.excerpt) » ne nomme aucun membre : elle est gardée, sans lien",
                en: "cooperation \"\(first.name.excerpt)\" names no member: kept, without ties") + .andMore(memberless.count - 1),
                file: file, at: first.position))
        }
        // Each column titled as the user wrote it when that reads as the same column, so messages name it so.
        let titles = Dictionary(cooperationColumns.compactMap { i, column in
            TableSchema.cooperations.column(named: headerNames[i]) == column ? (column, headerNames[i]) : nil
        }, uniquingKeysWith: { a, _ in a })
        return (MappedGrid(header: ["cooperation", "actor", "role"], records: memberships, origin: origin),
                MappedGrid(header: cooperationHeader.map { titles[$0] ?? $0 }, records: cooperations, origin: origin))
    }
}
