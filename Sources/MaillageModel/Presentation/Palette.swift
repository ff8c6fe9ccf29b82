/// The one palette of Maillage: the colour of each actor kind, cooperation form and
/// group (cluster or territory), shared by the maps, the exports (GEXF `viz:color`,
/// GraphML `r`/`g`/`b`, `color` in JSON, CSV and DOT) and the report, so an actor has
/// the same colour wherever it is seen.
///
/// Kinds use Okabe & Ito's colour-blind-safe colours (``OkabeIto``), with a light grey
/// for an actor whose kind is not given; clusters and territories use Paul Tol's
/// "muted" scheme then his "light" one, grey once they run out.
///
/// | kind | colour |
/// |---|---|
/// | structure | bluish green #009E73 |
/// | collectivite | blue #0072B2 |
/// | tete_de_reseau | vermillion #D55E00 |
/// | appui | orange #E69F00 |
/// | financeur | reddish purple #CC79A7 |
/// | entreprise | sky blue #56B4E9 |
/// | institution | yellow #F0E442 |
/// | unknown | light grey #BBBBBB |
public enum Palette {
    /// The colour of an actor of `kind`.
    public static func color(of kind: ActorKind) -> RGBColor {
        switch kind {
        case .structure: OkabeIto.bluishGreen
        case .collectivite: OkabeIto.blue
        case .teteDeReseau: OkabeIto.vermillion
        case .appui: OkabeIto.orange
        case .financeur: OkabeIto.reddishPurple
        case .entreprise: OkabeIto.skyBlue
        case .institution: OkabeIto.yellow
        case .unknown: RGBColor(red: 0xBB, green: 0xBB, blue: 0xBB)
        }
    }

    /// Whether text drawn on `kind`'s colour should be white (dark fills) rather than
    /// black: whichever contrasts at least 4.5:1 (WCAG AA), black on vermillion (5.4:1,
    /// white only 3.9:1), white on blue (5.2:1).
    public static func needsLightText(onKind kind: ActorKind) -> Bool {
        kind == .collectivite
    }

    /// The colour of a cooperation of `form` (Paul Tol's muted colours).
    public static func color(of form: CooperationForm) -> RGBColor {
        switch form {
        case .mutualisation: RGBColor(hex: 0x88CCEE)
        case .partenariat: RGBColor(hex: 0xDDCC77)
        case .collectif: RGBColor(hex: 0xCC6677)
        case .regroupement: RGBColor(hex: 0x44AA99)
        case .appui: RGBColor(hex: 0xAA4499)
        case .unknown: RGBColor(hex: 0xDDDDDD)
        }
    }

    /// Paul Tol's muted qualitative scheme, then his light scheme: the colours of
    /// clusters and territories, in order.
    public static let groups: [RGBColor] = [
        0xCC6677, 0x332288, 0xDDCC77, 0x117733, 0x88CCEE, 0x882255, 0x44AA99, 0x999933, 0xAA4499,
        0x77AADD, 0xEE8866, 0xEEDD88, 0xFFAABB, 0x99DDFF, 0x44BB99, 0xBBCC33,
    ].map(RGBColor.init(hex:))

    /// The colour of groups beyond ``groups`` and of unknown values.
    public static let other = RGBColor(hex: 0xDDDDDD)

    /// The colour of group `index` (a cluster or territory number); ``other`` past the
    /// palette or for a negative index (no group).
    public static func groupColor(_ index: Int) -> RGBColor {
        index >= 0 && index < groups.count ? groups[index] : other
    }

    /// Whether text drawn on `groupColor(index)` should be white rather than black.
    public static func needsLightText(onGroup index: Int) -> Bool {
        [0x332288, 0x882255, 0x117733, 0xAA4499].map(RGBColor.init(hex:)).contains(groupColor(index))
    }
}
