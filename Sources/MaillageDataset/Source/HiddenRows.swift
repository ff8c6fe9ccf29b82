import MaillageSupport
import MaillageWorkbook

/// Rows a sheet hides are not read, as the sheet shows them: a list filtered to the
/// members of one network, or to one year, is the list its author sees and counts, and a
/// row hidden by hand (a former member, a draft) is one its author set aside.
///
/// Only rows below the sheet's first shown row holding a cell are dropped: a hidden title
/// or header above it is read as before. One warning per sheet says how many rows were
/// left out and which, and how to read them (show them in the spreadsheet). The rows of a
/// CSV file have no such state: a filter does not survive the export.
enum HiddenRows {
    /// `sheet` without the cells of the hidden rows below its first shown row holding a
    /// cell, and the rows so dropped (those holding cells, in order).
    static func shown(_ sheet: WorkbookSheet) -> (sheet: WorkbookSheet, dropped: [Int]) {
        guard !sheet.hiddenRows.isEmpty, let firstShown = sheet.cells.first(where: { !sheet.hides(row: $0.row) })?.row else { return (sheet, []) }
        var kept: [WorkbookCell] = [], dropped: [Int] = []
        kept.reserveCapacity(sheet.cells.count)
        for cell in sheet.cells {
            if cell.row > firstShown, sheet.hides(row: cell.row) {
                if dropped.last != cell.row { dropped.append(cell.row) }
            } else {
                kept.append(cell)
            }
        }
        guard !dropped.isEmpty else { return (sheet, []) }
        var shown = sheet
        shown.cells = kept
        shown.uncalculated = sheet.uncalculated.filter { !($0.row > firstShown && sheet.hides(row: $0.row)) }
        return (shown, dropped)
    }

    /// The warning for the `dropped` rows (in order, not empty) of sheet `sheet` of `file`.
    static func warning(_ dropped: [Int], sheet: String, file: String) -> Diagnostic {
        let n = dropped.count
        // The rows as ranges: « 12, 15 à 18, 30 », the first five ranges.
        var ranges: [ClosedRange<Int>] = []
        for row in dropped {
            if let last = ranges.last, row == last.upperBound + 1 { ranges[ranges.count - 1] = last.lowerBound...row } else { ranges.append(row...row) }
        }
        let shown = ranges.prefix(5), more = ranges.count > 5
        let fr = shown.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound) à \($0.upperBound)" }.joined(separator: ", ") + (more ? "…" : "")
        let en = shown.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }.joined(separator: ", ") + (more ? "…" : "")
        return .warning(LocalizedText(
            fr: "\(n == 1 ? "1 ligne masquée" : "\(LocalizedText.integer(n).fr) lignes masquées") dans le tableur (par un filtre, ou à la main) : non \(n == 1 ? "lue" : "lues"), comme la feuille les montre (\(n == 1 ? "ligne" : "lignes") \(fr)) ; pour \(n == 1 ? "la" : "les") lire, \(n == 1 ? "affichez-la" : "affichez-les") (Données › Filtre › Tout afficher, ou Afficher les lignes)",
            en: "\(n) row\(n == 1 ? "" : "s") hidden in the spreadsheet (by a filter, or by hand): not read, as the sheet shows \(n == 1 ? "it" : "them") (row\(n == 1 ? "" : "s") \(en)); to read \(n == 1 ? "it" : "them"), show \(n == 1 ? "it" : "them") (Data › Filter › Show all, or Unhide rows)"),
            file: file, at: .cell(sheet: sheet, row: dropped[0], column: 1))
    }
}
