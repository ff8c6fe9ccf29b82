import MaillageModel

/// The facilitator hubs of a cooperation network: the actors that hold it
/// together, ranked by a score that combines six signs of facilitation, each
/// scaled to 0–1 by its largest value in the network:
///
/// | weight | component |
/// |---|---|
/// | 0.30 | betweenness (share of shortest paths through the actor) |
/// | 0.15 | brokerage across territories: liaison + itinerant + gatekeeper counts (Gould–Fernandez) |
/// | 0.15 | facilitation roles: cooperations it animates or supports (×1) or carries (×0.5) |
/// | 0.15 | departure impact: pairs of actors that would lose every path if it left |
/// | 0.15 | territories its ties reach, beyond its own |
/// | 0.10 | kinds of actors its ties reach, beyond its own |
///
/// The score is 100 × the weighted sum. Groups for brokerage and territories are the
/// actors' territories at one level (``TerritoryAssignment``).
///
/// An actor is listed only when at least one facilitation fact holds for it: it lies on
/// shortest paths between others (betweenness > 0), its departure would split its
/// component (articulation point: it holds a bridge to the rest), it animates or
/// accompanies a cooperation, or it brokers between territories. A list asked for `top`
/// actors is shorter when fewer actors qualify (``eligibleCount``): no filler. Equal
/// scores share a rank (1, 2, 2, 4).
public struct FacilitatorHubs: Sendable {
    /// One ranked actor.
    public struct Hub: Sendable {
        public var actor: Int
        /// 1 + the number of hubs with a higher score: equal scores share a rank.
        public var rank: Int
        /// Another listed hub has the same score.
        public var isTied: Bool
        public var score: Double
        public var betweenness: Double
        public var brokerage: BrokerageCounts
        public var territoriesLinked: Int
        public var kindsLinked: Int
        public var isArticulationPoint: Bool
        public var animates: Int
        public var supports: Int
        public var carries: Int
        /// "What if this actor left?"
        public var departure: DepartureImpact
        public var reasons: [HubReason]
    }

    /// The hubs, best first: actors with at least one facilitation fact, up to `top`.
    public let hubs: [Hub]
    /// How many actors have at least one facilitation fact (the hubs are the first
    /// `min(top, eligibleCount)` of them).
    public let eligibleCount: Int
    public let assignment: TerritoryAssignment

