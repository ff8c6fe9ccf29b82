/// Real-valued figures per brokerage role: the probability that one open pair falls in
/// each role under random assignment of groups, or the expected counts of a broker
/// (its open pairs times those probabilities). See
/// ``BrokerageRates/probabilities(brokerGroup:groupSizes:unknownCount:)``.
public struct BrokerageRates: Sendable, Hashable, Codable {
    public var coordinator: Double
    public var itinerant: Double
    public var gatekeeper: Double
    public var liaison: Double
    public var unclassified: Double

    public init(coordinator: Double = 0, itinerant: Double = 0, gatekeeper: Double = 0,
                liaison: Double = 0, unclassified: Double = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.unclassified = unclassified
    }

    /// The figure of one role.
    public subscript(role: BrokerageRole) -> Double {
        switch role {
        case .coordinator: coordinator
        case .itinerant: itinerant
        case .gatekeeper: gatekeeper
        case .liaison: liaison
        }
    }

    /// Every figure multiplied by `factor`.
    public func scaled(by factor: Double) -> BrokerageRates {
        BrokerageRates(coordinator: coordinator * factor, itinerant: itinerant * factor,
                       gatekeeper: gatekeeper * factor, liaison: liaison * factor,
                       unclassified: unclassified * factor)
    }

    /// Probability that one open pair {a, c} of a broker b falls in each role when groups
    /// are assigned at random — the null model Gould & Fernandez (1989) normalise by.
    ///
    /// Null model: the group sizes are held fixed and b keeps its group; the labels of the
    /// n − 1 other nodes are permuted at random, so a and c are two nodes drawn without
    /// replacement from those n − 1. Write N = n − 1, U the number of other nodes of
    /// unknown group, K = N − U, m_g the number of other nodes in group g (for b's group
    /// β, m_β = n_β − 1) and P = C(N, 2). Then
    ///
    /// - coordinator: C(m_β, 2) / P
    /// - itinerant: Σ_{g≠β} C(m_g, 2) / P
    /// - gatekeeper: m_β (K − m_β) / P
    /// - liaison: [C(K − m_β, 2) − Σ_{g≠β} C(m_g, 2)] / P
    /// - unclassified: [P − C(K, 2)] / P (a pair holding at least one unknown node)
    ///
    /// which sum to 1. When b's group is unknown every pair is unclassified (probability
    /// 1). When N < 2 no pair exists and every probability is 0.
    ///
    /// - Parameters:
    ///   - brokerGroup: b's group id, nil (or negative) when unknown.
    ///   - groupSizes: the number of nodes of each group in the whole graph, b included.
    ///   - unknownCount: the number of nodes of unknown group in the whole graph, b
    ///     included when its group is unknown.
    /// - Complexity: O(G) for G groups.
    public static func probabilities(brokerGroup: Int?, groupSizes: [Int], unknownCount: Int) -> BrokerageRates {
        let n = groupSizes.reduce(unknownCount, +)
        let others = n - 1
        let pairs = Double(UnorderedPairs.among(others))
        guard others >= 2 else { return BrokerageRates() }
        guard let beta = brokerGroup, beta >= 0 else { return BrokerageRates(unclassified: 1) }
        precondition(beta < groupSizes.count && groupSizes[beta] >= 1, "the broker's group must hold the broker")
        let mBeta = groupSizes[beta] - 1
        let known = others - unknownCount
        var sameOther = 0  // Σ_{g≠β} C(m_g, 2)
        for (g, size) in groupSizes.enumerated() where g != beta { sameOther += UnorderedPairs.among(size) }
        let coordinator = UnorderedPairs.among(mBeta)
        let gatekeeper = mBeta * (known - mBeta)
        let liaison = UnorderedPairs.among(known - mBeta) - sameOther
        let unclassified = UnorderedPairs.among(others) - UnorderedPairs.among(known)
        return BrokerageRates(coordinator: Double(coordinator) / pairs,
                              itinerant: Double(sameOther) / pairs,
                              gatekeeper: Double(gatekeeper) / pairs,
                              liaison: Double(liaison) / pairs,
                              unclassified: Double(unclassified) / pairs)
    }
}
