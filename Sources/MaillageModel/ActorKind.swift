/// The kind of an organisation taking part in cooperations (see the Model article of the documentation).
///
/// Raw values are the dataset's vocabulary (French, as the field speaks it).
public enum ActorKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// ESS structure: association, SCIC, SCOP, ACI, AI, centre social…
    case structure
    /// Local authority: commune, EPCI, pays, département, région.
    case collectivite
    /// Network head: APES, CRESS, COORACE, URSCOP…
    case teteDeReseau = "tete_de_reseau"
    /// Support structure: DLA, consultancy, incubator…
    case appui
    /// Funder: Pas-de-Calais Actif, Cigales clubs…
    case financeur
    /// Business of the classical economy: SARL, artisans, CAPEB…
    case entreprise
    /// State services, ARS, chambers…
    case institution
    /// Not stated: the actor is only named in `memberships.csv`.
    case unknown

    /// The values a dataset may write (everything but `unknown`).
    public static let datasetValues: [ActorKind] = allCases.filter { $0 != .unknown }

    /// A French label for tables and maps.
    public var label: String {
        switch self {
        case .structure: "structure ESS"
        case .collectivite: "collectivité"
        case .teteDeReseau: "tête de réseau"
        case .appui: "structure d'appui"
        case .financeur: "financeur"
        case .entreprise: "entreprise"
        case .institution: "institution"
        case .unknown: "non renseigné"
        }
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
