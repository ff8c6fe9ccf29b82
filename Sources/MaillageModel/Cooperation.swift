/// A collective practice: one card of the booklet, one row of `cooperations.csv`.
public struct Cooperation: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var form: CooperationForm
    public var sector: String
    /// Ids of the territories the cooperation covers.
    public var territories: [String]
    /// A size the source gives without naming the members ("20 acteurs ESS").
    /// Members are never invented from it.
    public var declaredMembers: Int?
    public var status: CooperationStatus
    /// When it started (a year, usually); nil when not known.
    public var started: PartialDate?
    /// Its last date of activity, included; nil while it runs (or not known).
    public var ended: PartialDate?
    public var summary: String
    /// Where the record comes from (booklet section and card).
    public var source: String

    /// A cooperation; `started` and `ended` are optional, and an undated cooperation
    /// counts as present throughout (see ``Lifespan``).
    public init(
        id: String, name: String? = nil, form: CooperationForm = .unknown, sector: String = "",
        territories: [String] = [], declaredMembers: Int? = nil, status: CooperationStatus = .active,
        started: PartialDate? = nil, ended: PartialDate? = nil, summary: String = "", source: String = ""
    ) {
        self.ended = ended
        self.id = id
        self.name = name ?? id
        self.form = form
        self.sector = sector
        self.territories = territories
        self.declaredMembers = declaredMembers
        self.status = status
        self.started = started
        self.summary = summary
        self.source = source
    }

    /// A cooperation whose start is given as written; text that is no date
    /// (``PartialDate/init(_:)``) is dropped, so loaders validate it first.
    public init(
        id: String, name: String? = nil, form: CooperationForm = .unknown, sector: String = "",
        territories: [String] = [], declaredMembers: Int? = nil, status: CooperationStatus = .active,
        started: String, ended: PartialDate? = nil, summary: String = "", source: String = ""
    ) {
        self.init(id: id, name: name, form: form, sector: sector, territories: territories, declaredMembers: declaredMembers,
                  status: status, started: PartialDate(started), ended: ended, summary: summary, source: source)
    }

    /// `started` … `ended`.
    public var lifespan: Lifespan { Lifespan(start: started, end: ended) }
}
