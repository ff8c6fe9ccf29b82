import MaillageModel

/// The one table of column names a dataset may use besides the schema's own,
/// in French or English.
///
/// A header cell is matched ignoring case, accents, spaces and punctuation
/// (``Vocabulary/key(_:)``): « Site internet », `site_internet` and `SITE-INTERNET`
/// are one name. The schema's own names (`cooperation`, `legal_form`…) always match.
///
/// | table | column | also written |
/// | --- | --- | --- |
/// | memberships | cooperation | coopération, projet, action, réseau, collectif, dispositif, groupement, nom de la coopération, nom du projet…; a list: réseaux d'appartenance, réseaux, appartenance, membre de, projets… (``ListedCooperations``) |
/// | memberships | actor | structure, acteur, organisation, organization, participant, membre, organisme, adhérent, raison sociale, dénomination, structure accompagnée, nom de votre structure, nom de la structure… |
/// | memberships | role | rôle, fonction, qualité |
/// | memberships | (actor columns) | a memberships table with no actors table beside it may hold the actors' columns (« Statut juridique », « Commune »…): see ``InlineActorColumns`` |
/// | memberships | (cooperation columns) | a memberships table with no cooperations table beside it may hold the cooperations' columns (« Forme », « Statut »…): see ``InlineCooperationColumns`` |
/// | memberships | since | depuis, date d'entrée, entrée, date d'adhésion, adhésion depuis, membre depuis, année d'adhésion, début, date de début… |
/// | memberships | standing | statut adhésion, statut de l'adhésion, statut adhérent, statut du membre, état de l'adhésion…; a plain « Statut », « État », « Adhésion » whose every value is a standing (``MembershipStanding``) |
/// | memberships | until | jusqu'à, date de sortie, sortie, fin, date de fin, fin d'adhésion, date de départ, date de radiation, fin du partenariat… |
/// | actors, memberships | siret, siren, rna | n° SIRET, numéro de SIRET, SIRET du siège, SIRET de la structure; n° SIREN; n° RNA, numéro W, numéro d'association, `identifiantAssociationUniteLegale` (``RegisteredActors``; in a memberships table without a structure column, the first of them names the structure) |
/// | actors | acronym | sigle, acronyme, nom court, abréviation |
/// | actors | id | identifiant, code, identifier |
/// | actors | name | nom, structure, acteur, organisation, organization, raison sociale, dénomination, libellé, label, organisme, nom de la structure, nom de l'acteur, nom de l'organisation, nom de l'association… |
/// | actors | kind | type, catégorie, category, nature, famille, type de structure, type d'acteur |
/// | actors | legal_form | forme juridique, statut juridique, statut de la structure, legal form, libellé catégorie juridique, nature juridique |
/// | actors | activity | code NAF, code APE, activité principale exercée, `activitePrincipaleUniteLegale`: INSEE's NAF code (« 88.99B »), read as the sector's division when no sector is given (``ActivityCodes``) |
/// | actors | legal_category | catégorie juridique, code catégorie juridique, `categorieJuridiqueUniteLegale`: INSEE's code (« 9220 »), read as its label and kind (``LegalCategoryCodes``) |
/// | actors | ess | `economieSocialeSolidaireUniteLegale`, appartenance à l'ESS, économie sociale et solidaire: SIRENE's flag (« O », « N »); a company form flagged « O » is an ESS structure (``ESSMembership``) |
/// | actors | employees | effectif, effectifs, effectif salarié, salariés, nombre de salariés, nb salariés, employés, headcount: a count (« 12 »), a band (« 10 à 19 », « 250 et plus ») or, when every value is one, INSEE's band code (``HeadcountCells``) |
/// | actors | employees_band | tranche d'effectif, tranche d'effectif salarié, `trancheEffectifsEtablissement`: INSEE's band code (« 11 »: 10 to 19 employees), read when no count is given |
/// | actors | legal_unit_employees | `trancheEffectifsUniteLegale`, tranche d'effectif de l'unité légale, effectif de l'unité légale, effectif de l'entreprise: the headcount of the establishment's company (INSEE's code in a « tranche » column, else as `employees`), read when the establishment's own is not given; the establishments of one SIREN share it, and totals add it once (`Headcount.legalUnit`) |
/// | actors | fte | ETP, nombre d'ETP, équivalents temps plein, effectif en ETP, FTE: the structure's jobs in full-time equivalents (« 12,5 »), apart from its headcount in people |
/// | actors | employees_year | année de l'effectif, `anneeEffectifsEtablissement` (`anneeEffectifsUniteLegale` alone, too) |
/// | actors | legal_unit_employees_year | `anneeEffectifsUniteLegale`, année de l'effectif de l'unité légale: the year of `legal_unit_employees` |
/// | actors, cooperations | sector | secteur, filière, domaine, secteur d'activité |
/// | actors, cooperations | territories | territoire, territoires, territory, zone, périmètre |
/// | actors | website | site, site internet, site web, web, url, website |
/// | actors | founded | date de création, création, année de création |
/// | actors | closed | date de fermeture, fermeture, cessation, date de cessation, dissolution |
/// | cooperations | id | identifiant, code, identifier |
/// | cooperations | name | nom, coopération, projet, action, réseau, collectif, intitulé, libellé, titre, title, nom de la coopération, nom du projet… |
/// | cooperations | form | forme, forme de coopération, type de coopération, type |
/// | cooperations | declared_members | membres déclarés, nombre de membres, nb membres, members |
/// | cooperations | status | statut, état, state |
/// | cooperations | started | début, date de début, démarrage, création, année, start, since |
/// | cooperations | summary | résumé, description, objet, objectif, summary |
/// | cooperations | source | source, sources, référence |
/// | cooperations | ended | fin, date de fin, date de clôture, end |
/// | territories | id | identifiant, code (a table without an id column takes its INSEE codes as ids) |
/// | territories | name | nom, libellé, label |
/// | territories | level | niveau, échelon, type, level |
/// | territories | parent | parent, territoire parent, appartient à, dans |
/// | actors, territories | lat | latitude, lat wgs84, latitude wgs84, y wgs84 |
/// | actors, territories | lon | longitude, lng, long, lon wgs84, longitude wgs84, x wgs84 |
/// | actors | postcode | code postal, cp, postal code, zip, zip code, code postal du siège (locates the actor in its département when there is no territories table) |
/// | actors | address | adresse, adresse postale, adresse complète, adresse du siège, street address, adresse de la structure (read only for the postal code it holds, when there is no postcode) |
/// | actors, territories | insee | code insee, code_insee, code commune, code commune insee, code officiel géographique, cog, codgeo, depcom, insee code, commune code |
/// | aliases | alias | synonyme, autre nom, variante, nom écrit, written |
/// | aliases | id | identifiant, acteur, structure, actor, cible, target, nom retenu, read as |
///
/// Two names of one column joined by « / » or « ou » name that column: « Réseau /
/// coopération », « Structure ou organisme ».
///
/// In the actors and cooperations tables, a column named after a level of territory
/// (« Commune », « EPCI », « Intercommunalité », « Département », « Région », « Pays »)
/// lists territories of that level; its values become territories of that level
/// when the dataset has no territories table.
enum ColumnAliases {
    static let memberships: [String: [String]] = [
        "cooperation": ["coopération", "cooperations", "coopérations", "projet", "action", "réseau", "collectif", "dispositif", "groupement"]
            + cooperationNames + listedCooperations,
        "actor": ["structure", "acteur", "actors", "acteurs", "organisation", "organization", "participant", "membre",
                  "organisme", "adhérent", "structure membre", "raison sociale", "dénomination", "dénomination sociale",
                  "structure adhérente", "structure accompagnée", "structure financée", "structure bénéficiaire", "bénéficiaire", "structure soutenue", "votre structure", "nom de votre structure", "structure répondante"] + actorNames,
        "role": ["rôle", "fonction", "qualité"],
        // Not "from" and "to": Kumu's connections use them for the two ends.
        // Not « Adhésion » alone either: it may hold a yes/no or a fee.
        "since": ["depuis", "date d'entrée", "entrée", "date d'adhésion", "début", "date de début", "adhésion depuis", "adhérent depuis",
                  "membre depuis", "année d'adhésion", "année d'entrée", "depuis quand", "depuis quand coopérez-vous",
                  "depuis quand travaillez-vous ensemble", "début du partenariat", "date de début du partenariat", "année de début",
                  "date d'arrivée", "arrivée", "année d'arrivée", "date de première adhésion", "première adhésion", "année de première adhésion",
                  "membre depuis le", "adhérent depuis le"],
        "until": ["jusqu'à", "jusqu'au", "date de sortie", "sortie", "fin", "date de fin", "fin d'adhésion", "date de fin d'adhésion",
                  "adhérent jusqu'à", "adhérent jusqu'en", "membre jusqu'à", "membre jusqu'en", "année de sortie", "année de fin",
                  "date de départ", "départ", "année de départ", "date de radiation", "radiation", "date de démission", "fin du partenariat",
                  "date de fin du partenariat", "jusqu'en", "jusqu'à quand"],
        // Where the membership stands (``MembershipStanding``); a plain « Statut » too, when its values say so.
        "standing": ["statut adhésion", "statut de l'adhésion", "statut d'adhésion", "statut adhérent", "statut de l'adhérent",
                     "statut d'adhérent", "statut du membre", "statut membre", "état de l'adhésion", "état adhésion", "situation adhésion",
                     "situation de l'adhésion", "statut de la participation", "statut participation", "membership status"],
    ].merging(registrationNumbers) { a, _ in a }

