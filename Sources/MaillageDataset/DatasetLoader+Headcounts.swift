import MaillageSupport
import MaillageModel

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
