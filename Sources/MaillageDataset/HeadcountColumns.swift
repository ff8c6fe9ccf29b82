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