    /// The register numbers of an actor (``RegisteredActors``), in the actors and the
    /// memberships tables: SIRENE's own field names (`siret`, `siren`,
    /// `identifiantAssociationUniteLegale`) and the headers of observatories' lists.
    static let registrationNumbers: [String: [String]] = [
        "siret": ["n° siret", "no siret", "numéro siret", "numéro de siret", "numero siret", "code siret", "siret de l'établissement",
                  "siret établissement", "siret du siège", "siret siège", "siret de la structure", "siret structure", "siret de la structure membre",
                  "siret de l'adhérent", "siret adhérent", "siret membre", "siret de l'organisme", "siret organisme", "siret acteur",
                  "siege.siret", "siret_siege"],
        "siren": ["n° siren", "no siren", "numéro siren", "numéro de siren", "numero siren", "code siren", "siren de la structure",
                  "siren structure", "siren de l'entreprise", "siren unité légale", "siren de l'unité légale"],
        "rna": ["n° rna", "numéro rna", "numéro de rna", "numero rna", "code rna", "identifiant rna", "rna de l'association",
                "numéro w", "n° w", "numéro d'association", "numéro de l'association", "numéro waldec", "identifiant association",
                "identifiantassociationunitelegale", "identifiant association unité légale", "complements.identifiant_association",
                "identifiant_association"],
    ]

