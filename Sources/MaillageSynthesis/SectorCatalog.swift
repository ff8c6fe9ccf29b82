/// The fields of activity of the synthetic ESS structures, with how often each
/// occurs, how its structures and projects are named, and its networks (têtes de
/// réseau) at département and région level.
struct Sector: Sendable {
    /// The value written in the `sector` columns.
    var name: String
    /// A short word for cooperation names ("réemploi").
    var short: String
    /// Share of ESS structures in this sector (the shares add up to 1).
    var share: Double
    /// Structure name templates and their legal form; `{N}` is an evocative name,
    /// `{P}` a place.
    var structures: [(template: String, legalForm: String)]
    /// Objects of project partnerships ("Collecte textile").
    var projects: [String]
    /// The sector's network in each département (`{D}`: "du Nord"), if any.
    var departementNetwork: String?
    /// The sector's network in each région (`{R}`: "Hauts-de-France", `{oR}`: "des Hauts-de-France"), if any.
    var regionNetwork: String?
}

enum SectorCatalog {
    static let sectors: [Sector] = [
        Sector(
            name: "Insertion par l'activité économique", short: "insertion", share: 0.15,
            structures: [
                ("Chantier d'insertion {N}", "association"), ("Association intermédiaire {P}", "association"),
                ("Entreprise d'insertion {N}", "SAS"), ("Régie de quartier {P}", "association"),
                ("Entreprise adaptée {N}", "SCOP"), ("Groupement d'employeurs {P}", "association"),
                ("ESAT {N}", "association"),
            ],
            projects: ["Parcours vers l'emploi", "Clauses sociales dans les marchés publics", "Chantier de rénovation du patrimoine", "Forum de l'emploi solidaire"],
            departementNetwork: "Inter-réseau de l'insertion par l'activité économique {D}",
            regionNetwork: "COORACE {R}"),
        Sector(
            name: "Réemploi et économie circulaire", short: "réemploi", share: 0.07,
            structures: [
                ("Ressourcerie {P}", "association"), ("Recyclerie {N}", "association"), ("Atelier vélo {N}", "association"),
                ("Repair café {P}", "association"), ("SCIC {N} Réemploi", "SCIC"),
            ],
            projects: ["Collecte textile", "Déchèterie du réemploi", "Matériauthèque", "Zéro déchet"],
            departementNetwork: nil,
            regionNetwork: "Réseau des ressourceries {oR}"),
        Sector(
            name: "Alimentation et circuits courts", short: "alimentation", share: 0.09,
            structures: [
                ("Épicerie solidaire {P}", "association"), ("AMAP {P}", "association"), ("Jardin de cocagne {P}", "association"),
                ("Restaurant associatif {N}", "association"), ("Coopérative alimentaire {N}", "SCIC"),
            ],
            projects: ["Circuit court", "Légumerie solidaire", "Paniers solidaires", "Projet alimentaire territorial"],
            departementNetwork: "Réseau des AMAP {D}",
            regionNetwork: nil),
        Sector(
            name: "Services à la personne", short: "services à la personne", share: 0.10,
            structures: [
                ("ADMR {P}", "association"), ("Aide à domicile {N}", "association"), ("SSIAD {P}", "association"),
                ("EHPAD {N}", "association"), ("Portage de repas {P}", "association"),
            ],
            projects: ["Aide aux aidants", "Portage de repas", "Lutte contre l'isolement des aînés"],
            departementNetwork: "Fédération ADMR {D}",
            regionNetwork: nil),
        Sector(
            name: "Petite enfance et éducation populaire", short: "éducation populaire", share: 0.10,
            structures: [
                ("Centre social {P}", "association"), ("Crèche parentale {N}", "association"), ("MJC {P}", "association"),
                ("Ludothèque {N}", "association"), ("Foyer rural {P}", "association"),
            ],
            projects: ["Accueil périscolaire", "Fête de quartier", "Université populaire", "Lieu d'accueil parents-enfants"],
            departementNetwork: "Fédération des centres sociaux {D}",
            regionNetwork: nil),
        Sector(
            name: "Culture", short: "culture", share: 0.10,
            structures: [
                ("Compagnie {N}", "association"), ("Café culturel {N}", "association"), ("Festival {N}", "association"),
                ("Radio associative {N}", "association"), ("Coopérative d'artistes {N}", "SCOP"),
            ],
            projects: ["Festival", "Résidence d'artistes", "Saison culturelle", "Éducation artistique"],
            departementNetwork: nil,
            regionNetwork: "Réseau des musiques actuelles {oR}"),
        Sector(
            name: "Sport et loisirs", short: "sport", share: 0.07,
            structures: [
                ("Union sportive {P}", "association"), ("Club de randonnée {N}", "association"), ("Association sportive {P}", "association"),
            ],
            projects: ["Tournoi solidaire", "Sport-santé", "Sport dans les quartiers"],
            departementNetwork: "Comité départemental olympique et sportif {D}",
            regionNetwork: nil),
        Sector(
            name: "Habitat et énergie", short: "habitat", share: 0.05,
            structures: [
                ("SCIC {N} Énergies citoyennes", "SCIC"), ("Compagnons bâtisseurs {P}", "association"),
                ("Habitat partagé {N}", "association"), ("Agence locale de l'énergie {P}", "association"),
            ],
            projects: ["Rénovation énergétique", "Centrale villageoise", "Auto-réhabilitation accompagnée"],
            departementNetwork: nil,
            regionNetwork: "Réseau Énergies citoyennes {R}"),
        Sector(
            name: "Mobilité", short: "mobilité", share: 0.03,
            structures: [("Garage solidaire {P}", "association"), ("Plateforme mobilité {N}", "association"), ("Auto-école sociale {P}", "association")],
            projects: ["Garage solidaire", "Covoiturage rural", "Location solidaire de véhicules"],
            departementNetwork: nil, regionNetwork: nil),
        Sector(
            name: "Santé et action sociale", short: "santé", share: 0.09,
            structures: [
                ("Accueil de jour {N}", "association"), ("Maison de santé {P}", "SISA"), ("Mutuelle {N}", "mutuelle"),
                ("Centre d'hébergement {N}", "association"),
            ],
            projects: ["Prévention santé", "Accès aux droits", "Maison de santé pluriprofessionnelle"],
            departementNetwork: nil,
            regionNetwork: "URIOPSS {R}"),
        Sector(
            name: "Tourisme social", short: "tourisme social", share: 0.03,
            structures: [("Gîte {N}", "association"), ("Village vacances {N}", "association"), ("Auberge de jeunesse {P}", "association")],
            projects: ["Séjours solidaires", "Randonnée accessible", "Vacances pour tous"],
            departementNetwork: nil,
            regionNetwork: "UNAT {R}"),
        Sector(
            name: "Agriculture", short: "agriculture", share: 0.04,
            structures: [("CUMA {P}", "coopérative agricole"), ("Coopérative agricole {N}", "coopérative agricole"), ("Ferme collective {N}", "GAEC")],
            projects: ["Matériel agricole partagé", "Installation paysanne", "Transformation à la ferme"],
            departementNetwork: "Fédération des CUMA {D}",
            regionNetwork: nil),
        Sector(
            name: "Numérique", short: "numérique", share: 0.03,
            structures: [("Fab lab {N}", "association"), ("Espace public numérique {P}", "association"), ("Coopérative numérique {N}", "SCOP")],
            projects: ["Inclusion numérique", "Fab lab partagé", "Reconditionnement d'ordinateurs"],
            departementNetwork: nil,
            regionNetwork: "Hub pour un numérique inclusif {R}"),
        Sector(
            name: "Commerce équitable", short: "commerce équitable", share: 0.02,
            structures: [("Artisans du Monde {P}", "association"), ("Boutique équitable {N}", "SCIC")],
            projects: ["Quinzaine du commerce équitable", "Filière équitable locale"],
            departementNetwork: nil, regionNetwork: nil),
        Sector(
            name: "Finance solidaire", short: "finance solidaire", share: 0.03,
            structures: [("Association de microcrédit {N}", "association"), ("Mutuelle de prévoyance {N}", "mutuelle")],
            projects: ["Microcrédit personnel", "Épargne solidaire locale"],
            departementNetwork: nil, regionNetwork: nil),
    ]

