import MaillageModel
import Foundation

/// The columns one dataset table may hold (see the DatasetFormat article of the
/// documentation), and the names a spreadsheet may give them.
struct TableSchema: Sendable {
    /// The file's name inside the dataset folder.
    var file: String
    var required: [String]
    var optional: [String]
    /// Other names of each column, in French or English (see ``ColumnAliases``).
    var aliases: [String: [String]]
    /// Columns naming the territories of one level (`Commune`, `EPCI`…), read into
    /// `territories` with that level (see ``ColumnAliases/territoryLevelColumns``).
    var territoryLevelColumns: Bool
    /// Alias keys (``Vocabulary/key(_:)``) to columns, the columns' own names included.
    private let aliasIndex: [String: String]

    init(file: String, required: [String], optional: [String], aliases: [String: [String]] = [:], territoryLevelColumns: Bool = false) {
        self.file = file
        self.required = required
        self.optional = optional
        self.aliases = aliases
        self.territoryLevelColumns = territoryLevelColumns
        var index: [String: String] = [:]
        for column in required + optional { index[Vocabulary.key(column)] = column }
        for (column, names) in aliases {
            for name in names { index[Vocabulary.key(name)] = column }
        }
        aliasIndex = index
    }

    var allColumns: [String] { required + optional }

    /// The table's name in messages: `memberships`, `actors`…
    var tableName: String { String(file.prefix { $0 != "." }) }

    /// The table's name in French messages, after « la table » : « des participations »,
    /// « des acteurs »…
    var frenchTableName: String {
        switch tableName {
        case "memberships": "des participations"
        case "actors": "des acteurs"
        case "cooperations": "des coopérations"
        case "territories": "des territoires"
        case "aliases": "des alias"
        default: tableName
        }
    }

    /// How a French message names `column`: the header a French spreadsheet gives it
    /// (« coopération » for `cooperation`, « code INSEE » for `insee`), so that a user
    /// reads a name they can type; the key itself when there is none.
    static func frenchName(of column: String) -> String {
        if column.hasPrefix("territories:") { return String(column.dropFirst("territories:".count)) }
        return frenchNames[column] ?? column
    }

    private static let frenchNames: [String: String] = [
        "cooperation": "coopération", "actor": "structure", "role": "rôle", "since": "depuis", "until": "jusqu'à", "standing": "statut de l'adhésion",
        "id": "identifiant", "name": "nom", "kind": "type", "legal_form": "forme juridique", "sector": "secteur",
        "territories": "territoires", "website": "site internet", "founded": "date de création", "closed": "date de fermeture",
        "lat": "latitude", "lon": "longitude", "insee": "code INSEE", "postcode": "code postal", "address": "adresse",
        "form": "forme", "declared_members": "nombre de membres", "status": "statut", "started": "début", "summary": "résumé",
        "source": "source", "ended": "fin", "level": "niveau", "parent": "territoire parent", "alias": "alias",
        "siret": "SIRET", "siren": "SIREN", "rna": "RNA", "acronym": "sigle", "legal_category": "catégorie juridique", "activity": "code NAF",
        "employees": "effectif", "employees_band": "tranche d'effectif", "employees_year": "année de l'effectif",
        "legal_unit_employees": "effectif de l'unité légale", "legal_unit_employees_year": "année de l'effectif de l'unité légale",
        "fte": "ETP", "ess": "appartenance à l'ESS",
    ]

    /// A few French headers read as required column `column`, for a message saying it is
    /// missing: « Coopération », « Projet », « Réseau »…
    func frenchHeaders(of column: String) -> String {
        let names: [String] = switch (tableName, column) {
        case ("memberships", "cooperation"): ["Coopération", "Projet", "Réseau", "Réseaux d'appartenance"]
        case ("memberships", "actor"): ["Structure", "Acteur", "Organisme", "Raison sociale"]
        case ("aliases", "alias"): ["Alias", "Autre nom"]
        case ("aliases", "id"): ["Identifiant", "Nom retenu"]
        case (_, "id"): ["Identifiant", "Nom"]
        default: [Self.frenchName(of: column).capitalized]
        }
        return names.map { "« \($0) »" }.joined(separator: ", ")
    }

    static let memberships = TableSchema(
        file: "memberships.csv", required: ["cooperation", "actor"], optional: ["role", "since", "until", "standing", "siret", "siren", "rna"],
        aliases: ColumnAliases.memberships)
    static let actors = TableSchema(
        file: "actors.csv", required: ["id"],
        optional: ["name", "kind", "legal_form", "sector", "territories", "website", "founded", "closed", "lat", "lon", "insee", "postcode", "address",
                   "siret", "siren", "rna", "acronym", "legal_category", "activity", "employees", "employees_band", "employees_year",
                   "legal_unit_employees", "legal_unit_employees_year", "fte", "ess"],
        aliases: ColumnAliases.actors, territoryLevelColumns: true)
    static let cooperations = TableSchema(
        file: "cooperations.csv", required: ["id"],
        optional: ["name", "form", "sector", "territories", "declared_members", "status", "started", "summary", "source", "ended"],
        aliases: ColumnAliases.cooperations, territoryLevelColumns: true)
    static let aliasTable = TableSchema(
        file: "aliases.csv", required: ["alias", "id"], optional: [],
        aliases: ColumnAliases.aliasTable)
    static let territories = TableSchema(
        file: "territories.csv", required: ["id"], optional: ["name", "level", "parent", "lat", "lon", "insee"],
        aliases: ColumnAliases.territories)

