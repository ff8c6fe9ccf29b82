import MaillageModel

/// INSEE's « catégorie juridique » codes, as observatories' SIRENE exports write a
/// structure's legal form (« 9220 », « 9220 - Association déclarée », « 9220.0 » from a
/// spreadsheet's number cell), with the kind of actor each one means.
///
/// The table follows INSEE's nomenclature « Catégories juridiques », edition « mise à jour
/// le 1er septembre 2022 » (`cj_septembre_2022`): its 260 niveau III codes (four digits)
/// with their labels as INSEE writes them, its niveau II families (first two digits) and
/// its niveau I classes (first digit). Labels are INSEE's, trailing spaces dropped, the
/// doubled space of 5558 made single and the curly apostrophe of 8310 made straight. In
/// that edition the SCOP codes read « coopérative de production (SCOP) » (5458, 5558,
/// 5658), no longer « coopérative ouvrière de production », and the SARL unipersonnelle
/// (5498) and SASU (5720) codes are gone, merged into 5499 and 5710: such older codes still
/// read, with their family's label (« Société à responsabilité limitée (SARL) »).
///
/// Kinds, by family with the exceptions listed in ``exceptions``:
/// - `structure`: associations (92, but the association d'avocats 9224 is a law firm:
///   `entreprise`), with the association intermédiaire, the association d'insertion and the
///   groupement d'employeurs; fondations (93); organismes mutualistes (82) and sociétés
///   d'assurance mutuelle (64); agricultural cooperatives (63: CUMA, société coopérative
///   agricole, union); and every cooperative in company or civil form: SNC and
///   commandite coopératives, SARL and SA coopératives (SCOP, consommation, artisanale,
///   transport, construction, production d'HLM, unions de coopératives, « autre »), sociétés
///   civiles coopératives, SICA (of the agricultural cooperation), and the association
///   coopérative inscrite of Alsace-Moselle (5195). A SCIC or SCOP in SAS form has no code
///   of its own (5710): it reads as `entreprise`, unless SIRENE's ESS flag or its name says
///   otherwise (``ESSMembership``);
/// - `financeur`: cooperative and mutual banks: the family 51 (banques populaires, crédit
///   mutuel, crédit maritime, caution mutuelle, caisses d'épargne), the Caisse d'Épargne
///   (61), the caisses locales de crédit mutuel and de crédit agricole (6595, 6596);
/// - `entreprise`: the entrepreneur individuel (1000), the groupements without legal
///   personality (indivision, société créée de fait, en participation, fiducie, assujetti
///   unique à la TVA), foreign companies, SNC, commandites, SARL, SA, SAS, société
///   européenne, GIE and GEIE (62: a means of companies, whatever their members), sociétés
///   civiles (65: SCI, SCP, SCM, GAEC…), OPCVM; employers' unions (8420) and other
///   organismes professionnels (8490), as the model files the CAPEB;
/// - `collectivite`: communes, départements, régions, collectivités d'outre-mer (72),
///   communes associées and sections de commune, EPCI (communautés, métropoles, pôles),
///   SIVU, SIVOM, syndicats mixtes, PETR, ententes, CCAS and CIAS, caisses des écoles and
///   the local authorities' régies (4150, 7378);
/// - `institution`: the State's services (71), établissements publics nationaux, EPIC,
///   EPLE, hospitals, social and medico-social public establishments, OPHLM, SDIS,
///   chambres consulaires (7381), associations syndicales autorisées, GIP, groupements de
///   coopération sanitaire, social security bodies (81: CAF, CPAM, MSA…), retirement and
///   provident institutions (85), comités sociaux et économiques (83: institutions
///   représentatives du personnel), ordres professionnels (8450), centres techniques
///   industriels (8470), international organisations and foreign States;
/// - `teteDeReseau`: employees' unions (8410), which federate and speak for their members;
/// - `unknown`: what says no kind: parishes outside the Concordat (27), other groupements
///   without legal personality (29), unregistered foreign legal persons (3290), owners'
///   syndicates (91: copropriété, association syndicale libre), « Autre personne morale de
///   droit privé » (9900), and the niveau I classes that mix kinds (2, 3, 6, 7, 8).
///
/// A number alone is read as a code whatever its column (« 1000 » is the entrepreneur
/// individuel, « 9 » the class « Groupement de droit privé »): the caller decides by the
/// column's header whether its values are codes.
enum LegalCategoryCodes {
    /// Niveau III: INSEE's codes and labels.
    static let codes: [(code: String, label: String)] = [
        ("0000", "Organisme de placement collectif en valeurs mobilières sans personnalité morale"),
        ("1000", "Entrepreneur individuel"),
        ("2110", "Indivision entre personnes physiques"), ("2120", "Indivision avec personne morale"),
        ("2210", "Société créée de fait entre personnes physiques"), ("2220", "Société créée de fait avec personne morale"),
        ("2310", "Société en participation entre personnes physiques"), ("2320", "Société en participation avec personne morale"),
        ("2385", "Société en participation de professions libérales"),
        ("2400", "Fiducie"),
        ("2700", "Paroisse hors zone concordataire"),
        ("2800", "Assujetti unique à la TVA"),
        ("2900", "Autre groupement de droit privé non doté de la personnalité morale"),
        ("3110", "Représentation ou agence commerciale d'état ou organisme public étranger immatriculé au RCS"),
        ("3120", "Société commerciale étrangère immatriculée au RCS"),
        ("3205", "Organisation internationale"), ("3210", "État, collectivité ou établissement public étranger"),
        ("3220", "Société étrangère non immatriculée au RCS"), ("3290", "Autre personne morale de droit étranger"),
        ("4110", "Établissement public national à caractère industriel ou commercial doté d'un comptable public"),
        ("4120", "Établissement public national à caractère industriel ou commercial non doté d'un comptable public"),
        ("4130", "Exploitant public"), ("4140", "Établissement public local à caractère industriel ou commercial"),
        ("4150", "Régie d'une collectivité locale à caractère industriel ou commercial"), ("4160", "Institution Banque de France"),
        ("5191", "Société de caution mutuelle"), ("5192", "Société coopérative de banque populaire"),
        ("5193", "Caisse de crédit maritime mutuel"), ("5194", "Caisse (fédérale) de crédit mutuel"),
        ("5195", "Association coopérative inscrite (droit local Alsace Moselle)"),
        ("5196", "Caisse d'épargne et de prévoyance à forme coopérative"),
        ("5202", "Société en nom collectif"), ("5203", "Société en nom collectif coopérative"),
        ("5306", "Société en commandite simple"), ("5307", "Société en commandite simple coopérative"),
        ("5308", "Société en commandite par actions"), ("5309", "Société en commandite par actions coopérative"),
        ("5310", "Société en libre partenariat (SLP)"),
        ("5370", "Société de Participations Financières de Profession Libérale Société en commandite par actions (SPFPL SCA)"),
        ("5385", "Société d'exercice libéral en commandite par actions"),
        ("5410", "SARL nationale"), ("5415", "SARL d'économie mixte"),
        ("5422", "SARL immobilière pour le commerce et l'industrie (SICOMI)"),
        ("5426", "SARL immobilière de gestion"), ("5430", "SARL d'aménagement foncier et d'équipement rural (SAFER)"),
        ("5431", "SARL mixte d'intérêt agricole (SMIA)"), ("5432", "SARL d'intérêt collectif agricole (SICA)"),
        ("5442", "SARL d'attribution"),
        ("5443", "SARL coopérative de construction"), ("5451", "SARL coopérative de consommation"), ("5453", "SARL coopérative artisanale"),
        ("5454", "SARL coopérative d'intérêt maritime"), ("5455", "SARL coopérative de transport"),
        ("5458", "SARL coopérative de production (SCOP)"), ("5459", "SARL union de sociétés coopératives"),
        ("5460", "Autre SARL coopérative"),
        ("5470", "Société de Participations Financières de Profession Libérale Société à responsabilité limitée (SPFPL SARL)"),
        ("5485", "Société d'exercice libéral à responsabilité limitée"),
        ("5499", "Société à responsabilité limitée (sans autre indication)"),
        ("5505", "SA à participation ouvrière à conseil d'administration"), ("5510", "SA nationale à conseil d'administration"),
        ("5515", "SA d'économie mixte à conseil d'administration"), ("5520", "Fonds à forme sociétale à conseil d'administration"),
        ("5522", "SA immobilière pour le commerce et l'industrie (SICOMI) à conseil d'administration"),
        ("5525", "SA immobilière d'investissement à conseil d'administration"),
        ("5530", "SA d'aménagement foncier et d'équipement rural (SAFER) à conseil d'administration"),
        ("5531", "Société anonyme mixte d'intérêt agricole (SMIA) à conseil d'administration"),
        ("5532", "SA d'intérêt collectif agricole (SICA) à conseil d'administration"),
        ("5542", "SA d'attribution à conseil d'administration"),
        ("5543", "SA coopérative de construction à conseil d'administration"), ("5546", "SA de HLM à conseil d'administration"),
        ("5547", "SA coopérative de production de HLM à conseil d'administration"),
        ("5548", "SA de crédit immobilier à conseil d'administration"),
        ("5551", "SA coopérative de consommation à conseil d'administration"),
        ("5552", "SA coopérative de commerçants-détaillants à conseil d'administration"),
        ("5553", "SA coopérative artisanale à conseil d'administration"),
        ("5554", "SA coopérative (d'intérêt) maritime à conseil d'administration"),
        ("5555", "SA coopérative de transport à conseil d'administration"),
        ("5558", "SA coopérative de production (SCOP) à conseil d'administration"),
        ("5559", "SA union de sociétés coopératives à conseil d'administration"),
        ("5560", "Autre SA coopérative à conseil d'administration"),
        ("5570", "Société de Participations Financières de Profession Libérale Société anonyme à conseil d'administration (SPFPL SA à conseil d'administration)"),
        ("5585", "Société d'exercice libéral à forme anonyme à conseil d'administration"),
        ("5599", "SA à conseil d'administration (s.a.i.)"),
        ("5605", "SA à participation ouvrière à directoire"), ("5610", "SA nationale à directoire"),
        ("5615", "SA d'économie mixte à directoire"), ("5620", "Fonds à forme sociétale à directoire"),
        ("5622", "SA immobilière pour le commerce et l'industrie (SICOMI) à directoire"),
        ("5625", "SA immobilière d'investissement à directoire"), ("5630", "Safer anonyme à directoire"),
        ("5631", "SA mixte d'intérêt agricole (SMIA)"), ("5632", "SA d'intérêt collectif agricole (SICA)"),
        ("5642", "SA d'attribution à directoire"), ("5643", "SA coopérative de construction à directoire"),
        ("5646", "SA de HLM à directoire"),
        ("5647", "Société coopérative de production de HLM anonyme à directoire"), ("5648", "SA de crédit immobilier à directoire"),
        ("5651", "SA coopérative de consommation à directoire"), ("5652", "SA coopérative de commerçants-détaillants à directoire"),
        ("5653", "SA coopérative artisanale à directoire"), ("5654", "SA coopérative d'intérêt maritime à directoire"),
        ("5655", "SA coopérative de transport à directoire"), ("5658", "SA coopérative de production (SCOP) à directoire"),
        ("5659", "SA union de sociétés coopératives à directoire"), ("5660", "Autre SA coopérative à directoire"),
        ("5670", "Société de Participations Financières de Profession Libérale Société anonyme à Directoire (SPFPL SA à directoire)"),
        ("5685", "Société d'exercice libéral à forme anonyme à directoire"), ("5699", "SA à directoire (s.a.i.)"),
        ("5710", "SAS, société par actions simplifiée"),
        ("5770", "Société de Participations Financières de Profession Libérale Société par actions simplifiée (SPFPL SAS)"),
        ("5785", "Société d'exercice libéral par action simplifiée"),
        ("5800", "Société européenne"),
        ("6100", "Caisse d'Épargne et de Prévoyance"),
        ("6210", "Groupement européen d'intérêt économique (GEIE)"), ("6220", "Groupement d'intérêt économique (GIE)"),
        ("6316", "Coopérative d'utilisation de matériel agricole en commun (CUMA)"), ("6317", "Société coopérative agricole"),
        ("6318", "Union de sociétés coopératives agricoles"),
        ("6411", "Société d'assurance à forme mutuelle"),
        ("6511", "Sociétés Interprofessionnelles de Soins Ambulatoires"),
        ("6521", "Société civile de placement collectif immobilier (SCPI)"),
        ("6532", "Société civile d'intérêt collectif agricole (SICA)"), ("6533", "Groupement agricole d'exploitation en commun (GAEC)"),
        ("6534", "Groupement foncier agricole"), ("6535", "Groupement agricole foncier"), ("6536", "Groupement forestier"),
        ("6537", "Groupement pastoral"), ("6538", "Groupement foncier et rural"), ("6539", "Société civile foncière"),
        ("6540", "Société civile immobilière"), ("6541", "Société civile immobilière de construction-vente"),
        ("6542", "Société civile d'attribution"), ("6543", "Société civile coopérative de construction"),
        ("6544", "Société civile immobilière d' accession progressive à la propriété"),
        ("6551", "Société civile coopérative de consommation"),
        ("6554", "Société civile coopérative d'intérêt maritime"), ("6558", "Société civile coopérative entre médecins"),
        ("6560", "Autre société civile coopérative"), ("6561", "SCP d'avocats"), ("6562", "SCP d'avocats aux conseils"),
        ("6563", "SCP d'avoués d'appel"), ("6564", "SCP d'huissiers"), ("6565", "SCP de notaires"),
        ("6566", "SCP de commissaires-priseurs"),
        ("6567", "SCP de greffiers de tribunal de commerce"), ("6568", "SCP de conseils juridiques"),
        ("6569", "SCP de commissaires aux comptes"), ("6571", "SCP de médecins"), ("6572", "SCP de dentistes"),
        ("6573", "SCP d'infirmiers"),
        ("6574", "SCP de masseurs-kinésithérapeutes"), ("6575", "SCP de directeurs de laboratoire d'analyse médicale"),
        ("6576", "SCP de vétérinaires"), ("6577", "SCP de géomètres experts"), ("6578", "SCP d'architectes"),
        ("6585", "Autre société civile professionnelle"), ("6589", "Société civile de moyens"), ("6595", "Caisse locale de crédit mutuel"),
        ("6596", "Caisse de crédit agricole mutuel"), ("6597", "Société civile d'exploitation agricole"),
        ("6598", "Exploitation agricole à responsabilité limitée"), ("6599", "Autre société civile"),
        ("6901", "Autre personne de droit privé inscrite au registre du commerce et des sociétés"),
        ("7111", "Autorité constitutionnelle"), ("7112", "Autorité administrative ou publique indépendante"), ("7113", "Ministère"),
        ("7120", "Service central d'un ministère"), ("7150", "Service du ministère de la Défense"),
        ("7160", "Service déconcentré à compétence nationale d'un ministère (hors Défense)"),
        ("7171", "Service déconcentré de l'État à compétence (inter) régionale"),
        ("7172", "Service déconcentré de l'État à compétence (inter) départementale"),
        ("7179", "(Autre) Service déconcentré de l'État à compétence territoriale"),
        ("7190", "Ecole nationale non dotée de la personnalité morale"),
        ("7210", "Commune et commune nouvelle"), ("7220", "Département"), ("7225", "Collectivité et territoire d'Outre Mer"),
        ("7229", "(Autre) Collectivité territoriale"), ("7230", "Région"),
        ("7312", "Commune associée et commune déléguée"), ("7313", "Section de commune"), ("7314", "Ensemble urbain"),
        ("7321", "Association syndicale autorisée"), ("7322", "Association foncière urbaine"),
        ("7323", "Association foncière de remembrement"),
        ("7331", "Établissement public local d'enseignement"), ("7340", "Pôle métropolitain"), ("7341", "Secteur de commune"),
        ("7342", "District urbain"), ("7343", "Communauté urbaine"), ("7344", "Métropole"),
        ("7345", "Syndicat intercommunal à vocation multiple (SIVOM)"), ("7346", "Communauté de communes"),
        ("7347", "Communauté de villes"),
        ("7348", "Communauté d'agglomération"), ("7349", "Autre établissement public local de coopération non spécialisé ou entente"),
        ("7351", "Institution interdépartementale ou entente"), ("7352", "Institution interrégionale ou entente"),
        ("7353", "Syndicat intercommunal à vocation unique (SIVU)"), ("7354", "Syndicat mixte fermé"), ("7355", "Syndicat mixte ouvert"),
        ("7356", "Commission syndicale pour la gestion des biens indivis des communes"),
        ("7357", "Pôle d'équilibre territorial et rural (PETR)"), ("7361", "Centre communal d'action sociale"),
        ("7362", "Caisse des écoles"),
        ("7363", "Caisse de crédit municipal"), ("7364", "Établissement d'hospitalisation"), ("7365", "Syndicat inter hospitalier"),
        ("7366", "Établissement public local social et médico-social"), ("7367", "Centre Intercommunal d'action sociale (CIAS)"),
        ("7371", "Office public d'habitation à loyer modéré (OPHLM)"), ("7372", "Service départemental d'incendie et de secours (SDIS)"),
        ("7373", "Établissement public local culturel"), ("7378", "Régie d'une collectivité locale à caractère administratif"),
        ("7379", "(Autre) Établissement public administratif local"), ("7381", "Organisme consulaire"),
        ("7382", "Établissement public national ayant fonction d'administration centrale"),
        ("7383", "Établissement public national à caractère scientifique culturel et professionnel"),
        ("7384", "Autre établissement public national d'enseignement"),
        ("7385", "Autre établissement public national administratif à compétence territoriale limitée"),
        ("7389", "Établissement public national à caractère administratif"),
        ("7410", "Groupement d'intérêt public (GIP)"), ("7430", "Établissement public des cultes d'Alsace-Lorraine"),
        ("7450", "Etablissement public administratif, cercle et foyer dans les armées"),
        ("7470", "Groupement de coopération sanitaire à gestion publique"), ("7490", "Autre personne morale de droit administratif"),
        ("8110", "Régime général de la Sécurité Sociale"), ("8120", "Régime spécial de Sécurité Sociale"),
        ("8130", "Institution de retraite complémentaire"), ("8140", "Mutualité sociale agricole"),
        ("8150", "Régime maladie des non-salariés non agricoles"),
        ("8160", "Régime vieillesse ne dépendant pas du régime général de la Sécurité Sociale"), ("8170", "Régime d'assurance chômage"),
        ("8190", "Autre régime de prévoyance sociale"),
        ("8210", "Mutuelle"), ("8250", "Assurance mutuelle agricole"), ("8290", "Autre organisme mutualiste"),
        ("8310", "Comité social économique d'entreprise"), ("8311", "Comité social économique d'établissement"),
        ("8410", "Syndicat de salariés"), ("8420", "Syndicat patronal"), ("8450", "Ordre professionnel ou assimilé"),
        ("8470", "Centre technique industriel ou comité professionnel du développement économique"),
        ("8490", "Autre organisme professionnel"),
        ("8510", "Institution de prévoyance"), ("8520", "Institution de retraite supplémentaire"),
        ("9110", "Syndicat de copropriété"), ("9150", "Association syndicale libre"),
        ("9210", "Association non déclarée"), ("9220", "Association déclarée"),
        ("9221", "Association déclarée d'insertion par l'économique"),
        ("9222", "Association intermédiaire"), ("9223", "Groupement d'employeurs"),
        ("9224", "Association d'avocats à responsabilité professionnelle individuelle"),
        ("9230", "Association déclarée, reconnue d'utilité publique"), ("9240", "Congrégation"),
        ("9260", "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)"),
        ("9300", "Fondation"),
        ("9900", "Autre personne morale de droit privé"), ("9970", "Groupement de coopération sanitaire à gestion privée"),
    ]

