import MaillageSupport

/// Columns that spreadsheets of the field keep beside a dataset's own and that Maillage
/// does not read: administrative identifiers, notes for the spreadsheet's readers, the
/// record history a database export adds (created_at, « saisi par »), and the measures a
/// network program adds (Gephi's `modularity_class`, « Betweenness Centrality »).
///
/// They are reported like any column that is not read, but by what they are, without
/// the list of known columns a misspelt header needs: « colonne « SIRET » non lue :
/// Maillage ne se sert pas des identifiants administratifs ».
enum UnreadColumns {
    /// What an unread column is.
    enum Kind {
        /// SIRET, SIREN, RNA, code NAF/APE, numéro de TVA, identifiant RUP…
        case administrativeIdentifier
        /// Remarques, commentaires, observations, notes, date de mise à jour…
        case note
        /// A database's record of the row itself: created_at, updated_by, « saisi par », a
        /// form's « Horodateur »…
        case recordHistory
        /// A measure or a column a network program adds to its tables: Gephi's `timeset`,
        /// `modularity_class`, `Degree`, « Betweenness Centrality »; Maillage's own export's
        /// `pagerank`, `cluster`, `color`…
        case networkProgram
        /// What SIRENE says of a structure besides its numbers, legal category, activity,
        /// name, place, dates, headcount and ESS flag: its administrative state…
        case registerField
        /// The row's number in the sheet: « N° », « # », « N° d'ordre ».
        case rowNumber
    }

    /// Header keys of a row's number in its sheet.
    static let rowNumbers: Set<String> = Set(["n°", "no", "n", "#", "n° d'ordre", "numéro d'ordre", "n° de ligne", "numéro de ligne",
                                              "ligne", "num", "n° ligne", "row", "row number", "index"].map(Vocabulary.key))

    /// Header keys of SIRENE's other fields (``Kind/registerField``), as its files and the
    /// annuaires made from them write them.
    static let registerFields: Set<String> = Set([
        "societemissionunitelegale", "caractereemployeurunitelegale", "caractereemployeuretablissement",
        "etatadministratifunitelegale", "etatadministratifetablissement", "categorieentreprise", "anneecategorieentreprise",
        "nicsiegeunitelegale", "nic", "etablissementsiege", "statutdiffusionunitelegale", "statutdiffusionetablissement",
        "unitepurgeeunitelegale", "datederniertraitementunitelegale", "datederniertraitementetablissement", "nombreperiodesunitelegale",
        "nombreperiodesetablissement", "nomenclatureactiviteprincipaleunitelegale", "nomenclatureactiviteprincipaleetablissement",
        "datedebut",
        "société à mission", "état administratif", "établissement siège",
        "catégorie d'entreprise",
        // The Annuaire des Entreprises' own fields (recherche-entreprises.api.gouv.fr).
        "nombre_etablissements", "nombre_etablissements_ouverts", "etat_administratif", "caractere_employeur", "statut_diffusion",
        "date_mise_a_jour", "date_mise_a_jour_insee", "date_mise_a_jour_rne", "section_activite_principale", "activite_principale_naf25",
        "categorie_entreprise", "annee_categorie_entreprise", "est_siae", "est_association",
    ].map(Vocabulary.key))

    /// Beginnings of the Annuaire des Entreprises' flattened fields (recherche-entreprises.api.gouv.fr,
    /// written by `pandas.json_normalize` or a spreadsheet's import) that Maillage does not read, besides
    /// those ``ColumnAliases`` reads (`siege.siret`, `siege.latitude`, `complements.est_ess`…).
    static let registerPrefixes = ["siege.", "siege_", "siège.", "complements.", "complements_", "finances.", "finances_", "dirigeants",
                                   "matching_etablissements"]

