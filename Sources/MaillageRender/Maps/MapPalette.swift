import MaillageModel

/// Colours and shapes of the maps: the colours are `Palette`'s (the same as in the
/// exports and the report) as Graphviz writes them; each kind also has a shape, so a
/// map printed in grey still tells kinds apart.
public enum MapPalette {
    /// Okabe–Ito, as `#RRGGBB`.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    /// Clusters and territories, as `#RRGGBB` (`Palette.groups`).
    public static let groups = Palette.groups.map(\.hex)
    /// For groups beyond the palette and unknown values.
    public static let other = Palette.other.hex

    public static func color(of kind: ActorKind) -> String { Palette.color(of: kind).hex }

    /// Text colour readable on `color of kind` (white on dark fills).
    public static func fontColor(onKind kind: ActorKind) -> String {
        Palette.needsLightText(onKind: kind) ? "#FFFFFF" : "#000000"
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

    public static func color(of form: CooperationForm) -> String { Palette.color(of: form).hex }

    /// The colour of group `index` (cluster or territory); grey past the palette or when unknown.
    public static func groupColor(_ index: Int) -> String { Palette.groupColor(index).hex }

    /// Text colour readable on `groupColor(index)`.
    public static func fontColor(onGroup index: Int) -> String {
        Palette.needsLightText(onGroup: index) ? "#FFFFFF" : "#000000"
    }
}
