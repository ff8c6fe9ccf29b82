import MaillageModel

/// How one actor's place among the facilitator hubs changed between two dates: its rank
/// and score at each (nil where it is not among the hubs listed, or absent), and its
/// reasons at each.
public struct HubChange: Sendable {
    /// Its row in the old dataset; nil when absent there (it joined).
    public var oldActor: Int?
    /// Its row in the new dataset; nil when absent there (it left).
    public var newActor: Int?
    /// Rank among the old hubs listed; nil when not listed.
    public var oldRank: Int?
    /// Rank among the new hubs listed; nil when not listed.
    public var newRank: Int?
    public var oldScore: Double?
    public var newScore: Double?
    public var oldReasons: [HubReason]
    public var newReasons: [HubReason]

    public init(oldActor: Int?, newActor: Int?, oldRank: Int?, newRank: Int?, oldScore: Double?, newScore: Double?,
                oldReasons: [HubReason], newReasons: [HubReason]) {
        self.oldActor = oldActor
        self.newActor = newActor
        self.oldRank = oldRank
        self.newRank = newRank
        self.oldScore = oldScore
        self.newScore = newScore
        self.oldReasons = oldReasons
        self.newReasons = newReasons
    }

    /// Which way it went.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        /// Listed at both dates, better ranked now.
        case rose
        /// Listed at both dates, worse ranked now.
        case fell
        /// Listed at both dates, same rank.
        case held
        /// Listed now only.
        case entered
        /// Listed before only.
        case dropped
    }

    public var direction: Direction {
        switch (oldRank, newRank) {
        case let (o?, n?): n < o ? .rose : n > o ? .fell : .held
        case (nil, _?): .entered
        default: .dropped
        }
    }

    /// Places gained (old rank − new rank: positive when it rose); nil unless listed at both dates.
    public var rankChange: Int? {
        guard let oldRank, let newRank else { return nil }
        return oldRank - newRank
    }

    /// New score − old score; nil unless listed at both dates. Scores are scaled by the
    /// largest value in each network, so this compares places, not absolute amounts.
    public var scoreChange: Double? {
        guard let oldScore, let newScore else { return nil }
        return newScore - oldScore
    }

    /// The reasons worded in `language` that hold now and not before (`gained`) and
    /// before and not now (`lost`), each in its date's order.
    /// - Parameters:
    ///   - oldTerritoryNames: names of the old session's assignment territories.
    ///   - newTerritoryNames: names of the new session's assignment territories.
    ///   - language: French or English.
    public func reasonChanges(oldTerritoryNames: [String], newTerritoryNames: [String],
                              language: Language) -> (gained: [String], lost: [String]) {
        let before = oldReasons.map { $0.text(territoryNames: oldTerritoryNames, language: language) }
        let after = newReasons.map { $0.text(territoryNames: newTerritoryNames, language: language) }
        let beforeSet = Set(before), afterSet = Set(after)
        return (after.filter { !beforeSet.contains($0) }, before.filter { !afterSet.contains($0) })
    }
}
