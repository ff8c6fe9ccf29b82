import MaillageModel

/// The accepted spellings of each controlled column (see ``ControlledValues``).
///
/// Besides each value as the dataset writes it (`tete_de_reseau`) and the French
/// label the tool prints (« tête de réseau »):
/// - actor kind: legal forms mean `structure` and fill `legal_form` when empty
///   (association, SCIC, SCOP, coopérative, mutuelle, fondation, fonds de dotation,
///   CAE, GEIQ, CUMA…, and a cooperative with its company form: « SCIC SA », « SAS
///   coopérative »); SARL, SAS, EURL, SA mean `entreprise` likewise; common
///   names of each kind (mairie, EPCI, département → `collectivite`; fédération,
///   CRESS → `tete_de_reseau`; DLA, incubateur → `appui`; banque → `financeur`;
///   préfecture, CCI, chambre, bailleur social → `institution`);
/// - cooperation form: its labels and « partenariat », « groupement »;
/// - role: feminine forms (porteuse, animatrice, accompagnatrice, financeuse),
///   English (lead, member, partner, funder), « chef de file », « adhérent »…, and
///   the offices of a collective's board: « président(e) » carries the cooperation
///   (`porteur`), « vice-président », « trésorier », « secrétaire », « administrateur »
///   take part in it (`membre`); « chargé(e) de mission », « référent » run it
///   (`animateur`); « mécène » funds it; « bénévole », « usager », « bénéficiaire »,
///   « salarié » take part in it (`membre`); « membre d'honneur », « parrain », « expert »,
///   « prestataire » are beside it (`partenaire`); a cell naming two roles
///   (« Financeur et membre », « Porteur / membre ») is read as the one that engages most:
///   porteur, then animateur, accompagnateur, financeur, membre, partenaire;
/// - territory level: accented forms, English, « intercommunalité », « ville »;
/// - status: « actif », « en cours », « en projet »…
enum ValueSynonyms {
    static let actorKinds: ControlledValues<ActorKind> = {
        var synonyms: [(String, ActorKind, legalForm: String?)] = ActorKind.allCases.map { ($0.label, $0, nil) }
        let legalForms = [
            "Association", "Association loi 1901", "SCIC", "SCOP", "Coopérative", "Société coopérative", "Mutuelle",
            "Fondation", "Fonds de dotation", "CAE", "GEIQ", "CUMA", "SCOP SA", "SCOP SARL", "SCIC SAS", "Union d'économie sociale",
            // As registers and annuaires write them: the cooperative form with its company form.
            "SCIC SA", "SCIC SARL", "SCOP SAS", "SCOP SASU", "SA coopérative", "SAS coopérative", "SARL coopérative",
            "Coopérative SA", "Coopérative SAS", "Coopérative SARL", "SA SCOP", "SARL SCOP", "SAS SCIC", "SA SCIC",
            "Association loi 1908", "Association de droit local", "Association reconnue d'utilité publique",
            "Fondation reconnue d'utilité publique", "Mutuelle santé", "Mutuelle d'assurance", "Groupement d'employeurs",
            // A commercial company with the ESUS approval (« entreprise solidaire d'utilité sociale », law of 2014): of the ESS.
            "SAS ESUS", "SARL ESUS", "SA ESUS", "SASU ESUS", "EURL ESUS", "SAS agréée ESUS", "SARL agréée ESUS", "Société commerciale ESUS",
            "Entreprise ESUS", "Entreprise solidaire d'utilité sociale", "Société commerciale de l'ESS", "Entreprise commerciale de l'ESS",
        ]
        synonyms += legalForms.map { ($0, .structure, $0) }
        synonyms += ["ESS", "Structure de l'ESS", "Entreprise de l'ESS", "ESUS", "SIAE", "ACI", "Atelier chantier d'insertion",
                     "Entreprise d'insertion", "Association intermédiaire", "ETTI", "Centre social", "Ressourcerie", "Recyclerie",
                     "Entreprise adaptée", "EA", "ESAT", "Régie de quartier",
                     "Tiers-lieu", "social economy", "Club sportif", "Association sportive", "Association culturelle",
                     // As people shorten them, and the ESS's places and informal collectives.
                     "Asso", "Asso loi 1901", "Association 1901", "Loi 1901", "Association de fait", "Collectif citoyen",
                     "Collectif d'habitants", "Fablab", "Fab lab", "Repair café", "Épicerie solidaire", "Épicerie sociale",
                     "Jardin partagé", "Jardin solidaire", "AMAP", "Café associatif",
                     // The options cooperation surveys give for insertion structures.
                     "Insertion", "Structure d'insertion", "Structure d'insertion par l'activité économique", "Structure de l'IAE", "IAE",
                     "Insertion par l'activité économique", "Chantier d'insertion", "Entreprise de travail temporaire d'insertion",
                     "Régie de territoire", "Entreprise à but d'emploi", "EBE", "Coopérative d'activité et d'emploi",
                     "Société coopérative d'intérêt collectif", "Société coopérative et participative", "Économie sociale et solidaire"]
            .map { ($0, .structure, nil) }
        synonyms += ["SARL", "SAS", "SASU", "EURL", "SA"].map { ($0, .entreprise, $0) }
        synonyms += ["Entreprise privée", "Artisan", "Commerce", "Business", "Company", "TPE", "PME",
                     // A survey's « other » companies, against the ESS ones.
                     "Entreprise classique", "Entreprise hors ESS", "Entreprise non ESS", "Entreprise conventionnelle", "Entreprise lucrative",
                     "Entreprise du secteur marchand", "Entreprise commerciale", "Société commerciale", "Commerçant", "Auto-entrepreneur",
                     "Micro-entreprise", "Micro-entrepreneur", "Travailleur indépendant", "Indépendant", "Entreprise de l'économie classique"]
            .map { ($0, .entreprise, nil) }
        synonyms += ["Collectivité territoriale", "Collectivité locale", "Commune", "Mairie", "Ville", "EPCI", "Intercommunalité",
                     "Communauté de communes", "Communauté d'agglomération", "Communauté urbaine", "Métropole", "Département",
                     "Conseil départemental", "Région", "Conseil régional", "Syndicat mixte", "PETR", "Local authority",
                     "Collectivités", "Collectivité publique", "CCAS", "CIAS", "Centre communal d'action sociale", "Pays",
                     "Parc naturel régional", "PNR"]
            .map { ($0, .collectivite, nil) }
        synonyms += ["Réseau", "Fédération", "Union", "CRESS", "Network", "Network head", "Réseaux", "Fédérations",
                     "Union régionale", "Réseau associatif", "Réseau de l'ESS", "Regroupement de structures"].map { ($0, .teteDeReseau, nil) }
        synonyms += ["Appui", "Accompagnement", "Accompagnateur", "DLA", "Incubateur", "Support", "Conseil",
                     "Structure d'accompagnement", "Structure d'appui", "Consultant", "Cabinet de conseil", "Bureau d'études",
                     "Pépinière", "Pépinière d'entreprises", "Couveuse", "Dispositif local d'accompagnement"].map { ($0, .appui, nil) }
        synonyms += ["Financement", "Banque", "Funder", "Financeur public", "Financeur privé", "Financeur solidaire",
                     "Investisseur solidaire", "Finance solidaire", "Fonds d'investissement"].map { ($0, .financeur, nil) }
        synonyms += ["État", "Etat", "Service de l'État", "Préfecture", "Chambre consulaire", "CCI", "CMA", "Chambre d'agriculture",
                     "Chambre de commerce", "ARS", "France Travail", "Pôle emploi", "Établissement public", "Public body",
                     // Public bodies that are neither a local authority nor the State's own services.
                     "Acteur public", "Structure publique", "Organisme public", "Service public", "Pouvoirs publics", "Institution publique",
                     "Établissement scolaire", "Établissement d'enseignement", "Lycée", "Collège", "École", "Université",
                     "Enseignement supérieur", "Hôpital", "Centre hospitalier", "CAF", "CPAM", "MSA", "Caisse d'allocations familiales",
            // Social landlords: public offices (OPH) and HLM companies (ESH), partners of a territory's projects.
            "Bailleur social", "Bailleurs sociaux", "Bailleur", "Office public de l'habitat", "OPH", "ESH", "SA d'HLM",
            "Organisme HLM", "Organisme de logement social", "Entreprise sociale pour l'habitat"]
            .map { ($0, .institution, nil) }
        synonyms += ["Non renseigné", "Inconnu", "Unknown", "NR",
                     // A form's « Autre » option: what the others are not, so no kind.
                     "Autre", "Autres", "Other", "Others", "Autre type", "Autre structure"].map { ($0, .unknown, nil) }
        return ControlledValues(ActorKind.datasetValues, synonyms: synonyms)
    }()