    /// Niveau II: the families (first two digits of a code), with their kinds.
    static let families: [(code: String, label: String, kind: ActorKind)] = [
        ("00", "Organisme de placement collectif en valeurs mobilières sans personnalité morale", .entreprise),
        ("10", "Entrepreneur individuel", .entreprise),
        ("21", "Indivision", .entreprise), ("22", "Société créée de fait", .entreprise), ("23", "Société en participation", .entreprise),
        ("24", "Fiducie", .entreprise), ("27", "Paroisse hors zone concordataire", .unknown),
        ("28", "Assujetti unique à la TVA", .entreprise),
        ("29", "Autre groupement de droit privé non doté de la personnalité morale", .unknown),
        ("31", "Personne morale de droit étranger, immatriculée au RCS (registre du commerce et des sociétés)", .entreprise),
        ("32", "Personne morale de droit étranger, non immatriculée au RCS", .unknown),
        ("41", "Etablissement public ou régie à caractère industriel ou commercial", .institution),
        ("51", "Société coopérative commerciale particulière", .financeur), ("52", "Société en nom collectif", .entreprise),
        ("53", "Société en commandite", .entreprise), ("54", "Société à responsabilité limitée (SARL)", .entreprise),
        ("55", "Société anonyme à conseil d'administration", .entreprise), ("56", "Société anonyme à directoire", .entreprise),
        ("57", "Société par actions simplifiée", .entreprise), ("58", "Société européenne", .entreprise),
        ("61", "Caisse d'épargne et de prévoyance", .financeur), ("62", "Groupement d'intérêt économique", .entreprise),
        ("63", "Société coopérative agricole", .structure), ("64", "Société d'assurance mutuelle", .structure),
        ("65", "Société civile", .entreprise),
        ("69", "Autre personne morale de droit privé inscrite au registre du commerce et des sociétés", .entreprise),
        ("71", "Administration de l'état", .institution), ("72", "Collectivité territoriale", .collectivite),
        ("73", "Etablissement public administratif", .institution),
        ("74", "Autre personne morale de droit public administratif", .institution),
        ("81", "Organisme gérant un régime de protection sociale à adhésion obligatoire", .institution),
        ("82", "Organisme mutualiste", .structure), ("83", "Comité d'entreprise", .institution),
        ("84", "Organisme professionnel", .unknown), ("85", "Organisme de retraite à adhésion non obligatoire", .institution),
        ("91", "Syndicat de propriétaires", .unknown), ("92", "Association loi 1901 ou assimilé", .structure),
        ("93", "Fondation", .structure), ("99", "Autre personne morale de droit privé", .unknown),
    ]

