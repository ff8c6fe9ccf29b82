import MaillageSupport
import MaillageModel

/// The columns of an actors table that give its headcount (``HeadcountCells``), and
/// what reading them met, for one warning each at the end of the table.
struct HeadcountColumns {
    /// « Effectif »: a count or a band as written.
    let count: Int?
    /// « Tranche d'effectif »: INSEE's code (or a band as written).
    let band: Int?
    /// « Année de l'effectif ».
    let year: Int?
    /// Whether the « Effectif » column holds INSEE's codes (``HeadcountCells/isBandCodeColumn(_:)``).
    let countHoldsCodes: Bool

    /// Headcounts read.
    var read = 0
    /// Cells read as INSEE's codes, the first (its text) as example.
    var codes = 0
    var firstCode: (text: String, headcount: Headcount)?
    /// Fractions rounded (« 12,5 »), the first.
    var rounded: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Cells no headcount could be read from, the first.
    var unreadable: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Years not read, the first.
    var badYears: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)

    /// The headcount columns of `table`.
    init(_ table: Table) {
        count = table.column("employees")
        band = table.column("employees_band")
        year = table.column("employees_year")
        countHoldsCodes = count.map { c in HeadcountCells.isBandCodeColumn(table.rows.map { $0.value(c) }) } ?? false
    }

    /// Whether the table gives no headcount.
    var isEmpty: Bool { count == nil && band == nil }

    /// The headcount of `row`: its « Effectif » when given, else its « Tranche
    /// d'effectif », with its year; nil when neither is given or readable.
    mutating func headcount(of row: Table.Row) -> Headcount? {
        var result: Headcount?
        for (column, asCode) in [(count, countHoldsCodes), (band, true)] {
            guard let column, let field = row.field(column) else { continue }
            let text = field.value.trimmingSpaces()
            if text.isEmpty { continue }
            switch HeadcountCells.read(text, asCode: asCode) {
            case .headcount(let h, let wasRounded):
                if wasRounded {
                    rounded.count += 1
                    if rounded.first == nil { rounded.first = (text, field.position) }
                }
                if asCode, HeadcountCells.code(CodeCells.trimmed(text)) != nil {
                    codes += 1
                    if firstCode == nil { firstCode = (text, h) }
                }
                result = h
            case .unreadable:
                unreadable.count += 1
                if unreadable.first == nil { unreadable.first = (text, field.position) }
            }
            if result != nil { break }
        }
        guard var headcount = result else { return nil }
        if let year, let field = row.field(year), case let text = field.value.trimmingSpaces(), !text.isEmpty {
            if let y = HeadcountCells.year(text) {
                headcount.year = y
            } else {
                badYears.count += 1
                if badYears.first == nil { badYears.first = (text, field.position) }
            }
        }
        read += 1
        return headcount
    }
}

extension LoaderRun {
    /// Says how an actors table's headcounts were read: INSEE's codes (one warning, the
    /// first as example), fractions rounded, cells and years not read (one warning each).
    mutating func reportHeadcounts(_ columns: HeadcountColumns, table: Table) {
        guard !columns.isEmpty else { return }
        let codeColumn = columns.countHoldsCodes ? columns.count : columns.band
        let header = table.frenchName(ofColumn: codeColumn, key: columns.countHoldsCodes ? "employees" : "employees_band")
        if let first = columns.firstCode {
            let n = columns.codes
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "code" : "codes") de tranche d'effectif salarié de l'INSEE \(n == 1 ? "lu" : "lus") comme l'effectif des acteurs (\(LoaderRun.quotedKey(header))) : ici « \(first.text.excerpt) », \(Language.fr.label(first.headcount))",
                en: "\(n) INSEE headcount band code\(n == 1 ? "" : "s") read as the actors' headcount (\(LoaderRun.quotedKey(header))): here \"\(first.text.excerpt)\", \(Language.en.label(first.headcount))"),
                file: table.file, at: Self.headerPosition(of: codeColumn, in: table) ?? table.grid.origin))
        }
        if let first = columns.rounded.first {
            let n = columns.rounded.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "effectif" : "effectifs") avec une fraction (des équivalents temps plein ?) \(n == 1 ? "lu" : "lus") à l'unité la plus proche : ici « \(first.text.excerpt) »",
                en: "\(n) headcount\(n == 1 ? "" : "s") with a fraction (full-time equivalents?) read as the nearest whole number: here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
        if let first = columns.unreadable.first {
            let n = columns.unreadable.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "effectif illisible, non lu" : "effectifs illisibles, non lus") (un nombre de salariés, « 10 à 19 », « 250 et plus » ou un code de tranche de l'INSEE) : ici « \(first.text.excerpt) »",
                en: "\(n) unreadable headcount\(n == 1 ? "" : "s"), not read (a number of employees, \"10 to 19\", \"250 or more\" or an INSEE band code): here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
        if let first = columns.badYears.first {
            let n = columns.badYears.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "année d'effectif illisible, non lue" : "années d'effectif illisibles, non lues") (une année, par exemple 2022) : ici « \(first.text.excerpt) »",
                en: "\(n) unreadable headcount year\(n == 1 ? "" : "s"), not read (a year, e.g. 2022): here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
    }
}
