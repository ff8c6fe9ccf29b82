import MaillageGraph
import MaillageModel
import MaillageSupport

/// The honest test of the suggestions: hide a share of the cooperations, suggest from
/// the rest, and see whether the ties only the hidden cooperations made come first.
///
/// For each of ``repetitions`` splits (seeds `seed`, `seed + 1`, …), a share
/// ``hiddenShare`` of the cooperations with at least two members is hidden (chosen by a
/// seeded shuffle). The training network is the projected graph of the rest; its
/// territory assignment, sectors and communities (Leiden, seed `seed`) are recomputed
/// from it. The positives are the pairs tied in the full network but not in the training
/// one; the negatives are every other pair not tied in training. Every predictor
/// (``LinkPredictor``) scores every such pair, and:
///
/// - precision at k is the share of positives among the k best-scored pairs; pairs of
///   equal score at the k-th place count by their expected share (as if ties were broken
///   at random), so a predictor gains nothing from an arbitrary order;
/// - AUC is the probability that a positive scores above a negative, ties counting one
///   half (the Mann–Whitney statistic).
///
/// Figures are means over the splits that hid at least one positive.
///
/// - Complexity: O(r · (n² + Σ_z k(z)²)) for r splits and n actors: every pair is scored,
///   so this is for datasets of a few thousand actors at most.
public struct LinkPredictionEvaluation: Sendable {
    /// The figures of one predictor.
    public struct Row: Sendable, Equatable {
        public var predictor: LinkPredictor
        /// Mean precision at each k of ``ks``, in order.
        public var precision: [Double]
        /// Mean AUC.
        public var auc: Double
    }

    public let hiddenShare: Double
    public let repetitions: Int
    public let seed: UInt64
    /// The k of the precisions.
    public let ks: [Int]
    /// Splits with at least one positive (those averaged).
    public let usedSplits: Int
    /// Mean number of positives (hidden ties) per used split.
    public let meanPositives: Double
    /// Mean number of candidate pairs (not tied in training) per used split.
    public let meanCandidates: Double
    /// One row per predictor, in ``LinkPredictor`` order.
    public let rows: [Row]

