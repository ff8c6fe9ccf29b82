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
    /// When the organisation was founded (or entered the network); nil when not known.
    public var founded: PartialDate?
    /// Its last date of activity, included; nil while active (or not known).
    public var closed: PartialDate?
    /// Its own place in WGS 84 (`lat`, `lon` columns); nil places it at its territory's.
    public var coordinate: GeoCoordinate?
    /// The INSEE code of its commune (`insee` column), nil when not given.
    public var insee: String?
    /// Its SIRET (an establishment's 14 digits), as the dataset gives it, without spaces; nil when not given.
    public var siret: String?
    /// Its SIREN (the legal unit's 9 digits), when the dataset gives it apart from a SIRET; nil otherwise.
    public var siren: String?
    /// Its number in the register of associations (RNA: « W » and 9 characters); nil when not given.
    public var rna: String?
    /// How many people it employs (`employees` column: a count, or INSEE's band of SIRENE); nil when not given.
    public var employees: Headcount?
    /// Its full-time equivalents (`fte` column, « ETP »): the jobs counted in hours worked
    /// rather than in people, as observatories and insertion networks report them; nil when not given.
    public var fullTimeEquivalents: Double?

    /// An actor; `founded` and `closed` are optional, and an undated actor counts as
    /// present throughout (see ``Lifespan``); `siret`, `siren` and `rna` are its register
    /// numbers, kept so that results join back to the observatory's own lists; `employees`
    /// its headcount, `fullTimeEquivalents` its jobs in full-time equivalents.
    public init(
        id: String, name: String? = nil, kind: ActorKind = .unknown, legalForm: String = "",
        sector: String = "", territories: [String] = [], website: String = "",
        founded: PartialDate? = nil, closed: PartialDate? = nil, coordinate: GeoCoordinate? = nil, insee: String? = nil,
        siret: String? = nil, siren: String? = nil, rna: String? = nil, employees: Headcount? = nil,
        fullTimeEquivalents: Double? = nil
    ) {
        self.employees = employees
        self.fullTimeEquivalents = fullTimeEquivalents
        self.siret = siret
        self.siren = siren
        self.rna = rna
        self.coordinate = coordinate
        self.insee = insee
        self.founded = founded
        self.closed = closed
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.legalForm = legalForm
        self.sector = sector
        self.territories = territories
        self.website = website
    }

    /// `founded` … `closed`.
    public var lifespan: Lifespan { Lifespan(start: founded, end: closed) }
}
