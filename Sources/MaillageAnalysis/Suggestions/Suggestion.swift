/// One suggested partnership: two actors who do not cooperate yet, its score and the
/// facts it rests on (worded by ``SuggestionReason``).
public struct Suggestion: Sendable, Equatable {
    /// The first actor (node index): of the two, the one whose id sorts first.
    public var first: Int
    /// The second actor (node index).
    public var second: Int
    /// The score of ``SuggestionWeights``; higher is more plausible.
    public var score: Double
    /// Common partners, resource allocation and Adamic–Adar.
    public var evidence: PairEvidence
    /// Both actors lie in the same territory.
    public var sameTerritory: Bool
    /// Both actors work in the same sector.
    public var sameSector: Bool
    /// The two actors lie in different clusters.
    public var bridgesClusters: Bool

    public init(first: Int, second: Int, score: Double, evidence: PairEvidence,
                sameTerritory: Bool, sameSector: Bool, bridgesClusters: Bool) {
        self.first = first
        self.second = second
        self.score = score
        self.evidence = evidence
        self.sameTerritory = sameTerritory
        self.sameSector = sameSector
        self.bridgesClusters = bridgesClusters
    }

    /// Whether `actor` is one of the two.
    public func involves(_ actor: Int) -> Bool { first == actor || second == actor }

    /// The other actor of the pair, given one of them.
    public func partner(of actor: Int) -> Int { first == actor ? second : first }
}
