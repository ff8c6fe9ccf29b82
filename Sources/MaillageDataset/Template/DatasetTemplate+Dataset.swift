import MaillageModel
import MaillageSupport
import MaillageWorkbook

extension DatasetTemplate {
    /// The template filled with `dataset` instead of its example rows (`maillage template
    /// --from`): the list a user arrived with, as Maillage read it, in Maillage's own
    /// format, to keep up from then on.
    ///
    /// - The four sheets hold every actor, cooperation, membership and territory, in the
    ///   dataset's order; kinds, forms, levels and statuses as the labels of the drop-down
    ///   lists, an unknown kind or form as an empty cell (for the user to fill), roles as
    ///   the dataset vocabulary, dates as ISO 8601 (`2019`, `2019-03`, `2019-03-14`),
    ///   several territories joined with `|`.
    /// - Columns the blank template leaves out are added when the dataset has values for
    ///   them: « Création » and « Fermeture » of actors, « Fin » of cooperations,
    ///   « Depuis » and « Jusqu'à » of memberships (when one of their rows is dated); « Latitude »,
    ///   « Longitude » and « Code INSEE » of actors and territories (a placed one).
    /// - « Lisez-moi » says where the rows come from and what is left to fill (« 12
    ///   acteurs sans type »), then every column. A dataset without territories gets no
    ///   « territoires » sheet (a header alone is an empty table to the loader).
    ///
    /// Round trip: loaded again (``DatasetLoader``), the workbook, its `.ods` and its CSV
    /// files give the dataset's actors, cooperations, memberships and territories with
    /// every value, as ``DatasetWriter`` does, under the same conditions (no `|` inside a
    /// territory id, no surrounding spaces).
    /// - Complexity: O(size of the dataset).
    public static func filled(with dataset: Dataset) -> (workbook: WorkbookDraft, csv: [(name: String, bytes: [UInt8])]) {
        let sheets = filledSheets(dataset)
        let unknownKinds = dataset.actors.count { $0.kind == .unknown }
        let unknownForms = dataset.cooperations.count { $0.form == .unknown }
        var toFill: [String] = []
        if unknownKinds > 0 { toFill.append("\(unknownKinds) acteur\(unknownKinds > 1 ? "s" : "") sans type (colonne « Type » de la feuille « acteurs »)") }
        if unknownForms > 0 { toFill.append("\(unknownForms) coopération\(unknownForms > 1 ? "s" : "") sans forme (colonne « Forme » de la feuille « coopérations »)") }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n > 1 ? "s" : "")" }
        let counts = [count(dataset.actors.count, "acteur"), count(dataset.cooperations.count, "coopération"),
                      count(dataset.memberships.count, "participation"), count(dataset.territories.count, "territoire")].joined(separator: ", ")
        let readMe = readMe(intro: [
            "Jeu de données « \(dataset.name) » au format Maillage",
            "Ce classeur reprend le jeu de données « \(dataset.name) » tel que Maillage l'a lu (\(counts)), dans le format du modèle : une feuille par table, des en-têtes en français, des listes déroulantes. Tenez-le à jour ici ; chaque ligne se corrige ou s'ajoute comme dans le modèle.",
            toFill.isEmpty ? "Rien n'est laissé vide que Maillage sache compléter."
                : "À compléter : " + toFill.joined(separator: " ; ") + ". Tant qu'ils sont vides, ils comptent comme « non renseigné ».",
            "Vérifiez le fichier avec : maillage validate FICHIER.xlsx, puis : maillage report FICHIER.xlsx -o rapport.html",
        ] + (dataset.territories.isEmpty
            ? ["Le jeu de données n'a pas de territoires : pour en ajouter, créez une feuille « territoires » avec les colonnes du modèle (maillage template les donne)."]
            : []), sheets: sheets)
        return (workbook(sheets, readMe: readMe), csvFiles(sheets))
    }

    /// ``filled(with:)``'s files, as ``files()`` writes the blank template's: the workbook
    /// as `<name>.xlsx` and `<name>.ods`, and `csv/` with the four tables.
    /// - Throws: `WorkbookError` (MaillageWorkbook) if an archive cannot be built.
    public static func files(filledWith dataset: Dataset, name: String) throws(WorkbookError) -> [(path: String, bytes: [UInt8])] {
        let filled = filled(with: dataset)
        return try files(filled.workbook, csv: filled.csv, name: name)
    }

    /// The four sheets with `dataset`'s rows, and the columns its values need.
    static func filledSheets(_ dataset: Dataset) -> [Sheet] {
        let actorsDated = dataset.actors.contains { $0.founded != nil || $0.closed != nil }
        let cooperationsEnd = dataset.cooperations.contains { $0.ended != nil }
        let membershipsDated = dataset.memberships.contains { $0.since != nil || $0.until != nil }
        let actorsPlaced = dataset.actors.contains { $0.coordinate != nil || $0.insee != nil }
        let territoriesPlaced = dataset.territories.contains { $0.coordinate != nil || $0.insee != nil }
        let headcountYears = dataset.actors.contains { $0.employees?.year != nil }
        func date(_ d: PartialDate?) -> String { d?.description ?? "" }
        func place(_ c: GeoCoordinate?, _ insee: String?) -> [String] {
            [c.map { DatasetWriter.degrees($0.latitude) } ?? "", c.map { DatasetWriter.degrees($0.longitude) } ?? "", insee ?? ""]
        }
        let placeColumns = [
            Column(header: "Latitude", required: false, help: "Latitude en degrés décimaux (WGS 84), pour la carte géographique.", width: 12),
            Column(header: "Longitude", required: false, help: "Longitude en degrés décimaux (WGS 84).", width: 12),
            Column(header: "Code INSEE", required: false, help: "Code officiel géographique de la commune (5 caractères, ex. 62193).", width: 12),
        ]
        var out = sheets

        // acteurs
        out[0].columns += (actorsDated ? [
            Column(header: "Création", required: false, help: "Année (ou date AAAA-MM-JJ) de création de l'acteur.", width: 10),
            Column(header: "Fermeture", required: false, help: "Année (ou date) de fermeture ; vide : en activité.", width: 10),
        ] : []) + (actorsPlaced ? placeColumns : []) + (headcountYears ? [
            Column(header: "Année de l'effectif", required: false, help: "L'année que décrit l'effectif salarié.", width: 10),
        ] : [])
        out[0].examples = dataset.actors.map { a -> [String] in
            var row: [String] = [a.id, a.name, a.kind == .unknown ? "" : a.kind.label, a.legalForm, a.sector, a.territories.joined(separator: "|"),
                                 a.website, a.employees?.code ?? "", a.fullTimeEquivalents.map(FullTimeEquivalentTotal.code) ?? ""]
            if actorsDated { row += [date(a.founded), date(a.closed)] }
            if actorsPlaced { row += place(a.coordinate, a.insee) }
            if headcountYears { row.append(a.employees?.year.map(String.init) ?? "") }
            return row
        }

        // coopérations: « Fin » after « Début ».
        let start = out[1].columns.firstIndex { $0.header == "Début" } ?? out[1].columns.count - 1
        if cooperationsEnd {
            out[1].columns.insert(Column(header: "Fin", required: false, help: "Année (ou date) où la coopération a pris fin ; vide : en cours.", width: 10),
                                  at: start + 1)
        }
        out[1].examples = dataset.cooperations.map { c in
            var row = [c.id, c.name, c.form == .unknown ? "" : c.form.label, c.sector, c.territories.joined(separator: "|"),
                       c.declaredMembers.map(String.init) ?? "", Language.fr.label(c.status), date(c.started)]
            if cooperationsEnd { row.append(date(c.ended)) }
            return row + [c.summary, c.source]
        }

        // participations
        if membershipsDated {
            out[2].columns += [
                Column(header: "Depuis", required: false, help: "Année (ou date) d'entrée de l'acteur dans la coopération.", width: 10),
                Column(header: "Jusqu'à", required: false, help: "Année (ou date) de sortie ; vide : toujours membre.", width: 10),
            ]
        }
        out[2].examples = dataset.memberships.map { m in
            [m.cooperation, m.actor, m.role.rawValue] + (membershipsDated ? [date(m.since), date(m.until)] : [])
        }

        // territoires
        if territoriesPlaced { out[3].columns += placeColumns }
        out[3].examples = dataset.territories.map { t in
            [t.id, t.name, Language.fr.label(t.level), t.parent ?? ""] + (territoriesPlaced ? place(t.coordinate, t.insee) : [])
        }
        // A dataset without territories: no sheet of a header alone (the loader would say it is empty).
        if dataset.territories.isEmpty { out.removeLast() }
        return out
    }
}