    /// - Parameters:
    ///   - dataset: the (scoped) dataset the graph was built from.
    ///   - projected: its projected cooperation graph.
    ///   - assignment: each actor's territory at the chosen level.
    ///   - top: how many hubs to keep (the departure details are computed for those only).
    ///   - betweenness: the actors' betweenness when already computed (e.g. by an
    ///     ``AnalysisSession``, exact or sampled by its policy); nil computes it exactly.
    ///   - brokerage: the actors' brokerage between the territories of `assignment`, when
    ///     already computed (an ``AnalysisSession`` shares it with its territories'
    ///     brokers); nil computes it.
    /// - Complexity: O(n·m) for betweenness (unless given), O(Σ d²) for brokerage (unless given),
    ///   O(top · (n + m)) for departures.
    public init(dataset: Dataset, projected: ProjectedGraph, assignment: TerritoryAssignment, top: Int,
                betweenness: [Double]? = nil, brokerage: Brokerage? = nil) {
        self.assignment = assignment
        let g = projected.graph
        let n = g.nodeCount
        let groups = assignment.groupOfActor
        let betweenness = betweenness ?? betweennessCentrality(of: g, weighted: false)
        let brokerage = brokerage ?? Brokerage(g, groups: groups, groupCount: assignment.groupCount)
        let departures = DepartureCounts(g)

        var animates = [Int](repeating: 0, count: n), supports = animates, carries = animates
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor] else { continue }
            switch m.role {
            case .animateur: animates[a] += 1
            case .accompagnateur: supports[a] += 1
            case .porteur: carries[a] += 1
            default: break
            }
        }
        // The territories and kinds each actor's ties reach, its own included: a territory
        // stamped by the last actor that counted it, the kinds as bits (one pass over the
        // rows, no hashing: 35 million ties in a second).
        var territoriesLinked = [Int](repeating: 0, count: n), kindsLinked = territoriesLinked
        let kinds = ActorKind.allCases
        let kindBit = dataset.actors.map { actor in actor.kind == .unknown ? UInt32(0) : UInt32(1) << UInt32(kinds.firstIndex(of: actor.kind) ?? 0) }
        var stamp = [Int](repeating: -1, count: (groups.max() ?? -1) + 1)
        for v in 0..<n {
            var reached = 0
            if groups[v] >= 0 { stamp[groups[v]] = v; reached = 1 }
            var bits = kindBit[v]
            for w in g.neighbors(of: v) {
                let group = groups[Int(w)]
                if group >= 0, stamp[group] != v { stamp[group] = v; reached += 1 }
                bits |= kindBit[Int(w)]
            }
            territoriesLinked[v] = reached
            kindsLinked[v] = bits.nonzeroBitCount
        }
        let crossBrokerage = (0..<n).map { Double(brokerage.counts[$0].liaison + brokerage.counts[$0].itinerant + brokerage.counts[$0].gatekeeper) }
        let roles = (0..<n).map { Double(animates[$0] + supports[$0]) + 0.5 * Double(carries[$0]) }
        let components: [(weight: Double, values: [Double])] = [
            (0.30, betweenness),
            (0.15, crossBrokerage),
            (0.15, roles),
            (0.15, departures.disconnectedPairs.map(Double.init)),
            (0.15, territoriesLinked.map { Double(max($0 - 1, 0)) }),
            (0.10, kindsLinked.map { Double(max($0 - 1, 0)) }),
        ]
        var score = [Double](repeating: 0, count: n)
        for (weight, values) in components {
            let top = values.max() ?? 0
            guard top > 0 else { continue }
            for v in 0..<n { score[v] += weight * values[v] / top }
        }
        let betweennessOrder = (0..<n).sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : $0 < $1 }
        var betweennessRank = [Int](repeating: 0, count: n)
        for (i, v) in betweennessOrder.enumerated() { betweennessRank[v] = i + 1 }

        let facilitates: (Int) -> Bool = { v in
            g.degree(v) > 0 && (betweenness[v] > 0 || departures.isArticulationPoint(v) || animates[v] + supports[v] > 0
                                || crossBrokerage[v] > 0)
        }
        let candidates = (0..<n).filter(facilitates)
            .sorted { score[$0] != score[$1] ? score[$0] > score[$1] : dataset.actors[$0].id < dataset.actors[$1].id }
        eligibleCount = candidates.count
        let listed = Array(candidates.prefix(max(top, 0)))
        let impacts = listed.map { DepartureImpact(of: $0, in: g, groups: groups, groupCount: assignment.groupCount) }
        let cutters = Self.cutterCounts(graph: g, groups: groups, groupCount: assignment.groupCount, departures: departures,
                                        known: zip(listed, impacts).map { ($0, $1) })
        var hubs: [Hub] = []
        for (i, v) in listed.enumerated() {
            let impact = impacts[i]
            var reasons: [HubReason] = []
            if animates[v] > 0 { reasons.append(.animates(animates[v])) }
            if supports[v] > 0 { reasons.append(.supports(supports[v])) }
            if carries[v] > 0 { reasons.append(.carries(carries[v])) }
            if !impact.cutGroupPairs.isEmpty {
                reasons.append(.onlyLink(impact.cutGroupPairs, cutters: impact.cutGroupPairs.map { cutters?[$0] ?? 0 }))
            }
            if impact.isArticulationPoint {
                reasons.append(.articulation(disconnectedPairs: impact.disconnectedPairs, componentsCreated: impact.pieces.count - 1))
            }
            // Betweenness is named when it ranks high, and always when it is the actor's only
            // facilitation fact (so that every listed hub shows why it is listed).
            let shownBrokerage = brokerage.counts[v].liaison + brokerage.counts[v].itinerant > 0
            let otherFact = animates[v] + supports[v] > 0 || impact.isArticulationPoint || shownBrokerage
            if betweenness[v] > 0, betweennessRank[v] <= max(3, n / 10) || !otherFact { reasons.append(.betweennessRank(betweennessRank[v])) }
            if territoriesLinked[v] >= 2 { reasons.append(.linksTerritories(territoriesLinked[v])) }
            let counts = brokerage.counts[v]
            if counts.liaison + counts.itinerant > 0 {
                reasons.append(.brokersBetweenTerritories(liaison: counts.liaison, itinerant: counts.itinerant))
            }
            if kindsLinked[v] >= 3 { reasons.append(.linksKinds(kindsLinked[v])) }
            let rank = 1 + listed.prefix(i).count { !Self.sameScore(score[$0], score[v]) }
            let tied = listed.contains { $0 != v && Self.sameScore(score[$0], score[v]) }
            hubs.append(Hub(
                actor: v, rank: rank, isTied: tied, score: 100 * score[v], betweenness: betweenness[v], brokerage: counts,
                territoriesLinked: territoriesLinked[v], kindsLinked: kindsLinked[v],
                isArticulationPoint: impact.isArticulationPoint, animates: animates[v], supports: supports[v],
                carries: carries[v], departure: impact, reasons: reasons))
        }
        self.hubs = hubs
    }

    /// Scores equal up to rounding (they are sums of scaled components).
    static func sameScore(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    /// Work allowed for counting, for every pair of territories, how many actors' departure
    /// alone would cut it: one search per possible cutter, O(n + m) each.
    static let cutterWorkLimit = 200_000_000

    /// For every pair of territories that some actor's departure alone would cut, how many
    /// actors' departures would (the possible cutters are the articulation points and the
    /// actors that are their territory's only member in their component); nil when that
    /// would cost more than ``cutterWorkLimit``.
    static func cutterCounts(graph g: Graph, groups: [Int], groupCount: Int, departures: DepartureCounts,
                             known: [(Int, DepartureImpact)]) -> [DepartureImpact.GroupPair: Int]? {
        let n = g.nodeCount
        let components = ConnectedComponents(g)
        var membersInComponent: [Int: Int] = [:]   // key: component × groupCount + group
        for v in 0..<n where groups[v] >= 0 { membersInComponent[components.labels[v] * max(groupCount, 1) + groups[v], default: 0] += 1 }
        let possible = (0..<n).filter { v in
            g.degree(v) > 0 && (departures.isArticulationPoint(v)
                || (groups[v] >= 0 && membersInComponent[components.labels[v] * max(groupCount, 1) + groups[v]] == 1))
        }
        guard possible.count * (n + g.edgeCount) <= cutterWorkLimit else { return nil }
        let knownImpact = Dictionary(known.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        var counts: [DepartureImpact.GroupPair: Int] = [:]
        for v in possible {
            let impact = knownImpact[v] ?? DepartureImpact(of: v, in: g, groups: groups, groupCount: groupCount)
            for pair in impact.cutGroupPairs { counts[pair, default: 0] += 1 }
        }
        return counts
    }
}