    /// Niveau I: the classes (first digit of a code), with their kinds.
    static let classes: [(code: String, label: String, kind: ActorKind)] = [
        ("0", "Organisme de placement collectif en valeurs mobilières sans personnalité morale", .entreprise),
        ("1", "Entrepreneur individuel", .entreprise),
        ("2", "Groupement de droit privé non doté de la personnalité morale", .unknown),
        ("3", "Personne morale de droit étranger", .unknown),
        ("4", "Personne morale de droit public soumise au droit commercial", .institution),
        ("5", "Société commerciale", .entreprise),
        ("6", "Autre personne morale immatriculée au RCS", .unknown),
        ("7", "Personne morale et organisme soumis au droit administratif", .unknown),
        ("8", "Organisme privé spécialisé", .unknown),
        ("9", "Groupement de droit privé", .structure),
    ]

    /// Niveau III codes whose kind is not their family's.
    static let exceptions: [(kind: ActorKind, codes: [String])] = [
        // Cooperatives in company or civil form, unions of cooperatives, SICA; the association coopérative inscrite.
        (.structure, ["5195", "5203", "5307", "5309", "5432", "5443", "5451", "5453", "5454", "5455", "5458", "5459", "5460",
                      "5532", "5543", "5547", "5551", "5552", "5553", "5554", "5555", "5558", "5559", "5560",
                      "5632", "5643", "5647", "5651", "5652", "5653", "5654", "5655", "5658", "5659", "5660",
                      "6532", "6543", "6551", "6554", "6558", "6560"]),
        // Mutual banks in civil form.
        (.financeur, ["6595", "6596"]),
        // Foreign companies; employers' and other professional bodies; the lawyers' association.
        (.entreprise, ["3220", "8420", "8490", "9224"]),
        // Communes' parts, intercommunal bodies, the local authorities' social centres, school funds and régies.
        (.collectivite, ["4150", "7312", "7313", "7314", "7340", "7341", "7342", "7343", "7344", "7345", "7346", "7347", "7348",
                         "7349", "7351", "7352", "7353", "7354", "7355", "7356", "7357", "7361", "7362", "7367", "7378"]),
        // Foreign States and international organisations; ordres, centres techniques; private health groupings.
        (.institution, ["3110", "3205", "3210", "8450", "8470", "9970"]),
        (.teteDeReseau, ["8410"]),
    ]

