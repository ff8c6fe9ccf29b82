import MaillageModel

/// Colours and shapes of the maps. Colours are colour-blind-safe: Okabe & Ito's
/// eight for actor kinds and forms, Paul Tol's "muted" scheme for clusters and
/// territories (grey once they run out).
public enum MapPalette {
    /// Okabe–Ito.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    /// Paul Tol's muted qualitative scheme, then its light scheme.
    public static let groups = [
        "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33",
    ]
    /// For groups beyond the palette and unknown values.
    public static let other = "#DDDDDD"

    public static func color(of kind: ActorKind) -> String {
        switch kind {
        case .structure: "#009E73"
        case .collectivite: "#0072B2"
        case .teteDeReseau: "#D55E00"
        case .appui: "#E69F00"
        case .financeur: "#CC79A7"
        case .entreprise: "#56B4E9"
        case .institution: "#F0E442"
        case .unknown: "#BBBBBB"
        }
    }

    /// Text colour readable on `color of kind` (white on dark fills).
    public static func fontColor(onKind kind: ActorKind) -> String {
        switch kind {
        case .collectivite, .teteDeReseau: "#FFFFFF"
        default: "#000000"
        }
    }

    public static func shape(of kind: ActorKind) -> DOTAttribute.NodeShape {
        switch kind {
        case .structure: .ellipse
        case .collectivite: .box
        case .teteDeReseau: .doubleoctagon
        case .appui: .diamond
        case .financeur: .hexagon
        case .entreprise: .house
        case .institution: .invhouse
        case .unknown: .ellipse
        }
    }

    public static func color(of form: CooperationForm) -> String {
        switch form {
        case .mutualisation: "#88CCEE"
        case .partenariat: "#DDCC77"
        case .collectif: "#CC6677"
        case .regroupement: "#44AA99"
        case .appui: "#AA4499"
        case .unknown: "#DDDDDD"
        }
    }

    /// The colour of group `index` (cluster or territory); grey past the palette or when unknown.
    public static func groupColor(_ index: Int) -> String {
        index >= 0 && index < groups.count ? groups[index] : other
    }

    /// Text colour readable on `groupColor(index)`.
    public static func fontColor(onGroup index: Int) -> String {
        ["#332288", "#882255", "#117733", "#AA4499"].contains(groupColor(index)) ? "#FFFFFF" : "#000000"
    }
}