    /// Sectors of the businesses of the classical economy, with name templates
    /// (`{S}` a surname, `{P}` a place, `{N}` an evocative name).
    static let businessSectors: [(sector: String, templates: [(String, String)])] = [
        ("Bâtiment", [("SARL {S} Bâtiment", "SARL"), ("Menuiserie {S}", "SARL"), ("Plomberie {S} et fils", "SARL"), ("Charpente {S}", "SAS")]),
        ("Commerce", [("Boulangerie {S}", "SARL"), ("Épicerie {S}", "EI"), ("Supérette {P}", "SAS"), ("Librairie {N}", "SARL")]),
        ("Transport et logistique", [("Transports {S}", "SAS"), ("Taxi {P}", "EI"), ("Logistique {S}", "SAS")]),
        ("Restauration", [("Restaurant {N}", "SARL"), ("Traiteur {S}", "SARL"), ("Brasserie {P}", "SAS")]),
        ("Industrie", [("Imprimerie {P}", "SAS"), ("Métallerie {S}", "SAS"), ("Plasturgie {P}", "SA")]),
        ("Services aux entreprises", [("{S} Conseil", "SARL"), ("Cabinet comptable {S}", "SARL"), ("Nettoyage {P}", "SAS")]),
    ]

    /// Family names used for businesses ("Boulangerie Moreau"): common French surnames,
    /// never paired with a first name.
    static let surnames = [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin",
        "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval",
        "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard",
        "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
    ]
}
