import MaillageSupport
import MaillageModel

/// A KoboToolbox export (« Téléchargements » of a project's data, CSV or Excel, labels
/// as headers): the questions' labels, KoboToolbox's own columns around them (`start`,
/// `end`, `today`, `deviceid`, `_id`, `_uuid`, `_submission_time`, `_validation_status`,
/// `_index`…), and a question of several answers written twice: once in its own column,
/// the options chosen joined by spaces, and once split, one column per option titled
/// « Question/Option » holding `1` or `0`.
///
/// ```
/// start | end | Nom de votre structure | Avec quelles structures coopérez-vous ? | Avec quelles structures coopérez-vous ?/APES | …/Emmaüs Arras | _id | _uuid
/// 2024-03-01T10:00… | … | Ressourcerie du Ternois | APES Emmaüs Arras | 1 | 1 | 101 | a1b2…
/// ```
///
/// KoboToolbox's own columns are left out: `start` and `end` say when the form was filled
/// in, not when a cooperation started or ended, and would date every tie to that day. Each
/// split option is titled « Question [Option] », as LimeSurvey titles it, its `1` read as a
/// mark (« X ») and its `0` as nothing, so that ``PartnerOptions`` reads one tie per option
/// ticked; the question's joined column is left out, since names with spaces cannot be
/// told apart in it.
enum KoboToolboxExport {
    /// KoboToolbox's own columns (keys): the form's metadata and the submission's history.
    static let ownColumns: Set<String> = Set([
        "start", "end", "today", "deviceid", "username", "phonenumber", "subscriberid", "simserial", "audit", "audit_URL",
        "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_version_",
        "_tags", "_index", "_parent_table_name", "_parent_index", "meta/instanceID", "meta/rootUuid", "meta/deprecatedID",
        "formhub/uuid", "_attachments", "_geolocation",
    ].map(Vocabulary.key))

    /// Columns only KoboToolbox writes (keys): one of them at least makes an export Kobo's.
    static let signatureColumns: Set<String> = Set(["_uuid", "_submission_time", "_validation_status", "__version__", "_index", "_submitted_by"]
        .map(Vocabulary.key))

    /// What a split option's cell holds when the option was chosen (keys).
    static let chosen: Set<String> = Set(["1", "1.0", "true", "vrai", "oui", "yes", "x"].map(Vocabulary.key))

    /// Whether `text` is an XML name as KoboToolbox writes a choice's (« emmaus_arras »):
    /// lower-case ASCII letters, digits and underscores.
    static func isXMLName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Whether `grid` is a KoboToolbox export: two of its signature columns, or one and
    /// `start` and `end`.
    static func recognizes(_ grid: any CellGrid) -> Bool {
        guard grid.recordCount > 1 else { return false }
        let keys = Set(grid.cellRange(ofRecord: 0).map { Vocabulary.key(grid.text(ofCell: $0).trimmingSpaces()) })
        let signatures = keys.intersection(signatureColumns).count
        return signatures >= 2 || (signatures == 1 && keys.contains("start") && keys.contains("end"))
    }

    /// `grid` without KoboToolbox's own columns, its split options titled « Question
    /// [Option] » with marks, its questions' joined columns left out; nil when `grid` is no
    /// KoboToolbox export.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        guard recognizes(grid) else { return nil }
        let width = MappedGrid.width(of: grid)
        let headerCells = Array(grid.cellRange(ofRecord: 0))
        let titles = (0..<width).map { c in c < headerCells.count ? grid.text(ofCell: headerCells[c]).trimmingSpaces() : "" }
        let own = Set(titles.indices.filter { ownColumns.contains(Vocabulary.key(titles[$0])) })
        // « Question/Option » whose « Question » is a column of its own: a split option.
        let columnOf = Dictionary(titles.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var options: [Int: (question: Int, option: String)] = [:]
        for (c, title) in titles.enumerated() where !own.contains(c) {
            // The first « / » after which the rest is the option (an option may hold a « / » itself).
            for slash in title.indices where title[slash] == "/" {
                let question = String(title[..<slash]).trimmingSpaces(), option = String(title[title.index(after: slash)...]).trimmingSpaces()
                guard !option.isEmpty, let q = columnOf[question], q != c else { continue }
                options[c] = (q, option)
                break
            }
        }
        let joined = Set(options.values.map(\.question))
        let kept = titles.indices.filter { !own.contains($0) && !joined.contains($0) }
        let header = kept.map { c in options[c].map { "\(titles[$0.question]) [\($0.option)]" } ?? titles[c] }
        let positions = grid.positions(ofCells: headerCells)
        var ticked = 0
        let records = MappedGrid.rows(of: grid, records: 1..<grid.recordCount, width: width) { _, c, text in
            guard options[c] != nil else { return text }
            guard chosen.contains(Vocabulary.key(text)) else { return "" }
            ticked += 1
            return "X"
        }.map { cells in kept.map { cells[$0] } }
        let ownNames = own.sorted().prefix(4).map { "« \(titles[$0].excerpt) »" }.joined(separator: ", ") + (own.count > 4 ? "…" : "")
        let ownNamesEn = own.sorted().prefix(4).map { "\"\(titles[$0].excerpt)\"" }.joined(separator: ", ") + (own.count > 4 ? "…" : "")
        let splitFr = options.isEmpty ? "" : ", chaque option d'une question à plusieurs réponses titrée « Question [Option] » (\(options.count) option\(options.count > 1 ? "s" : ""), \(ticked) case\(ticked > 1 ? "s" : "") cochée\(ticked > 1 ? "s" : "")), la colonne qui les réunit non lue"
        let splitEn = options.isEmpty ? "" : ", each option of a question of several answers titled \"Question [Option]\" (\(options.count) option\(options.count > 1 ? "s" : ""), \(ticked) ticked cell\(ticked > 1 ? "s" : "")), the column joining them not read"
        // Options written as XML names (« emmaus_arras »): the export's « XML values and headers ».
        let names = options.values.map(\.option)
        let xmlNames = !names.isEmpty && names.allSatisfy(isXMLName) && names.contains { $0.contains("_") }
        let xmlFr = xmlNames ? " ; les options sont les noms XML du formulaire (« \(names.sorted()[0].excerpt) ») : exportez avec « Libellés » pour y lire les noms des structures" : ""
        let xmlEn = xmlNames ? "; the options are the form's XML names (\"\(names.sorted()[0].excerpt)\"): export with \"Labels\" to read the structures' names" : ""
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un export KoboToolbox : ses \(own.count) colonnes propres non lues (\(ownNames) : quand et par qui le formulaire a été rempli, pas des dates de coopération)\(splitFr)\(xmlFr)",
            en: "read as a KoboToolbox export: its \(own.count) own columns not read (\(ownNamesEn): when and by whom the form was filled in, not dates of cooperation)\(splitEn)\(xmlEn)"),
            file: file, at: grid.origin))
        return MappedGrid(header: header, records: records, origin: grid.origin,
                          headerPositions: kept.map { $0 < headerCells.count ? positions[headerCells[$0]] ?? grid.origin : grid.origin })
    }
}
