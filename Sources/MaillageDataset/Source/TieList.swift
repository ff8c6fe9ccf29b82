import MaillageSupport
import MaillageModel

/// A memberships table laid out as a list of ties: one row per pair of actors that
/// cooperate, as partnership surveys and Gephi edge lists keep them.
///
/// ```
/// Structure 1      | Structure 2        | Type de partenariat | Année
/// CIAS de Lens     | Régie de quartier  | Convention          | 2019
/// Régie de quartier| Jardin de Cocagne  | Mutualisation       | 2021
/// ```
///
/// A table is read so when it has no cooperation column and its header (possibly below
/// title lines) names the two ends of a tie, in one of these ways (ignoring case, accents,
/// spaces and punctuation):
///
/// | ends | example |
/// | --- | --- |
/// | the same word numbered 1 and 2, or A and B: acteur, structure, organisation, organisme, partenaire, membre, participant, adhérent, entité, nœud, actor, organization, entity, node | « Structure 1 », « Structure 2 » |
/// | `Source` and `Target` (Gephi), `From` and `To` (Kumu's connections without elements), « Origine » and « Destination » | |
/// | an actor column (« Structure », « Acteur », « Votre structure »…) and partner columns: « Partenaire(s) », « Vos partenaires », « Structure partenaire », « Acteur partenaire », « Organisme partenaire », Partner(s), or these numbered (« Partenaire 1 », « Partenaire 2 »…), a form's note after them ignored (« Vos partenaires (plusieurs réponses possibles) ») | a survey: each structure names its partners, in one cell or one per column |
///
/// Each pair is a cooperation of the two actors (id `A+B`, then `A+B-2`… for a pair
/// listed again; name « A – B »), so a pair listed on two rows shares two cooperations
/// and its tie weighs 2 — except in a survey (an actor column and partner columns),
/// where « A » naming « B » and « B » naming « A » (or « A » naming « B » twice) declare
/// one partnership: one cooperation, and one warning that counts the pairs named by both
/// and, among pairs of two respondents, those named by one only; the first declaration's
/// type and dates are kept, and the pairs whose second declaration says otherwise are
/// counted in another warning. A partner cell may name several partners, separated by `|`,
/// `;` or line breaks (and `,` beside an actor column, as a form's checkboxes join
/// them), and a survey's numbered partner columns one each: one tie per
/// partner; a structure that names none is reported (warning) and has no tie there. In a
/// survey, « A et B » is two partners when each is named alone elsewhere in the table,
/// and a type cell ticking several forms gives the first (``TickedAnswers``). A form's
/// question may name the partner column in its own words (« Avec quelles structures
/// coopérez-vous ? », ``SurveyQuestion``). With numbered partner columns, a column of the
/// same number (« Type de partenariat 2 », « Depuis 2 », « Partenaire 2 : type ») describes
/// that partner's tie only.
/// A column beside the actor column that names the actor's supporter or funder
/// (« Accompagnateur », « Structure accompagnatrice », « Financeur », « Financé par »)
/// is a partner column whose actors have that role (`accompagnateur`, `financeur`):
/// a DLA's list of accompaniments (« Structure accompagnée | Accompagnateur | Année |
/// Thème ») gives one cooperation per accompaniment, named « A – B (accompagnement) », of
/// form `appui` unless a type column gives another.
/// The other columns, read by the cooperations table's names: a type (« Type », « Type de partenariat », « Nature ») gives the
/// cooperation's form when it reads as one, else its summary (as does a subject: « Thème »,
/// « Objet »); a date (« Année »,
/// « Début », « Depuis », « Fin », « Jusqu'à ») its start or end; a name, sector,
/// status, territories, summary or source column that column. With an actor column and
/// a partner column, the actor columns (« Statut juridique », « Commune »…) describe the
/// first actor as in ``InlineActorColumns``. A weight column (« Poids », Weight) is
/// reported and not read, since a tie's weight is the number of cooperations the pair
/// shares; beside an actor and partner columns, a bare « Nom » (the person who answered
/// a form, as Microsoft Forms writes it) is personal data, reported and not read; any
/// other column is reported and not read. A row with one end empty is an
/// error at that cell; a tie of an actor with itself is reported and skipped. Every
/// membership keeps its cell's position for messages.
enum TieList {
    /// Words that, numbered 1 and 2 (or A and B), name the two ends of a tie (keys).
    static let numberedStems: [String] = [
        "acteur", "structure", "organisation", "organisme", "partenaire", "membre", "participant", "adherent",
        "entite", "noeud", "actor", "organization", "entity", "node", "member",
    ]

    /// Named pairs of ends (keys).
    static let namedPairs: [(String, String)] = [("source", "target"), ("from", "to"), ("origine", "destination")]

    /// The header of a partner column beside an actor column (keys).
    static let partnerWords: Set<String> = Set([
        "partenaire", "partenaires", "structure partenaire", "structures partenaires", "acteur partenaire", "acteurs partenaires",
        "organisme partenaire", "organismes partenaires", "nom du partenaire", "partner", "partners",
        "vos partenaires", "vos structures partenaires", "vos principaux partenaires", "principaux partenaires", "vos partenaires principaux",
        // Beside a list of partners to tick or a grid: the ones the list did not hold.
        "autres partenaires", "autre partenaire", "autres structures partenaires", "vos autres partenaires", "other partners",
    ].map(Vocabulary.key))