    /// How a spreadsheet names the column of an actor's name, besides « nom »: « Nom de la
    /// structure », as associations and CRESS files write it.
    static let actorNames = ["nom de la structure", "nom structure", "nom de l'acteur", "nom acteur", "nom de l'organisation",
                             "nom de l'organisme", "nom de l'association", "nom de l'entreprise"]
    /// Headers of a column listing, for each actor, the cooperations it belongs to, several in
    /// one cell (``ListedCooperations``): « Réseaux d'appartenance », « Membre de ».
    static let listedCooperations = ["réseaux", "réseaux d'appartenance", "réseau d'appartenance", "appartenance", "appartenances",
                                     "appartenance à un réseau", "appartenance aux réseaux", "réseaux adhérés", "membre de",
                                     "membre des réseaux", "adhérent à", "réseaux fréquentés", "projets", "actions", "collectifs",
                                     "dispositifs", "networks"]
    /// Likewise for a cooperation's name: « Nom de la coopération », « Nom du projet ».
    static let cooperationNames = ["nom de la coopération", "nom coopération", "nom du projet", "nom projet", "nom du collectif",
                                   "nom du réseau", "nom de l'action", "nom du dispositif"]

    static let actors: [String: [String]] = [
        "id": ["identifiant", "code", "identifier"],
        "name": ["nom", "structure", "acteur", "actor", "organisation", "organization", "raison sociale", "dénomination", "libellé", "label",
                 "organisme", "denominationunitelegale", "dénomination de l'unité légale", "dénomination unité légale",
                 // The Annuaire des Entreprises' fields (recherche-entreprises.api.gouv.fr): « nom_complet » adds the acronym
                 // in parentheses, so beside « nom_raison_sociale » it is not read (``secondaryFields``).
                 "nom_raison_sociale", "nom_complet"] + actorNames,
        "kind": ["type", "catégorie", "category", "nature", "famille", "type de structure", "type d'acteur", "actor kind"],
        // Not « Statut » alone: Kumu's elements sheet holds the cooperations' status under it.
        "legal_form": ["forme juridique", "statut juridique", "legal form", "statut de la structure", "statut légal",
                       "libellé catégorie juridique", "libellé de la catégorie juridique", "catégorie juridique (libellé)",
                       "libellé forme juridique", "libellé de la forme juridique", "nature juridique"],
        // INSEE's NAF code (« 88.99B »), read as the sector's division (``ActivityCodes``).
        "activity": ["code naf", "naf", "code ape", "ape", "code naf/ape", "naf/ape", "ape/naf", "code naf ape", "code ape/naf",
                     "activité principale exercée", "activité principale", "code activité", "code d'activité", "code naf 2008",
                     "naf rév. 2", "activiteprincipaleunitelegale", "activiteprincipaleetablissement", "activité principale de l'unité légale",
                     "activité principale de l'établissement"],
        // INSEE's code (« 9220 »), as SIRENE writes it (``LegalCategoryCodes``).
        "legal_category": ["catégorie juridique", "code catégorie juridique", "code de la catégorie juridique", "catégorie juridique (code)",
                           "categoriejuridiqueunitelegale", "catégorie juridique de l'unité légale", "code forme juridique", "code juridique", "cj"],
        "sector": ["secteur", "filière", "domaine", "secteur d'activité", "libellé naf", "libellé ape", "libellé de l'activité principale",
                   "libellé activité principale", "libellé code naf", "libellé code ape"],
        "territories": ["territoire", "territoires", "territory", "zone", "périmètre"],
        "website": ["site", "site internet", "site web", "web", "url"],
        // Not « Fondation »: a column of that name may say whether the actor is one.
        "founded": ["date de création", "création", "année de création", "datecreationunitelegale", "datecreationetablissement",
                    "date de création de l'unité légale", "date de création de l'établissement", "date_creation"],
        "closed": ["date de fermeture", "fermeture", "cessation", "date de cessation", "dissolution", "date_fermeture"],
        "postcode": ["code postal", "cp", "postal code", "zip", "zip code", "code postal du siège", "codepostaletablissement", "siege.code_postal",
                     "code postal de l'établissement"],
        "address": ["adresse", "adresse postale", "adresse complète", "adresse du siège", "street address", "adresse de la structure",
                    "siege.adresse", "siege.geo_adresse"],
        // How many people the structure employs (``HeadcountCells``): a count, or INSEE's band.
        "employees": ["effectif", "effectifs", "effectif salarié", "effectifs salariés", "effectif salarie", "salariés", "nombre de salariés",
                      "nb salariés", "nb de salariés", "nombre salariés", "nombre d'employés", "employés", "employees", "number of employees",
                      "headcount", "staff", "effectif total", "effectif au 31/12", "effectif au 31 décembre", "nombre de salarié"],
        "employees_band": ["tranche d'effectif", "tranche d'effectifs", "tranche d'effectif salarié", "tranche d'effectifs salariés",
                           "tranche effectif", "tranche effectifs", "tranche effectif salarié", "tranche de salariés", "tranche d'effectif de l'établissement",
                           "code tranche d'effectif", "code tranche effectif", "code effectif",
                           "trancheeffectifsetablissement", "tranche d'effectifs de l'établissement", "headcount band"],
        // The year of the legal unit's headcount, read with it (SIRENE's `anneeEffectifsUniteLegale`).
        "legal_unit_employees_year": ["anneeeffectifsunitelegale", "année effectifs unité légale", "année de l'effectif de l'unité légale",
                                      "année effectif ul", "année de l'effectif de l'entreprise"],
        // Full-time equivalents (« 12,5 »), apart from the headcount in people.
        "fte": ["etp", "etps", "nb etp", "nb d'etp", "nombre d'etp", "nombre etp", "équivalents temps plein", "équivalent temps plein",
                "effectif etp", "effectif en etp", "effectifs etp", "effectifs en etp", "etp salariés", "etp total", "total etp",
                "etp au 31/12", "etp au 31 décembre", "full-time equivalents", "full time equivalents", "fte", "emplois etp", "emplois en etp",
                "effectif en équivalent temps plein", "effectif équivalent temps plein", "effectifs en équivalent temps plein",
                "salariés etp", "salariés en etp", "nombre d'équivalents temps plein", "equivalent temps plein"],
        // The headcount of the establishment's company, shared by its establishments (`Headcount.legalUnit`).
        "legal_unit_employees": ["trancheeffectifsunitelegale", "tranche d'effectif de l'unité légale", "tranche d'effectifs de l'unité légale",
                                 "effectif de l'unité légale", "effectifs de l'unité légale", "tranche effectif ul", "tranche effectifs ul",
                                 "tranche d'effectif ul", "effectif ul", "effectifs ul", "effectif de l'entreprise", "tranche d'effectif de l'entreprise",
                                 "tranche effectif unité légale", "effectif unité légale", "legal unit headcount"],
        "employees_year": ["année de l'effectif", "année effectif", "année des effectifs", "année effectifs", "année de la tranche d'effectif",
                           "anneeeffectifsetablissement", "année effectifs établissement",
                           "millésime de l'effectif", "annee_tranche_effectif_salarie"],
        // SIRENE's ESS flag (« O », « N »): a company form in the ESS is an ESS structure (``ESSMembership``).
        "ess": ["economiesocialesolidaireunitelegale", "appartenance à l'ess", "appartenance ess", "économie sociale et solidaire",
                "structure de l'ess", "entreprise de l'ess", "membre de l'ess", "ess (o/n)", "ess o/n", "relève de l'ess",
                "complements.est_ess", "est_ess"],
        "acronym": ["sigle", "sigles", "acronyme", "acronym", "sigle de la structure", "sigle structure", "nom court", "abréviation",
                    "sigleunitelegale", "sigle unité légale"],
    ].merging(place) { a, _ in a }.merging(registrationNumbers) { a, _ in a }

