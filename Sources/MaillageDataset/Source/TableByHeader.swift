import MaillageSupport

/// Which table a sheet or a CSV file holds when its name does not say (« Feuil1 »,
/// « Liste adhérents.csv »): the one its header names.
///
/// - Memberships when the header names a cooperation and an actor column, or the two
///   ends of a tie (``TieList``), or a cooperation and its members by role
///   (``CooperationMemberColumns``), or the actors its first column names (an adjacency
///   matrix, ``AdjacencyMatrix``), or an actor column beside year columns (a member list
///   by year, ``YearColumns``).
/// - Otherwise the actors, cooperations or territories table whose own columns
///   (besides an id and a name) the header names most, provided it names an id or a
///   name column: « Structure | Statut juridique | Commune » is the actors table.
/// - Memberships when it is a SurveyMonkey or Qualtrics export, whose first line is no
///   header of questions (``SurveyMonkeyExport``, ``QualtricsExport``).
/// - Memberships too when no such table fits and the header names an actor column beside
///   columns of marks (a cross table, ``MembershipMatrix``: « Structure | PTCE |
///   Recycleries » marked « x », or a form's « Question [Option] » marked « Oui »).
/// - None when no table fits, or several fit equally (« Nom | Type | Commune » could be
///   actors or cooperations).
///
/// The header may sit below title lines, as ``Table/headerBelowTitle(_:grid:)`` finds it.
enum TableByHeader {
    /// The table the header names and the header cells that tell it; nil when none does
    /// clearly. `grid(schema)` gives the cells as read for `schema` (a sheet's width is
    /// its header's, so each schema reads it afresh), `grid(nil)` as they are.
    static func schema(of grid: (TableSchema?) -> any CellGrid) -> (schema: TableSchema, columns: [String])? {
        // The header of `schema`: the first record, or one below title lines.
        func header(_ schema: TableSchema) -> [String]? {
            let cells = grid(schema)
            guard let r = Table.headerBelowTitle(schema, grid: cells) ?? (Table.fits(schema, grid: cells) ? 0 : nil) else { return nil }
            return cells.cellRange(ofRecord: r).map { cells.text(ofCell: $0).trimmingSpaces() }
        }
        if let texts = header(.memberships) {
            return (.memberships, texts.filter { TableSchema.memberships.column(named: $0.lowercased()) != nil })
        }
        let plain = grid(nil)
        // A form's export whose first line is no header of questions (``SurveyMonkeyExport``, ``QualtricsExport``).
        if SurveyMonkeyExport.recognizes(plain) || QualtricsExport.recognizes(plain) {
            return (.memberships, plain.cellRange(ofRecord: 0).prefix(1).map { plain.text(ofCell: $0).trimmingSpaces() })
        }
        if let matrix = AdjacencyMatrix.layout(in: plain) {
            let cells = Array(plain.cellRange(ofRecord: matrix.header))
            return (.memberships, matrix.actorColumns.prefix(3).map { plain.text(ofCell: cells[$0]).trimmingSpaces() })
        }
        if let (r, ends) = TieList.header(in: plain) {
            let cells = Array(plain.cellRange(ofRecord: r))
            return (.memberships, ([ends.first] + ends.partners).map { plain.text(ofCell: cells[$0]) })
        }
        if let found = CooperationMemberColumns.header(in: plain) {
            let cells = Array(plain.cellRange(ofRecord: found.record))
            return (.memberships, ([found.cooperation] + found.members.map(\.index)).map { plain.text(ofCell: cells[$0]).trimmingSpaces() })
        }
        if let years = YearColumns.memberListYears(in: plain) { return (.memberships, years) }
        var best: [(schema: TableSchema, columns: [String])] = []
        for schema in [TableSchema.actors, .cooperations, .territories] {
            guard let texts = header(schema) else { continue }
            var seen: Set<String> = []
            let own = texts.filter { text in
                guard let column = schema.column(named: text.lowercased()), column != "id", column != "name" else { return false }
                return seen.insert(column).inserted
            }
            guard !own.isEmpty else { continue }
            if best.isEmpty || own.count > best[0].columns.count {
                best = [(schema, own)]
            } else if own.count == best[0].columns.count {
                best.append((schema, own))
            }
        }
        if best.isEmpty {
            // « Structure | PTCE | Recycleries » marked « x », a form's « Question [Option] » marked
            // « Oui »: a cross table, when no other table's columns are named.
            var scratch: [Diagnostic] = []
            if let matrix = MembershipMatrix.read(plain, file: "", actorsKnown: true, diagnostics: &scratch), matrix.memberships.recordCount > 1 {
                // The actor column names the table, as MembershipMatrix found it.
                for r in Table.headerCandidates(in: plain) {
                    if let actor = Table.columnIndices(of: .memberships, in: plain, record: r)["actor"] {
                        return (.memberships, [plain.text(ofCell: plain.cellRange(ofRecord: r).lowerBound + actor).trimmingSpaces()])
                    }
                }
                return (.memberships, [])
            }
        }
        return best.count == 1 ? best[0] : nil
    }

    /// The warning that says a sheet (or a file) was read as the table its columns name.
    /// `alongside`: the sheet (or file) that holds the table already (the memberships of
    /// two sheets or files are read one after the other).
    static func readAs(_ found: (schema: TableSchema, columns: [String]), sheet: Bool, alongside: String? = nil) -> LocalizedText {
        let french = found.columns.prefix(3).map { "« \($0.excerpt) »" }.joined(separator: ", ")
        let english = found.columns.prefix(3).map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
        if let alongside, !sheet {
            return LocalizedText(
                fr: "lu comme la table \(found.schema.frenchTableName), en plus de « \(alongside.excerpt) » : son nom ne dit pas quelle table il contient, ses colonnes le disent (\(french))",
                en: "read as the \(found.schema.tableName) table, besides \"\(alongside.excerpt)\": its name does not say which table it holds, its columns do (\(english))")
        }
        if let alongside {
            return LocalizedText(
                fr: "feuille lue comme la table \(found.schema.frenchTableName), en plus de la feuille « \(alongside.excerpt) » : son nom ne dit pas quelle table elle contient, ses colonnes le disent (\(french))",
                en: "sheet read as the \(found.schema.tableName) table, besides sheet \"\(alongside.excerpt)\": its name does not say which table it holds, its columns do (\(english))")
        }
        return sheet
            ? LocalizedText(
                fr: "feuille lue comme la table \(found.schema.frenchTableName) : son nom ne dit pas quelle table elle contient, ses colonnes le disent (\(french))",
                en: "sheet read as the \(found.schema.tableName) table: its name does not say which table it holds, its columns do (\(english))")
            : LocalizedText(
                fr: "lu comme la table \(found.schema.frenchTableName) : son nom ne dit pas quelle table il contient, ses colonnes le disent (\(french))",
                en: "read as the \(found.schema.tableName) table: its name does not say which table it holds, its columns do (\(english))")
    }
}
