import MaillageSupport
import MaillageModel
import Foundation
import MaillageWorkbook

/// A dataset folder — CSV files, workbooks, or both — or a single CSV file or
/// workbook, as a ``TableSource``.
///
/// - Files are recognised by the leading word of their name in French or English
///   (``TableNames``): « Participations 2024.csv » holds the memberships,
///   « Acteurs_v2.xlsx » the actors (its sheet named so, else its first visible
///   sheet). A workbook whose name names no table gives the tables its sheets name.
///   A file or sheet placed nowhere is reported with a warning and not read; two
///   files named for one table are an error, but for memberships files named with a year
///   each (« Liens 2023.csv », « Liens 2024.csv »: one file per year, ``YearlySheets``).
///   `README.md` is the provenance text. Hidden
///   files and spreadsheet lock files (`~$…`) are skipped.
/// - A CSV file or a workbook whose name says nothing, beside the file that holds the
///   memberships, whose header names memberships too, gives more memberships, read
///   after the first file's, every cell located in its own file (``CellPosition/file-property``);
///   one of another table already read is reported and not read. Two or more CSV files
///   whose names say nothing and name networks (« COORACE.csv », « Adhérents CRESS.csv »),
///   each a member list, with no memberships table, are one file per network
///   (``NetworkSheets``).
/// - A single CSV file is the memberships table. A single workbook gives the tables
///   its sheets name, or, when none does and it has one visible sheet, that sheet
///   as the memberships table.
/// - A graph file (Gephi's `.gexf`, `.graphml`, Pajek's `.net`), given alone or alone in
///   its folder, gives the tables its nodes and edges stand for (``GraphFileTables``);
///   beside Maillage's tables, or beside another graph file, it is reported and not read.
/// - CSV files are read by ``CSVFile``; workbooks by ``MaillageWorkbook`` into
///   ``SheetGrid``s (see ``WorkbookTables``).
struct FolderSource: TableSource {
    let encoding: TextEncoding
    /// Where each table (by its schema's file name) comes from.
    private var entries: [String: Entry] = [:]
    let provenance: Result<[UInt8], TextScreening.ReadFailure>
    private(set) var fingerprintedFiles: [(String, [UInt8])] = []
    /// Sheets of memberships after the first, from the workbook that holds the first.
    private var additionalMembershipSheets: [SourceTable] = []

    private enum Entry {
        case csv(name: String, CSVFile.Fetched)
        case sheet(file: String, any CellGrid)
        case unusable(file: String)

        /// The file the entry comes from.
        var file: String {
            switch self {
            case .csv(let name, _): name
            case .sheet(let file, _), .unusable(let file): file
            }
        }
    }

    /// File name extensions read as CSV: `.tsv` and `.txt` are what Excel's « Texte
    /// (séparateur : tabulation) » and « Texte Unicode » save, cells separated by tabs.
    static let csvExtensions: Set<String> = ["csv", "tsv", "txt"]