    static let cooperationForms: ControlledValues<CooperationForm> = {
        var synonyms: [(String, CooperationForm, legalForm: String?)] = CooperationForm.allCases.map { ($0.label, $0, nil) }
        synonyms += [
            ("Partenariat", .partenariat, nil), ("Partenariat de projet", .partenariat, nil), ("Projet", .partenariat, nil),
            ("Mutualisation de moyens", .mutualisation, nil), ("Collectif d'acteurs", .collectif, nil),
            ("Groupement", .regroupement, nil), ("Regroupement", .regroupement, nil), ("Appui", .appui, nil),
            // A PTCE gathers ESS actors, companies and local authorities of a territory: the
            // booklet's « regroupements d'acteurs ESS, entrepreneurs classiques, collectivités ».
            ("PTCE", .regroupement, nil), ("Pôle territorial de coopération économique", .regroupement, nil),
            ("Groupement d'employeurs", .mutualisation, nil),
            ("Non renseignée", .unknown, nil), ("Non renseigné", .unknown, nil), ("Inconnue", .unknown, nil), ("Unknown", .unknown, nil),
        ]
        return ControlledValues(CooperationForm.datasetValues, synonyms: synonyms)
    }()

    static let roles = ControlledValues<MembershipRole>(MembershipRole.allCases, synonyms: [
        ("Porteuse", .porteur, nil), ("Porteur de projet", .porteur, nil), ("Pilote", .porteur, nil), ("Chef de file", .porteur, nil),
        ("Lead", .porteur, nil), ("Animatrice", .animateur, nil), ("Animation", .animateur, nil), ("Coordinateur", .animateur, nil),
        ("Coordinatrice", .animateur, nil), ("Coordination", .animateur, nil), ("Member", .membre, nil), ("Adhérent", .membre, nil),
        ("Adhérente", .membre, nil), ("Participant", .membre, nil), ("Partner", .partenaire, nil), ("Financeuse", .financeur, nil),
        ("Funder", .financeur, nil), ("Financement", .financeur, nil), ("Accompagnatrice", .accompagnateur, nil),
        ("Accompagnement", .accompagnateur, nil),
        // The offices of a collective's board, as associations and SCIC write them: the
        // chair carries the cooperation, the other offices take part in it.
        ("Président", .porteur, nil), ("Présidente", .porteur, nil), ("Présidence", .porteur, nil), ("Co-président", .porteur, nil),
        ("Co-présidente", .porteur, nil), ("Co-porteur", .porteur, nil), ("Co-porteuse", .porteur, nil), ("Mandataire", .porteur, nil),
        ("Initiateur", .porteur, nil), ("Initiatrice", .porteur, nil),
        ("Chargé de mission", .animateur, nil), ("Chargée de mission", .animateur, nil), ("Référent", .animateur, nil),
        ("Référente", .animateur, nil), ("Facilitateur", .animateur, nil), ("Facilitatrice", .animateur, nil),
        ("Facilitator", .animateur, nil), ("Coordinator", .animateur, nil), ("Chef de projet", .animateur, nil),
        ("Cheffe de projet", .animateur, nil),
        ("Vice-président", .membre, nil), ("Vice-présidente", .membre, nil), ("Trésorier", .membre, nil), ("Trésorière", .membre, nil),
        ("Secrétaire", .membre, nil), ("Secrétaire adjoint", .membre, nil), ("Secrétaire adjointe", .membre, nil),
        ("Trésorier adjoint", .membre, nil), ("Trésorière adjointe", .membre, nil), ("Administrateur", .membre, nil),
        ("Administratrice", .membre, nil), ("Membre du bureau", .membre, nil), ("Membre du CA", .membre, nil),
        ("Membre du conseil d'administration", .membre, nil), ("Membre fondateur", .membre, nil), ("Membre fondatrice", .membre, nil),
        ("Sociétaire", .membre, nil), ("Associé", .membre, nil), ("Associée", .membre, nil), ("Co-traitant", .membre, nil),
        ("Cotraitant", .membre, nil),
        ("Partenaire technique", .partenaire, nil), ("Partenaire opérationnel", .partenaire, nil),
        // A network's members without a full member's rights: observers, guests, associates.
        ("Observateur", .partenaire, nil), ("Observatrice", .partenaire, nil), ("Membre observateur", .partenaire, nil),
        ("Membre observatrice", .partenaire, nil), ("Invité", .partenaire, nil), ("Invitée", .partenaire, nil),
        ("Membre invité", .partenaire, nil), ("Membre associé", .partenaire, nil), ("Membre associée", .partenaire, nil),
        ("Membre de droit", .membre, nil), ("Membre actif", .membre, nil), ("Membre active", .membre, nil),
        ("Mécène", .financeur, nil), ("Partenaire financier", .financeur, nil), ("Sponsor", .financeur, nil),
        ("Appui", .accompagnateur, nil), ("Support", .accompagnateur, nil),
        // Who takes part without an office: volunteers, users, employees (a SCIC's colleges).
        ("Bénévole", .membre, nil), ("Bénévoles", .membre, nil), ("Membre bénévole", .membre, nil), ("Volontaire", .membre, nil),
        ("Contributeur", .membre, nil), ("Contributrice", .membre, nil), ("Usager", .membre, nil), ("Usagère", .membre, nil),
        ("Membre usager", .membre, nil), ("Bénéficiaire", .membre, nil), ("Membre bénéficiaire", .membre, nil),
        ("Salarié", .membre, nil), ("Salariée", .membre, nil), ("Membre salarié", .membre, nil),
        // Beside it rather than in it: honorary members, sponsors, experts, providers.
        ("Membre d'honneur", .partenaire, nil), ("Parrain", .partenaire, nil), ("Marraine", .partenaire, nil),
        ("Expert", .partenaire, nil), ("Experte", .partenaire, nil), ("Personne qualifiée", .partenaire, nil),
        ("Prestataire", .partenaire, nil),
    ], precedence: [.porteur, .animateur, .accompagnateur, .financeur, .membre, .partenaire])

