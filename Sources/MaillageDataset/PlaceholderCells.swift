import MaillageSupport
import MaillageModel

/// Cells that hold no value but say that it is missing: « NC » (non communiqué),
/// « NR », « ND », « N/A », « - », « — », « / », « ? », « non renseigné », « inconnu »,
/// « à compléter », « xxx ». Observatories' tables are full of them.
///
/// Read as written, each would be a value: a commune named « NC », a cooperation « - »
/// joining every structure whose network was not known, an unreadable headcount. So
/// the loader reads them as empty cells, before anything else reads the table (the CSV
/// file as parsed, ``blanked(_:file:diagnostics:)``; each sheet of a workbook,
/// ``blanked(_:)``), and one warning per table names how many, which columns and what
/// they said (``warning(_:)``). The header row, the titles above it and the columns
/// naming the rows (``identityColumns(_:)``) are left as they are.
///
/// Left alone: « x » and « X » (a mark of a cross table), « 0 » (a number), « Non » and
/// « Aucun » (a no, and no employee, in the columns that read them; in a list of
/// cooperations or partners they name nothing, ``NoNameAnswers``), « ??? » (what a
/// lossy export leaves of a name in another script), a spreadsheet's error values
/// (``SpreadsheetErrorValues``: an error where read).
enum PlaceholderCells {
    /// Whole cells made only of these (spaces aside) say the value is missing.
    static let marks: Set<String> = ["-", "--", "---", "–", "—", "/", "//", ".", "..", "...", "…", "?", "_", "__", "___"]

    /// Whole cells whose folded text (``Vocabulary/key(_:)``: letters and digits, lower
    /// case, no accents) is one of these say the value is missing.
    static let keys: Set<String> = [
        // Non communiqué, non renseigné, non disponible, and their initials (« N.C. », « n/c »).
        "nc", "nd", "nr", "na", "ns", "nsp", "nan", "null",
        "noncommunique", "noncommuniquee", "noncommuniques", "noncommuniquees",
        "nonrenseigne", "nonrenseignee", "nonrenseignes", "nonrenseignees",
        "nondisponible", "nondisponibles", "nondispo", "nonconnu", "nonconnue", "nonconnus", "nonconnues",
        "nonprecise", "nonprecisee", "nonindique", "nonindiquee", "nonrepondu", "sansreponse", "pasdereponse",
        "inconnu", "inconnue", "inconnus", "inconnues",
        "nesaitpas", "jenesaispas", "nesaispas",
        "acompleter", "arenseigner", "apreciser", "adefinir", "averifier", "aconfirmer",
        "xxx", "xxxx", "xxxxx",
        "notavailable", "notknown", "unknown", "notgiven",
    ]

    /// The longest cell worth a closer look, in bytes.
    static let longest = 32

    /// Whether `bytes` may say a value is missing, on their length and first byte alone:
    /// false for almost every cell, so that the full test runs on few.
    @inline(__always) static func mayBeOne(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= longest else { return false }
        switch bytes[bytes.startIndex] {
        case 0x2D, 0x2F, 0x2E, 0x3F, 0x5F,  // - / . ? _
             0x6E, 0x4E, 0x69, 0x49, 0x61, 0x41, 0x6A, 0x4A, 0x78, 0x58, 0x73, 0x53, 0x70, 0x50, 0x75, 0x55,  // n i a j x s p u
             0xC3, 0xE2, 0x20, 0x09:  // à À, – — …, spaces
            return true
        default:
            return false
        }
    }

