import MaillageModel

/// The figures `maillage summary` reports: what the dataset holds and how the
/// projected cooperation graph hangs together.
public struct DatasetSummary: Sendable {
    public var actors: Int
    public var cooperations: Int
    public var memberships: Int
    public var territories: Int
    public var actorsByKind: [(kind: ActorKind, count: Int)]
    public var cooperationsByForm: [(form: CooperationForm, count: Int)]
    public var territoriesByLevel: [(level: TerritoryLevel, count: Int)]
    public var membershipsByRole: [(role: MembershipRole, count: Int)]
    /// Cooperations whose source gives a size without naming every member.
    public var cooperationsWithDeclaredSize: Int
    /// The actors' employees added up (`HeadcountTotal`); empty when no actor gives a headcount.
    public var employees: HeadcountTotal
    /// The actors' full-time equivalents added up (`FullTimeEquivalentTotal`); empty when no actor gives them.
    public var fullTimeEquivalents: FullTimeEquivalentTotal
    /// Number of ties of the projected graph (actors sharing at least one cooperation).
    public var ties: Int
    /// Ties over possible ties: 2m / (n (n − 1)); 0 below two actors.
    public var density: Double
    /// Connected components of the projected graph, isolated actors included.
    public var components: Int
    /// Size of the largest component.
    public var largestComponent: Int
    /// Actors with no tie (in no cooperation with anyone else).
    public var isolatedActors: Int

    /// Summarises `dataset` and its projected graph `projected` (built from the same dataset).
    /// - Complexity: O(n + m + memberships).
    public init(dataset: Dataset, projected: ProjectedGraph) {
        actors = dataset.actors.count
        cooperations = dataset.cooperations.count
        memberships = dataset.memberships.count
        territories = dataset.territories.count
        // One pass per table, reading only the field counted (no copy of each row).
        func tally<Row, Value: Hashable>(_ rows: [Row], _ all: [Value], _ value: (Row) -> Value) -> [(Value, Int)] {
            var counts: [Value: Int] = [:]
            rows.withUnsafeBufferPointer { rows in
                for i in rows.indices { counts[value(rows[i]), default: 0] += 1 }
            }
            return all.compactMap { v in counts[v].map { (v, $0) } }
        }
        actorsByKind = tally(dataset.actors, ActorKind.allCases) { $0.kind }
        cooperationsByForm = tally(dataset.cooperations, CooperationForm.allCases) { $0.form }
        territoriesByLevel = tally(dataset.territories, TerritoryLevel.allCases) { $0.level }
        membershipsByRole = tally(dataset.memberships, MembershipRole.allCases) { $0.role }
        cooperationsWithDeclaredSize = dataset.cooperations.withUnsafeBufferPointer { rows in
            rows.indices.count { rows[$0].declaredMembers != nil }
        }
        employees = dataset.employees
        fullTimeEquivalents = dataset.fullTimeEquivalents
        let graph = projected.graph
        ties = graph.edgeCount
        let n = Double(graph.nodeCount)
        density = graph.nodeCount < 2 ? 0 : 2 * Double(graph.edgeCount) / (n * (n - 1))
        let parts = ConnectedComponents(graph)
        components = parts.count
        largestComponent = parts.sizes.max() ?? 0
        isolatedActors = (0..<graph.nodeCount).count { graph.degree($0) == 0 }
    }
}
