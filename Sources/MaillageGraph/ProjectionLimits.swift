import MaillageModel
import MaillageSupport

/// How large a projected graph may grow, checked from the membership counts before
/// anything is allocated (see the Graphs article of the documentation).
///
/// A cooperation of n members ties every pair of them: n(n − 1)/2 ties. The
/// projection's size is therefore bounded by Σ_c n_c(n_c − 1)/2 ties (an upper bound:
/// two actors sharing several cooperations make one tie), and each tie costs
/// ``bytesPerTie`` bytes in the graph (both directions: a 4-byte neighbour and an
/// 8-byte weight). When that estimate exceeds the ``budget``, building the projection
/// is refused with ``ProjectionTooLarge``, which names the largest cooperations — one
/// cooperation of 30,000 members alone would need 450 million ties, 10 GiB.
///
/// ``maxCooperationSize`` keeps cooperations of more members out of the projection:
/// they make no tie between actors (they stay in the two-mode network, its measures
/// and maps), and the projected graph records them (``ProjectedGraph/excludedCooperations``).
public struct ProjectionLimits: Sendable, Hashable {
    /// The memory the projection may take.
    public var budget: MemoryBudget
    /// Cooperations with more members than this make no ties; nil: none is left out.
    public var maxCooperationSize: Int?

    /// Bytes per tie of the projected graph: two row entries of a 4-byte neighbour and
    /// an 8-byte weight.
    public static let bytesPerTie = 24

    /// Limits with `budget` (default: `MemoryBudget.fromEnvironment`, MaillageSupport) and
    /// `maxCooperationSize` (default: none).
    public init(budget: MemoryBudget = .fromEnvironment, maxCooperationSize: Int? = nil) {
        self.budget = budget
        self.maxCooperationSize = maxCooperationSize
    }

    /// No check and no exclusion (trusted inputs, tests).
    public static let unlimited = ProjectionLimits(budget: MemoryBudget(bytes: Int.max), maxCooperationSize: nil)

    /// Whether a cooperation of `members` members is kept in the projection.
    @inlinable public func keeps(members: Int) -> Bool {
        guard let maxCooperationSize else { return true }
        return members <= maxCooperationSize
    }

    /// The estimate of the projection of `network` under these limits.
    /// - Complexity: O(C), the number of cooperations.
    public func estimate(_ network: TwoModeNetwork) -> ProjectionEstimate {
        let offsets = network.graph.offsets
        var sizes: [(index: Int, members: Int)] = []
        sizes.reserveCapacity(network.cooperationCount)
        for c in 0..<network.cooperationCount {
            let node = network.cooperationNode(c)
            sizes.append((c, offsets[node + 1] - offsets[node]))
        }
        return estimate(sizes: sizes, ids: network.cooperationIDs)
    }

    /// The estimate of the projection of `dataset` under these limits (from its
    /// memberships, without building any graph).
    /// - Complexity: O(A + C + M).
    public func estimate(_ dataset: Dataset) -> ProjectionEstimate {
        // Distinct members per cooperation without hashing: the links bucketed by
        // cooperation (a counting sort), then each bucket walked with a mark per actor.
        let links = dataset.links
        let cooperationCount = dataset.cooperations.count
        var bucketStart = [Int](repeating: 0, count: cooperationCount + 1)
        for link in links { bucketStart[Int(link.cooperation) + 1] += 1 }
        for c in 0..<cooperationCount { bucketStart[c + 1] += bucketStart[c] }
        var members = [Int32](repeating: 0, count: links.count)
        var fill = bucketStart
        for link in links {
            members[fill[Int(link.cooperation)]] = link.actor
            fill[Int(link.cooperation)] += 1
        }
        var counts = [Int](repeating: 0, count: cooperationCount)
        var mark = [Int32](repeating: -1, count: dataset.actors.count)
        for c in 0..<cooperationCount {
            for k in bucketStart[c]..<bucketStart[c + 1] where mark[Int(members[k])] != Int32(c) {
                mark[Int(members[k])] = Int32(c)
                counts[c] += 1
            }
        }
        return estimate(sizes: counts.enumerated().map { ($0.offset, $0.element) }, ids: dataset.cooperations.map(\.id))
    }

    private func estimate(sizes: [(index: Int, members: Int)], ids: [String]) -> ProjectionEstimate {
        var ties = 0
        var excluded: [Int] = []
        for (index, members) in sizes {
            guard keeps(members: members) else {
                excluded.append(index)
                continue
            }
            let (pairs, overflow) = members.multipliedReportingOverflow(by: members - 1)
            ties = overflow ? Int.max : ties.addingReportingOverflow(pairs / 2).overflow ? Int.max : ties + pairs / 2
        }
        let largest = sizes.filter { keeps(members: $0.members) }
            .sorted { ($0.members, $1.index) > ($1.members, $0.index) }
            .prefix(5)
            .map { (id: ids[$0.index], members: $0.members) }
        let (bytes, overflow) = ties.multipliedReportingOverflow(by: Self.bytesPerTie)
        // The advice: drop the largest cooperations, size by size, until the rest fits.
        var suggestion: Int?
        let budgetTies = budget.bytes / Self.bytesPerTie
        if overflow || bytes > budget.bytes {
            let kept = sizes.map(\.members).filter { keeps(members: $0) }.sorted(by: >)
            var remaining = ties
            var i = 0
            while i < kept.count {
                let size = kept[i]
                while i < kept.count, kept[i] == size {
                    remaining -= remaining == Int.max ? 0 : size * (size - 1) / 2
                    i += 1
                }
                if remaining == Int.max { remaining = kept[i...].reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
                if remaining <= budgetTies {
                    suggestion = i < kept.count ? kept[i] : 1
                    break
                }
            }
        }
        return ProjectionEstimate(
            tieBound: ties, bytes: overflow ? Int.max : bytes, budget: budget, largest: largest,
            excludedCooperations: excluded.map { ids[$0] }, maxCooperationSize: maxCooperationSize,
            suggestedMaxCooperationSize: suggestion)
    }

    /// Refuses a projection of `network` over the budget.
    /// - Throws: ``ProjectionTooLarge`` naming the largest cooperations.
    public func check(_ network: TwoModeNetwork) throws(ProjectionTooLarge) {
        let estimate = estimate(network)
        if estimate.exceedsBudget { throw ProjectionTooLarge(estimate: estimate) }
    }
}

/// The size of a projection, bounded from its membership counts.
public struct ProjectionEstimate: Sendable, Hashable {
    /// Σ n_c(n_c − 1)/2 over the cooperations kept: at least the number of ties.
    public var tieBound: Int
    /// The memory those ties take, at ``ProjectionLimits/bytesPerTie`` each.
    public var bytes: Int
    /// The budget they are compared with.
    public var budget: MemoryBudget
    /// The (at most five) largest cooperations kept, by decreasing number of members.
    public var largest: [(id: String, members: Int)]
    /// Ids of the cooperations left out by `maxCooperationSize`, in dataset order.
    public var excludedCooperations: [String]
    /// The cap used.
    public var maxCooperationSize: Int?

