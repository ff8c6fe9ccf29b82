import MaillageModel
import MaillageSupport
import MaillageWorkbook

/// The ready-to-fill dataset `maillage template` writes: one workbook as `.xlsx` and
/// `.ods`, and the same tables as CSV files.
///
/// The workbook holds the four tables as sheets with French headers — « acteurs »,
/// « coopérations », « participations », « territoires » — each with two example rows
/// that load as they are; a « Lisez-moi » sheet explaining every column; and a
/// « Listes » sheet holding the values of the drop-down lists on the kind (Type),
/// form (Forme), role (Rôle), level (Niveau) and status (Statut) columns. The lists
/// show the French labels the tool prints, which the loader reads (`ValueSynonyms`);
/// a value typed outside a list gets a warning from the spreadsheet, not a refusal,
/// since the loader accepts synonyms (a legal form such as « SCIC » as a kind).
/// The loader skips « Lisez-moi » and « Listes » (`WorkbookTables.notes`).
///
/// The CSV files (`csv/`) are UTF-8 with a byte-order mark, semicolon-separated, CRLF:
/// what Excel in French opens directly.
public enum DatasetTemplate {
    /// The workbook's file name without extension.
    public static let workbookName = "modele-maillage"
    /// The folder of the CSV files, inside the template's folder.
    public static let csvFolder = "csv"
    /// Rows the drop-down lists cover (the header is row 1).
    static let listRows = 500

    /// One column of a table of the template.
    struct Column {
        var header: String
        var required: Bool
        var help: String
        var width: Int
        /// The column of « Listes » giving its drop-down list, if any.
        var list: Int?
    }

    /// One table: sheet name, CSV file name, columns and example rows (or, filled with a
    /// dataset, its rows).
    struct Sheet {
        var name: String
        var csv: String
        var purpose: String
        var columns: [Column]
        var examples: [[String]]
    }

    /// The drop-down lists, one column each of « Listes ».
    static let lists: [(title: String, values: [String])] = [
        ("Type d'acteur", ActorKind.datasetValues.map(\.label)),
        ("Forme de coopération", CooperationForm.datasetValues.map(\.label)),
        ("Rôle", MembershipRole.allCases.map(\.rawValue)),
        ("Niveau de territoire", TerritoryLevel.allCases.map { Language.fr.label($0) }),
        ("Statut", CooperationStatus.allCases.map { Language.fr.label($0) }),
    ]

