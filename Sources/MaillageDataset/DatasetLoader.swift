import Foundation
import MaillageModel
import MaillageSupport
import MaillageWorkbook

/// Reads a dataset (see the DatasetFormat article of the documentation) into a validated `Dataset`.
///
/// Every problem is collected, not only the first, each located as
/// `file:line:column` in a text file (columns count characters; line 0 when the
/// problem concerns a whole file) or `file[sheet]!C12` in a workbook (`CellPosition`).
/// Errors make the dataset unusable (`dataset` is nil); warnings say what was
/// assumed. Rules:
/// - A dataset is a folder of CSV files and workbooks (.xlsx, .ods, .xls), a single
///   workbook whose sheets are the tables, a single CSV file of memberships, or a
///   graph file (GEXF, GraphML, Pajek; see the DatasetFormat article).
///   Files and sheets are recognised by the leading word of their name, in French or
///   English (« Participations 2024.csv », « Acteurs_v2.xlsx »); a file or sheet
///   placed nowhere is reported with a warning, two for one table are an error.
/// - The memberships table is required; actors, cooperations, territories, an
///   aliases table and `README.md` are optional.
/// - Headers in French or English, matched ignoring case, accents, spaces and
///   punctuation, from one alias table (`ColumnAliases`); a table without an `id`
///   column takes its names as ids. A Commune, EPCI, Département or Région column
///   names territories of that level.
/// - Comma or semicolon delimiter detected per file; encoding detected per file
///   (UTF-16 with a byte-order mark, UTF-8, else Windows-1252 with a warning), or
///   forced by `LoadOptions`; LF, CRLF or CR; RFC 4180 quoting.
/// - Ids are unique per table; controlled values (kind, form, role, level,
///   status) are matched ignoring case, accents, spaces and punctuation, with the
///   tool's French labels and common synonyms (a legal form in a kind column means
///   `structure` and fills `legal_form`); an unknown one is an error that lists the
///   allowed values and suggests the nearest accepted spelling, if one is close.
/// - An actor or cooperation named in memberships but absent from its table gets
///   its id as name and kind/form `unknown`, with a warning. Where ids are names,
///   names equal once normalised are merged with a warning; likely duplicates are
///   listed, never merged; an aliases table makes merges explicit.
/// - Territory references must name a territory of `territories.csv` (when that
///   file is absent, referenced ids become territories of level `autre`, or of their
///   column's level, with a warning); parents must exist and form no cycle.
///
/// Hostile and malformed input — what is an **error** (the data cannot be used as
/// read, or would be used wrongly):
/// - a dataset file that is a folder, a device, a pipe or a socket (never read), or
///   cannot be read; a NUL byte (binary content, UTF-16 without a byte-order mark);
///   under `--encoding utf-8`, bytes that are not UTF-8 (the message names
///   `--encoding cp1252`); a file mixing UTF-8 and Windows-1252; a control character
///   (C0 but tab, LF, CR; DEL; C1);
/// - a workbook that is not one, is damaged, or is hostile: it inflates past 256 MiB,
///   holds over 10,000 entries or 20 million cells, nests XML over 100 deep, declares
///   a DTD or entities, or points outside its archive (`WorkbookLimits`);
/// - an unterminated quote, text after a closing quote; an empty file; a missing
///   required column; a duplicate column; a row with more cells than the header, or
///   with fewer when it lacks a required cell or looks broken (`RowWidthProblem`; a
///   row merely stopping early is a warning, `ShortRows`);
/// - a cell over 64 KiB (`CellChecks.maximumCellBytes`);
/// - an empty or duplicate id; an unknown controlled value, territory or parent; a
///   parent cycle; a `declared_members` that is not a whole number ≥ 0.
///
/// What is a **warning** (the data is used, safely, as the message says):
/// - a header-only file; an unknown column (ignored); an absent optional file;
/// - a membership repeated for the same (cooperation, actor) pair: the first row is
///   kept, with its role (the message names both roles when they differ);
/// - a name or id over 200 characters; a bidirectional override/embedding/isolate
///   character (U+202A–U+202E, U+2066–U+2069), which can make text display in another
///   order than it is stored;
/// - personal data (`CellChecks`): a column named like a contact field, an e-mail
///   address or phone number in a cell — the message never repeats it;
/// - a valid UTF-8 file read with `--encoding cp1252`: it is read as UTF-8;
/// - a file read as Windows-1252 (detected); a file or sheet not read; a hidden sheet
///   named like a table (not read); a value in a sheet column without a header;
/// - a merge of names, a likely duplicate.
///
/// Messages quote values cut to 60 characters; suggestions are skipped for values
/// over 64 characters. Any bytes load without trapping, in time linear in the
/// folder's size apart from the suggestions for unknown values (each compared with
/// the known ones).
public enum DatasetLoader {
    /// Loads the dataset in `folder`.
    public static func load(folder: URL, options: LoadOptions = LoadOptions()) -> DatasetLoadResult {
        var run = LoaderRun(folder: folder, options: options)
        return run.load()
    }
}