    /// Whether `bytes` say only that the value is missing.
    static func isPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayBeOne(bytes) else { return false }
        return isPlaceholder(candidate: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `text` says only that the value is missing.
    static func isPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlaceholder($0) }
    }

    /// ``isPlaceholder(_:)-(String)`` once ``mayBeOne(_:)`` let `text` through.
    private static func isPlaceholder(candidate text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.count <= longest else { return false }
        if marks.contains(trimmed) { return true }
        // « N/A », « n.c. », « Non renseigné »: a word first (« -nan » is a value, a sign before).
        guard trimmed.unicodeScalars.first?.properties.isAlphabetic == true else { return false }
        let key = Vocabulary.key(trimmed)
        return !key.isEmpty && keys.contains(key)
    }

    /// The cells of one table read as empty: how many, in which columns (as the header
    /// names them) and what they said.
    struct Found {
        var count: Int
        var columns: [String]
        var examples: [String]
    }

    /// Notes each cell read as empty, in reading order.
    struct Tally {
        private(set) var count = 0
        private(set) var first: (cell: Int, column: Int)?
        private(set) var columns: [Int] = []
        private(set) var examples: [String] = []

        mutating func note(cell: Int, column: Int, text: String) {
            count += 1
            if first == nil { first = (cell, column) }
            if !columns.contains(column) { columns.append(column) }
            let shown = text.trimmingCharacters(in: .whitespaces)
            if examples.count < 4, !examples.contains(where: { $0.lowercased() == shown.lowercased() }) { examples.append(shown) }
        }
    }

    /// The warning for `found`: how many cells, what they said, in which columns.
    static func warning(_ found: Found) -> LocalizedText {
        let said = found.examples.map { "« \($0) »" }.joined(separator: ", ")
        let saidEN = found.examples.map { "\"\($0)\"" }.joined(separator: ", ")
        let named = found.columns.filter { !$0.isEmpty }
        let shown = named.prefix(4).map { "« \($0.excerpt) »" }, shownEN = named.prefix(4).map { "\"\($0.excerpt)\"" }
        let more = named.count > 4 ? LocalizedText(fr: "… (\(named.count) colonnes)", en: "… (\(named.count) columns)") : .empty
        let columns: LocalizedText = shown.isEmpty ? .empty : LocalizedText(
            fr: " ; colonne\(named.count > 1 ? "s" : "") " + shown.joined(separator: ", ") + more.fr,
            en: "; column\(named.count > 1 ? "s" : "") " + shownEN.joined(separator: ", ") + more.en)
        if found.count == 1 {
            return LocalizedText(
                fr: "cellule qui dit seulement que la valeur manque (\(said)) : lue vide\(columns.fr)",
                en: "cell that only says the value is missing (\(saidEN)): read as empty\(columns.en)")
        }
        return LocalizedText(
            fr: "\(LocalizedText.integer(found.count).fr) cellules qui disent seulement que la valeur manque (\(said)) : lues vides\(columns.fr)",
            en: "\(found.count) cells that only say the value is missing (\(saidEN)): read as empty\(columns.en)")
    }

    /// The header of a table's rows: the first of the first ``Table/titleLinesLimit`` + 1
    /// rows that names two columns or more (``Table/namedColumns(_:)``: a title above it,
    /// merged across the table or not, names one), or nil.
    static func headerRow(count: Int, filled: (Int) -> Int) -> Int? {
        (0..<min(count, Table.titleLinesLimit + 1)).first { filled($0) >= 2 }
    }

    /// The columns whose cells are the rows' identity, kept as written: an id, a name, the
    /// actor and the cooperation of a membership (« Identifiant », « Nom », « Structure »,
    /// « Coopération »), a territory's parent. An actor named « Inconnu » stays one; a
    /// list of cooperations or partners drops what names nothing itself (``NoNameAnswers``).
    static func identityColumns(_ header: [String]) -> Set<Int> {
        var out: Set<Int> = []
        for (index, text) in header.enumerated() {
            let name = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            for schema in [TableSchema.actors, .cooperations, .territories, .memberships] {
                if let column = schema.column(named: name), identity.contains(column) {
                    out.insert(index)
                    break
                }
            }
        }
        return out
    }

    /// The dataset format's columns that ``identityColumns(_:)`` keeps.
    static let identity: Set<String> = ["id", "name", "actor", "cooperation", "parent"]
}