    static let sheets: [Sheet] = [
        Sheet(
            name: "acteurs", csv: "acteurs.csv",
            purpose: "Une ligne par acteur : association, coopérative, collectivité, entreprise, financeur…",
            columns: [
                Column(header: "Identifiant", required: true, help: "Code court et unique de l'acteur (sans espace de préférence, ex. « jardins-du-val ») : c'est lui qu'on écrit dans « participations ».", width: 22),
                Column(header: "Nom", required: false, help: "Nom de l'acteur tel qu'il s'écrit (vide : l'identifiant sert de nom).", width: 34),
                Column(header: "Type", required: false, help: "Type d'acteur, dans la liste (« structure ESS », « collectivité »…). Une forme juridique (Association, SCIC, SCOP…) est aussi acceptée : elle vaut « structure ESS » et remplit la forme juridique.", width: 20, list: 1),
                Column(header: "Forme juridique", required: false, help: "Statut juridique en clair (association, SCIC, SARL, commune…).", width: 18),
                Column(header: "Secteur", required: false, help: "Secteur d'activité, en texte libre.", width: 24),
                Column(header: "Territoires", required: false, help: "Où l'acteur est situé : identifiant(s) de la feuille « territoires », séparés par | (ex. « die|cc-diois »).", width: 18),
                Column(header: "Site internet", required: false, help: "Adresse du site (facultatif).", width: 24),
                Column(header: "Effectif salarié", required: false, help: "Nombre de salariés (ex. 12), ou une tranche (« 10 à 19 », « 250 et plus ») ; le rapport additionne les effectifs et les cartes peuvent en dépendre (--size-by employees).", width: 14),
                Column(header: "ETP", required: false, help: "Équivalents temps plein (ex. 10,5), à côté de l'effectif en personnes ; le rapport les additionne (--size-by fte pour les cartes).", width: 8),
            ],
            examples: [
                ["jardins-du-val", "Association Les Jardins du Val (exemple)", "structure ESS", "association", "Maraîchage d'insertion", "die", "", "14", "10,5"],
                ["mairie-de-die", "Mairie de Die (exemple)", "collectivité", "commune", "", "die", "", "", ""],
            ]),
        Sheet(
            name: "coopérations", csv: "cooperations.csv",
            purpose: "Une ligne par coopération : projet commun, collectif, mutualisation, groupement…",
            columns: [
                Column(header: "Identifiant", required: true, help: "Code court et unique de la coopération : c'est lui qu'on écrit dans « participations ».", width: 22),
                Column(header: "Nom", required: false, help: "Nom de la coopération.", width: 34),
                Column(header: "Forme", required: false, help: "Forme de coopération, dans la liste (mutualisation, partenariat de projets, collectif d'acteurs ESS, regroupement d'acteurs, structure d'appui).", width: 24, list: 2),
                Column(header: "Secteur", required: false, help: "Secteur d'activité, en texte libre.", width: 22),
                Column(header: "Territoires", required: false, help: "Territoires couverts : identifiant(s) de la feuille « territoires », séparés par |.", width: 18),
                Column(header: "Membres déclarés", required: false, help: "Nombre de membres annoncé quand ils ne sont pas tous nommés (nombre entier).", width: 12),
                Column(header: "Statut", required: false, help: "« active » (par défaut) ou « en construction ».", width: 16, list: 5),
                Column(header: "Début", required: false, help: "Année (ou date AAAA-MM-JJ) de démarrage.", width: 10),
                Column(header: "Résumé", required: false, help: "Ce que fait la coopération, en une ou deux phrases.", width: 40),
                Column(header: "Source", required: false, help: "D'où vient l'information (document, entretien, date).", width: 24),
            ],
            examples: [
                ["jardins-partages", "Jardins partagés du Val (exemple)", "partenariat de projets", "Alimentation", "die", "", "active", "2024",
                 "Une association et la commune ouvrent ensemble des jardins partagés.", "Exemple du modèle Maillage"],
                ["cantine-locale", "Approvisionnement local de la cantine (exemple)", "regroupement d'acteurs", "Alimentation", "cc-diois", "", "en construction", "",
                 "Les légumes de l'association fournissent la cantine scolaire.", "Exemple du modèle Maillage"],
            ]),
        Sheet(
            name: "participations", csv: "participations.csv",
            purpose: "Qui participe à quoi : une ligne par acteur et par coopération. C'est la seule feuille obligatoire.",
            columns: [
                Column(header: "Coopération", required: true, help: "Identifiant de la coopération (feuille « coopérations »).", width: 22),
                Column(header: "Acteur", required: true, help: "Identifiant de l'acteur (feuille « acteurs »).", width: 22),
                Column(header: "Rôle", required: false, help: "Rôle de l'acteur, dans la liste (porteur, animateur, membre, partenaire, financeur, accompagnateur) ; vide : membre.", width: 16, list: 3),
            ],
            examples: [
                ["jardins-partages", "jardins-du-val", "porteur"],
                ["cantine-locale", "mairie-de-die", "partenaire"],
            ]),
        Sheet(
            name: "territoires", csv: "territoires.csv",
            purpose: "Les territoires cités dans les colonnes « Territoires », chacun avec son niveau et le territoire qui le contient.",
            columns: [
                Column(header: "Identifiant", required: true, help: "Code court et unique du territoire (ex. « die », ou le code INSEE).", width: 16),
                Column(header: "Nom", required: false, help: "Nom du territoire.", width: 32),
                Column(header: "Niveau", required: false, help: "Niveau, dans la liste (région, département, pays, EPCI, commune, autre).", width: 14, list: 4),
                Column(header: "Parent", required: false, help: "Identifiant du territoire qui le contient (une commune dans son EPCI…), de niveau supérieur.", width: 16),
            ],
            examples: [
                ["cc-diois", "Communauté de communes du Diois", "EPCI", ""],
                ["die", "Die", "commune", "cc-diois"],
            ]),
    ]

    /// The workbook: the four tables, « Lisez-moi » and « Listes ».
    public static var workbook: WorkbookDraft { workbook(sheets, readMe: readMe) }