    /// Whether the projection would need more than the budget.
    public var exceedsBudget: Bool { bytes > budget.bytes }

    /// A warning for `validate` when the projection exceeds the budget, else nil.
    public var warning: String? {
        guard exceedsBudget else { return nil }
        return "the projected graph of this dataset would need about \(MemoryBudget.format(bytes)) (up to \(tieBound) ties), "
            + "over the memory budget of \(budget), because of its largest cooperations: \(largestText); "
            + "commands that project (summary, centrality, render, report, export…) will stop unless given "
            + "--max-cooperation-size \(suggestedMaxCooperationSize.map(String.init) ?? "N") or a larger --memory-budget"
    }

    /// ``warning`` in French and in English.
    public var warningText: LocalizedText? {
        guard let warning else { return nil }
        return LocalizedText(
            fr: "le graphe projeté de ce jeu de données demanderait environ \(MemoryBudget.format(bytes)) (jusqu'à \(tieBound) liens), "
                + "au-delà du budget mémoire de \(budget), à cause de ses plus grandes coopérations : \(largestFrench) ; "
                + "les commandes qui projettent (summary, centrality, render, report, export…) s'arrêteront sauf avec "
                + "--max-cooperation-size \(suggestedMaxCooperationSize.map(String.init) ?? "N") ou un --memory-budget plus grand",
            en: warning)
    }

    /// ``largestText`` in French: `« grande-alliance » (30000 membres), …`.
    public var largestFrench: String {
        largest.map { "« \($0.id) » (\($0.members) membres)" }.joined(separator: ", ")
    }

    /// The largest cooperations in words: `"grande-alliance" (30000 members), …`.
    public var largestText: String {
        largest.map { "\"\($0.id)\" (\($0.members) members)" }.joined(separator: ", ")
    }

    /// The largest `--max-cooperation-size` under which the projection fits the
    /// budget (every cooperation above it left out); nil when it fits already.
    public var suggestedMaxCooperationSize: Int?

    public static func == (a: ProjectionEstimate, b: ProjectionEstimate) -> Bool {
        a.tieBound == b.tieBound && a.bytes == b.bytes && a.budget == b.budget
            && a.largest.map(\.id) == b.largest.map(\.id) && a.largest.map(\.members) == b.largest.map(\.members)
            && a.excludedCooperations == b.excludedCooperations && a.maxCooperationSize == b.maxCooperationSize
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tieBound)
        hasher.combine(bytes)
        hasher.combine(excludedCooperations)
    }
}

/// The projection would exceed the memory budget.
public struct ProjectionTooLarge: Error, Sendable, Equatable, CustomStringConvertible {
    /// The estimate that exceeded it.
    public var estimate: ProjectionEstimate

    public init(estimate: ProjectionEstimate) { self.estimate = estimate }

    /// What happened, which cooperations cause it, and what to do, in French and in English.
    public var text: LocalizedText {
        let size = MemoryBudget.format(estimate.bytes), variable = MemoryBudget.environmentVariable
        var french = "le graphe projeté demanderait environ \(size) "
            + "(jusqu'à \(estimate.tieBound) liens entre acteurs), au-delà du budget mémoire de \(estimate.budget) ; "
            + "les plus grandes coopérations en sont la cause : \(estimate.largestFrench). "
        var english = "the projected graph would need about \(size) "
            + "(up to \(estimate.tieBound) ties between actors), over the memory budget of \(estimate.budget); "
            + "the largest cooperations cause it: \(estimate.largestText). "
        if let cap = estimate.suggestedMaxCooperationSize {
            french += "Laissez-les hors de la projection avec --max-cooperation-size N (par exemple --max-cooperation-size \(cap)) ; "
            english += "Keep them out of the projection with --max-cooperation-size N (e.g. --max-cooperation-size \(cap)); "
        } else {
            french += "Laissez les plus grandes coopérations hors de la projection avec --max-cooperation-size N ; "
            english += "Keep the largest cooperations out of the projection with --max-cooperation-size N; "
        }
        french += "elles restent dans les mesures et les cartes de --mode bipartite. Ou relevez le budget avec --memory-budget (ou \(variable))."
        english += "they stay in --mode bipartite measures and maps. Or raise the budget with --memory-budget (or \(variable))."
        return LocalizedText(fr: french, en: english)
    }

    /// ``text`` in English.
    public var description: String { text.en }
}
