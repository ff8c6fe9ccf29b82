import MaillageSupport
import MaillageModel

/// Checks on the cells of a dataset file once parsed: their size, and personal
/// data (datasets leave named people, personal e-mails and phone numbers out: see the
/// DatasetFormat article of the documentation).
///
/// - A cell longer than ``maximumCellBytes`` is an error: no name, summary or id
///   needs it, and it usually means a whole file was pasted into one cell.
/// - A column whose name says it holds contact details (`email`, `e-mail`, `mail`,
///   `courriel`, `telephone`, `phone`, `tel`, `portable`, `mobile`, `fax`, `contact`,
///   `prénom`, `interlocuteur`, as a word of the name: `tel_fixe`, `Adresse mail`), or
///   whose whole name names a person (« Référent », « Chargé(e) de mission »,
///   « Président(e) », « Nom du dirigeant », « Responsable »…) is a warning on the
///   header cell; its cells are not scanned further.
/// - Any other cell holding an e-mail address or a phone number
///   (``ContactDetails``) is a warning on the first such cell of its column, with
///   the count of the others. The warning never repeats the address or number.
/// - A cell of a column that is read holding a spreadsheet's error value (`#N/A`,
///   `#REF!`, ``SpreadsheetErrorValues``) is an error at that cell: the result of a
///   failed formula is no actor, cooperation or place.
struct CellChecks {
    /// The largest cell accepted: 64 KiB of UTF-8.
    static let maximumCellBytes = 65_536

    /// Words that make a column name look like contact details.
    static let contactWords: Set<String> = [
        "email", "emails", "mail", "mails", "courriel", "courriels", "telephone", "telephones", "phone", "phones",
        "tel", "portable", "mobile", "fax", "contact", "contacts", "prenom", "prenoms", "interlocuteur", "interlocutrice",
        "messagerie",
    ]

    /// Whole headers (normalised words, joined by spaces) that name a person: the
    /// structure's contact, its officers, the staff member who follows it.
    static let personHeaders: Set<String> = [
        "referent", "referente", "nom du referent", "nom de la referente", "personne referente", "referent e",
        "charge de mission", "chargee de mission", "charge e de mission", "nom du charge de mission",
        "dirigeant", "dirigeante", "nom du dirigeant", "nom de la dirigeante", "dirigeant e",
        "president", "presidente", "president e", "nom du president", "nom de la presidente",
        "directeur", "directrice", "directeur trice", "nom du directeur", "nom de la directrice",
        "correspondant", "correspondante", "correspondant e", "personne a contacter", "representant legal", "representante legale",
        "nom prenom", "prenom nom", "nom et prenom", "nom du responsable", "responsable",
        // A form's record of who sent the answer (Framaforms, Drupal Webform).
        "adresse ip", "ip address", "ip", "nom d utilisateur", "username", "user name",
        // Qualtrics: the recipient's names, the respondent's location (no structure's place).
        "recipient last name", "recipient first name", "location latitude", "location longitude",
    ]