    /// Finds and reads the tables of `folder` (and `README.md`), reporting those that
    /// cannot be read and the files that are not read.
    init(folder: URL, encoding: TextEncoding, diagnostics: inout [Diagnostic]) {
        self.encoding = encoding
        provenance = TextScreening.contents(ofFileAt: folder.appendingPathComponent("README.md").path)
        if case .success(let bytes) = provenance { fingerprintedFiles.append(("README.md", bytes)) }
        let (csvNames, workbooks, kumu, placedByHeader, moreMemberships, graphs) = Self.tableFiles(in: folder, encoding: encoding, diagnostics: &diagnostics)
        for schema in TableNames.schemas {
            let name = csvNames[schema.file] ?? schema.file
            // A file placed by its header was read and parsed then: its grid and messages are kept.
            if let read = placedByHeader[name] {
                diagnostics += read.diagnostics
                entries[schema.file] = .sheet(file: name, read.grid)
                fingerprintedFiles.append((name, read.bytes))
                fingerprintedFiles += read.alsoRead
                continue
            }
            let file = CSVFile.fetch(name, in: folder, diagnostics: &diagnostics)
            if case .missing = file, csvNames[schema.file] == nil { continue }
            entries[schema.file] = .csv(name: name, file)
            if case .bytes(let bytes) = file { fingerprintedFiles.append((name, bytes)) }
        }
        for (name, read) in moreMemberships {
            diagnostics += read.diagnostics
            additionalMembershipSheets.append(SourceTable(file: name, content: .grid(read.grid)))
            fingerprintedFiles.append((name, read.bytes))
        }
        for (name, implied) in workbooks {
            addWorkbook(at: folder.appendingPathComponent(name), implied: implied, single: false, diagnostics: &diagnostics)
        }
        if !kumu.isEmpty { addKumuPair(kumu, in: folder, diagnostics: &diagnostics) }
        if graphs.count == 1, entries.isEmpty {
            addGraphFile(at: folder.appendingPathComponent(graphs[0]), diagnostics: &diagnostics)
        } else {
            for name in graphs {
                diagnostics.append(.warning(entries.isEmpty
                    ? LocalizedText(
                        fr: "non lu : le dossier contient plusieurs fichiers de graphe ; analysez chacun à part (maillage summary \"\(name.excerpt)\")",
                        en: "not read: the folder holds several graph files; analyse each on its own (maillage summary \"\(name.excerpt)\")")
                    : LocalizedText(
                        fr: "non lu : le dossier contient les tables de Maillage ; un fichier de graphe s'analyse seul (maillage summary \"\(name.excerpt)\")",
                        en: "not read: the folder holds Maillage's tables; a graph file is analysed on its own (maillage summary \"\(name.excerpt)\")"),
                    file: name))
            }
        }
    }

    /// Reads a graph file (GEXF, GraphML, Pajek: ``GraphFile``) as the dataset's tables
    /// (``GraphFileTables``).
    private mutating func addGraphFile(at url: URL, diagnostics: inout [Diagnostic]) {
        let name = url.lastPathComponent
        guard let format = GraphFile.Format(fileExtension: url.pathExtension) else { return }
        let unusable = { (entries: inout [String: Entry]) in entries[TableSchema.memberships.file] = .unusable(file: name) }
        // The size first, so that a file too large is not read at all.
        let stated = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int ?? 0
        let bytes: [UInt8]
        if stated > GraphFile.maximumBytes {
            bytes = []
        } else {
            guard let read = WorkbookTables.fetch(url, diagnostics: &diagnostics) else { return unusable(&entries) }
            bytes = read
        }
        guard stated <= GraphFile.maximumBytes, bytes.count <= GraphFile.maximumBytes else {
            diagnostics.append(.error(LocalizedText(
                fr: "fichier de graphe de \(max(stated, bytes.count) >> 20) Mio : au-delà de \(GraphFile.maximumBytes >> 20) Mio, sa lecture demanderait plus de \((GraphFile.maximumBytes >> 20) * 8 / 1024) Gio de mémoire ; donnez le réseau en CSV (une liste de liens Source, Target, ou ses participations)",
                en: "graph file of \(max(stated, bytes.count) >> 20) MiB: past \(GraphFile.maximumBytes >> 20) MiB, reading it would take over \((GraphFile.maximumBytes >> 20) * 8 / 1024) GiB of memory; give the network as CSV (a list of ties Source, Target, or its memberships)"),
                file: name))
            return unusable(&entries)
        }
        fingerprintedFiles.append((name, bytes))
        addGraph(bytes, format: format, name: name, diagnostics: &diagnostics)
    }