    /// Header keys of the columns network programs add (Gephi's data laboratory export,
    /// Maillage's `export --format csv`).
    static let networkProgramColumns: Set<String> = Set([
        "timeset", "modularity_class", "modularity class", "stat_inf_class", "degree", "weighted degree", "indegree", "outdegree",
        "in-degree", "out-degree", "weighted indegree", "weighted outdegree", "eccentricity", "closnesscentrality", "closenesscentrality",
        "closeness centrality", "harmonicclosnesscentrality", "harmonic closeness centrality", "betweenesscentrality", "betweennesscentrality",
        "betweenness centrality", "eigencentrality", "eigenvector centrality", "pageranks", "pagerank", "componentnumber", "strongcompnum",
        "clustering", "triangles", "authority", "hub", "betweenness", "closeness", "harmonic", "eigenvector", "strength", "constraint",
        "effective_size", "core", "articulation", "cluster", "color", "colour", "size", "kind_label", "territory_names", "cooperation_count",
        "degré", "intermédiarité", "centralité", "centralité d'intermédiarité", "modularité", "classe de modularité",
    ].map(Vocabulary.key))

    /// Words (lower case, no accents) that make any header an administrative identifier:
    /// `finess_ej`, « Catégorie FINESS », « N° SIRET du siège ».
    static let administrativeWords: Set<String> = ["siret", "siren", "rna", "finess", "naf", "ape", "uai", "tva"]

    /// Header keys of a database's record history.
    static let recordHistory: Set<String> = Set([
        "created_at", "updated_at", "modified_at", "deleted_at", "created_by", "updated_by", "modified_by", "created", "modified",
        "createdat", "updatedat", "date de saisie", "saisi par", "saisie par", "créé par", "modifié par", "créé le", "modifié le",
        "date de modification", "dernière modification", "auteur de la fiche", "record id", "airtable id", "row id",
        "horodateur", "horodatage", "timestamp", "date de réponse", "date de soumission", "submitted at", "soumis le", "submission date",
        // Microsoft Forms, LimeSurvey: when the answer was begun and sent.
        "heure de début", "heure de fin", "start time", "completion time", "heure de la dernière modification", "last modified time",
        "datestamp", "startdate", "submitdate", "date submitted", "lastpage", "startlanguage", "seed",
        "id de réponse", "response id",
        // LimeSurvey's French export: the answer's number, page, language, seed, dates.
        "id de la réponse", "dernière page", "langue de départ", "tête de séquence", "date de lancement",
        "date de la dernière action", "date de dernière action", "jeton", "token", "url référente", "refurl",
        // Framaforms (Drupal Webform), in French and English: the answer's number, times, draft flag, account.
        "numéro de série", "série", "serial", "sid", "heure de soumission", "submitted time", "time", "heure d'achèvement",
        "date d'achèvement", "completed time", "heure de modification", "modified time", "brouillon", "draft", "uid",
        // Notion and Airtable, in French and English: when and by whom a page or record was made and edited.
        "created time", "last edited time", "created by", "last edited by", "heure de création", "date et heure de création",
        "dernière modification par", "dernière heure de modification", "last modified", "last modified by", "créé", "modifié",
        // SurveyMonkey: the answer's and the collector's ids, its dates (retitled by ``SurveyMonkeyExport``), custom data.
        "id du répondant", "respondent id", "id du collecteur", "collector id", "date de début de la réponse", "date de fin de la réponse",
        "start date of the response", "end date of the response", "données personnalisées", "données personnalisées 1", "custom data",
        "custom data 1",
        // Qualtrics' own variables (``QualtricsExport``).
        "enddate", "progress", "duration (in seconds)", "finished", "recordeddate", "responseid", "externalreference",
        "distributionchannel", "userlanguage", "response type", "q_recaptchascore", "q_relevantidduplicate",
        // Typeform's own columns: when the answer was begun, staged and sent, and the respondent's network.
        "start date (utc)", "stage date (utc)", "submit date (utc)", "network id",
    ].map(Vocabulary.key))

