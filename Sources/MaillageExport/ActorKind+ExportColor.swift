import MaillageModel

extension ActorKind {
    /// The colour of an actor of this kind in exports (GEXF `viz:color`, GraphML `r`/`g`/`b`,
    /// `color` in JSON, CSV and DOT): one Okabe–Ito colour per kind of DESIGN §1, and a
    /// neutral grey (#999999, outside the palette) for an actor whose kind is not given.
    ///
    /// | kind | colour |
    /// |---|---|
    /// | structure | bluish green #009E73 |
    /// | collectivite | blue #0072B2 |
    /// | tete_de_reseau | vermillion #D55E00 |
    /// | appui | orange #E69F00 |
    /// | financeur | reddish purple #CC79A7 |
    /// | entreprise | yellow #F0E442 |
    /// | institution | sky blue #56B4E9 |
    /// | unknown | grey #999999 |
    public var exportColor: RGBColor {
        switch self {
        case .structure: OkabeIto.bluishGreen
        case .collectivite: OkabeIto.blue
        case .teteDeReseau: OkabeIto.vermillion
        case .appui: OkabeIto.orange
        case .financeur: OkabeIto.reddishPurple
        case .entreprise: OkabeIto.yellow
        case .institution: OkabeIto.skyBlue
        case .unknown: RGBColor(red: 0x99, green: 0x99, blue: 0x99)
        }
    }
}