/// The state of one load: the folder, the diagnostics collected so far.
struct LoaderRun {
    let folder: URL
    let options: LoadOptions
    var diagnostics: [Diagnostic] = []
    /// The actors' SIRET, SIREN, RNA numbers and acronyms, from the actors table and the
    /// memberships read so far (``RegisteredActors``).
    var registeredActors = RegisteredActors()
    /// SIRET, SIREN and RNA numbers that name no one structure, set aside in every table.
    var fillerNumbers = FillerNumbers()
    /// Every likely duplicate found (``DatasetLoadResult/likelyDuplicates``).
    var likelyDuplicates: [DatasetAlias] = []
    /// ``DatasetLoadResult/actorsLocatedByCode``.
    var actorsLocatedByCode = 0
    /// INSEE codes read with the leading zero a spreadsheet dropped: how many, and the first.
    var paddedINSEECodes: (count: Int, first: (file: String, position: CellPosition, code: String)?) = (0, nil)
    /// Start cells holding a span of years (« 2019-2021 ») read as a start and an end: how
    /// many, and the first (``reportYearSpans()``).
    /// (`end` nil when the row's end cell gave the end.)
    var yearSpans: (count: Int, first: (file: String, position: CellPosition, text: String, start: PartialDate, end: PartialDate?)?) = (0, nil)
    /// Date cells naming a quarter or a half-year (« T1 2021 »): how many, and the first
    /// (``reportPeriods()``).
    var periods: (count: Int, first: (file: String, position: CellPosition, text: String, date: PartialDate, isEnd: Bool)?) = (0, nil)
    /// Date cells written loosely (« vers 2018 », « années 2010 »): how many of each kind,
    /// and the first few (``reportLooseDates()``).
    var looseDates: (approximate: (count: Int, examples: [(file: String, position: CellPosition, text: String, date: PartialDate)]),
                     undated: (count: Int, examples: [(file: String, position: CellPosition, text: String)]))
        = ((0, []), (0, []))

    init(folder: URL, options: LoadOptions) {
        self.folder = folder
        self.options = options
    }

    /// What to say of a path where nothing is: the folder or file that is not there, and
    /// for a file name, the readable file of its folder it most likely means (« adherents.xlsx »
    /// for « Adhérents.xlsx »: case, accents, spaces), or the few readable files there are.
    static func notFound(_ path: URL) -> LocalizedText {
        let isFileName = !path.pathExtension.isEmpty
        let parent = path.deletingLastPathComponent()
        let readable = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { name in
            let ext = (name as NSString).pathExtension.lowercased()
            return !name.hasPrefix(".") && !name.hasPrefix("~$")
                && (FolderSource.csvExtensions.contains(ext) || WorkbookFormat(fileExtension: ext) != nil || GraphFile.Format(fileExtension: ext) != nil)
        }.sorted()
        let typed = Vocabulary.key(path.lastPathComponent)
        let near = readable.map { ($0, Vocabulary.editDistance(typed, Vocabulary.key($0))) }.min { $0.1 < $1.1 }
        if isFileName, let near, near.1 <= max(2, typed.count / 4) {
            return LocalizedText(fr: "fichier introuvable ; vouliez-vous dire « \(near.0) » ?", en: "no such file; did you mean \"\(near.0)\"?")
        }
        guard isFileName else {
            return LocalizedText(fr: "aucun dossier ni fichier de ce nom", en: "no such dataset folder")
        }
        if readable.isEmpty || readable.count > 6 {
            return LocalizedText(fr: "fichier introuvable : vérifiez son nom et son dossier", en: "no such file: check its name and folder")
        }
        let list = readable.map { "« \($0) »" }.joined(separator: ", "), listEN = readable.map { "\"\($0)\"" }.joined(separator: ", ")
        return LocalizedText(fr: "fichier introuvable ; ce dossier a \(list)", en: "no such file; this folder has \(listEN)")
    }