    private static let labels: [String: String] = Dictionary(uniqueKeysWithValues: codes.map { ($0.code, $0.label) })
    private static let familyIndex: [String: (label: String, kind: ActorKind)] =
        Dictionary(uniqueKeysWithValues: families.map { ($0.code, ($0.label, $0.kind)) })
    private static let classIndex: [String: (label: String, kind: ActorKind)] =
        Dictionary(uniqueKeysWithValues: classes.map { ($0.code, ($0.label, $0.kind)) })
    private static let exceptionKinds: [String: ActorKind] = {
        var kinds: [String: ActorKind] = [:]
        for (kind, codes) in exceptions { for code in codes { kinds[code] = kind } }
        return kinds
    }()

    /// The kind of actor code `code` (one, two or four digits) means, or nil when its
    /// class does not exist.
    static func kind(of code: String) -> ActorKind? {
        if let kind = exceptionKinds[code] { return kind }
        if code.count >= 2, let family = familyIndex[String(code.prefix(2))] { return family.kind }
        return classIndex[String(code.prefix(1))]?.kind
    }

    /// The catégorie juridique `text` holds, its label and the kind of actor it means;
    /// nil when `text` is not such a code.
    ///
    /// Read: a code of four digits (niveau III), two (niveau II) or one (niveau I), alone,
    /// with a spreadsheet's decimal part (« 9220.0 », « 9220,0 »), or followed by a label
    /// (« 9220 - Association déclarée », « 9220 – … », « 9220 Association déclarée »: the
    /// label is not checked), spaces around. A niveau III code missing from ``codes`` reads
    /// with its family's label when its family exists (« 9229 »: « Association loi 1901 ou
    /// assimilé »); one whose family does not exist is not read (« 2015 »: no family 20),
    /// nor are numbers of three or five digits and more (« 62041 »).
    static func read(_ text: String) -> (code: String, label: String, kind: ActorKind)? {
        let cell = trimmed(text)
        let digits = cell.prefix { $0.isASCII && $0.isWholeNumber }
        guard [1, 2, 4].contains(digits.count) else { return nil }
        let rest = cell[digits.endIndex...]
        guard isDecimalZero(rest) || isLabel(rest) else { return nil }
        let code = String(digits)
        switch code.count {
        case 4:
            if let label = labels[code], let kind = Self.kind(of: code) { return (code, label, kind) }
            guard let family = familyIndex[String(code.prefix(2))] else { return nil }
            return (code, family.label, family.kind)
        case 2:
            guard let family = familyIndex[code] else { return nil }
            return (code, family.label, family.kind)
        default:
            guard let level = classIndex[code] else { return nil }
            return (code, level.label, level.kind)
        }
    }