    /// Header keys (``Vocabulary/key(_:)``) of administrative identifiers.
    static let administrativeIdentifiers: Set<String> = Set([
        "siret", "siren", "n° siret", "numéro siret", "numero de siret", "n° siren", "numéro siren", "siret/siren", "siren/siret",
        "rna", "n° rna", "numéro rna", "numéro w", "code naf", "naf", "code ape", "ape", "code naf/ape", "naf/ape", "ape/naf",
        "activité principale exercée", "tva intracommunautaire", "n° tva", "numéro de tva", "numéro de déclaration", "code ess",
        "finess", "n° finess", "uai", "code uai", "numéro d'agrément", "agrément",
    ].map(Vocabulary.key))

    /// Header keys of notes kept for the spreadsheet's readers.
    static let notes: Set<String> = Set([
        "remarque", "remarques", "commentaire", "commentaires", "observation", "observations", "note", "notes", "précisions",
        "à vérifier", "a verifier", "mise à jour", "date de mise à jour", "dernière mise à jour", "maj", "date maj", "statut de la fiche",
        "comment", "comments", "remarks", "last updated", "updated",
    ].map(Vocabulary.key))

    /// What the header `name` is, when it is one of these columns.
    static func kind(of name: String) -> Kind? {
        let key = Vocabulary.key(name)
        if name.trimmingSpaces() == "#" || (!key.isEmpty && rowNumbers.contains(key)) { return .rowNumber }
        if administrativeIdentifiers.contains(key) { return .administrativeIdentifier }
        if notes.contains(key) { return .note }
        if recordHistory.contains(key) { return .recordHistory }
        if networkProgramColumns.contains(key) { return .networkProgram }
        if registerFields.contains(key) { return .registerField }
        // The Annuaire des Entreprises flattened (`siege.est_siege`, `complements.est_siae`, `finances.2023.ca`).
        let lower = name.trimmingSpaces().lowercased()
        if registerPrefixes.contains(where: { lower.hasPrefix($0) }) { return .registerField }
        let words = Vocabulary.normalise(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.contains(where: { administrativeWords.contains(String($0)) }) { return .administrativeIdentifier }
        return nil
    }

    /// The warning for the unread column written `written`, of kind `kind`.
    static func message(_ kind: Kind, written: String) -> LocalizedText {
        switch kind {
        case .administrativeIdentifier:
            LocalizedText(
                fr: "colonne « \(written) » non lue : Maillage ne se sert pas de ces codes administratifs ici (TVA, FINESS…) ; les acteurs se retrouvent par leur nom, leur identifiant, ou leur SIRET, SIREN ou RNA donné dans la table des acteurs ou des participations, et leur code NAF y donne leur secteur",
                en: "column \"\(written)\" is not read: Maillage does not use these administrative codes here (VAT, FINESS…); actors are matched by their name, their id, or their SIRET, SIREN or RNA number given in the actors or memberships table, where their NAF code gives their sector")
        case .note:
            LocalizedText(
                fr: "colonne « \(written) » non lue : une note pour les lecteurs du tableur",
                en: "column \"\(written)\" is not read: a note for the spreadsheet's readers")
        case .recordHistory:
            LocalizedText(
                fr: "colonne « \(written) » non lue : l'historique de la ligne dans la base ou le formulaire d'où vient le tableau",
                en: "column \"\(written)\" is not read: the row's history in the database or form the table comes from")
        case .registerField:
            LocalizedText(
                fr: "colonne « \(written) » non lue : \(registerFieldReason(plural: false).fr)",
                en: "column \"\(written)\" is not read: \(registerFieldReason(plural: false).en)")
        case .rowNumber:
            LocalizedText(
                fr: "colonne « \(written) » non lue : le numéro de la ligne dans le tableau",
                en: "column \"\(written)\" is not read: the row's number in the sheet")
        case .networkProgram:
            LocalizedText(
                fr: "colonne « \(written) » non lue : une mesure ou une colonne qu'un logiciel de réseaux (Gephi, Maillage) ajoute ; Maillage calcule les siennes sur ces données (`maillage centrality`, `maillage clusters`)",
                en: "column \"\(written)\" is not read: a measure or a column a network program (Gephi, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)")
        }
    }

    /// Why column `name` of a layout that reads given columns only (an adjacency matrix, a
    /// list of cooperations and their members) is not read: what it is, when it says so (an
    /// identifier, a note, personal data…), else that `layout` does not read it, e.g.
    /// « dans une matrice d'adjacence (colonnes lues : …) ».
    static func message(forColumn name: String, notReadIn layout: LocalizedText) -> LocalizedText {
        if let kind = kind(of: name) { return message(kind, written: name.excerpt) }
        if CellChecks.isContactColumn(name) { return CellChecks.contactColumnMessage(name) }
        return LocalizedText(fr: "colonne « \(name.excerpt) » non lue ", en: "column \"\(name.excerpt)\" is not read ") + layout
    }

    /// The one warning for the columns of one header that hold the row's history
    /// (``Kind/recordHistory``), `written` as the header has them: a form's export has up
    /// to nine (Framaforms' « Numéro de série », « SID », « Heure de soumission »,
    /// « Brouillon »…), said together.
    static func recordHistoryMessage(_ written: [String]) -> LocalizedText {
        together(written, .recordHistory, because: LocalizedText(
            fr: "l'historique de la ligne dans la base ou le formulaire d'où vient le tableau",
            en: "the row's history in the database or form the table comes from"))
    }

    /// The one warning for the columns of one header that a network program added
    /// (``Kind/networkProgram``), `written` as the header has them: Gephi's export writes
    /// eight at once (`timeset`, `modularity_class`, `Degree`…), said together.
    static func networkProgramMessage(_ written: [String]) -> LocalizedText {
        together(written, .networkProgram, because: LocalizedText(
            fr: "des mesures ou des colonnes qu'un logiciel de réseaux (Gephi, Maillage) ajoute ; Maillage calcule les siennes sur ces données (`maillage centrality`, `maillage clusters`)",
            en: "measures or columns a network program (Gephi, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)"))
    }

    /// Why SIRENE's other fields are not read.
    static func registerFieldReason(plural: Bool) -> LocalizedText {
        LocalizedText(
        fr: "\(plural ? "des données" : "une donnée") du répertoire SIRENE dont Maillage ne se sert pas (état administratif, société à mission…) ; il lit ses numéros SIRET, SIREN et RNA, sa catégorie juridique, son appartenance à l'ESS, son code NAF, son nom, son sigle, sa commune, sa date de création et sa tranche d'effectif",
        en: "\(plural ? "SIRENE fields" : "a SIRENE field") Maillage does not use (administrative state, mission-led company…); it reads its SIRET, SIREN and RNA numbers, legal category, ESS flag, NAF code, name, acronym, municipality, creation date and headcount band")
    }

    /// One warning for the columns `written` of one kind, the first six named, then what
    /// they are (`because`); a single column gets ``message(_:written:)``.
    static func together(_ written: [String], _ kind: Kind, because: LocalizedText) -> LocalizedText {
        guard written.count > 1 else { return message(kind, written: written.first ?? "") }
        let shown = quoted(written)
        return LocalizedText(fr: "colonnes non lues : \(shown.fr), \(because.fr)", en: "columns not read: \(shown.en), \(because.en)")
    }

    /// « « A », « B », « C » », the first six of `written` quoted, then « … 9 en tout ».
    static func quoted(_ written: [String]) -> LocalizedText {
        let shown = written.prefix(6).map { "« \($0) »" }.joined(separator: ", ")
        let shownEN = written.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = written.count > 6 ? LocalizedText(fr: "… \(written.count) en tout", en: "… \(written.count) in all") : .empty
        return LocalizedText(fr: shown + more.fr, en: shownEN + more.en)
    }
}
