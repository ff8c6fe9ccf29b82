/// How much work the suggestion engine does, and how it scores.
public struct SuggestionSettings: Sendable, Hashable {
    /// The score's weights.
    public var weights: SuggestionWeights
    /// How many suggestions each actor keeps (its best ones); the global list is the
    /// union of these lists.
    public var perActor: Int
    /// The largest number of partner-of-partner steps explored from one actor. Its
    /// partners are visited from the most selective (fewest partners) to the least, so
    /// what the bound leaves out are the hubs, whose evidence 1/k is the weakest.
    public var workPerActor: Int
    /// How many actors of the same territory and sector (those with most partners, then
    /// by id) each actor is offered as candidates even without a common partner.
    public var anchorsPerGroup: Int

    public init(weights: SuggestionWeights = SuggestionWeights(), perActor: Int = 20,
                workPerActor: Int = 20_000, anchorsPerGroup: Int = 10) {
        self.weights = weights
        self.perActor = perActor
        self.workPerActor = workPerActor
        self.anchorsPerGroup = anchorsPerGroup
    }
}