    /// A workbook of `sheets` (their rows below their headers), `readMe` first and
    /// « Listes » last; the drop-down lists cover ``listRows`` rows past the last one.
    static func workbook(_ sheets: [Sheet], readMe: DraftSheet) -> WorkbookDraft {
        var out: [DraftSheet] = []
        out.append(readMe)
        for sheet in sheets {
            let dropDowns: [DropDownList] = sheet.columns.enumerated().compactMap { c, column in
                column.list.map {
                    DropDownList(column: c + 1, lastRow: listRows + sheet.examples.count, sourceSheet: "Listes", sourceColumn: $0,
                                 sourceRows: 2...(1 + Self.lists[$0 - 1].values.count))
                }
            }
            out.append(DraftSheet(name: sheet.name, rows: [sheet.columns.map(\.header)] + sheet.examples,
                                  columnWidths: sheet.columns.map(\.width), lists: dropDowns))
        }
        let height = lists.map(\.values.count).max() ?? 0
        var values = [lists.map(\.title)]
        for r in 0..<height { values.append(lists.map { r < $0.values.count ? $0.values[r] : "" }) }
        out.append(DraftSheet(name: "Listes", rows: values, columnWidths: lists.map { _ in 24 }))
        return WorkbookDraft(sheets: out)
    }

    /// The « Lisez-moi » sheet: what to do, then one row per column of every table.
    static var readMe: DraftSheet {
        readMe(intro: [
            "Modèle de jeu de données Maillage",
            "Remplissez les feuilles « acteurs », « coopérations », « participations » et « territoires », en remplaçant les deux lignes d'exemple. Seule « participations » est obligatoire ; les autres précisent les acteurs, les coopérations et les territoires qu'elle nomme.",
            "Vérifiez ensuite le fichier avec : maillage validate modele-maillage.xlsx (ou .ods), puis : maillage report modele-maillage.xlsx -o rapport.html",
        ], sheets: sheets)
    }

    /// A « Lisez-moi » sheet: the lines of `intro` (a title first), the rule on sheet names,
    /// then one row per column of every sheet of `sheets`.
    static func readMe(intro: [String], sheets: [Sheet]) -> DraftSheet {
        var rows: [[String]] = intro.map { [$0, "", "", ""] } + [
            ["Ne renommez pas les feuilles (leur premier mot dit ce qu'elles contiennent) ; les en-têtes peuvent être en français ou en anglais. Les listes déroulantes viennent de la feuille « Listes ».", "", "", ""],
            ["", "", "", ""],
            ["Feuille", "Colonne", "Obligatoire", "Ce qu'elle contient"],
        ]
        for sheet in sheets {
            rows.append([sheet.name, "", "", sheet.purpose])
            for column in sheet.columns {
                rows.append([sheet.name, column.header, column.required ? "oui" : "non", column.help])
            }
        }
        return DraftSheet(name: "Lisez-moi", rows: rows, columnWidths: [16, 20, 12, 90])
    }

    /// The CSV file of each table (`csv/acteurs.csv`…): header and example rows, UTF-8
    /// with a byte-order mark, `;` between cells, CRLF line ends.
    public static var csvFiles: [(name: String, bytes: [UInt8])] { csvFiles(sheets) }

    /// The CSV file of each of `sheets`, as ``csvFiles``.
    static func csvFiles(_ sheets: [Sheet]) -> [(name: String, bytes: [UInt8])] {
        sheets.map { sheet in
            var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
            for row in [sheet.columns.map(\.header)] + sheet.examples {
                for (c, cell) in row.enumerated() {
                    if c > 0 { bytes.append(0x3B) }
                    CSVQuoting.append(cell, to: &bytes, guardFormula: false)
                }
                bytes += [0x0D, 0x0A]
            }
            return (sheet.csv, bytes)
        }
    }

    /// Every file of the template, by path relative to its folder: the workbook as
    /// `.xlsx` and `.ods`, and `csv/` with the four CSV files.
    /// - Throws: `WorkbookError` (MaillageWorkbook) if an archive cannot be built.
    public static func files() throws(WorkbookError) -> [(path: String, bytes: [UInt8])] {
        try files(workbook, csv: csvFiles, name: workbookName)
    }

    /// The files of a template: `draft` as `<name>.xlsx` and `<name>.ods`, and `csv` in ``csvFolder``.
    static func files(_ draft: WorkbookDraft, csv: [(name: String, bytes: [UInt8])], name: String) throws(WorkbookError) -> [(path: String, bytes: [UInt8])] {
        var out: [(path: String, bytes: [UInt8])] = [
            ("\(name).xlsx", try draft.bytes(.xlsx)),
            ("\(name).ods", try draft.bytes(.ods)),
        ]
        for file in csv { out.append(("\(csvFolder)/\(file.name)", file.bytes)) }
        return out
    }
}