    /// Reads the graph file `bytes`, named `name`, as the dataset's tables.
    private mutating func addGraph(_ bytes: [UInt8], format: GraphFile.Format, name: String, diagnostics: inout [Diagnostic]) {
        let unusable = { (entries: inout [String: Entry]) in entries[TableSchema.memberships.file] = .unusable(file: name) }
        let graph: GraphFile?
        switch format {
        case .gexf: graph = GEXFReader.read(bytes, file: name, diagnostics: &diagnostics)
        case .graphml: graph = GraphMLReader.read(bytes, file: name, diagnostics: &diagnostics)
        case .pajek:
            // The decoder's advice is for a CSV file (« enregistrez-le en CSV UTF-8 »): here, UTF-8.
            var found: [Diagnostic] = []
            let decoded = TextScreening.decode(bytes, as: encoding, file: name, diagnostics: &found)
            diagnostics += found.map { diagnostic in
                var plain = diagnostic
                plain.text = LocalizedText(
                    fr: diagnostic.text.fr.replacingOccurrences(of: "« CSV UTF-8 »", with: "UTF-8").replacingOccurrences(of: "CSV UTF-8", with: "UTF-8"),
                    en: diagnostic.text.en.replacingOccurrences(of: "\"CSV UTF-8\"", with: "UTF-8").replacingOccurrences(of: "CSV UTF-8", with: "UTF-8"))
                return plain
            }
            guard let text = decoded, TextScreening.checkCharacters(text, file: name, diagnostics: &diagnostics) else { return unusable(&entries) }
            graph = PajekReader.read(text, file: name, diagnostics: &diagnostics)
        }
        guard let graph else { return unusable(&entries) }
        for (file, grid) in GraphFileTables.tables(graph, file: name, diagnostics: &diagnostics) {
            entries[file] = .sheet(file: name, grid)
        }
    }

    /// Reads a Kumu pair of CSV files (``KumuTables``) when the folder holds no other table.
    /// A connections file alone (Kumu's `From`, `To` without its elements) is the folder's
    /// memberships table, read as a list of ties (``TieList``).
    private mutating func addKumuPair(_ files: [String: String], in folder: URL, diagnostics: inout [Diagnostic]) {
        if entries.isEmpty, files["elements"] == nil, let connectionsName = files["connections"] {
            let fetched = CSVFile.fetch(connectionsName, in: folder, diagnostics: &diagnostics)
            if case .bytes(let bytes) = fetched { fingerprintedFiles.append((connectionsName, bytes)) }
            entries[TableSchema.memberships.file] = .csv(name: connectionsName, fetched)
            return
        }
        guard entries.isEmpty, let elementsName = files["elements"] else {
            for name in files.values.sorted() {
                diagnostics.append(.warning(
                    entries.isEmpty
                        ? LocalizedText(
                            fr: "non lu : un fichier de connexions Kumu va avec son fichier d'éléments (Elements.csv)",
                            en: "not read: a Kumu connections file goes with its elements file (Elements.csv)")
                        : LocalizedText(
                            fr: "non lu : le dossier contient les tables de Maillage, et ce fichier est la moitié d'une paire Kumu",
                            en: "not read: the folder holds Maillage's tables, and this file is half of a Kumu pair"),
                    file: name))
            }
            return
        }
        func grid(_ name: String) -> (any CellGrid)? {
            let fetched = CSVFile.fetch(name, in: folder, diagnostics: &diagnostics)
            guard case .bytes(let bytes) = fetched else { return nil }
            fingerprintedFiles.append((name, bytes))
            // Kumu's own tables, read as written (as a Kumu workbook is).
            return CSVFile.parse(bytes, encoding: encoding, file: name, placeholders: false, diagnostics: &diagnostics)
        }
        guard let elements = grid(elementsName) else {
            entries[TableSchema.memberships.file] = .unusable(file: elementsName)
            return
        }
        let connectionsName = files["connections"]
        var connections: (any CellGrid)?
        if let connectionsName {
            connections = grid(connectionsName)
            if connections == nil {
                entries[TableSchema.memberships.file] = .unusable(file: connectionsName)
                return
            }
        }
        let result = KumuTables.tables(
            elements: elements, elementsFile: elementsName, connections: connections,
            connectionsFile: connectionsName ?? elementsName, diagnostics: &diagnostics)
        if result.failed { entries[TableSchema.memberships.file] = .unusable(file: elementsName) }
        for (schemaFile, table) in result.grids { entries[schemaFile] = .sheet(file: table.file, table.grid) }
    }

