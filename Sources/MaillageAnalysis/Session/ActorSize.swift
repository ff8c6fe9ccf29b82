import MaillageModel

/// What sets an actor's size on a map and in an export (`--size-by`): one of the numeric
/// measures of ``ActorMeasure/all``, or `employees`, its headcount (`Headcount.estimate`:
/// a band's midpoint), or `fte`, its full-time equivalents, so that a map shows where the
/// jobs are.
///
/// ```swift
/// let size = ActorSize.named("employees")   // .employees
/// session.sizes(by: size!)                  // one value per node, NaN without a headcount
/// ```
public enum ActorSize: Sendable, Hashable {
    /// A numeric measure (not a yes/no one).
    case measure(ActorMeasure)
    /// The actor's headcount.
    case employees
    /// The actor's full-time equivalents.
    case fullTimeEquivalents

    /// The key `--size-by` takes for the headcount.
    public static let employeesKey = "employees"
    /// The key `--size-by` takes for the full-time equivalents.
    public static let fullTimeEquivalentsKey = "fte"

    /// The size `key` names: `employees`, or a numeric measure of `mode`; nil otherwise.
    public static func named(_ key: String, in mode: GraphMode = .projected) -> ActorSize? {
        if key == employeesKey { return .employees }
        if key == fullTimeEquivalentsKey { return .fullTimeEquivalents }
        guard let measure = ActorMeasure.named(key), !measure.isBoolean, ActorMeasure.available(in: mode).contains(measure) else { return nil }
        return .measure(measure)
    }

    /// Every key `--size-by` accepts in `mode`: the numeric measures, then `employees` and `fte`.
    public static func keys(in mode: GraphMode = .projected) -> [String] {
        ActorMeasure.available(in: mode).filter { !$0.isBoolean }.map(\.key) + [employeesKey, fullTimeEquivalentsKey]
    }

    /// Whether the size is the actor's jobs (headcount or full-time equivalents): an actor
    /// that gives none is drawn smallest, not middling.
    public var isJobs: Bool { self == .employees || self == .fullTimeEquivalents }

    /// The key, as `--size-by` takes it.
    public var key: String {
        switch self {
        case .measure(let m): m.key
        case .employees: Self.employeesKey
        case .fullTimeEquivalents: Self.fullTimeEquivalentsKey
        }
    }

    /// The name in `language`, for a map's legend: « degré », « effectif salarié ».
    public func name(in language: Language) -> String {
        switch self {
        case .measure(let m): m.name(in: language)
        case .employees: language.pick("effectif salarié", "headcount")
        case .fullTimeEquivalents: language.pick("équivalents temps plein (ETP)", "full-time equivalents (FTE)")
        }
    }

    /// What a map's legend says the size shows: the name, and for the headcount how a band
    /// and a missing one are drawn.
    public func legend(in language: Language) -> String {
        switch self {
        case .measure(let m): m.name(in: language)
        case .employees: language.pick("effectif salarié (milieu de sa tranche ; sans effectif connu : le plus petit)",
                                       "headcount (the middle of its band; none known: smallest)")
        case .fullTimeEquivalents: language.pick("équivalents temps plein (ETP ; sans ETP connus : le plus petit)",
                                                 "full-time equivalents (FTE; none known: smallest)")
        }
    }

    /// The measure behind it, nil for the headcount.
    public var measure: ActorMeasure? {
        if case .measure(let m) = self { return m }
        return nil
    }
}

extension AnalysisSession {
    /// The value that sizes each node of the session's graph by `size`: in the projected
    /// mode one per actor, in the two-mode network the actors then the cooperations (which
    /// have no headcount: NaN). An actor without a headcount is NaN.
    public func sizes(by size: ActorSize) -> [Double] {
        switch size {
        case .measure(let m):
            return twoModeValues(of: m) ?? values(of: m)
        case .employees:
            let actors = dataset.actors.map { $0.employees?.estimate ?? .nan }
            guard settings.mode == .bipartite else { return actors }
            return actors + [Double](repeating: .nan, count: dataset.cooperations.count)
        case .fullTimeEquivalents:
            let actors = dataset.actors.map { $0.fullTimeEquivalents ?? .nan }
            guard settings.mode == .bipartite else { return actors }
            return actors + [Double](repeating: .nan, count: dataset.cooperations.count)
        }
    }
}