    /// Headers that name a structure in a memberships table only beside a cooperation
    /// column and no other structure column (keys): « Nom » next to « Réseau » is the
    /// member's name, while a table of people (« Nom | Prénom ») or of cooperations
    /// (« Nom | Forme ») keeps its own reading.
    static let bareNames: Set<String> = Set(["nom", "name", "nom complet", "libellé", "raison sociale ou nom"].map(Vocabulary.key))

    /// The index of the column of `headers` (a header row's texts) that this memberships
    /// schema reads as the structure although no alias names it so: a single bare « Nom »
    /// (``bareNames``) beside a cooperation column, no structure column, and no column of a
    /// form's answers (« Prénom », « Adresse de messagerie », « Horodateur », « Heure de
    /// début »: there « Nom » is the person who answered); nil otherwise and for the other schemas.
    func bareNameActorColumn(_ headers: [String]) -> Int? {
        guard tableName == "memberships" else { return nil }
        var cooperation = false, candidates: [Int] = []
        for (i, text) in headers.enumerated() {
            let name = text.trimmingSpaces().lowercased()
            switch column(named: name) {
            case "actor"?: return nil
            case "cooperation"?: cooperation = true
            case nil:
                let key = Vocabulary.key(name)
                if Self.bareNames.contains(key) {
                    candidates.append(i)
                } else if CellChecks.isContactColumn(name) || UnreadColumns.kind(of: name) == .recordHistory {
                    // « Prénom », « Adresse de messagerie », « Heure de début »: a form's answers, where « Nom » is the person who answered.
                    return nil
                }
            default: break
            }
        }
        return cooperation && candidates.count == 1 ? candidates[0] : nil
    }

    /// The column a header cell names: a column of the schema written as the schema
    /// writes it or as one of its aliases (ignoring case, accents, spaces and
    /// punctuation), or a territory level column (`territories:commune`), or two
    /// names of one column joined by « / » or « ou », or one with an identifier word
    /// before or after it (`groupement_siren`, `id_projet`, ``identifierWords``), or any of
    /// these followed by a note (``HeaderNote``: « Commune (facultatif) »), or a form's
    /// question asking for the column (``SurveyQuestion``); nil otherwise.
    func column(named header: String) -> String? {
        if let column = columnWithoutNote(named: header) { return column }
        // « Votre structure (nom complet) », « Commune : »: a form's question with its note.
        if let plain = HeaderNote.stripped(header), let column = columnWithoutNote(named: plain) { return column }
        // « Quel est le nom de votre structure ? »: a form's question, read for what it asks.
        if let subject = SurveyQuestion.subject(of: header) { return column(askedBy: subject) }
        return nil
    }

    /// The column of this table that a form's question asking for `subject` fills, if any
    /// (``SurveyQuestion``).
    func column(askedBy subject: SurveyQuestion.Subject) -> String? {
        switch (tableName, subject) {
        case ("memberships", .respondent): "actor"
        case ("memberships", .networks): "cooperation"
        case ("memberships", .since): "since"
        case ("memberships", .until): "until"
        case ("actors", .respondent): "name"
        case ("actors", .kind): "kind"
        case ("actors", .legalForm): "legal_form"
        case ("actors", .sector): "sector"
        case ("actors", .commune): ColumnAliases.territoryColumn(.commune)
        case ("cooperations", .form): "form"
        case ("cooperations", .since): "started"
        case ("cooperations", .until): "ended"
        default: nil
        }
    }

    /// ``column(named:)`` without a note stripped: the header names the column as it is.
    func columnWithoutNote(named header: String) -> String? {
        if allColumns.contains(header) { return header }
        let key = Vocabulary.key(header)
        if let column = aliasIndex[key] { return column }
        if territoryLevelColumns, let level = ColumnAliases.territoryLevelColumns[key] {
            return ColumnAliases.territoryColumn(level)
        }
        // « Réseau / coopération », « Structure ou organisme »: two names of one column.
        for separator in ["/", " ou ", " or "] where header.contains(separator) {
            let parts = header.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count > 1, !parts.contains(where: \.isEmpty) else { continue }
            let named = Set(parts.compactMap { $0.contains("/") || $0.contains(" ou ") || $0.contains(" or ") ? nil : column(named: $0) })
            if named.count == 1 { return named.first }
        }
        // `groupement_siren`, `id_projet`, « Nom structure »: a database export's header,
        // the column's name with an identifier word before or after it.
        let words = header.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" || $0 == "." }).map(String.init)
        if words.count >= 2 {
            if Self.identifierWords.contains(words[words.count - 1]), let column = columnWithoutNote(named: words.dropLast().joined(separator: " ")) {
                return column
            }
            if Self.identifierWords.contains(words[0]), let column = columnWithoutNote(named: words.dropFirst().joined(separator: " ")) {
                return column
            }
        }
        return nil
    }

    /// Words a database export adds to a column's name (`groupement_siren`, `id_projet`).
    static let identifierWords: Set<String> = ["id", "code", "siren", "siret", "nom", "name", "ref", "libelle", "libellé", "label"]
}