    /// A single file: a CSV file read as the memberships table, or a workbook.
    init(file url: URL, encoding: TextEncoding, diagnostics: inout [Diagnostic]) {
        self.encoding = encoding
        provenance = .failure(.notRegular(.missing))
        if WorkbookFormat(fileExtension: url.pathExtension) != nil {
            addWorkbook(at: url, implied: nil, single: true, diagnostics: &diagnostics)
            return
        }
        if GraphFile.Format(fileExtension: url.pathExtension) != nil {
            addGraphFile(at: url, diagnostics: &diagnostics)
            return
        }
        let name = url.lastPathComponent
        let file = CSVFile.fetch(name, in: url.deletingLastPathComponent(), diagnostics: &diagnostics)
        // « porgat.txt »: a Pajek network saved as text, known by its first line.
        if case .bytes(let bytes) = file, PajekReader.starts(bytes) {
            fingerprintedFiles.append((name, bytes))
            addGraph(bytes, format: .pajek, name: name, diagnostics: &diagnostics)
            return
        }
        entries[TableSchema.memberships.file] = .csv(name: name, file)
        if case .bytes(let bytes) = file { fingerprintedFiles.append((name, bytes)) }
    }

    /// Reads the workbook at `url` and takes the tables it holds.
    private mutating func addWorkbook(at url: URL, implied: TableSchema?, single: Bool, diagnostics: inout [Diagnostic]) {
        let name = url.lastPathComponent
        guard let bytes = WorkbookTables.fetch(url, diagnostics: &diagnostics) else {
            if let implied { entries[implied.file] = .unusable(file: name) }
            if single { entries[TableSchema.memberships.file] = .unusable(file: name) }
            return
        }
        fingerprintedFiles.append((name, bytes))
        guard let tables = WorkbookTables.tables(in: bytes, file: name, implied: implied, single: single, diagnostics: &diagnostics) else {
            if let implied { entries[implied.file] = .unusable(file: name) }
            if single { entries[TableSchema.memberships.file] = .unusable(file: name) }
            return
        }
        for schema in TableNames.schemas {
            guard let grid = tables[schema.file] else { continue }
            if let existing = entries[schema.file], schema.file == TableSchema.memberships.file, implied == nil, !single {
                // A workbook whose name says nothing, beside the memberships of another file: more memberships.
                diagnostics.append(.warning(LocalizedText(
                    fr: "participations lues en plus de celles de « \(existing.file.excerpt) » : les lignes des deux fichiers sont réunies",
                    en: "memberships read besides those of \"\(existing.file.excerpt)\": the rows of both files are gathered"),
                    file: name, at: (grid as? SheetGrid).map { CellPosition(sheet: $0.sheet) } ?? .file))
                additionalMembershipSheets.append(SourceTable(file: name, content: .grid(grid)))
                var n = 0
                while let more = tables[WorkbookTables.additionalMembershipsKey(n)] {
                    additionalMembershipSheets.append(SourceTable(file: name, content: .grid(more)))
                    n += 1
                }
                continue
            }
            if let existing = entries[schema.file] {
                let sheet = (grid as? SheetGrid)?.sheet
                diagnostics.append(.error(LocalizedText(
                    fr: "deux fichiers contiennent la table \(schema.frenchTableName) : « \(existing.file) » et « \(name) »\(sheet.map { " (feuille « \($0) »)" } ?? "") ; gardez-en un",
                    en: "two files hold the \(schema.tableName) table: \"\(existing.file)\" and \"\(name)\"\(sheet.map { " (sheet \"\($0)\")" } ?? ""); keep one"),
                    file: name))
                continue
            }
            entries[schema.file] = .sheet(file: name, grid)
            if schema.file == TableSchema.memberships.file {
                var n = 0
                while let more = tables[WorkbookTables.additionalMembershipsKey(n)] {
                    additionalMembershipSheets.append(SourceTable(file: name, content: .grid(more)))
                    n += 1
                }
            }
        }
    }