    /// Evaluates every predictor on `dataset`.
    /// - Parameters:
    ///   - dataset: the dataset whose cooperations are hidden in part.
    ///   - seed: the seed of the hidden shares.
    ///   - hiddenShare: the share of cooperations hidden in each split.
    ///   - repetitions: how many splits are averaged.
    ///   - ks: the cut-offs of precision at k.
    ///   - level: the territory level (nil: the automatic level of the full dataset).
    ///   - settings: the suggestion engine's settings for ``LinkPredictor/maillageListed``.
    public init(dataset: Dataset, hiddenShare: Double = 0.2, repetitions: Int = 10, seed: UInt64 = 1,
                ks: [Int] = [10, 50], level: TerritoryLevel? = nil, settings: SuggestionSettings = SuggestionSettings()) {
        self.hiddenShare = hiddenShare
        self.repetitions = repetitions
        self.seed = seed
        self.ks = ks
        let level = level ?? TerritoryAssignment.automaticLevel(for: dataset)
        let predictors = LinkPredictor.allCases
        var sums = [(precision: [Double], auc: Double)](repeating: ([Double](repeating: 0, count: ks.count), 0), count: predictors.count)
        var used = 0
        var positives = 0.0, candidates = 0.0
        let full = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: .count).graph
        for r in 0..<max(0, repetitions) {
            let training = Self.hide(share: hiddenShare, of: dataset, seed: seed &+ UInt64(r))
            let graph = ProjectedGraph(network: TwoModeNetwork(dataset: training), projection: .count).graph
            let split = Split(full: full, training: graph)
            guard split.positiveCount > 0 else { continue }
            used += 1
            positives += Double(split.positiveCount)
            candidates += Double(split.labels.count)
            let partition = CommunityMethod.leiden.communities(of: graph, resolution: 1, seed: seed)
            let context = SuggestionContext(
                ids: dataset.actors.map(\.id), territory: TerritoryAssignment(dataset: training, level: level).groupOfActor,
                sector: SectorGroups(sectors: dataset.actors.map(\.sector)).groupOfActor,
                cluster: (0..<graph.nodeCount).map { graph.degree($0) > 0 ? partition.membership[$0] : -1 })
            for (p, predictor) in predictors.enumerated() {
                let scores = split.scores(of: predictor, graph: graph, context: context, settings: settings, seed: seed &+ UInt64(r))
                let figures = Self.figures(scores: scores, labels: split.labels, ks: ks)
                for i in ks.indices { sums[p].precision[i] += figures.precision[i] }
                sums[p].auc += figures.auc
            }
        }
        usedSplits = used
        let d = Double(max(used, 1))
        meanPositives = positives / d
        meanCandidates = candidates / d
        rows = predictors.enumerated().map { p, predictor in
            Row(predictor: predictor, precision: sums[p].precision.map { $0 / d }, auc: sums[p].auc / d)
        }
    }

    /// `dataset` without a seeded share of its cooperations of two members or more
    /// (and their memberships); at least one is hidden when any qualifies.
    static func hide(share: Double, of dataset: Dataset, seed: UInt64) -> Dataset {
        var members = [Int](repeating: 0, count: dataset.cooperations.count)
        for link in dataset.links { members[Int(link.cooperation)] += 1 }
        var eligible = dataset.cooperations.indices.filter { members[$0] >= 2 }
        var rng = SeededGenerator(seed: seed)
        rng.shuffle(&eligible)
        let count = eligible.isEmpty ? 0 : max(1, Int((share * Double(eligible.count)).rounded()))
        let hidden = Set(eligible.prefix(count).map { dataset.cooperations[$0].id })
        return Dataset(name: dataset.name, actors: dataset.actors,
                       cooperations: dataset.cooperations.filter { !hidden.contains($0.id) },
                       memberships: dataset.memberships.filter { !hidden.contains($0.cooperation) },
                       territories: dataset.territories, provenance: dataset.provenance)
    }

    /// Precision at each k and AUC of `scores` against `labels` (true: positive).
    /// - Complexity: O(P log P) for P pairs.
    static func figures(scores: [Double], labels: [Bool], ks: [Int]) -> (precision: [Double], auc: Double) {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        // Groups of equal score, best first: (size, positives).
        var groups: [(size: Int, positives: Int)] = []
        var i = 0
        while i < order.count {
            var j = i, pos = 0
            while j < order.count && scores[order[j]] == scores[order[i]] {
                if labels[order[j]] { pos += 1 }
                j += 1
            }
            groups.append((j - i, pos))
            i = j
        }
        let precision = ks.map { k -> Double in
            guard k > 0 else { return 0 }
            var taken = 0, expected = 0.0
            for g in groups where taken < k {
                let take = min(g.size, k - taken)
                expected += Double(g.positives) * Double(take) / Double(g.size)
                taken += take
            }
            return expected / Double(k)
        }
        // Mann–Whitney from the groups, worst first: a positive beats every negative below it, ties half.
        let totalPositives = groups.reduce(0) { $0 + $1.positives }
        let totalNegatives = labels.count - totalPositives
        guard totalPositives > 0, totalNegatives > 0 else { return (precision, 0.5) }
        var negativesBelow = 0.0, wins = 0.0
        for g in groups.reversed() {
            let negatives = Double(g.size - g.positives)
            wins += Double(g.positives) * (negativesBelow + negatives / 2)
            negativesBelow += negatives
        }
        return (precision, wins / (Double(totalPositives) * Double(totalNegatives)))
    }

    /// The pairs of one split: every pair not tied in training, in a fixed order, and
    /// whether the full network ties it.
    struct Split {
        /// (x, y) with x < y, not tied in training.
        var pairs: [(Int32, Int32)] = []
        var labels: [Bool] = []
        var positiveCount = 0

        init(full: Graph, training: Graph) {
            let n = training.nodeCount
            var trainingMark = [Int](repeating: -1, count: n), fullMark = [Int](repeating: -1, count: n)
            for x in 0..<n {
                for y in training.neighbors(of: x) { trainingMark[Int(y)] = x }
                for y in full.neighbors(of: x) { fullMark[Int(y)] = x }
                for y in (x + 1)..<max(n, x + 1) where trainingMark[y] != x {
                    pairs.append((Int32(x), Int32(y)))
                    let positive = fullMark[y] == x
                    labels.append(positive)
                    if positive { positiveCount += 1 }
                }
            }
        }

        /// The score of every pair by `predictor`.
        func scores(of predictor: LinkPredictor, graph: Graph, context: SuggestionContext,
                    settings: SuggestionSettings, seed: UInt64) -> [Double] {
            switch predictor {
            case .maillageListed:
                let listed = CooperationSuggestions(graph: graph, context: context, settings: settings)
                var score: [UInt64: Double] = [:]
                for s in listed.suggestions { score[Self.key(s.first, s.second)] = s.score }
                return pairs.map { score[Self.key(Int($0.0), Int($0.1))] ?? -1 }
            case .random:
                var rng = SeededGenerator(seed: seed ^ 0x5EED)
                return pairs.map { _ in rng.nextUnitDouble() }
            case .preferentialAttachment:
                return pairs.map { Double(graph.degree(Int($0.0))) * Double(graph.degree(Int($0.1))) }
            case .maillageScore, .resourceAllocation, .adamicAdar, .commonNeighbours:
                return pairs.map { pair in
                    let (x, y) = (Int(pair.0), Int(pair.1))
                    let evidence = PairEvidence(x, y, in: graph)
                    switch predictor {
                    case .resourceAllocation: return evidence.resourceAllocation
                    case .adamicAdar: return evidence.adamicAdar
                    case .commonNeighbours: return Double(evidence.commonNeighbours)
                    default:
                        return settings.weights.score(resourceAllocation: evidence.resourceAllocation,
                                                      sameTerritory: context.sameTerritory(x, y), sameSector: context.sameSector(x, y),
                                                      bridgesClusters: context.differentClusters(x, y))
                    }
                }
            }
        }

        static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
    }
}