    mutating func load() -> DatasetLoadResult {
        let name = folder.standardizedFileURL.lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            return failure(.error(Self.notFound(folder), file: folder.path))
        }
        guard isDirectory.boolValue else {
            let ext = folder.pathExtension.lowercased()
            guard FolderSource.csvExtensions.contains(ext) || WorkbookFormat(fileExtension: ext) != nil || GraphFile.Format(fileExtension: ext) != nil else {
                let kind = ext.isEmpty ? LocalizedText(fr: "un fichier sans extension", en: "a file without extension")
                    : LocalizedText(fr: "un fichier .\(ext)", en: "a .\(ext) file")
                return failure(.error(LocalizedText(
                    fr: "pas un dossier, et \(kind.fr) n'est pas lu : un jeu de données est un dossier de fichiers CSV (memberships.csv, actors.csv, …), un classeur (.xlsx, .ods, .xls), un fichier CSV de participations (.csv, ou .tsv et .txt séparés par des tabulations) ou un fichier de graphe (Gephi .gexf, .graphml, Pajek .net)",
                    en: "not a folder, and \(kind.en) is not read: a dataset is a folder of CSV files (memberships.csv, actors.csv, …), a workbook (.xlsx, .ods, .xls), a CSV file of memberships (.csv, or .tsv and .txt separated by tabs) or a graph file (Gephi .gexf, .graphml, Pajek .net)"),
                    file: folder.path))
            }
            var source = FolderSource(file: folder, encoding: options.encoding, diagnostics: &diagnostics)
            return load(from: &source, name: folder.deletingPathExtension().lastPathComponent)
        }
        // Every file is read first, so the fingerprint (SHA-256 of the files' names and
        // bytes, in name order) is computed on the second core while the files are parsed.
        var source = FolderSource(folder: folder, encoding: options.encoding, diagnostics: &diagnostics)
        return load(from: &source, name: name)
    }

    /// An actor of no stated kind that only ever supports (every membership of it has the
    /// role `accompagnateur`, as the advisers of a DLA's list of accompaniments) is counted
    /// a support structure (`appui`), said in one warning with the first names: an unknown
    /// kind would leave every DLA, CRESS or incubator of such a list grey on the map.
    /// - Returns: how many actors were so counted.
    @discardableResult
    mutating func kindSupportersByRole(_ actors: inout [Actor], memberships: [Membership], file: String, actorsFile: LocalizedText) -> Int {
        var onlySupports: [String: Bool] = [:]
        for m in memberships { onlySupports[m.actor] = (onlySupports[m.actor] ?? true) && m.role == .accompagnateur }
        var named: [String] = []
        for i in actors.indices where actors[i].kind == .unknown && onlySupports[actors[i].id] == true {
            actors[i].kind = .appui
            named.append(actors[i].name)
        }
        guard !named.isEmpty else { return 0 }
        // Each one said « not in the actors table » says so with its kind.
        var replacements: [String: LocalizedText] = [:]
        for actor in actors where actor.kind == .appui && onlySupports[actor.id] == true {
            replacements[Self.absentActor(actor.id, from: actorsFile).fr] = Self.absentActor(actor.id, from: actorsFile, supports: true)
        }
        for i in diagnostics.indices where diagnostics[i].severity == .warning {
            if let replacement = replacements[diagnostics[i].text.fr] { diagnostics[i].text = replacement }
        }
        let shown = named.prefix(3).map { "« \($0.excerpt) »" }.joined(separator: ", ")
        let shownEN = named.prefix(3).map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
        let more = named.count > 3 ? LocalizedText(fr: " et \(named.count - 3) autres", en: " and \(named.count - 3) more") : LocalizedText(fr: "", en: "")
        diagnostics.append(.warning(LocalizedText(
            fr: "\(named.count) acteur\(named.count > 1 ? "s" : "") sans type qui n'accompagne\(named.count > 1 ? "nt" : "") que d'autres structures (\(shown)\(more.fr)) compté\(named.count > 1 ? "s" : "") comme structure\(named.count > 1 ? "s" : "") d'appui ; donnez leur type dans la table des acteurs s'il en est autrement",
            en: "\(named.count) actor\(named.count > 1 ? "s" : "") of no stated kind that only support\(named.count > 1 ? "" : "s") others (\(shownEN)\(more.en)) counted as support structure\(named.count > 1 ? "s" : "") (appui); give their kind in the actors table if it is otherwise"),
            file: file))
        return named.count
    }

    /// In lists kept year by year (one sheet per year, year columns), an actor or a
    /// cooperation with no date of its own is in the network from the first year it is
    /// listed to the last: `founded` (« or entered the network ») and `closed` for an actor,
    /// `started` and `ended` for a cooperation, from its memberships' `since` and `until`
    /// (no end while one of them runs, no start while one has none). So `--at 2023` does not
    /// count a structure first listed in 2024 as an isolated actor of 2023, and `compare`
    /// sees it join.
    static func datedByListing(actors: inout [Actor], cooperations: inout [Cooperation], memberships: [Membership]) {
        var spans: [String: Lifespan] = [:], cooperationSpans: [String: Lifespan] = [:]
        var openStart: Set<String> = [], openEnd: Set<String> = [], cooperationOpenStart: Set<String> = [], cooperationOpenEnd: Set<String> = []
        func widen(_ span: inout Lifespan?, _ m: Membership, _ id: String, _ noStart: inout Set<String>, _ noEnd: inout Set<String>) {
            if m.since == nil { noStart.insert(id) }
            if m.until == nil { noEnd.insert(id) }
            var wide = span ?? Lifespan(start: m.since, end: m.until)
            if let since = m.since, let start = wide.start, since < start { wide.start = since }
            if let until = m.until, let end = wide.end, end < until { wide.end = until }
            span = wide
        }
        for m in memberships {
            widen(&spans[m.actor], m, m.actor, &openStart, &openEnd)
            widen(&cooperationSpans[m.cooperation], m, m.cooperation, &cooperationOpenStart, &cooperationOpenEnd)
        }
        for i in actors.indices where actors[i].lifespan.isUndated {
            guard let span = spans[actors[i].id] else { continue }
            actors[i].founded = openStart.contains(actors[i].id) ? nil : span.start
            actors[i].closed = openEnd.contains(actors[i].id) ? nil : span.end
        }
        for i in cooperations.indices where cooperations[i].lifespan.isUndated {
            guard let span = cooperationSpans[cooperations[i].id] else { continue }
            cooperations[i].started = cooperationOpenStart.contains(cooperations[i].id) ? nil : span.start
            cooperations[i].ended = cooperationOpenEnd.contains(cooperations[i].id) ? nil : span.end
        }
    }

    /// The names of the actors table's actors by their id, where the two differ (a Gephi
    /// node table's `Id` and `Label`); empty without such a table.
    static func names(of actors: Table?) -> [String: String] {
        guard let actors, !actors.idsFromNames, let id = actors.column("id"), let name = actors.column("name") else { return [:] }
        var names: [String: String] = [:]
        for row in actors.rows {
            guard let key = row.field(id)?.value, let value = row.field(name)?.value, !value.isEmpty, value != key else { continue }
            names[key] = value
        }
        return names
    }

    /// How a message names where `table` is: its file, or its sheet in a workbook (« la
    /// feuille « Structures » »); `missing` without a table.
    static func tableName(_ table: Table?, _ missing: String) -> LocalizedText {
        guard let table else { return LocalizedText(fr: missing, en: missing) }
        if let sheet = table.grid as? SheetGrid { return LocalizedText(fr: "la feuille « \(sheet.sheet) »", en: "sheet \"\(sheet.sheet)\"") }
        return LocalizedText(fr: table.file, en: table.file)
    }

    /// Reads `found`, the table named like `schema`'s, as the memberships table, said with
    /// a warning giving `why` (« son nom dit coopérations, mais… »); `schema`'s own table is
    /// then missing.
    mutating func readAsMemberships(_ found: inout SourceTable, named schema: TableSchema, into memberships: inout SourceTable,
                                    because why: LocalizedText) {
        diagnostics.append(.warning(LocalizedText(fr: "lu comme la table des participations : ", en: "read as the memberships table: ") + why,
                                    file: found.file))
        memberships = found
        found = SourceTable(file: schema.file, content: .missing)
    }

    /// The header of the column of `grid` that lists each structure's partners (a list of
    /// ties, ``TieList``) or networks (``PartnersAndNetworks/namesNetworks(_:)``) beside
    /// an actor column; nil when there is none.
    static func partnersOrNetworksColumn(of grid: any CellGrid) -> String? {
        if let (h, ends) = TieList.header(in: grid), ends.actorAndPartner {
            return grid.text(ofCell: grid.cellRange(ofRecord: h).lowerBound + ends.partners[0]).trimmingSpaces()
        }
        for h in Table.headerCandidates(in: grid) where Table.columnIndices(of: .memberships, in: grid, record: h)["actor"] != nil {
            for cell in grid.cellRange(ofRecord: h) where PartnersAndNetworks.namesNetworks(grid.text(ofCell: cell)) {
                return grid.text(ofCell: cell).trimmingSpaces()
            }
        }
        return nil
    }

    /// Loads the tables of `source`; `name` names the dataset.
    mutating func load(from source: inout some TableSource, name: String) -> DatasetLoadResult {
        let fingerprint = Fingerprint(files: source.fingerprintedFiles)
        func parse(_ schema: TableSchema) -> (table: Table?, exists: Bool) {
            let found = source.table(schema, diagnostics: &diagnostics)
            guard case .grid(let grid) = found.content else { return (nil, found.exists) }
            return (Table.check(schema, grid: grid, file: found.file, diagnostics: &diagnostics), true)
        }
        func check(_ schema: TableSchema, _ found: SourceTable, readElsewhere: Set<Int> = []) -> (table: Table?, exists: Bool) {
            guard case .grid(let grid) = found.content else { return (nil, found.exists) }
            return (Table.check(schema, grid: grid, file: found.file, readElsewhere: readElsewhere, diagnostics: &diagnostics), true)
        }
        var foundCooperations = source.table(.cooperations, diagnostics: &diagnostics)
        var foundMemberships = source.table(.memberships, diagnostics: &diagnostics)
        // « Coopérations 2024.csv » holding « Structure;Coopération;Rôle » is the memberships table.
        if !foundMemberships.exists, case .grid(let grid) = foundCooperations.content,
           Table.fits(.memberships, grid: grid) || Table.headerBelowTitle(.memberships, grid: grid) != nil {
            readAsMemberships(&foundCooperations, named: .cooperations, into: &foundMemberships, because: LocalizedText(
                fr: "son nom dit coopérations, mais ses colonnes sont celles des participations (coopération, structure, rôle)",
                en: "its name says cooperations, but its columns are those of memberships (cooperation, actor, role)"))
        } else if !foundMemberships.exists, case .grid(let grid) = foundCooperations.content,
                  let list = CooperationMemberColumns.read(grid, file: foundCooperations.file, cooperationsTable: true, diagnostics: &diagnostics) {
            // « Coopérations » with « Porteur » and « Partenaires » columns, and no memberships table:
            // the cooperations and, from their member columns, the memberships.
            foundMemberships = SourceTable(file: foundCooperations.file, content: .grid(list.memberships))
            foundCooperations = SourceTable(file: foundCooperations.file, content: .grid(list.cooperations))
        }
        var foundActors = source.table(.actors, diagnostics: &diagnostics)
        // « Structures.csv » (Notion's « Structures 3f2a….csv ») naming each structure's partners or
        // networks, and no memberships table: the list of ties or of memberships it holds.
        if !foundMemberships.exists, case .grid(let grid) = foundActors.content, let column = Self.partnersOrNetworksColumn(of: grid) {
            readAsMemberships(&foundActors, named: .actors, into: &foundMemberships, because: LocalizedText(
                fr: "son nom dit acteurs, mais il nomme les partenaires ou les réseaux de chaque structure (« \(column.excerpt) »)",
                en: "its name says actors, but it names each structure's partners or networks (\"\(column.excerpt)\")"))
        }
        var actorFile = check(.actors, foundActors)
        let cooperationsGiven = foundCooperations.exists
        // Whether the actors are described by the memberships' own rows (a survey's
        // « Commune », a member list's « Statut juridique »), not by a table of their own.
        var actorsInline = false
        var tieIDs: Set<String> = []
        var tieCooperations: [(file: String, grid: any CellGrid)] = []
        var tieYears: [Int] = []  // the year of each sheet of ties, with ``YearlySheets``
        // « 2023 », « 2024 »: one sheet of memberships per year (``YearlySheets``), each pair
        // the same cooperation every year, so its ids are made unique within a sheet only.
        var moreMemberships = source.additionalMemberships()
        func sheetName(_ table: SourceTable) -> String? {
            guard case .grid(let grid) = table.content else { return nil }
            return (grid as? SheetGrid)?.sheet ?? URL(fileURLWithPath: table.file).deletingPathExtension().lastPathComponent
        }
        let years = YearlySheets.years(of: [sheetName(foundMemberships)] + moreMemberships.map(sheetName))
        // Whether the memberships are lists kept year by year: then an undated actor is in
        // the network from the first year it is listed to the last (``datedByListing``).
        var listedByYear = years != nil
        // « Structure | Réseau | 2022 | 2023 | 2024 »: the years of each membership (``YearColumns``).
        if case .grid(let grid) = foundMemberships.content,
           let dated = YearColumns.read(grid, file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(dated)
            listedByYear = true
        }
        // « Adhérents COORACE.xlsx », a file or sheet alone listing one network's members (``NetworkSheets``).
        if case .grid(let grid) = foundMemberships.content,
           let name = [(grid as? SheetGrid)?.sheet, URL(fileURLWithPath: foundMemberships.file).deletingPathExtension().lastPathComponent]
               .compactMap({ $0 }).first(where: NetworkSheets.namesItsMembers),
           FolderSource.isMemberList(grid),
           let members = NetworkSheets.read([(name, grid)], file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(members)
        }
        // « Nom de la structure | Avec quelles structures coopérez-vous ? | À quels réseaux adhérez-vous ? »:
        // the ties and, as a second memberships table of the same rows, the networks (``PartnersAndNetworks``).
        var surveyNetworks: MappedGrid?
        // « Avec quelles structures coopérez-vous ? [APES] » with « Oui »: one partner column per option (``PartnerOptions``),
        // read as a list of ties, never as the adjacency matrix its ticked names could look like.
        var partnerOptions = false
        // SurveyMonkey's two header lines read as one, its ticked options as marks (``SurveyMonkeyExport``);
        // Qualtrics' questions' texts as the header (``QualtricsExport``); KoboToolbox's own columns
        // left out and its split options as marks (``KoboToolboxExport``).
        if !foundCooperations.exists, years == nil, case .grid(let grid) = foundMemberships.content,
           let monkey = SurveyMonkeyExport.read(grid, file: foundMemberships.file, diagnostics: &diagnostics)
            ?? QualtricsExport.read(grid, file: foundMemberships.file, diagnostics: &diagnostics)
            ?? KoboToolboxExport.read(grid, file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(monkey)
        }
        if !foundCooperations.exists, years == nil, case .grid(let grid) = foundMemberships.content,
           let options = PartnerOptions.read(grid, file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(options)
            partnerOptions = true
        }
        if !foundCooperations.exists, years == nil, case .grid(let grid) = foundMemberships.content,
           let both = PartnersAndNetworks.split(grid, file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(both.ties)
            surveyNetworks = both.networks
        }
        var respellings: [String: String] = [:]
        // « | Recyclerie | Centre social | Mairie » above the same names: an adjacency matrix
        // (``AdjacencyMatrix``); « Structure 1 | Structure 2 | Type de partenariat »: one row per
        // pair of actors (``TieList``). The matrix first, its test being the stricter: « Structure 1 »
        // and « Structure 2 » may be two actors of an anonymised matrix.
        if !foundCooperations.exists, case .grid(let grid) = foundMemberships.content,
           let ties = (partnerOptions ? nil : AdjacencyMatrix.read(grid, file: foundMemberships.file, actorsKnown: actorFile.exists,
                                                                   sortedPairs: years != nil, ids: &tieIDs, diagnostics: &diagnostics))
            ?? TieList.read(grid, file: foundMemberships.file, actorsKnown: actorFile.exists, actorNames: Self.names(of: actorFile.table),
                            sortedPairs: years != nil, ids: &tieIDs, spellings: &respellings, diagnostics: &diagnostics)
            ?? CooperationMemberColumns.read(grid, file: foundMemberships.file, diagnostics: &diagnostics).map({ ($0.memberships, $0.cooperations, nil) }) {
            foundMemberships.content = .grid(ties.memberships)
            tieCooperations.append((foundMemberships.file, ties.cooperations))
            tieYears.append(years?[0] ?? 0)
            foundCooperations = SourceTable(file: foundMemberships.file, content: .grid(ties.cooperations))
            if let actors = ties.actors {
                actorFile = (Table.check(.actors, grid: actors, file: foundMemberships.file, diagnostics: &diagnostics), true)
                actorsInline = true
            }
        }
        if let networks = surveyNetworks {
            // The respondents as the ties read them (« RECYCLERIE DE LENS » as « Recyclerie de Lens »).
            let respelled = respellings.isEmpty ? networks : networks.replacingTexts(inColumn: 0) { text in
                respellings[Vocabulary.nameKey(text.trimmingSpaces())] ?? text
            }
            moreMemberships.insert(SourceTable(file: foundMemberships.file, content: .grid(respelled)), at: 0)
        }
        // « Structure | Projet 1 | Rôle 1 | Projet 2 | Rôle 2 »: cooperations in numbered columns.
        if case .grid(let grid) = foundMemberships.content,
           let numbered = NumberedCooperationColumns.read(grid, file: foundMemberships.file, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(numbered)
        }
        // « Structure | PTCE | Recycleries | TZCLD » with x marks: a cross table of memberships.
        if case .grid(let grid) = foundMemberships.content,
           let matrix = MembershipMatrix.read(grid, file: foundMemberships.file, actorsKnown: actorFile.exists, diagnostics: &diagnostics) {
            foundMemberships.content = .grid(matrix.memberships)
            if let actors = matrix.actors {
                actorFile = (Table.check(.actors, grid: actors, file: foundMemberships.file, diagnostics: &diagnostics), true)
                actorsInline = true
            }
        }
        // « Raison sociale | Réseaux d'appartenance » with « A ; B »: one membership per cooperation
        // listed, applied once the actor columns are read (a structure in no network stays an actor).
        var listed: SplitCellGrid?
        if !foundCooperations.exists, case .grid(let grid) = foundMemberships.content {
            listed = ListedCooperations.read(grid, file: foundMemberships.file, diagnostics: &diagnostics)
        }
        // « Structure | Statut juridique | Commune | Projet »: actor columns in the memberships table.
        // Checked once the other memberships tables' own actor columns are read too.
        var actorColumnsInMemberships: Set<Int> = []
        var inlineActors: [CombinedTables.Part] = []
        if !actorFile.exists, case .grid(let grid) = foundMemberships.content,
           let inline = InlineActorColumns.actorsTable(in: grid, file: foundMemberships.file, namesAlone: (listed?.rowsWithoutRecord ?? 0) > 0,
                                                       diagnostics: &diagnostics) {
            inlineActors.append(CombinedTables.Part(grid: inline.grid, header: 0, records: Array(1..<max(inline.grid.recordCount, 1))))
            actorFile = (nil, true)
            actorsInline = true
            actorColumnsInMemberships = inline.columns
        }
        // « Coopération | Forme | Statut | Structure | Rôle »: cooperation columns in the memberships table.
        var cooperationColumnsInMemberships: Set<Int> = []
        // Read from the rows as split by cooperation (« Réseaux » naming two give two rows).
        if !foundCooperations.exists, moreMemberships.isEmpty, case .grid(let grid) = foundMemberships.content,
           let inline = InlineCooperationColumns.cooperationsTable(in: listed ?? grid, file: foundMemberships.file,
                                                                   taken: actorColumnsInMemberships, diagnostics: &diagnostics) {
            if let table = inline.grid { foundCooperations = SourceTable(file: foundMemberships.file, content: .grid(table)) }
            cooperationColumnsInMemberships = inline.columns
        }
        if let listed { foundMemberships.content = .grid(listed) }
        // More sheets of memberships in the workbook (« Réseaux » beside « Accompagnements »),
        // each read as its layout says; their rows come after the first sheet's.
        var additionalMemberships: [Table] = []
        var additionalYears: [Int] = []
        let actorNamesByID = moreMemberships.isEmpty ? [:] : Self.names(of: actorFile.table)
        for (n, more) in moreMemberships.enumerated() {
            guard case .grid(var grid) = more.content else { continue }
            if let dated = YearColumns.read(grid, file: more.file, diagnostics: &diagnostics) { grid = dated; listedByYear = true }
            if years != nil { tieIDs = [] }
            let tablesBefore = additionalMemberships.count
            defer { if let years, additionalMemberships.count > tablesBefore { additionalYears.append(years[n + 1]) } }
            if !cooperationsGiven,
               let ties = AdjacencyMatrix.read(grid, file: more.file, actorsKnown: true, sortedPairs: years != nil, ids: &tieIDs, diagnostics: &diagnostics)
                ?? TieList.read(grid, file: more.file, actorsKnown: true, actorNames: actorNamesByID, sortedPairs: years != nil,
                                ids: &tieIDs, diagnostics: &diagnostics)
                ?? CooperationMemberColumns.read(grid, file: more.file, diagnostics: &diagnostics).map({ ($0.memberships, $0.cooperations, nil) }) {
                grid = ties.memberships
                tieCooperations.append((more.file, ties.cooperations))
                tieYears.append(years?[n + 1] ?? 0)
            } else if let matrix = MembershipMatrix.read(grid, file: more.file, actorsKnown: true, diagnostics: &diagnostics) {
                grid = matrix.memberships
            } else {
                // « Adhérents CRESS.csv » with its own « Commune » beside « Adhérents COORACE.csv »: its actors described too.
                var split: SplitCellGrid?
                if !cooperationsGiven { split = ListedCooperations.read(grid, file: more.file, diagnostics: &diagnostics) }
                var columns: Set<Int> = []
                if !inlineActors.isEmpty, let inline = InlineActorColumns.actorsTable(in: grid, file: more.file, diagnostics: &diagnostics) {
                    let file = more.file == foundMemberships.file ? nil : more.file
                    inlineActors.append(CombinedTables.Part(grid: inline.grid, header: 0, records: Array(1..<max(inline.grid.recordCount, 1)), file: file))
                    columns = inline.columns
                }
                if let split { grid = split }
                if let table = Table.check(.memberships, grid: grid, file: more.file, readElsewhere: columns, diagnostics: &diagnostics) {
                    additionalMemberships.append(table)
                }
                continue
            }
            if let table = Table.check(.memberships, grid: grid, file: more.file, diagnostics: &diagnostics) { additionalMemberships.append(table) }
        }
        if let first = inlineActors.first {
            // One actors table of every memberships table's actor columns, one row per actor.
            let grid = inlineActors.count == 1 ? first.grid : CombinedTables.actors(inlineActors, file: foundMemberships.file, diagnostics: &diagnostics)
            actorFile = (Table.check(.actors, grid: grid, file: foundMemberships.file, diagnostics: &diagnostics), true)
        }
        if tieCooperations.count > 1 || (tieCooperations.count == 1 && !foundCooperations.exists),
           let combined = years != nil ? YearlySheets.cooperations(tieCooperations.map(\.grid), years: tieYears, last: years?.max() ?? 0) : CombinedTables.concatenated(tieCooperations.map(\.grid)) {
            foundCooperations = SourceTable(file: tieCooperations[0].file, content: .grid(combined))
        }
        let cooperationFile = check(.cooperations, foundCooperations)
        var membershipFile = check(.memberships, foundMemberships, readElsewhere: actorColumnsInMemberships.union(cooperationColumnsInMemberships))
        if let years, let first = membershipFile.table, additionalYears.count == additionalMemberships.count, !additionalMemberships.isEmpty {
            membershipFile.table = YearlySheets.memberships([first] + additionalMemberships, years: [years[0]] + additionalYears,
                                                            file: first.file, diagnostics: &diagnostics) ?? first
        } else if !additionalMemberships.isEmpty, let first = membershipFile.table {
            membershipFile.table = CombinedTables.memberships([first] + additionalMemberships) ?? first
        }
        let territoryFile = parse(.territories)
        let aliases = options.ignoresAliases ? [] : readAliases(parse(.aliasTable).table)
        var aliasMap: [String: String] = [:]
        for entry in aliases {
            aliasMap[entry.alias] = entry.id
            aliasMap[Vocabulary.key(entry.alias)] = entry.id
        }
        var actorNames = NameReconciler(normalising: actorFile.table?.idsFromNames ?? !actorFile.exists, aliases: aliasMap)
        var cooperationNames = NameReconciler(
            normalising: cooperationFile.table?.idsFromNames ?? !cooperationFile.exists, aliases: aliasMap)
        if !membershipFile.exists {
            diagnostics.append(.error(LocalizedText(
                fr: "absent : tout jeu de données a besoin de memberships.csv (colonnes coopération, structure, rôle ; ou un fichier « Participations ») — qui participe à quoi",
                en: "missing: every dataset needs memberships.csv (columns cooperation, actor, role) — who takes part in what"),
                file: "memberships.csv"))
        }

        var territories = readTerritories(territoryFile.table)
        let territoriesKnown = territoryFile.exists
        var actorIndex: [String: Int] = [:], cooperationIndex: [String: Int] = [:]
        var actors = readActors(actorFile.table, seen: &actorIndex, names: &actorNames)
        var cooperations = readCooperations(cooperationFile.table, seen: &cooperationIndex, names: &cooperationNames)
        var levelPositions: [String: (file: String, position: CellPosition)] = [:]
        checkTerritoryReferences(
            in: [actorFile.table, cooperationFile.table], territories: &territories, territoriesKnown: territoriesKnown,
            positions: &levelPositions)
        if !territoriesKnown {
            unifyFrenchLevelNames(territories: &territories, actors: &actors, cooperations: &cooperations, positions: levelPositions)
        }
        locateInDepartements(actorFile.table, actors: &actors, actorIndex: actorIndex, territories: &territories, territoriesKnown: territoriesKnown)
        var (memberships, links) = readMemberships(
            membershipFile.table, actors: &actors, cooperations: &cooperations,
            actorNumber: &actorIndex, cooperationNumber: &cooperationIndex,
            // Cooperations made from lists of ties are no table the user gave: the others
            // are said together, as without a cooperations table.
            actorsFilePresent: actorFile.exists, cooperationsFilePresent: cooperationFile.exists && cooperationsGiven, actorsInline: actorsInline,
            actorsFile: Self.tableName(actorFile.table, TableSchema.actors.file),
            cooperationsFile: Self.tableName(cooperationFile.table, TableSchema.cooperations.file),
            actorNames: &actorNames, cooperationNames: &cooperationNames)
        // A network named like an actor, in lists that no cooperations table describes: the actor heads it.
        if !(cooperationFile.exists && cooperationsGiven) {
            for head in networkHeads(memberships, actors: actors, cooperations: cooperations,
                                     file: membershipFile.table?.file ?? TableSchema.memberships.file) {
                guard let a = actorIndex[head.actor], let c = cooperationIndex[head.cooperation] else { continue }
                memberships.append(head)
                links.append(MembershipLink(actor: Int32(a), cooperation: Int32(c)))
            }
        }
        if !options.keepsCapitals {
            showInUsualCase(&actors, file: actorFile.table?.file ?? membershipFile.table?.file ?? TableSchema.memberships.file)
            showInUsualCase(&cooperations, file: cooperationFile.table?.file ?? membershipFile.table?.file ?? TableSchema.memberships.file)
            showInUsualCase(&territories, file: territoryFile.table?.file ?? actorFile.table?.file ?? TableSchema.territories.file) { $0.level.rawValue }
        }
        if listedByYear { Self.datedByListing(actors: &actors, cooperations: &cooperations, memberships: memberships) }
        if actorNames.normalising {
            reportLikelyDuplicates(actors, file: actorFile.table?.file ?? membershipFile.table?.file ?? TableSchema.memberships.file)
        }

        reportPaddedINSEECodes()
        reportYearSpans()
        reportPeriods()
        reportLooseDates()
        let provenance = readProvenance(source.provenance)

        diagnostics.sort()
        // A cell read once per tie of its row (a survey's date beside three partners) is said once.
        var said = Set<Diagnostic>()
        diagnostics = diagnostics.filter { said.insert($0).inserted }
        diagnostics = TextLimits.capRepeated(diagnostics)  // issue 19, item 10
        let hex = fingerprint.hex()
        if diagnostics.contains(where: { $0.severity == .error }) {
            return DatasetLoadResult(dataset: nil, diagnostics: diagnostics, fingerprint: hex, aliases: aliases, likelyDuplicates: likelyDuplicates)
        }
        let dataset = Dataset(
            name: name, actors: actors, cooperations: cooperations, memberships: memberships,
            territories: territories, provenance: provenance, actorIndex: actorIndex, cooperationIndex: cooperationIndex,
            links: links)
        return DatasetLoadResult(dataset: dataset, diagnostics: diagnostics, fingerprint: hex, aliases: aliases, likelyDuplicates: likelyDuplicates,
                                 actorsLocatedByCode: actorsLocatedByCode)
    }

    private mutating func failure(_ diagnostic: Diagnostic) -> DatasetLoadResult {
        DatasetLoadResult(dataset: nil, diagnostics: [diagnostic], fingerprint: "")
    }

    /// The text of `README.md`, empty when absent; a README that is not a readable
    /// UTF-8 file is reported with a warning and ignored.
    private mutating func readProvenance(_ readme: Result<[UInt8], TextScreening.ReadFailure>) -> String {
        switch readme {
        case .success(let bytes):
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            diagnostics.append(.warning(LocalizedText(
                fr: "pas de l'UTF-8 valide : le texte de provenance est ignoré (enregistrez-le de nouveau en UTF-8)",
                en: "not valid UTF-8: the provenance text is ignored (re-save it as UTF-8)"), file: "README.md"))
        case .failure(.notRegular(.missing)):
            break
        case .failure(.notRegular):
            diagnostics.append(.warning(LocalizedText(
                fr: "pas un fichier ordinaire : le texte de provenance est ignoré", en: "not a regular file: the provenance text is ignored"), file: "README.md"))
        case .failure(.system(let reason)):
            diagnostics.append(.warning(LocalizedText(
                fr: "illisible (\(reason)) : le texte de provenance est ignoré", en: "cannot be read (\(reason)): the provenance text is ignored"), file: "README.md"))
        }
        return ""
    }

    /// Parses a controlled value; reports an unknown one with the allowed values and the nearest.
    /// `unknown` starts the message: "unknown actor kind" / « type d'acteur inconnu ».
    mutating func parseEnum<T>(
        _ field: Table.Cell?, in vocabulary: ControlledValues<T>, unknown: LocalizedText, file: String
    ) -> ControlledValues<T>.Match? {
        guard let field, !field.value.trimmingSpaces().isEmpty else { return nil }
        if let match = vocabulary.match(field.value.trimmingSpaces()) { return match }
        // « Structure d'accompagnement », « Coopérative (SCOP, SCIC…) »: a form's option, read from its words.
        if let (match, part) = vocabulary.reading(field.value) {
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(field.value.trimmingSpaces().excerpt) » lu comme « \(match.value.rawValue) » (d'après « \(part.excerpt) ») ; écrivez « \(match.value.rawValue) » pour le dire sans détour",
                en: "\"\(field.value.trimmingSpaces().excerpt)\" read as \"\(match.value.rawValue)\" (from \"\(part.excerpt)\"); write \"\(match.value.rawValue)\" to say it plainly"),
                file: file, at: field.position))
            return match
        }
        let names = vocabulary.allowed.map(\.rawValue).joined(separator: ", ")
        let suggestion = vocabulary.suggestion(for: field.value)
        diagnostics.append(.error(LocalizedText(
            fr: "\(unknown.fr) « \(field.value.excerpt) » ; valeurs admises : \(names).\(suggestion.map { " Vouliez-vous dire « \($0) » ?" } ?? "")",
            en: "\(unknown.en) \"\(field.value.excerpt)\"; allowed: \(names).\(suggestion.map { " Did you mean \"\($0)\"?" } ?? "")"),
            file: file, at: field.position))
        return nil
    }

    /// ``parseEnum(_:in:unknown:file:)`` for the cell of `column` in `row`, first looked up
    /// by its bytes in `cache` (same result; a new spelling matched is added to it).
    mutating func parseEnum<T>(
        _ row: Table.Row, _ column: Int?, in vocabulary: ControlledValues<T>, cache: inout ControlledValueCache<T>,
        unknown: LocalizedText, file: String
    ) -> ControlledValues<T>.Match? {
        if let known = row.withBytes(column, { cache.match(for: $0) }) ?? nil { return known }
        let match = parseEnum(row.field(column), in: vocabulary, unknown: unknown, file: file)
        if let match { row.withBytes(column) { cache.remember($0, match) } }
        return match
    }

    /// Reports a repeated id and tells whether `id` is new. `seen` maps each id met to
    /// its position in its table, `index` is the position `id` would take, and
    /// `row` names where a position was defined ("line 2", "row 2"), for the message.
    mutating func checkUnique(
        _ id: String, field: Table.Cell, index: Int, seen: inout [String: Int], row: (Int) -> LocalizedText, what: Noun, file: String
    ) -> Bool {
        if let first = seen[id] {
            let defined = row(first)
            diagnostics.append(.error(LocalizedText(
                fr: "identifiant \(what.frOf) « \(id.excerpt) » en double (déjà défini \(defined.fr.hasPrefix("ligne") ? "à la " : "")\(defined.fr))",
                en: "duplicate \(what.en) id \"\(id.excerpt)\" (first defined on \(defined.en))"), file: file, at: field.position))
            return false
        }
        seen[id] = index
        return true
    }

    /// Names and ids longer than this many characters get a warning.
    static let longestReadableName = 200

    /// Warns about a name or id too long to read on a map or in a report.
    mutating func checkLength(_ field: Table.Cell?, what describe: @autoclosure () -> LocalizedText, file: String) {
        guard let field else { return }
        let text = field.value.trimmingSpaces()
        guard text.utf8.count > Self.longestReadableName else { return }
        if let problem = TextLimits.lengthProblem(text, what: describe()) {  // issue 19, item 8
            return diagnostics.append(.error(problem, file: file, at: field.position))
        }
        let length = text.count
        guard length > Self.longestReadableName else { return }
        let what = describe()
        diagnostics.append(.warning(LocalizedText(
            fr: "\(what.fr) très long (\(length) caractères) : les étiquettes des cartes et des rapports seront difficiles à lire ; restez sous \(Self.longestReadableName) caractères",
            en: "very long \(what.en) (\(length) characters): labels on maps and in reports will be hard to read; keep it under \(Self.longestReadableName) characters"),
            file: file, at: field.position))
    }

    /// Reports an empty id; `column` names the column (`id`, `actor`…) for the message.
    mutating func requireID(_ row: Table.Row, column: String = "id", what: Noun) -> (String, Table.Cell)? {
        requireID(row, at: row.table.column(column), named: column, what: what)
    }

    /// A column's name as ``Table/frenchName(ofColumn:key:)`` gives it, always quoted:
    /// « actor », « Structure ».
    static func quotedKey(_ name: String) -> String { name.hasPrefix("« ") ? name : "« \(name) »" }

    /// Reports an empty id in column `index`, named `column`.
    mutating func requireID(_ row: Table.Row, at index: Int?, named column: String, what: Noun) -> (String, Table.Cell)? {
        guard let field = row.field(index) else { return nil }
        let id = field.value.trimmingSpaces()
        if id.isEmpty {
            diagnostics.append(.error(LocalizedText(
                fr: "cellule \(Self.quotedKey(row.table.frenchName(ofColumn: index, key: column))) vide : chaque \(what.fr) a besoin d'un identifiant",
                en: "empty \(column): every \(what.en) needs an id"),
                file: row.file, at: field.position))
            return nil
        }
        if let problem = TextLimits.idProblem(
            id, what: column == "id" ? what.id : LocalizedText(fr: "identifiant « \(column) »", en: "\(column) id")) {  // issue 19, item 12
            diagnostics.append(.error(problem, file: row.file, at: field.position))
            return nil
        }
        return (id, field)
    }
}
