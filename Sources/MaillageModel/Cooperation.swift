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
    /// When it started, as written (a year, usually).
    public var started: String
    public var summary: String
    /// Where the record comes from (booklet section and card).
    public var source: String

    public init(
        id: String, name: String? = nil, form: CooperationForm = .unknown, sector: String = "",
        territories: [String] = [], declaredMembers: Int? = nil, status: CooperationStatus = .active,
        started: String = "", summary: String = "", source: String = ""
    ) {
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
}