    /// SIRENE's fields of a legal unit that have an establishment's twin (its activity, its
    /// creation date): one is read when it is alone, and beside its twin the
    /// establishment's is read (``Table``). The legal unit's band and its year are columns
    /// of their own, `legal_unit_employees` and `legal_unit_employees_year`, read where the
    /// establishment's band is missing.
    /// Fields that name a column another field of the same header names better, so that
    /// beside it they are not read (``Table``): the Annuaire des Entreprises'
    /// `nom_complet` (« COMMUNAUTE EMMAUS D ARRAS (EMMAUS ARRAS) ») beside `nom_raison_sociale`.
    static let secondaryFields: Set<String> = Set(["nom_complet"].map(Vocabulary.key))

    static let legalUnitFields: Set<String> = Set([
        "activiteprincipaleunitelegale", "datecreationunitelegale",
    ].map(Vocabulary.key))

    static let cooperations: [String: [String]] = [
        "id": ["identifiant", "code", "identifier"],
        "name": ["nom", "coopération", "cooperation", "projet", "action", "réseau", "collectif", "intitulé", "libellé", "titre", "title", "label"]
            + cooperationNames,
        "form": ["forme", "forme de coopération", "type de coopération", "type"],
        "sector": ["secteur", "filière", "domaine", "secteur d'activité"],
        "territories": ["territoire", "territoires", "territory", "zone", "périmètre"],
        "declared_members": ["membres déclarés", "nombre de membres", "nb membres", "members"],
        "status": ["statut", "état", "state"],
        "started": ["début", "date de début", "démarrage", "création", "année", "start", "since", "année de démarrage", "date de démarrage",
                    "année de lancement", "date de lancement", "lancement"],
        "summary": ["résumé", "description", "objet", "objectif"],
        "source": ["sources", "référence"],
        "ended": ["fin", "date de fin", "date de clôture", "end"],
    ]

