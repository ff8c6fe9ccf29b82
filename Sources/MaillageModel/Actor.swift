/// An organisation that takes part in cooperations.
public struct Actor: Sendable, Hashable, Identifiable {
    /// The dataset's identifier, a free string unique among actors.
    public var id: String
    /// Display name; the id when the dataset gives none.
    public var name: String
    public var kind: ActorKind
    /// Legal form as stated (association, SCIC, SARL, GIE, EPCI…), possibly empty.
    public var legalForm: String
    public var sector: String
    /// Ids of the territories where the actor is located.
    public var territories: [String]
    public var website: String

    public init(
        id: String, name: String? = nil, kind: ActorKind = .unknown, legalForm: String = "",
        sector: String = "", territories: [String] = [], website: String = ""
    ) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.legalForm = legalForm
        self.sector = sector
        self.territories = territories
        self.website = website
    }
}