    /// Whether `values` are catégorie juridique codes: at least four in five of the
    /// non-empty ones, one at least, are read by ``read(_:)``.
    static func isCodeColumn(values: [String]) -> Bool {
        CodeCells.isCodeColumn(values) { read($0) != nil }
    }

    /// `text` without the white space around it (``CodeCells/trimmed(_:)``).
    private static func trimmed(_ text: String) -> Substring { CodeCells.trimmed(text) }

    /// Whether `rest`, after a code's digits, is a spreadsheet's decimal part of zeros (« .0 »).
    private static func isDecimalZero(_ rest: Substring) -> Bool {
        if rest.isEmpty { return true }
        guard let first = rest.first, first == "." || first == "," else { return false }
        let decimals = rest.dropFirst()
        return !decimals.isEmpty && decimals.allSatisfy { $0 == "0" }
    }

    /// Whether `rest`, after a code's digits, is a label: white space or a dash, then text
    /// that starts with a letter or a parenthesis (« - Association déclarée »).
    private static func isLabel(_ rest: Substring) -> Bool {
        let separators: Set<Character> = ["-", "–", "—", ":"]
        guard let first = rest.first, first.isWhitespace || separators.contains(first) else { return false }
        guard let start = rest.first(where: { !$0.isWhitespace && !separators.contains($0) }) else { return false }
        return start.isLetter || start == "("
    }
}