    /// The header of a column beside an actor column that names the actor's supporter or
    /// funder (keys), and the role that actor has in the pair: a DLA's list of
    /// accompaniments (« Structure accompagnée | Accompagnateur | Année »), a funder's
    /// list of grants (« Structure financée | Financeur »).
    static let roleWords: [String: MembershipRole] = {
        var words: [String: MembershipRole] = [:]
        for word in ["accompagnateur", "accompagnatrice", "accompagnateurs", "structure accompagnatrice", "structure d'accompagnement",
                     "accompagné par", "accompagnée par", "opérateur d'accompagnement", "organisme accompagnateur", "dispositif d'accompagnement",
                     "supported by", "supporter"] {
            words[Vocabulary.key(word)] = .accompagnateur
        }
        for word in ["financeur", "financeurs", "financeuse", "structure financeuse", "organisme financeur", "financé par", "financée par",
                     "funder", "funded by"] {
            words[Vocabulary.key(word)] = .financeur
        }
        return words
    }()

    /// Headers (keys) that, in a survey's list (an actor column and partner columns), name
    /// the person who answered (Microsoft Forms' « Nom »): personal data, not read.
    static let respondentNames: Set<String> = Set(["nom", "name", "nom complet", "full name", "votre nom", "your name",
                                                   "nom du répondant", "nom de la personne", "répondant", "respondent"].map(Vocabulary.key))

    /// Weight columns (keys): reported, not read.
    static let weightWords: Set<String> = Set(["poids", "weight", "force", "intensité", "nombre de projets", "nb projets"].map(Vocabulary.key))

    /// The end columns of the header in record `r` of `grid`: the first actor's column,
    /// the partner columns (one, or several numbered ones beside an actor column), and
    /// whether the first is an actor column with partner columns beside it; nil when the
    /// header names no tie.
    static func ends(in grid: any CellGrid, record r: Int) -> (first: Int, partners: [Int], actorAndPartner: Bool)? {
        let cells = Array(grid.cellRange(ofRecord: r))
        let texts = cells.map { grid.text(ofCell: $0).trimmingSpaces() }
        let keys = texts.map { Vocabulary.key(HeaderNote.stripped($0) ?? $0) }
        func index(_ key: String) -> Int? { keys.firstIndex(of: key) }
        // « Structure | Partenaire 1 | Partenaire 2 | Partenaire 3 »: a survey's wide form,
        // or « Structure | Partenaires »: the actor column and its partner columns.
        let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
        if let actor = columns["actor"] {
            let partners = keys.indices.filter { i in
                i != actor && !texts[i].hasSuffix(PartnerOptions.typeSuffix) && (isPartnerColumn(keys[i]) || roleWords[keys[i]] != nil || SurveyQuestion.subject(of: texts[i]) == .partners
                    || isNumberedPartnerName(texts[i]) || SurveyQuestion.option(of: texts[i]).map({ PartnerOptions.asksPartners($0.question) }) == true)
            }
            if !partners.isEmpty { return (actor, partners, true) }
        }
        // Notion's and Airtable's exports: the primary column « Name » (« Nom ») names each row's
        // structure when partner columns sit beside it and the other columns describe
        // structures (a commune, a legal form, networks), not projects (« Porteur », « Financeurs »).
        if columns["actor"] == nil, keys.first == "name" || keys.first == "nom" {
            let partners = keys.indices.filter { i in i > 0 && (isPartnerColumn(keys[i]) || SurveyQuestion.subject(of: texts[i]) == .partners) }
            let projectColumns = keys.contains { CooperationMemberColumns.member($0).map { $0.role != .partenaire } == true }
            let structureColumns = texts.indices.contains { i in
                guard i > 0 else { return false }
                if PartnersAndNetworks.namesNetworks(texts[i]) { return true }
                guard let column = TableSchema.actors.column(named: texts[i].lowercased()) else { return false }
                return !["id", "name", "kind"].contains(column)  // « Type » may be a project's
            }
            if !partners.isEmpty, !projectColumns, structureColumns { return (0, partners, true) }
        }
        for stem in numberedStems {
            for (one, two) in [("1", "2"), ("a", "b")] {
                if let a = index(stem + one), let b = index(stem + two) { return (a, [b], false) }
            }
        }
        for (one, two) in namedPairs {
            if let a = index(one), let b = index(two) { return (a, [b], false) }
        }
        return nil
    }

    /// The first record (of the first ``Table/titleLinesLimit`` + 1) whose cells name the
    /// ends of a tie, and those ends; nil when none does.
    static func header(in grid: any CellGrid) -> (record: Int, ends: (first: Int, partners: [Int], actorAndPartner: Bool))? {
        for r in Table.headerCandidates(in: grid) {
            if let found = ends(in: grid, record: r) { return (r, found) }
        }
        return nil
    }

    /// What Gephi's edge « Type » column holds (keys).
    static let edgeDirections: Set<String> = Set(["directed", "undirected", "mixed", "oriente", "non oriente", "dirige", "non dirige"].map(Vocabulary.key))

