/// The form of a cooperation, as the booklet groups its cards (see the Model article of the documentation).
public enum CooperationForm: String, Sendable, CaseIterable, Codable, Comparable {
    /// Pooling of means (staff, premises, services).
    case mutualisation
    /// Partenariat de projets.
    case partenariat
    /// Collectif d'acteurs ESS.
    case collectif
    /// Regroupement d'acteurs ESS, entrepreneurs classiques, collectivités.
    case regroupement
    /// Structure d'appui, initiatrice de coopération.
    case appui
    /// Not stated: the cooperation is only named in `memberships.csv`.
    case unknown

    /// The values a dataset may write (everything but `unknown`).
    public static let datasetValues: [CooperationForm] = allCases.filter { $0 != .unknown }

    /// A French label for tables and maps.
    public var label: String {
        switch self {
        case .mutualisation: "mutualisation"
        case .partenariat: "partenariat de projets"
        case .collectif: "collectif d'acteurs ESS"
        case .regroupement: "regroupement d'acteurs"
        case .appui: "structure d'appui"
        case .unknown: "non renseignée"
        }
    }

    public static func < (lhs: CooperationForm, rhs: CooperationForm) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