    /// Whether a header name says the column holds contact details.
    static func isContactColumn(_ name: String) -> Bool {
        let words = Vocabulary.normalise(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.contains(where: contactWords.contains) || personHeaders.contains(words.joined(separator: " ")) { return true }
        // "e_mail" once normalised.
        return zip(words, words.dropFirst()).contains { $0 == "e" && $1 == "mail" }
    }

    /// One warning for the columns `written` of one header that hold personal data (a
    /// form's « Adresse IP », « Adresse e-mail », « Prénom », « Nom »); a single column gets
    /// ``contactColumnMessage(_:english:)``.
    static func contactColumnsMessage(_ written: [String]) -> LocalizedText {
        guard written.count > 1 else { return contactColumnMessage(written.first ?? "") }
        let shown = UnreadColumns.quoted(written.map(\.excerpt))
        return LocalizedText(
            fr: "les colonnes \(shown.fr) semblent contenir des données personnelles (courriel, téléphone ou contact) ; un jeu de données s'en passe : retirez-les (Maillage les ignore), ou publiez avec --redact",
            en: "columns \(shown.en) look like personal data (e-mail, phone or contact); datasets leave them out: remove them (Maillage ignores them), or publish with --redact")
    }

    /// The warning for a column whose header (`written`, as the user wrote it; `english`,
    /// as the English message quotes it) says it holds contact details.
    static func contactColumnMessage(_ written: String, english: String? = nil) -> LocalizedText {
        LocalizedText(
            fr: "la colonne « \(written.excerpt) » semble contenir des données personnelles (courriel, téléphone ou contact) ; un jeu de données s'en passe : retirez la colonne (Maillage l'ignore), ou publiez avec --redact",
            en: "column \"\((english ?? written).excerpt)\" looks like personal data (e-mail, phone or contact); datasets leave it out: remove the column (Maillage ignores it), or publish with --redact")
    }

    struct Finding {
        /// The document's index of the first such cell.
        var firstCell: Int
        var count: Int
    }

    /// A cell over the size limit: its document index, column and size.
    struct Oversize {
        var cell: Int
        var column: Int
        var size: Int
    }

    /// A cell holding a spreadsheet's error value: its document index, column and text.
    struct ErrorValue {
        var cell: Int
        var column: Int
        var text: String
    }

    let file: String
    let columnNames: [String]
    /// Columns already reported by their name.
    let skipped: Set<Int>
    /// Columns whose cells are read (nil: all of them); an error value elsewhere is left alone.
    let read: Set<Int>?
    private var findings: [ContactDetails.Kind: [Int: Finding]] = [:]
    private var oversized: [Oversize] = []
    private var errorValues: [ErrorValue] = []

    init(file: String, columnNames: [String], skipped: Set<Int>, read: Set<Int>? = nil) {
        self.file = file
        self.columnNames = columnNames
        self.skipped = skipped
        self.read = read
    }

    /// Checks the cells of record `r`; what it finds is reported by ``diagnostics(in:)``.
    mutating func check(record r: Int, of grid: any CellGrid) {
        // One call into the grid per record, not one per cell: the grid walks its own
        // storage (this loop runs over every cell of a dataset).
        // Cells needing a closer look: too large, holding contact details, or perhaps a
        // spreadsheet's error value (decided after the walk, off the hot loop).
        // A cell that may hold an error value is kept with size −1.
        var cells: [(cell: Int, size: Int, matches: [ContactDetails.Match])] = []
        let first = grid.cellRange(ofRecord: r).lowerBound
        let skipped = self.skipped
        grid.forEachCell(ofRecord: r) { cell, bytes in
            let index = cell - first
            if SpreadsheetErrorValues.mayBeOne(bytes) { cells.append((cell, -1, [])) }
            let matches = bytes.count > Self.maximumCellBytes || skipped.contains(index) || !Self.mayHoldContactDetails(bytes)
                ? [] : ContactDetails.find(inUTF8: bytes)
            if bytes.count > Self.maximumCellBytes || !matches.isEmpty { cells.append((cell, bytes.count, matches)) }
        }
        for (cell, size, matches) in cells {
            let index = cell - first
            if size < 0 {
                if read?.contains(index) ?? true, let text = grid.withBytes(ofCell: cell, SpreadsheetErrorValues.value(in:)) {
                    errorValues.append(ErrorValue(cell: cell, column: index, text: text))
                }
                continue
            }
            if size > Self.maximumCellBytes {
                oversized.append(Oversize(cell: cell, column: index, size: size))
                continue
            }
            var seen: Set<ContactDetails.Kind> = []
            for match in matches where seen.insert(match.kind).inserted {
                if findings[match.kind, default: [:]][index] == nil {
                    findings[match.kind, default: [:]][index] = Finding(firstCell: cell, count: 1)
                } else {
                    findings[match.kind, default: [:]][index]?.count += 1
                }
            }
        }
    }

    /// Whether `bytes` may hold what ``ContactDetails`` finds: an e-mail address needs an
    /// `@`, a phone number a `+` or ten digits (`0X` and four pairs), so a cell with none
    /// of these (an id, a name, a date) is not scanned.
    static func mayHoldContactDetails(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for b in bytes {
            if b == 0x40 || b == 0x2B { return true }
            if b >= 0x30, b <= 0x39 {
                digits += 1
                if digits >= 10 { return true }
            }
        }
        return false
    }

    /// The size errors and personal-data warnings (one per column and kind), located in
    /// `grid` in one walk per record concerned: a single line of many such cells
    /// stays linear.
    func diagnostics(in grid: any CellGrid) -> [Diagnostic] {
        let located = grid.positions(ofCells: oversized.map(\.cell) + findings.values.flatMap { $0.values.map(\.firstCell) } + errorValues.map(\.cell))
        var out: [Diagnostic] = []
        for value in errorValues {
            let column = columnName(value.column)
            out.append(.error(LocalizedText(
                fr: "« \(value.text) » dans la colonne \(column.fr) : la valeur d'erreur d'une formule du tableur, pas une donnée ; corrigez la formule ou videz la cellule",
                en: "\"\(value.text)\" in column \(column.en): a spreadsheet formula's error value, not data; fix the formula or empty the cell"),
                file: file, at: located[value.cell] ?? .file))
        }
        for cell in oversized {
            let position = located[cell.cell] ?? .file
            let column = columnName(cell.column)
            out.append(.error(LocalizedText(
                fr: "cellule de \(cell.size) octets dans la colonne \(column.fr) : une cellule est limitée à \(Self.maximumCellBytes) octets (64 Kio) ; un texte entier a-t-il été collé dans une cellule ?",
                en: "cell of \(cell.size) bytes in column \(column.en): cells are limited to \(Self.maximumCellBytes) bytes (64 KiB); was a whole text pasted into one cell?"),
                file: file, at: position))
        }
        for kind in ContactDetails.Kind.allCases {
            for (index, finding) in (findings[kind] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let others = finding.count - 1
                let position = located[finding.firstCell] ?? .file
                let column = columnName(index)
                let frOthers = others == 0 ? "" : " (et \(others) autre\(others > 1 ? "s" : "") cellule\(others > 1 ? "s" : "") de cette colonne)"
                let frKind = kind == .email ? "une adresse électronique" : "un numéro de téléphone"
                out.append(.warning(LocalizedText(
                    fr: "données personnelles probables : \(frKind) dans la colonne \(column.fr)\(frOthers) ; un jeu de données se passe de courriels et de numéros de téléphone : retirez-les, ou publiez avec --redact",
                    en: "looks like personal data: \(kind == .email ? "an" : "a") \(kind.rawValue) in column \(column.en)\(others > 0 ? " (and \(others) more cells of this column)" : ""); datasets leave e-mails and phone numbers out: remove them, or publish with --redact"),
                    file: file, at: position))
            }
        }
        return out
    }

    private func columnName(_ index: Int) -> LocalizedText {
        if index < columnNames.count, !columnNames[index].isEmpty {
            return LocalizedText(fr: "« \(columnNames[index].excerpt) »", en: "\"\(columnNames[index].excerpt)\"")
        }
        return LocalizedText(verbatim: "\(index + 1)")
    }
}

extension String {
    /// The string cut to 60 characters (with "…") for quoting in a message.
    var excerpt: String {
        var count = 0
        for index in indices {
            count += 1
            if count > 60 { return String(self[..<index]) + "…" }
        }
        return self
    }
}
