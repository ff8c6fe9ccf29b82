/// What an ``AnalysisSession`` has computed, and how many times: the proof that each
/// thing is computed once, whatever asks for it.
public struct ComputationLog: Sendable, Equatable {
    /// The steps a session counts.
    public enum Step: String, Sendable, Hashable, CaseIterable {
        case twoModeNetwork = "two_mode_network"
        case projection
        case betweenness
        case measures
        case communities
        case territoryAssignment = "territory_assignment"
        case hubs
        case brokerage
        case layout
        case suggestions
    }

    /// Number of times each step ran.
    public private(set) var counts: [Step: Int] = [:]

    public init() {}

    /// How many times `step` ran.
    public subscript(step: Step) -> Int { counts[step] ?? 0 }

    mutating func record(_ step: Step) { counts[step, default: 0] += 1 }
}