    func additionalMemberships() -> [SourceTable] { additionalMembershipSheets }

    mutating func table(_ schema: TableSchema, diagnostics: inout [Diagnostic]) -> SourceTable {
        switch entries[schema.file] {
        case nil, .csv(_, .missing): return SourceTable(file: schema.file, content: .missing)
        case .csv(let name, .unusable), .unusable(let name): return SourceTable(file: name, content: .unusable)
        case .sheet(let file, let grid): return SourceTable(file: file, content: .grid(grid))
        case .csv(let name, .bytes(let bytes)):
            guard let grid = CSVFile.parse(bytes, encoding: encoding, file: name, diagnostics: &diagnostics) else {
                return SourceTable(file: name, content: .unusable)
            }
            return SourceTable(file: name, content: .grid(grid))
        }
    }

    /// The CSV file of each table in `folder` whose name is not the table's own
    /// (`Participations 2024.csv` for `memberships.csv`), keyed by the table's own
    /// name, the workbooks with the table their name gives, if any, and the files placed
    /// by their header, as read then. Reports files placed nowhere (warning) and tables
    /// with two CSV files (error).
    static func tableFiles(in folder: URL, encoding: TextEncoding, diagnostics: inout [Diagnostic]) -> (
        csv: [String: String], workbooks: [(String, TableSchema?)], kumu: [String: String],
        placedByHeader: [String: ReadFile], moreMemberships: [(name: String, file: ReadFile)], graphs: [String]
    ) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return ([:], [], [:], [:], [], []) }
        // A Kumu pair (« Elements.csv », « Connections.csv »): by the words of KumuTables.
        var kumu: [String: String] = [:]
        let own = Set(TableNames.schemas.map(\.file))
        // A table's own name first: another file for the same table is then the second one.
        var chosen: [String: String] = [:]
        var workbooks: [(String, TableSchema?)] = []
        var unnamed: [String] = []
        var yearFiles: [String] = []
        var graphs: [String] = []
        for name in names where own.contains(name) { chosen[name] = name }
        for name in names.sorted() {
            if name.hasPrefix(".") || name.hasPrefix("~$") || name == "README.md" || own.contains(name) { continue }
            let url = folder.appendingPathComponent(name)
            if TextScreening.kind(ofFileAt: url.path) == .folder { continue }
            let ext = url.pathExtension.lowercased()
            let schema = TableNames.schema(forName: url.deletingPathExtension().lastPathComponent)
            if WorkbookFormat(fileExtension: ext) != nil {
                workbooks.append((name, schema))
                continue
            }
            if GraphFile.Format(fileExtension: ext) != nil {
                graphs.append(name)
                continue
            }
            if csvExtensions.contains(ext), schema == nil, let word = TableNames.leadingWord(of: url.deletingPathExtension().lastPathComponent),
               KumuTables.elementWords.contains(word) || KumuTables.connectionWords.contains(word) {
                let role = KumuTables.elementWords.contains(word) ? "elements" : "connections"
                if let other = kumu[role] {
                    diagnostics.append(.error(LocalizedText(
                        fr: "deux fichiers contiennent la table Kumu des \(role == "elements" ? "éléments" : "connexions") : « \(other) » et « \(name) » ; gardez-en un",
                        en: "two files hold the Kumu \(role) table: \"\(other)\" and \"\(name)\"; keep one"), file: name))
                } else {
                    kumu[role] = name
                }
                continue
            }
            if csvExtensions.contains(ext), schema == nil {
                unnamed.append(name)
                continue
            }
            guard csvExtensions.contains(ext), let schema else {
                let why = csvExtensions.contains(ext) || ext.isEmpty
                    ? LocalizedText(
                        fr: "son nom ne dit pas quelle table il contient (il doit commencer par \(TableNames.accepted))",
                        en: "its name does not say which table it holds (it must start with \(TableNames.accepted))")
                    : LocalizedText(
                        fr: "un dossier de jeu de données contient des fichiers CSV (.csv, ou .tsv et .txt séparés par des tabulations) et des classeurs (.xlsx, .ods, .xls), ou un fichier de graphe (.gexf, .graphml, .net)",
                        en: "a dataset folder holds CSV files (.csv, or .tsv and .txt separated by tabs) and workbooks (.xlsx, .ods, .xls), or a graph file (.gexf, .graphml, .net)")
                diagnostics.append(.warning(LocalizedText(fr: "non lu : ", en: "not read: ") + why, file: name))
                continue
            }
            if let other = chosen[schema.file] {
                // « Liens 2023.csv », « Liens 2024.csv »: one file per year (``YearlySheets``), read one after the other.
                func stem(_ file: String) -> String { URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent }
                if schema.file == TableSchema.memberships.file, let year = YearlySheets.year(ofSheet: stem(name)),
                   let otherYear = YearlySheets.year(ofSheet: stem(other)), year != otherYear {
                    yearFiles.append(name)
                    continue
                }
                // Notion exports a database twice: « Structures 3f2a….csv », the view, and « Structures 3f2a…_all.csv », every row.
                if let whole = NotionExport.wholeDatabase(other, name) {
                    let view = whole == name ? other : name
                    diagnostics.append(.warning(LocalizedText(
                        fr: "« \(whole) » lu, et pas « \(view) » : Notion exporte une base deux fois, sa vue et toutes ses lignes (« _all »)",
                        en: "\"\(whole)\" read, not \"\(view)\": Notion exports a database twice, its view and all its rows (\"_all\")"), file: view))
                    chosen[schema.file] = whole
                    continue
                }
                diagnostics.append(.error(LocalizedText(
                    fr: "deux fichiers contiennent la table \(schema.frenchTableName) : « \(other) » et « \(name) » ; gardez-en un",
                    en: "two files hold the \(schema.tableName) table: \"\(other)\" and \"\(name)\"; keep one"), file: name))
                continue
            }
            chosen[schema.file] = name
        }
        // « Liste adhérents.csv »: a CSV file whose name says nothing is the table its header names
        // (read and parsed once, here: the grid and its messages are kept for the table).
        var placedByHeader: [String: ReadFile] = [:]
        var moreMemberships: [(name: String, file: ReadFile)] = []
        // Each file read and parsed once; one that cannot be has its messages said now.
        func read(_ names: [String]) -> [(name: String, file: ReadFile)] {
            names.compactMap { name in
                var scratch: [Diagnostic] = []
                if case .bytes(let bytes) = CSVFile.fetch(name, in: folder, diagnostics: &scratch),
                   let grid = CSVFile.parse(bytes, encoding: encoding, file: name, diagnostics: &scratch) {
                    return (name, ReadFile(bytes: bytes, grid: grid, diagnostics: scratch))
                }
                diagnostics += scratch
                return nil
            }
        }
        moreMemberships += read(yearFiles)
        var parsed = read(unnamed)
        // « COORACE.csv », « Adhérents CRESS.csv »: one member list per network, with no memberships table.
        if chosen[TableSchema.memberships.file] == nil {
            let lists = parsed.filter { isMemberList($0.file.grid) }
            // One such list alone when its name says whose members it lists (« Adhérents COORACE.csv »).
            let single = lists.count == 1 && NetworkSheets.namesItsMembers(URL(fileURLWithPath: lists[0].name).deletingPathExtension().lastPathComponent)
            if lists.count >= 2 || single, lists.allSatisfy({ isNetworkFileName($0.name) }) {
                var found: [Diagnostic] = []
                let stems = lists.map { URL(fileURLWithPath: $0.name).deletingPathExtension().lastPathComponent }
                if let members = NetworkSheets.read(zip(stems, lists.map(\.file.grid)).map { ($0, $1) }, file: lists[0].name,
                                                    files: lists.map(\.name), diagnostics: &found) {
                    let first = lists[0]
                    chosen[TableSchema.memberships.file] = first.name
                    placedByHeader[first.name] = ReadFile(bytes: first.file.bytes, grid: members,
                                                          diagnostics: lists.flatMap(\.file.diagnostics) + found,
                                                          alsoRead: lists.dropFirst().map { ($0.name, $0.file.bytes) })
                    let taken = Set(lists.map(\.name))
                    parsed.removeAll { taken.contains($0.name) }
                }
            }
        }
        for (name, file) in parsed {
            guard let found = TableByHeader.schema(of: { _ in file.grid }) else {
                diagnostics += file.diagnostics
                diagnostics.append(.warning(LocalizedText(fr: "non lu : ", en: "not read: ") + LocalizedText(
                    fr: "son nom ne dit pas quelle table il contient (il doit commencer par \(TableNames.accepted)), ni ses colonnes",
                    en: "its name does not say which table it holds (it must start with \(TableNames.accepted)), nor do its columns"), file: name))
                continue
            }
            guard let taken = chosen[found.schema.file] else {
                chosen[found.schema.file] = name
                placedByHeader[name] = file
                diagnostics.append(.warning(TableByHeader.readAs(found, sheet: false), file: name))
                continue
            }
            if found.schema.file == TableSchema.memberships.file {
                // « Adhérents CRESS.csv » beside « Adhérents COORACE.csv »: more memberships, read after the first file's.
                moreMemberships.append((name, file))
                diagnostics.append(.warning(TableByHeader.readAs(found, sheet: false, alongside: taken), file: name))
                continue
            }
            diagnostics += file.diagnostics
            diagnostics.append(.warning(LocalizedText(
                fr: "non lu : ses colonnes sont celles de la table \(found.schema.frenchTableName), déjà lue dans « \(taken.excerpt) » ; un jeu de données n'a qu'une table \(found.schema.frenchTableName) : réunissez les deux fichiers en un, ou analysez celui-ci dans un dossier à part",
                en: "not read: its columns are those of the \(found.schema.tableName) table, already read from \"\(taken.excerpt)\"; a dataset has one \(found.schema.tableName) table: merge the two files into one, or analyse this one in a folder of its own"),
                file: name))
        }
        return (chosen.filter { $0.key != $0.value }, workbooks, kumu, placedByHeader, moreMemberships, graphs)
    }

    /// A CSV file read and parsed while placing it, kept for its table: its bytes, its
    /// grid, the messages of its reading, and the other files its grid gathers (one file
    /// per network), to fingerprint.
    struct ReadFile {
        var bytes: [UInt8]
        var grid: any CellGrid
        var diagnostics: [Diagnostic]
        var alsoRead: [(String, [UInt8])] = []
    }

    /// Whether `grid` is a member list (``NetworkSheets/header(in:)``): an actor column,
    /// neither a cooperation column nor the two ends of a tie nor an adjacency matrix.
    static func isMemberList(_ grid: any CellGrid) -> Bool {
        NetworkSheets.header(in: grid) != nil && AdjacencyMatrix.layout(in: grid) == nil
    }

    /// Whether a file's name can name a network (``NetworkSheets/isNetworkName(_:)``), and
    /// is no list or directory of every structure (« Liste des structures », « Annuaire »).
    static func isNetworkFileName(_ name: String) -> Bool {
        let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        guard NetworkSheets.isNetworkName(stem), let word = TableNames.leadingWord(of: stem) else { return false }
        return !WorkbookTables.notes.contains(word) && !["annuaire", "repertoire", "fichier", "liste", "recensement", "inventaire"].contains(word)
    }
}
