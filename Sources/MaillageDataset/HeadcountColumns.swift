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
    /// « Tranche d'effectif de l'unité légale »: the establishment's company's, read where
    /// neither of the others gives one.
    let legalUnit: Int?
    /// « Année de l'effectif de l'unité légale »: the year of the legal unit's headcount.
    let legalUnitYear: Int?
    /// « ETP »: full-time equivalents.
    let fte: Int?
    /// Whether the « Effectif » column holds INSEE's codes (``HeadcountCells/isBandCodeColumn(_:)``).
    let countHoldsCodes: Bool
    /// Whether the legal unit's column does: its header names a band (« Tranche… »,
    /// `trancheEffectifsUniteLegale`), or its values are codes as the « Effectif » column's may be.
    let legalUnitHoldsCodes: Bool

    /// Headcounts read.
    var read = 0
    /// Cells read as INSEE's codes, the first (its text) as example.
    var codes = 0
    var firstCode: (text: String, headcount: Headcount)?
    /// Likewise in the legal unit's column.
    var legalUnitCodes = 0
    var firstLegalUnitCode: (text: String, headcount: Headcount)?
    /// Fractions rounded (« 12,5 »), the first.
    var rounded: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Headcounts read from the legal unit's column: how many, how many of them with no
    /// SIREN to share them by (counted as the actor's own), the first of those.
    var fromLegalUnit = 0
    /// The SIRENs of the legal units read.
    var legalUnits: Set<String> = []
    var withoutSIREN: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Cells no headcount could be read from, the first.
    var unreadable: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Cells no full-time equivalents could be read from, the first.
    var unreadableFTE: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Years not read, the first.
    var badYears: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// « Effectif » cells written in full-time equivalents (« 12 ETP »): read as the actor's
    /// full-time equivalents, not as people; how many, the first.
    var fteInCount: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// The full-time equivalents ``headcount(of:siren:)`` found in the « Effectif » cell of the
    /// row, for ``fullTimeEquivalents(of:)`` when the « ETP » column gives none.
    private var fteFromCount: Double?

    /// The headcount columns of `table`.
    init(_ table: Table) {
        count = table.column("employees")
        band = table.column("employees_band")
        year = table.column("employees_year")
        legalUnit = table.column("legal_unit_employees")
        // The legal unit's year when given; alone, SIRENE's `anneeEffectifsUniteLegale` is the table's only year.
        legalUnitYear = table.column("legal_unit_employees_year")
        fte = table.column("fte")
        countHoldsCodes = count.map { c in HeadcountCells.isBandCodeColumn(table.rows.map { $0.value(c) }) } ?? false
        legalUnitHoldsCodes = legalUnit.map { c in
            ["tranche", "code"].contains { Vocabulary.key(table.header(ofColumn: c)).contains($0) }
                || HeadcountCells.isBandCodeColumn(table.rows.map { $0.value(c) })
        } ?? false
    }

    /// The full-time equivalents of `row` (« 12,5 », « 12.5 ETP », « 1 234 »); nil when not
    /// given or not readable (counted for one warning).
    /// When the row's « Effectif » cell gave full-time equivalents (« 12 ETP »), they are
    /// the row's unless its « ETP » cell gives its own.
    mutating func fullTimeEquivalents(of row: Table.Row) -> Double? {
        let fromCount = fteFromCount
        fteFromCount = nil
        guard let fte, let field = row.field(fte) else { return fromCount }
        let text = field.value.trimmingSpaces()
        if text.isEmpty { return fromCount }
        guard let value = Self.fullTimeEquivalents(text) else {
            unreadableFTE.count += 1
            if unreadableFTE.first == nil { unreadableFTE.first = (text, field.position) }
            return fromCount
        }
        return value
    }

    /// Whether `text` says its number counts full-time equivalents: « 12 ETP », « 9,5 FTE »,
    /// « 3 équivalents temps plein ».
    static func saysFullTimeEquivalents(_ text: String) -> Bool {
        let key = Vocabulary.key(text)
        return key.hasSuffix("etp") || key.hasSuffix("fte") || key.contains("equivalenttempsplein") || key.contains("equivalentstempsplein")
    }

    /// A number of full-time equivalents written in a cell: digits with a decimal comma or
    /// point, thousands apart or not, « ETP » or « FTE » after them; nil for anything else
    /// (a negative number, a band, a word).
    static func fullTimeEquivalents(_ text: String) -> Double? {
        var digits = ""
        var rest = Substring(text.lowercased())
        for unit in ["etp", "fte", "équivalents temps plein", "equivalents temps plein"] where rest.hasSuffix(unit) {
            rest = rest.dropLast(unit.count)
            break
        }
        for character in rest {
            switch character {
            case "0"..."9": digits.append(character)
            case ",", ".": digits.append(".")
            case " ", "\u{00A0}", "\u{202F}": continue
            default: return nil
            }
        }
        guard !digits.isEmpty, digits.filter({ $0 == "." }).count <= 1, digits.first != ".", digits.last != ".",
              let value = Double(digits), value.isFinite, value < 10_000_000 else { return nil }
        return value
    }

    /// Whether the table gives no headcount.
    var isEmpty: Bool { count == nil && band == nil && legalUnit == nil }

    /// The headcount of `row`: its « Effectif » when given, else its « Tranche
    /// d'effectif », else its legal unit's (``Headcount/legalUnit`` set to `siren`, the
    /// actor's SIREN: nil when not known), with its year; nil when none is given or readable.
    mutating func headcount(of row: Table.Row, siren: String?) -> Headcount? {
        var result: Headcount?
        var fromUnit = false
        for (column, asCode, unit) in [(count, countHoldsCodes, false), (band, true, false), (legalUnit, legalUnitHoldsCodes, true)] {
            guard let column, let field = row.field(column) else { continue }
            let text = field.value.trimmingSpaces()
            if text.isEmpty { continue }
            // « 12 ETP » in « Effectif »: jobs in full-time equivalents, not 12 people.
            if column == count, !asCode, Self.saysFullTimeEquivalents(text), let value = Self.fullTimeEquivalents(text) {
                fteFromCount = value
                fteInCount.count += 1
                if fteInCount.first == nil { fteInCount.first = (text, field.position) }
                continue
            }
            switch HeadcountCells.read(text, asCode: asCode) {
            case .headcount(let h, let wasRounded):
                if wasRounded {
                    rounded.count += 1
                    if rounded.first == nil { rounded.first = (text, field.position) }
                }
                if asCode, HeadcountCells.code(CodeCells.trimmed(text)) != nil {
                    if unit {
                        legalUnitCodes += 1
                        if firstLegalUnitCode == nil { firstLegalUnitCode = (text, h) }
                    } else {
                        codes += 1
                        if firstCode == nil { firstCode = (text, h) }
                    }
                }
                result = h
                fromUnit = unit
                if unit, siren == nil {
                    withoutSIREN.count += 1
                    if withoutSIREN.first == nil { withoutSIREN.first = (text, field.position) }
                }
            case .unreadable:
                unreadable.count += 1
                if unreadable.first == nil { unreadable.first = (text, field.position) }
            }
            if result != nil { break }
        }
        guard var headcount = result else { return nil }
        // The year of the column read: the legal unit's for its band (the establishment's year when the table gives no other).
        let yearColumn = fromUnit ? legalUnitYear ?? year : year ?? legalUnitYear
        if let yearColumn, let field = row.field(yearColumn), case let text = field.value.trimmingSpaces(), !text.isEmpty {
            if let y = HeadcountCells.year(text) {
                headcount.year = y
            } else {
                badYears.count += 1
                if badYears.first == nil { badYears.first = (text, field.position) }
            }
        }
        if fromUnit {
            fromLegalUnit += 1
            headcount.legalUnit = siren
            if let siren { legalUnits.insert(siren) }
        }
        read += 1
        return headcount
    }
}