    static let territories: [String: [String]] = [
        "id": ["identifiant", "code"],
        "name": ["nom", "libellé", "label"],
        "level": ["niveau", "échelon", "type"],
        "parent": ["territoire parent", "appartient à", "dans"],
    ].merging(place) { a, _ in a }

    /// The place columns of actors and territories (issue 17): WGS 84 degrees, or an INSEE commune code.
    static let place: [String: [String]] = [
        "lat": ["latitude", "lat wgs84", "latitude wgs84", "y wgs84", "siege.latitude"],
        "lon": ["longitude", "lng", "long", "lon wgs84", "longitude wgs84", "x wgs84", "siege.longitude"],
        "insee": ["code insee", "code_insee", "code commune", "code commune insee", "code officiel géographique", "cog",
                  "codgeo", "depcom", "insee code", "commune code", "codecommuneetablissement", "code commune de l'établissement",
                  "siege.commune"],
    ]

    static let aliasTable: [String: [String]] = [
        "alias": ["synonyme", "autre nom", "variante", "nom écrit", "written"],
        "id": ["identifiant", "acteur", "structure", "actor", "cible", "target", "nom retenu", "read as"],
    ]

    /// Column names (as keys) that name a level of territory.
    static let territoryLevelColumns: [String: TerritoryLevel] = {
        let names: [(String, TerritoryLevel)] = [
            ("commune", .commune), ("communes", .commune), ("ville", .commune), ("municipality", .commune),
            ("epci", .epci), ("intercommunalité", .epci), ("intercommunalite", .epci), ("communauté de communes", .epci),
            ("département", .departement), ("departement", .departement), ("department", .departement),
            ("région", .region), ("region", .region), ("pays", .pays),
            // SIRENE's establishment fields, and an annuaire's « Commune de l'établissement ».
            ("libellecommuneetablissement", .commune), ("commune de l'établissement", .commune), ("commune du siège", .commune),
            // The Annuaire des Entreprises (recherche-entreprises.api.gouv.fr) flattened: its head office's commune and département.
            ("siege.libelle_commune", .commune), ("libelle_commune", .commune), ("siege.departement", .departement),
        ]
        var out: [String: TerritoryLevel] = [:]
        for (name, level) in names { out[Vocabulary.key(name)] = level }
        return out
    }()

    /// The internal column name of a territory level column.
    static func territoryColumn(_ level: TerritoryLevel) -> String { "territories:\(level.rawValue)" }
}
