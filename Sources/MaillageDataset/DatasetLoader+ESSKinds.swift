import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Says which company forms were counted as ESS structures, by SIRENE's flag and by a
    /// cooperative's name (one warning each, the first as example), and which flags were
    /// not read.
    mutating func reportESSKinds(flagged: ESSKinds, named: ESSKinds, unreadable: ESSKinds, column: Int?, table: Table) {
        let header = table.frenchName(ofColumn: column, key: "ess")
        func form(_ legalForm: String) -> (fr: String, en: String) {
            legalForm.isEmpty ? ("", "") : (" (\(legalForm.excerpt))", " (\(legalForm.excerpt))")
        }
        if let first = flagged.first {
            let n = flagged.count, f = form(first.legalForm)
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "acteur compté" : "acteurs comptés") comme \(n == 1 ? "structure" : "structures") ESS, la colonne \(LoaderRun.quotedKey(header)) \(n == 1 ? "le" : "les") disant de l'ESS : ici « \(first.name.excerpt) »\(f.fr)",
                en: "\(n) actor\(n == 1 ? "" : "s") counted as ESS organisation\(n == 1 ? "" : "s"), column \(LoaderRun.quotedKey(header)) saying \(n == 1 ? "it is" : "they are") in the ESS: here \"\(first.name.excerpt)\"\(f.en)"),
                file: table.file, at: first.position ?? Self.headerPosition(of: column, in: table) ?? table.grid.origin))
        }
        if let first = named.first {
            let n = named.count, f = form(first.legalForm)
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "acteur" : "acteurs") de forme commerciale dont le nom dit une coopérative (SCOP, SCIC, CUMA) \(n == 1 ? "compté" : "comptés") comme \(n == 1 ? "structure" : "structures") ESS : ici « \(first.name.excerpt) »\(f.fr) ; donnez son type (colonne « Type ») pour en décider autrement",
                en: "\(n) actor\(n == 1 ? "" : "s") of a company form whose name says a cooperative (SCOP, SCIC, CUMA) counted as ESS organisation\(n == 1 ? "" : "s"): here \"\(first.name.excerpt)\"\(f.en); give its kind (column kind) to decide otherwise"),
                file: table.file, at: first.position ?? table.grid.origin))
        }
        if let first = unreadable.first {
            let n = unreadable.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "valeur illisible" : "valeurs illisibles") dans \(LoaderRun.quotedKey(header)) (« O » ou « N », « oui » ou « non »), non \(n == 1 ? "lue" : "lues") : ici « \(first.name.excerpt) »",
                en: "\(n) unreadable value\(n == 1 ? "" : "s") in \(LoaderRun.quotedKey(header)) (\"O\" or \"N\", \"yes\" or \"no\"), not read: here \"\(first.name.excerpt)\""),
                file: table.file, at: first.position ?? table.grid.origin))
        }
    }
}