    /// Whether column `i` of `grid` (header at record 0) holds edge directions only
    /// (« Undirected », « Directed »), at least one.
    static func isEdgeDirectionColumn(_ i: Int, in grid: any CellGrid) -> Bool {
        var seen = false
        for r in 1..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + i < range.upperBound, !grid.isBlank(range.lowerBound + i) else { continue }
            guard edgeDirections.contains(Vocabulary.key(grid.text(ofCell: range.lowerBound + i))) else { return false }
            seen = true
        }
        return seen
    }

    /// The two ends of a pair as written, or, when `sorted`, in the order of their names'
    /// keys (``Vocabulary/nameKey(_:)``), the text breaking a tie.
    static func ordered(_ a: String, _ b: String, sorted: Bool) -> (String, String) {
        guard sorted else { return (a, b) }
        let (ka, kb) = (Vocabulary.nameKey(a), Vocabulary.nameKey(b))
        return ka < kb || (ka == kb && a <= b) ? (a, b) : (b, a)
    }

    /// The column of a pair's cooperation that header `name` gives, as a list of ties reads
    /// it: `form` for a type (« Type de partenariat », « Nature », « Forme »), `started`
    /// and `ended` for dates (« Depuis », « Jusqu'à » too), `summary` for a subject
    /// (« Thème », « Objet »), or any column of the cooperations table; nil for none.
    static func pairColumn(named name: String) -> String? {
        let key = Vocabulary.key(name)
        let membershipColumn = TableSchema.memberships.column(named: name)
        var column = TableSchema.cooperations.column(named: name)
        if membershipColumn == "since" { column = "started" }
        if membershipColumn == "until" { column = "ended" }
        // An accompaniment's or a grant's subject (« Thème », « Objet ») says what the pair does.
        if column == nil, ["theme", "themes", "thematique", "objet", "sujet", "subject", "topic"].contains(key) {
            column = "summary"
        }
        if column == "form" || key.hasPrefix("type") || key.hasPrefix("nature") { return "form" }
        return column
    }

    /// The header `name` without its number, and the number: « Type de partenariat 2 »,
    /// « Depuis n°2 » (as ``NumberedCooperationColumns/numbered(_:)`` reads them, the stem in
    /// small letters), and a form's « Partenaire 2 : type » or « Partenaire 2 - Depuis
    /// quand ? » give 2; nil when it has none.
    static func numbered(_ name: String) -> (stem: String, number: Int)? {
        let text = name.trimmingSpaces()
        // « Partenaire 2 : type de coopération »: the partner's number, then what is asked of it.
        for separator in [":", " - ", " – "] {
            if let range = text.range(of: separator) {
                let head = String(text[..<range.lowerBound]).trimmingSpaces(), rest = String(text[range.upperBound...]).trimmingSpaces()
                if !rest.isEmpty, let (stem, number) = NumberedCooperationColumns.numbered(head),
                   isPartnerColumn(Vocabulary.key(stem) + "1") || isPartnerColumn(Vocabulary.key(stem)) {
                    return (rest, number)
                }
            }
        }
        return NumberedCooperationColumns.numbered(text)
    }

    /// Whether `header` names a numbered partner by what a form asks of it: « Partenaire 1 :
    /// nom de la structure », « Partenaire 2 - Nom ».
    static func isNumberedPartnerName(_ header: String) -> Bool {
        guard header.contains(":") || header.contains(" - ") || header.contains(" – "), let (stem, _) = numbered(header),
              stem != header.trimmingSpaces() else { return false }
        let asked = HeaderNote.stripped(stem) ?? stem
        return ["nom", "name", "structure", "organisme", "raison sociale", "denomination", "nom de la structure", "nom du partenaire",
                "nom de l'organisme", "nom de la structure partenaire", "structure partenaire"].map(Vocabulary.key).contains(Vocabulary.key(asked))
    }

    /// Whether a header key names a partner column: « Partenaire(s) », « Structure
    /// partenaire »…, or one of them numbered (« Partenaire 1 », « Partenaire 12 »).
    static func isPartnerColumn(_ key: String) -> Bool {
        if partnerWords.contains(key) { return true }
        let stem = String(key.reversed().drop { $0.isASCII && $0.isNumber }.reversed())
        return stem.count < key.count && partnerWords.contains(stem)
    }

    /// The memberships, the cooperations and (with an actor and a partner column and no
    /// `actorsKnown`) the actors of the tie list `grid`; nil when `grid` is not one.
    static func read(
        _ grid: any CellGrid, file: String, actorsKnown: Bool, diagnostics: inout [Diagnostic]
    ) -> (memberships: MappedGrid, cooperations: MappedGrid, actors: MappedGrid?)? {
        var used: Set<String> = []
        return read(grid, file: file, actorsKnown: actorsKnown, ids: &used, diagnostics: &diagnostics)
    }

    /// As ``read(_:file:actorsKnown:diagnostics:)``, the cooperations' ids unique among
    /// `used` too (the ties of another sheet), and added to it. `actorNames` gives the
    /// name of an actor by its id, as the actors table has it: a Gephi edge list's
    /// `Source` and `Target` are ids (« 12 »), and its pairs are named by the nodes' labels.
    /// With `sortedPairs` (one sheet per year, ``YearlySheets``), a pair's id and name
    /// put its two actors in the order of their names, so « B, A » one year is « A, B »
    /// of the year before.
    static func read(
        _ grid: any CellGrid, file: String, actorsKnown: Bool, actorNames: [String: String] = [:], sortedPairs: Bool = false,
        ids used: inout Set<String>, diagnostics: inout [Diagnostic]
    ) -> (memberships: MappedGrid, cooperations: MappedGrid, actors: MappedGrid?)? {
        var spellings: [String: String] = [:]
        return read(grid, file: file, actorsKnown: actorsKnown, actorNames: actorNames, sortedPairs: sortedPairs, ids: &used,
                    spellings: &spellings, diagnostics: &diagnostics)
    }

    /// As ``read(_:file:actorsKnown:actorNames:sortedPairs:ids:diagnostics:)``; `spellings`
    /// receives the spelling each name written several ways is read as, by its
    /// ``Vocabulary/nameKey(_:)``, for the other tables of the same rows to read them so
    /// (``PartnersAndNetworks``).
    static func read(
        _ grid: any CellGrid, file: String, actorsKnown: Bool, actorNames: [String: String] = [:], sortedPairs: Bool = false,
        ids used: inout Set<String>, spellings: inout [String: String], diagnostics: inout [Diagnostic]
    ) -> (memberships: MappedGrid, cooperations: MappedGrid, actors: MappedGrid?)? {
        guard grid.recordCount > 1, !Table.fits(.memberships, grid: grid) else { return nil }
        guard let (headerIndex, (first, partnerColumns, actorAndPartner)) = header(in: grid),
              Table.columnIndices(of: .memberships, in: grid, record: headerIndex)["cooperation"] == nil else { return nil }
        let body: any CellGrid = headerIndex > 0 ? RowsBelowTitleGrid(grid, skipping: headerIndex) : grid
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let headerNames = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)

        // The other columns: cooperation columns, the first actor's columns, weights, the rest.
        let attributes = actorAndPartner && !actorsKnown
            ? InlineActorColumns.attributeColumns(of: body).filter { $0.index != first && !partnerColumns.contains($0.index) } : []
        let attributeIndices = Set(attributes.map(\.index))
        var cooperationColumns: [(index: Int, column: String)] = []
        var typeColumn: Int?
        // « Partenaire 1 | Type 1 | Depuis 1 | Partenaire 2 | Type 2 | Depuis 2 »: each numbered
        // partner's own type and columns, by its number.
        var numberOfPartner: [Int: Int] = [:]
        if partnerColumns.count > 1 {
            for c in partnerColumns { if let (_, n) = Self.numbered(headerNames[c]) { numberOfPartner[c] = n } }
            if numberOfPartner.count < partnerColumns.count || Set(numberOfPartner.values).count < partnerColumns.count { numberOfPartner = [:] }
        }
        let partnerNumbers = Set(numberOfPartner.values)
        // « … [APES] (réponse) » beside « … [APES] »: what a grid's row says of that partner (``PartnerOptions``).
        var answersOfPartner: [Int: Int] = [:]
        for c in partnerColumns {
            if let i = headerNames.firstIndex(of: headerNames[c] + PartnerOptions.typeSuffix) { answersOfPartner[c] = i }
        }
        let answerColumns = Set(answersOfPartner.values)
        var ownType: [Int: Int] = [:]
        var ownColumns: [Int: [(index: Int, column: String)]] = [:]
        var claimed: Set<String> = ["id"]
        var programColumns: [(written: String, position: CellPosition)] = []
        var historyColumns: [(written: String, position: CellPosition)] = []
        var contactColumns: [(written: String, position: CellPosition)] = []
        for (i, name) in headerNames.enumerated()
        where i != first && !partnerColumns.contains(i) && !attributeIndices.contains(i) && !answerColumns.contains(i) && !name.isEmpty {
            let key = Vocabulary.key(name)
            // A form's « Nom » beside « Nom de votre structure »: the respondent's name, not the pair's.
            if actorAndPartner, respondentNames.contains(key) {
                contactColumns.append((name, headerPositions[headerCells[i]] ?? origin))
                continue
            }
            // « Type de partenariat 2 » beside « Partenaire 2 »: what the row says of its second partner only.
            if !partnerNumbers.isEmpty, let (stem, n) = Self.numbered(name), partnerNumbers.contains(n), let own = Self.pairColumn(named: stem) {
                if own == "form" {
                    if ownType[n] == nil { ownType[n] = i; continue }
                } else if !(ownColumns[n] ?? []).contains(where: { $0.column == own }) {
                    ownColumns[n, default: []].append((i, own))
                    continue
                }
            }
            let column = Self.pairColumn(named: name)
            if column == "form" {
                // Gephi's « Type » says whether each edge is directed, not what the pair does.
                if isEdgeDirectionColumn(i, in: body) {
                    diagnostics.append(.warning(LocalizedText(
                        fr: "colonne « \(name.excerpt) » non lue : elle dit si chaque lien est orienté (Gephi), pas quel type de coopération il est ; une coopération relie ses membres sans sens",
                        en: "column \"\(name.excerpt)\" is not read: it says whether each edge is directed (Gephi), not what kind of cooperation it is; a cooperation joins its members both ways"),
                        file: file, at: headerPositions[headerCells[i]] ?? origin))
                    continue
                }
                if typeColumn == nil { typeColumn = i; continue }
            } else if let column, claimed.insert(column).inserted {
                cooperationColumns.append((i, column))
                continue
            }
            // Personal data, an identifier, a note, a form's timestamp: said as any table says them
            // (a survey's bare « ID » numbers its answers).
            let position = headerPositions[headerCells[i]] ?? origin
            // An edge list's « Id » numbers its edges, as Gephi and NodeXL write them.
            if let kind = actorAndPartner && key == "id" ? .recordHistory : key == "id" ? .networkProgram : UnreadColumns.kind(of: name) {
                if kind == .networkProgram { programColumns.append((name.excerpt, position)) } else if kind == .recordHistory {
                    historyColumns.append((name.excerpt, position))
                } else {
                    diagnostics.append(.warning(UnreadColumns.message(kind, written: name.excerpt), file: file, at: position))
                }
                continue
            }
            if CellChecks.isContactColumn(name) {
                contactColumns.append((name, position))
                continue
            }
            let weight = weightWords.contains(key)
            diagnostics.append(.warning(weight
                ? LocalizedText(
                    fr: "colonne « \(name.excerpt) » non lue : le poids d'un lien est le nombre de coopérations que la paire partage ; une ligne par coopération",
                    en: "column \"\(name.excerpt)\" is not read: a tie's weight is the number of cooperations the pair shares; give one row per cooperation")
                : LocalizedText(
                    fr: "colonne « \(name.excerpt) » non lue dans une liste de liens (colonnes lues : les deux acteurs, un type, des dates, un nom, un secteur, un statut, des territoires, un résumé, une source)",
                    en: "column \"\(name.excerpt)\" is not read in a list of ties (columns read: the two actors, a type, dates, a name, a sector, a status, territories, a summary, a source)"),
                file: file, at: headerPositions[headerCells[i]] ?? origin))
        }
        if let first = programColumns.first {
            diagnostics.append(.warning(UnreadColumns.networkProgramMessage(programColumns.map(\.written)), file: file, at: first.position))
        }
        if let first = contactColumns.first {
            diagnostics.append(.warning(CellChecks.contactColumnsMessage(contactColumns.map(\.written)), file: file, at: first.position))
        }
        if let first = historyColumns.first {
            diagnostics.append(.warning(UnreadColumns.recordHistoryMessage(historyColumns.map(\.written)), file: file, at: first.position))
        }
        // « Partenaire 1 » à « Partenaire 3 », or the one partner column.
        let firstPartner = headerNames[partnerColumns[0]].excerpt, lastPartner = headerNames[partnerColumns[partnerColumns.count - 1]].excerpt
        let partnersFR = partnerColumns.count == 1 ? "« \(firstPartner) »" : "« \(firstPartner) » à « \(lastPartner) »"
        let partnersEN = partnerColumns.count == 1 ? "\"\(firstPartner)\"" : "\"\(firstPartner)\" to \"\(lastPartner)\""
        // « Type de partenariat 1 »: the columns that describe one numbered partner's tie.
        let ownFirst = (ownType.values.sorted() + ownColumns.values.flatMap { $0.map(\.index) }).min()
        let ownFR = ownFirst.map { ", chaque partenaire décrit par les colonnes de son numéro (« \(headerNames[$0].excerpt) »…)" } ?? ""
        let ownEN = ownFirst.map { ", each partner described by the columns of its number (\"\(headerNames[$0].excerpt)\"…)" } ?? ""
        // The role of each partner column's actors: « Accompagnateur » supports, « Financeur » funds.
        let partnerRoles = partnerColumns.map { roleWords[Vocabulary.key(HeaderNote.stripped(headerNames[$0]) ?? headerNames[$0])] }
        if let role = partnerRoles.compactMap({ $0 }).first {
            let named = zip(partnerColumns, partnerRoles).filter { $0.1 == role }.map { headerNames[$0.0].excerpt }
            let label = role.rawValue
            diagnostics.append(.warning(LocalizedText(
                fr: "lu comme une liste de liens : une ligne par acteur (« \(headerNames[first].excerpt) ») et son \(label) (« \(named[0]) »), chaque paire une coopération à deux où « \(named[0]) » a le rôle \(label)",
                en: "read as a list of ties: one row per actor (\"\(headerNames[first].excerpt)\") and its \(role == .financeur ? "funder" : "adviser") (\"\(named[0])\"), each pair a cooperation of the two where \"\(named[0])\" has the role \(label)"),
                file: file, at: origin))
        } else if (grid as? MappedGrid)?.layoutSaid != true {
        diagnostics.append(.warning(LocalizedText(
            fr: actorAndPartner
                ? "lu comme une liste de liens : une ligne par acteur (« \(headerNames[first].excerpt) ») et ses partenaires (\(partnersFR)), chaque paire une coopération à deux\(ownFR)"
                : "lu comme une liste de liens : une ligne par paire d'acteurs (« \(headerNames[first].excerpt) » et \(partnersFR)), chaque paire une coopération à deux",
            en: actorAndPartner
                ? "read as a list of ties: one row per actor (\"\(headerNames[first].excerpt)\") and its partners (\(partnersEN)), each pair a cooperation of the two\(ownEN)"
                : "read as a list of ties: one row per pair of actors (\"\(headerNames[first].excerpt)\" and \(partnersEN)), each pair a cooperation of the two"),
            file: file, at: origin))
        }
        if headerIndex > 0 {
            let read = PartnersAndNetworks.questionsReadNote(PartnerOptions.questionsAbove(grid, header: headerIndex))
            diagnostics.append(.warning(Table.titleLinesSkipped(headerIndex, header: origin) + read, file: file, at: grid.start(ofRecord: 0)))
        }

        // The rows: the cells to locate, in one pass (a CSV grid locates cells in a batch).
        let (rows, totals) = Table.dataRecords(of: body, keyColumn: first, headerNames: headerNames, file: file, diagnostics: &diagnostics)
        var located: [Int] = []
        for r in rows {
            let range = body.cellRange(ofRecord: r)
            located.append(range.lowerBound + first)
            for second in partnerColumns where range.lowerBound + second < range.upperBound { located.append(range.lowerBound + second) }
            for (i, _) in cooperationColumns where range.lowerBound + i < range.upperBound { located.append(range.lowerBound + i) }
            if let typeColumn, range.lowerBound + typeColumn < range.upperBound { located.append(range.lowerBound + typeColumn) }
            for i in ownType.values.sorted() + ownColumns.values.flatMap({ $0.map(\.index) }) + answerColumns.sorted()
            where range.lowerBound + i < range.upperBound {
                located.append(range.lowerBound + i)
            }
        }
        let positions = body.positions(ofCells: located)

        var cooperationHeader = ["id", "name", "form", "summary"] + cooperationColumns.map(\.column).filter { $0 != "name" && $0 != "summary" }
        for column in ownColumns.keys.sorted().flatMap({ ownColumns[$0] ?? [] }).map(\.column) where !cooperationHeader.contains(column) {
            cooperationHeader.append(column)
        }
        // Each column titled as the user's header when that reads as the same column
        // (« Année » is `started`), so messages name it as written.
        var titles: [String: String] = [:]
        for (i, column) in cooperationColumns where TableSchema.cooperations.column(named: headerNames[i].lowercased()) == column {
            titles[column] = headerNames[i]
        }
        var cooperations: [[MappedGrid.Cell]] = [], memberships: [[MappedGrid.Cell]] = []
        var selfTies: [CellPosition] = []
        var notes = RoleNote.Read()
        // A survey's « Aucun », « Autres » name no partner (``NoNameAnswers``).
        var noNames = NoNameAnswers.Read(), noNamesTitle = "", memo = NoNameAnswers.Memo()
        // The survey's structures that name no partner: how many, the first.
        var withoutPartner: (count: Int, first: (name: String, position: CellPosition)?) = (0, nil)
        // A survey's pairs: who named each (keys), where a pair was named again, in order.
        var declarers: [String: Set<String>] = [:], firstNamed: [String: CellPosition] = [:]
        var pairOrder: [(pair: String, partner: String, a: String, b: String)] = []
        var respondents: Set<String> = []
        // What each survey pair's first declaration says of it (its type and cooperation
        // columns), and the pairs whose second declaration says otherwise.
        var firstSaid: [String: [String]] = [:]
        var disagreements: (count: Int, first: (position: CellPosition, column: String, kept: String, other: String)?) = (0, nil)
        let saidColumns = (typeColumn.map { [$0] } ?? []) + cooperationColumns.map(\.index)
        // A form's checkboxes join the partners ticked with « , » (Google Forms).
        let separators: Set<Character> = actorAndPartner ? ["|", ";", "\n", "\r\n", ","] : ["|", ";", "\n", "\r\n"]
        func parts(_ text: String) -> [String] {
            text.split(whereSeparator: separators.contains).map { LinkedPage.name(ListMarkers.unmarked(String($0))) }.filter { !$0.isEmpty }
        }
        // A survey's names written alone somewhere (respondents, partners): « A et B » is split
        // only into names of these (``TickedAnswers``).
        var known: Set<String> = []
        // Each name's key, folded once: a survey names the same structures on many rows.
        var folded: [String: String] = [:]
        func nameKey(_ name: String) -> String {
            if let key = folded[name] { return key }
            let key = Vocabulary.nameKey(name)
            folded[name] = key
            return key
        }
        // How each name is written, by its key, each cell counted once: a name written several
        // ways (« Emmaüs France », « EMMAUS FRANCE ») is read as written most often (``Spellings``).
        var written: [String: Spellings] = [:]
        for r in rows {
            let range = body.cellRange(ofRecord: r)
            for i in [first] + partnerColumns where range.lowerBound + i < range.upperBound {
                let text = body.text(ofCell: range.lowerBound + i)
                for part in i == first ? [text.trimmingSpaces()] : parts(text) where !part.isEmpty && !(actorAndPartner && i != first && memo.namesNothing(part)) {
                    let name = RoleNote.split(part).name
                    // Names are ids when a nodes table names them (Gephi's « 12 »): read as written.
                    if actorNames.isEmpty { written[nameKey(name), default: Spellings()].add(name) }
                    if actorAndPartner { known.insert(nameKey(name)) }
                }
            }
        }
        var canonical: [String: String] = [:]
        var respelled = 0
        for (key, spellings) in written where spellings.spellings.count > 1 && !key.hasPrefix("\u{0}") {
            guard let best = spellings.best else { continue }
            canonical[key] = best
            respelled += spellings.spellings.count - 1
        }
        var firstRespelled: (written: String, read: String, position: CellPosition)?
        /// The spelling `name` is read as, noting the first one read otherwise.
        func spelled(_ name: String, at position: CellPosition) -> String {
            guard !canonical.isEmpty, let read = canonical[nameKey(name)] else { return name }
            if read != name, firstRespelled == nil { firstRespelled = (name, read, position) }
            return read
        }
        func shown(_ name: String) -> String { actorNames[name] ?? name }
        var ticked = TickedAnswers.Read()
        for r in rows {
            let range = body.cellRange(ofRecord: r)
            func cell(_ i: Int?) -> MappedGrid.Cell? {
                guard let i, range.lowerBound + i < range.upperBound else { return nil }
                return MappedGrid.Cell(text: body.text(ofCell: range.lowerBound + i).trimmingSpaces(),
                                       position: positions[range.lowerBound + i] ?? body.start(ofRecord: r))
            }
            var a = cell(first) ?? MappedGrid.Cell(text: "", position: body.start(ofRecord: r))
            a.text = spelled(a.text, at: a.position)
            // Each partner, with the cell it comes from: several in one cell (« A | B »), or
            // one per numbered column.
            var partners: [(name: String, cell: MappedGrid.Cell, role: MembershipRole?, column: Int)] = []
            for (second, role) in zip(partnerColumns, partnerRoles) {
                let b = cell(second) ?? MappedGrid.Cell(text: "", position: body.endPosition(ofRecord: r))
                var listed = parts(b.text)
                if actorAndPartner {
                    let (kept, dropped) = memo.partition(listed)
                    if !dropped.isEmpty, noNames.cells == 0 { noNamesTitle = headerNames[second] }
                    noNames.note(dropped, at: b.position)
                    listed = kept
                }
                for part in listed {
                    // « Les Jardins de Lens et Emmaüs Arras », each named alone elsewhere: two partners.
                    let joined = actorAndPartner ? TickedAnswers.joinedNames(part, known: known) : nil
                    if let joined { ticked.noteJoined(part, joined, at: b.position) }
                    for written in joined ?? [part] {
                        // « Ville de Lens (financeur) »: the actor Ville de Lens; a funder's or an adviser's
                        // role is its role in the pair (the others are a partner's, as without the note).
                        let (name, noted) = RoleNote.split(written)
                        notes.note(written, name, noted, at: b.position)
                        partners.append((spelled(name, at: b.position), b, role ?? noted.flatMap { $0 == .financeur || $0 == .accompagnateur ? $0 : nil }, second))
                    }
                }
            }
            if actorAndPartner, !a.text.isEmpty { respondents.insert(nameKey(a.text)) }
            if actorAndPartner, !a.text.isEmpty, partners.isEmpty {
                // A structure of a survey that names no partner: no tie, said at the first such row.
                if withoutPartner.first == nil { withoutPartner.first = (a.text, a.position) }
                withoutPartner.count += 1
                continue
            }
            if a.text.isEmpty || partners.isEmpty {
                let b = cell(partnerColumns[0]) ?? MappedGrid.Cell(text: "", position: body.endPosition(ofRecord: r))
                let empty = a.text.isEmpty ? a : b, named = a.text.isEmpty ? headerNames[first] : headerNames[partnerColumns[0]]
                diagnostics.append(.error(LocalizedText(
                    fr: "cellule « \(named.excerpt) » vide : chaque ligne d'une liste de liens relie deux acteurs",
                    en: "empty \"\(named.excerpt)\" cell: every row of a list of ties joins two actors"),
                    file: file, at: empty.position))
                continue
            }
            /// The type cell in column `c`, the first form kept of several ticked, and whether it is a form.
            func typeCell(_ c: Int?) -> (cell: MappedGrid.Cell?, isForm: Bool) {
                var type = cell(c)
                // « Partenariat, Mutualisation »: a form's checkboxes; a cooperation has one form, the first.
                if let ticks = type.flatMap({ ValueSynonyms.cooperationForms.match($0.text) == nil ? TickedAnswers.forms($0.text) : nil }),
                   let written = type {
                    ticked.noteForms(written.text, kept: ticks[0], at: written.position)
                    type = MappedGrid.Cell(text: ticks[0], position: written.position)
                }
                return (type, type.map { !$0.text.isEmpty && ValueSynonyms.cooperationForms.match($0.text) != nil } ?? false)
            }
            let rowType = typeCell(typeColumn)
            for (partner, b, role, partnerColumn) in partners {
                let number = numberOfPartner[partnerColumn]
                let (type, typeIsForm) = (number.flatMap { ownType[$0] } ?? answersOfPartner[partnerColumn]).map { typeCell($0) } ?? rowType
                if nameKey(partner) == nameKey(a.text) {
                    selfTies.append(b.position)
                    continue
                }
                // A survey: « A » naming « B » and « B » naming « A » declare one partnership, not two.
                if actorAndPartner, role == nil {
                    let pair = [nameKey(a.text), nameKey(partner)].sorted().joined(separator: "\u{0}")
                    let said = saidColumns.map { $0 == typeColumn ? type?.text ?? "" : cell($0)?.text ?? "" }
                    if declarers[pair] != nil {
                        declarers[pair, default: []].insert(nameKey(a.text))
                        if firstNamed[pair] == nil { firstNamed[pair] = b.position }
                        // The first declaration is kept; one that says otherwise is counted.
                        if let kept = firstSaid[pair],
                           let k = kept.indices.first(where: { !kept[$0].isEmpty && !said[$0].isEmpty && Vocabulary.key(kept[$0]) != Vocabulary.key(said[$0]) }) {
                            disagreements.count += 1
                            if disagreements.first == nil {
                                disagreements.first = (cell(saidColumns[k])?.position ?? b.position, headerNames[saidColumns[k]], kept[k], said[k])
                            }
                        }
                        continue
                    }
                    declarers[pair] = [nameKey(a.text)]
                    firstSaid[pair] = said
                    pairOrder.append((pair, nameKey(partner), a.text, partner))
                }
                let (x, y) = Self.ordered(a.text, partner, sorted: sortedPairs)
                let base = "\(x)+\(y)"
                var id = base, n = 2
                while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
                used.insert(id)
                var values: [String: MappedGrid.Cell] = [
                    "id": MappedGrid.Cell(text: id, position: a.position),
                    "name": MappedGrid.Cell(text: "\(shown(x)) – \(shown(y))\(role.map { $0 == .financeur ? " (financement)" : " (accompagnement)" } ?? "")",
                                            position: a.position),
                ]
                if let type, !type.text.isEmpty { values[typeIsForm ? "form" : "summary"] = type }
                // An accompaniment is support given by a structure d'appui: that form, unless a type says another.
                if role == .accompagnateur, values["form"] == nil {
                    values["form"] = MappedGrid.Cell(text: CooperationForm.appui.rawValue, position: b.position)
                }
                for (i, column) in cooperationColumns + (number.flatMap { ownColumns[$0] } ?? []) {
                    if let value = cell(i), !value.text.isEmpty { values[column] = value }
                }
                cooperations.append(cooperationHeader.map { values[$0] ?? MappedGrid.Cell(text: "", position: a.position) })
                let blank = MappedGrid.Cell(text: "", position: a.position)
                memberships.append([values["id"] ?? blank, a, blank])
                memberships.append([MappedGrid.Cell(text: id, position: b.position), MappedGrid.Cell(text: partner, position: b.position),
                                    MappedGrid.Cell(text: role?.rawValue ?? "", position: b.position)])
            }
        }
        // Pairs named by both structures, and, among pairs of two respondents, those named by one only.
        let mutual = declarers.values.filter { $0.count == 2 }.count
        if mutual > 0, let again = pairOrder.lazy.compactMap({ firstNamed[$0.pair] }).first {
            let oneSided = pairOrder.filter { declarers[$0.pair]?.count == 1 && respondents.contains($0.partner) }
            let example = pairOrder.first { declarers[$0.pair]?.count == 2 }
            let fr = "\(LocalizedText.integer(mutual).fr) paire\(mutual > 1 ? "s" : "") nommée\(mutual > 1 ? "s" : "") par les deux structures (ici « \((example?.b ?? "").excerpt) » nomme « \((example?.a ?? "").excerpt) » qui l'a nommée) : un lien chacune, pas deux"
            let en = "\(LocalizedText.integer(mutual).en) pair\(mutual > 1 ? "s" : "") named by both structures (here \"\((example?.b ?? "").excerpt)\" names \"\((example?.a ?? "").excerpt)\", which named it): one tie each, not two"
            let n = oneSided.count
            diagnostics.append(.warning(LocalizedText(
                fr: fr + (n > 0 ? " ; \(LocalizedText.integer(n).fr) paire\(n > 1 ? "s" : "") de deux répondants n'\(n > 1 ? "ont" : "a") été nommée\(n > 1 ? "s" : "") que par l'un des deux" : ""),
                en: en + (n > 0 ? "; \(LocalizedText.integer(n).en) pair\(n > 1 ? "s" : "") of two respondents \(n > 1 ? "were" : "was") named by one of the two only" : "")),
                file: file, at: again))
        }
        if let first = disagreements.first {
            let n = disagreements.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) paire\(n > 1 ? "s" : "") nommée\(n > 1 ? "s" : "") par les deux structures, qui n'en disent pas la même chose (ici « \(first.column.excerpt) » : « \(first.other.excerpt) », et « \(first.kept.excerpt) » dans la première déclaration) : la première déclaration est gardée",
                en: "\(LocalizedText.integer(n).en) pair\(n > 1 ? "s" : "") named by both structures, which do not say the same of \(n > 1 ? "them" : "it") (here \"\(first.column.excerpt)\": \"\(first.other.excerpt)\", and \"\(first.kept.excerpt)\" in the first declaration): the first declaration is kept"),
                file: file, at: first.position))
        }
        if let first = withoutPartner.first {
            let more = LocalizedText.andMore(withoutPartner.count - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.name.excerpt) » ne nomme aucun partenaire : pas de lien sur cette ligne, mais la structure compte parmi les acteurs\(more.fr)",
                en: "\"\(first.name.excerpt)\" names no partner: no tie on this row, but the structure counts among the actors\(more.en)"),
                file: file, at: first.position))
        }
        if let warning = noNames.warning(file: file, title: noNamesTitle, what: Noun(en: "partner", fr: "partenaire", frOf: "de partenaire")) { diagnostics.append(warning) }
        if let warning = notes.warning(file: file) { diagnostics.append(warning) }
        diagnostics += ticked.warnings(file: file)
        if let firstSelf = selfTies.first {
            let more = selfTies.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "un lien d'un acteur avec lui-même n'est pas lu\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : "")",
                en: "a tie of an actor with itself is not read\(more > 0 ? " (and \(more) more)" : "")"),
                file: file, at: firstSelf))
        }
        spellings = canonical
        if let first = firstRespelled {
            // Said once for the table: each name merged would otherwise be said at every spelling.
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(respelled).fr) nom\(respelled > 1 ? "s" : "") écrit\(respelled > 1 ? "s" : "") autrement que la graphie la plus fréquente du même nom (aux majuscules, accents, espaces et ponctuation près), lu\(respelled > 1 ? "s" : "") sous celle-ci : ici « \(first.written.excerpt) » lu comme « \(first.read.excerpt) » ; s'il s'agit de deux acteurs, donnez-leur des noms distincts",
                en: "\(LocalizedText.integer(respelled).en) name\(respelled > 1 ? "s" : "") written otherwise than the most frequent spelling of the same name (once case, accents, spaces and punctuation are ignored), read as that spelling: here \"\(first.written.excerpt)\" read as \"\(first.read.excerpt)\"; if they are two actors, give them distinct names"),
                file: file, at: first.position))
        }
        // A survey's structures, even with no column to describe them, when some name no partner:
        // they answered, so they are actors of the territory (isolated ones), not left out.
        let keepsRespondents = actorAndPartner && withoutPartner.count > 0
        let actors = attributes.isEmpty && !keepsRespondents ? nil
            : InlineActorColumns.actorsTable(in: body, actorColumn: first, attributes: attributes, required: [first],
                                             skipping: Set(totals), file: file, diagnostics: &diagnostics).grid
                .replacingTexts(inColumn: 0) { canonical[nameKey($0)] ?? $0 }
        return (MappedGrid(header: ["cooperation", "actor", "role"], records: memberships, origin: origin),
                MappedGrid(header: cooperationHeader.map { titles[$0] ?? $0 }, records: cooperations, origin: origin), actors)
    }
}
