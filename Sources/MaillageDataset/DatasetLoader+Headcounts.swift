import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Says how an actors table's headcounts were read: INSEE's codes (one warning, the
    /// first as example), fractions rounded, cells and years not read (one warning each).
    mutating func reportHeadcounts(_ columns: HeadcountColumns, table: Table) {
        if let first = columns.unreadableFTE.first {
            let n = columns.unreadableFTE.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "nombre d'ETP illisible, non lu" : "nombres d'ETP illisibles, non lus") (un nombre d'équivalents temps plein, par exemple 12,5) : ici « \(first.text.excerpt) »",
                en: "\(n) unreadable full-time equivalent\(n == 1 ? "" : "s"), not read (a number of full-time equivalents, e.g. 12.5): here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
        guard !columns.isEmpty else { return }
        let (codeColumn, codeKey) = columns.countHoldsCodes ? (columns.count, "employees") : (columns.band, "employees_band")
        for (first, n, column, key, whose) in [(columns.firstCode, columns.codes, codeColumn, codeKey, (fr: "des acteurs", en: "the actors'")),
                                               (columns.firstLegalUnitCode, columns.legalUnitCodes, columns.legalUnit, "legal_unit_employees",
                                                (fr: "de l'unité légale des acteurs", en: "the actors' legal unit's"))] {
            guard let first else { continue }
            let header = table.frenchName(ofColumn: column, key: key)
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "code" : "codes") de tranche d'effectif salarié de l'INSEE \(n == 1 ? "lu" : "lus") comme l'effectif \(whose.fr) (\(LoaderRun.quotedKey(header))) : ici « \(first.text.excerpt) », \(Language.fr.label(first.headcount))",
                en: "\(n) INSEE headcount band code\(n == 1 ? "" : "s") read as \(whose.en) headcount (\(LoaderRun.quotedKey(header))): here \"\(first.text.excerpt)\", \(Language.en.label(first.headcount))"),
                file: table.file, at: Self.headerPosition(of: column, in: table) ?? table.grid.origin))
        }
        // The legal unit's headcount given to establishments that have none of their own.
        if columns.fromLegalUnit > columns.legalUnits.count + columns.withoutSIREN.count, let column = columns.legalUnit {
            let n = columns.fromLegalUnit - columns.withoutSIREN.count, units = columns.legalUnits.count
            let header = table.frenchName(ofColumn: column, key: "legal_unit_employees")
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) établissements sans effectif propre prennent celui de leur unité légale (\(LoaderRun.quotedKey(header))) : leurs \(LocalizedText.integer(units).fr) \(units == 1 ? "unité légale (SIREN) est comptée" : "unités légales (SIREN) sont comptées chacune") une fois dans les totaux, pas une fois par établissement",
                en: "\(n) establishments with no headcount of their own take their legal unit's (\(LoaderRun.quotedKey(header))): their \(units) legal unit\(units == 1 ? " (SIREN) is" : "s (SIREN) are each") counted once in totals, not once per establishment"),
                file: table.file, at: Self.headerPosition(of: column, in: table) ?? table.grid.origin))
        }
        if let first = columns.withoutSIREN.first, !columns.legalUnits.isEmpty {
            let n = columns.withoutSIREN.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "effectif" : "effectifs") d'unité légale sans SIRET ni SIREN qui \(n == 1 ? "le rattache" : "les rattache") à \(n == 1 ? "son entreprise" : "leur entreprise") : \(n == 1 ? "compté" : "comptés") comme celui de la structure, une fois par ligne ; ajoutez la colonne « SIRET » pour compter chaque entreprise une fois : ici « \(first.text.excerpt) »",
                en: "\(n) legal unit headcount\(n == 1 ? "" : "s") with no SIRET or SIREN to tie \(n == 1 ? "it" : "them") to a company: counted as the structure's own, once per row; add the « SIRET » column to count each company once: here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
        if let first = columns.rounded.first {
            let n = columns.rounded.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "effectif" : "effectifs") avec une fraction (des équivalents temps plein ?) \(n == 1 ? "lu" : "lus") à l'unité la plus proche : ici « \(first.text.excerpt) » ; si ce sont des équivalents temps plein, nommez la colonne « ETP »",
                en: "\(n) headcount\(n == 1 ? "" : "s") with a fraction (full-time equivalents?) read as the nearest whole number: here \"\(first.text.excerpt)\"; if they are full-time equivalents, name the column « ETP »"),
                file: table.file, at: first.position))
        }
        if let first = columns.fteInCount.first {
            let n = columns.fteInCount.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "effectif écrit" : "effectifs écrits") en équivalents temps plein \(n == 1 ? "lu" : "lus") comme les ETP de \(n == 1 ? "la structure" : "leur structure"), pas comme un nombre de salariés : ici « \(first.text.excerpt) »",
                en: "\(n) headcount\(n == 1 ? "" : "s") written in full-time equivalents read as the structure's FTE, not as a number of employees: here \"\(first.text.excerpt)\""),
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