    static let territoryLevels = ControlledValues<TerritoryLevel>(TerritoryLevel.allCases, synonyms: [
        ("Région", .region, nil), ("Département", .departement, nil), ("Department", .departement, nil),
        ("Intercommunalité", .epci, nil), ("Communauté de communes", .epci, nil), ("Communauté d'agglomération", .epci, nil),
        ("Métropole", .epci, nil), ("Ville", .commune, nil), ("Municipality", .commune, nil), ("Country", .pays, nil),
        ("Autre", .autre, nil), ("Other", .autre, nil),
    ])

    /// Statuses that say a cooperation is over (« Terminée », « Achevé », « Clôturé »…), by
    /// their ``Vocabulary/key(_:)``. The model has no such status: its end is its `ended`
    /// date, which `--at` and the comparisons of dates use. Such a cooperation is read as
    /// active, with a warning that asks for its end date when it has none.
    static let endedStatuses: Set<String> = Set([
        "terminé", "terminée", "terminés", "terminées", "achevé", "achevée", "clôturé", "clôturée", "clos", "close", "fini", "finie",
        "arrêté", "arrêtée", "abandonné", "abandonnée", "dissous", "dissoute", "fermé", "fermée", "inactif", "inactive",
        "ended", "closed", "finished", "completed", "inactive",
    ].map(Vocabulary.key))

    static let statuses = ControlledValues<CooperationStatus>(CooperationStatus.allCases, synonyms: [
        ("Actif", .active, nil), ("En cours", .active, nil), ("Ongoing", .active, nil), ("En construction", .enConstruction, nil),
        ("En projet", .enConstruction, nil), ("Émergence", .enConstruction, nil), ("Planned", .enConstruction, nil),
    ])
}
