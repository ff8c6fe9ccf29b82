import MaillageGraph
import MaillageSupport

/// Who could cooperate with whom: pairs of actors who do not cooperate yet, ranked by
/// the score of ``SuggestionWeights``.
///
/// Candidates for an actor x are
/// 1. the partners of its partners (actors two cooperations away in the two-mode
///    network) that are not already its partners, and
/// 2. up to ``SuggestionSettings/anchorsPerGroup`` actors of its territory and sector
///    (those with most partners), even without a common partner.
///
/// Each candidate gets its ``PairEvidence`` (computed exactly, by merging the two rows)
/// and its score; x keeps its ``SuggestionSettings/perActor`` best. The result is the
/// union of these lists, each pair once, best first; equal scores are ordered by the
/// ids of the first actor, then of the second, so the list is the same at every run.
///
/// - Complexity: O(Σₓ min(Σ_{z ∈ Γ(x)} k(z), W) + n·(A + K·k̄)) for n actors, a work
///   bound W per actor, A anchors, K kept suggestions and k̄ the mean number of partners
///   of a pair: never quadratic in the number of actors. Actors are processed in
///   contiguous ranges on both cores; the result does not depend on the threads.
public struct CooperationSuggestions: Sendable {
    /// Every kept pair once, best first.
    public let suggestions: [Suggestion]
    /// How many actors' exploration stopped at the work bound (their weakest
    /// partner-of-partner evidence was not explored).
    public let boundedActors: Int
    /// The settings used.
    public let settings: SuggestionSettings

    /// Suggestions on `graph` (the projected graph: actors and their ties).
    /// - Parameters:
    ///   - graph: actors are nodes; an edge means the two already cooperate.
    ///   - context: ids, territories, sectors and clusters, indexed like the nodes.
    ///   - settings: the weights and limits of the score.
    public init(graph: Graph, context: SuggestionContext, settings: SuggestionSettings = SuggestionSettings()) {
        self.settings = settings
        let n = graph.nodeCount
        precondition(context.ids.count == n && context.territory.count == n && context.sector.count == n
                     && context.cluster.count == n, "the context must describe every node")
        let anchors = Self.anchors(graph: graph, context: context, perGroup: settings.anchorsPerGroup)
        let chunkCount = max(1, min(64, n / 256))
        let results = ParallelChunks.map(chunkCount: chunkCount, workers: 2, makeWorkspace: { Scratch(nodeCount: n) }) {
            chunk, scratch -> (found: [Suggestion], bounded: Int) in
            var found: [Suggestion] = []
            var stopped = 0
            for x in ParallelChunks.range(chunk, of: chunkCount, count: n) {
                let (best, wasBounded) = Self.best(for: x, graph: graph, context: context, anchors: anchors,
                                                   settings: settings, scratch: &scratch)
                found.append(contentsOf: best)
                if wasBounded { stopped += 1 }
            }
            return (found, stopped)
        }
        let lists = results.map(\.found)
        let bounded = results.map(\.bounded)
        var seen = Set<UInt64>()
        var all: [Suggestion] = []
        for list in lists {
            for s in list where seen.insert(UInt64(s.first) << 32 | UInt64(s.second)).inserted { all.append(s) }
        }
        let ids = context.ids
        all.sort { Self.ranks($0, before: $1, ids: ids) }
        suggestions = all
        boundedActors = bounded.reduce(0, +)
    }

    /// The kept suggestions that involve `actor`, best first.
    /// - Complexity: O(number of suggestions).
    public func involving(_ actor: Int) -> [Suggestion] { suggestions.filter { $0.involves(actor) } }

    /// The order of the list: higher score first, then the first actor's id, then the second's.
    static func ranks(_ a: Suggestion, before b: Suggestion, ids: [String]) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.first != b.first { return ids[a.first] < ids[b.first] }
        return ids[a.second] < ids[b.second]
    }

    /// The scored suggestion for the pair `x`, `y` (which must not be tied), oriented by id.
    static func suggestion(_ x: Int, _ y: Int, graph: Graph, context: SuggestionContext, weights: SuggestionWeights) -> Suggestion {
        let (a, b) = context.ids[x] < context.ids[y] || (context.ids[x] == context.ids[y] && x < y) ? (x, y) : (y, x)
        let evidence = PairEvidence(a, b, in: graph)
        let sameTerritory = context.sameTerritory(a, b), sameSector = context.sameSector(a, b)
        let bridges = context.differentClusters(a, b)
        let score = weights.score(resourceAllocation: evidence.resourceAllocation, sameTerritory: sameTerritory,
                                  sameSector: sameSector, bridgesClusters: bridges)
        return Suggestion(first: a, second: b, score: score, evidence: evidence,
                          sameTerritory: sameTerritory, sameSector: sameSector, bridgesClusters: bridges)
    }

    /// Scratch arrays of one thread, stamped by actor so they are never cleared.
    struct Scratch {
        /// Per node, in one 16-byte record (the loop reads all three at random): the last
        /// actor it was a partner of, the last actor it was seen from, and its partial score
        /// for that actor.
        struct Cell {
            var partnerStamp: Int32 = -1
            var seenStamp: Int32 = -1
            var partial: Double = 0
        }
        var cells: [Cell]
        var touched: [Int] = []

        init(nodeCount: Int) {
            cells = [Cell](repeating: Cell(), count: nodeCount)
        }
    }

    /// The best suggestions of actor `x`, and whether the work bound stopped its exploration.
    static func best(for x: Int, graph: Graph, context: SuggestionContext, anchors: [Int: [Int]],
                     settings: SuggestionSettings, scratch s: inout Scratch) -> ([Suggestion], Bool) {
        s.touched.removeAll(keepingCapacity: true)
        let partners = graph.neighbors(of: x)
        let x32 = Int32(x)
        for z in partners { s.cells[Int(z)].partnerStamp = x32 }
        func touch(_ y: Int) {
            guard y != x, s.cells[y].partnerStamp != x32 else { return }
            if s.cells[y].seenStamp != x32 {
                s.cells[y].seenStamp = x32
                s.cells[y].partial = 0
                s.touched.append(y)
            }
        }
        // Partners of partners, the most selective partners first, within the work bound.
        // Sorted as keys (degree, then node) packed in one integer: no comparison closure.
        let intermediaries = partners.map { UInt64(graph.degree(Int($0))) << 32 | UInt64(UInt32($0)) }.sorted().map { Int($0 & 0xFFFF_FFFF) }
        var work = 0
        var wasBounded = false
        // The hot loop (up to `workPerActor` steps per actor) on raw buffers: `touch` and
        // the sum below, inlined.
        var touched: [Int] = []
        swap(&touched, &s.touched)
        let limit = settings.workPerActor
        s.cells.withUnsafeMutableBufferPointer { cells in
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
            for z in intermediaries {
                let lo = offsets[z], hi = offsets[z + 1]
                let k = hi - lo
                if work > 0 && work + k > limit { wasBounded = true; break }
                work += k
                let share = 1 / Double(k)
                for e in lo..<hi {
                    let y = Int(targets[e])
                    guard y != x, cells[y].partnerStamp != x32 else { continue }
                    if cells[y].seenStamp != x32 {
                        cells[y].seenStamp = x32
                        cells[y].partial = 0
                        touched.append(y)
                    }
                    cells[y].partial += share
                }
            }
        }}}
        swap(&touched, &s.touched)
        // Same territory and sector, without a common partner.
        if context.territory[x] >= 0, context.sector[x] >= 0,
           let group = anchors[context.territory[x] << 32 | context.sector[x]] {
            for y in group { touch(y) }
        }
        guard !s.touched.isEmpty, settings.perActor > 0 else { return ([], wasBounded) }
        // Rank by the partial score, keep a margin, then score exactly.
        let w = settings.weights
        let cells = s.cells
        let quick: [(y: Int, score: Double)] = s.touched.map { y in
            (y, w.score(resourceAllocation: cells[y].partial, sameTerritory: context.sameTerritory(x, y),
                        sameSector: context.sameSector(x, y), bridgesClusters: context.differentClusters(x, y)))
        }
        let ids = context.ids
        let margin = wasBounded ? 2 * settings.perActor : settings.perActor
        let shortlist = quick.count <= margin ? quick
            : first(margin, of: quick) { $0.score != $1.score ? $0.score > $1.score : ids[$0.y] < ids[$1.y] }
        let scored = shortlist.map { suggestion(x, $0.y, graph: graph, context: context, weights: w) }
            .sorted { ranks($0, before: $1, ids: ids) }
        return (Array(scored.prefix(settings.perActor)), wasBounded)
    }

    /// The first `count` elements of `elements` in the strict total order `before`, in that
    /// order: the same as `elements.sorted(by: before).prefix(count)`, without sorting all
    /// of them (most candidates are turned away by one comparison with the last kept).
    /// - Complexity: O(t log k) comparisons and O(t + k²) moves for t elements, k = `count`.
    static func first<Element>(_ count: Int, of elements: [Element], by before: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(count + 1)
        for e in elements {
            if kept.count == count {
                guard let last = kept.last, before(e, last) else { continue }
                kept.removeLast()
            }
            // The first kept element that `e` comes before.
            var low = 0, high = kept.count
            while low < high {
                let mid = (low + high) / 2
                if before(e, kept[mid]) { high = mid } else { low = mid + 1 }
            }
            kept.insert(e, at: low)
        }
        return kept
    }

    /// For each (territory, sector) pair, keyed `territory << 32 | sector`, its `perGroup`
    /// actors with most partners (then by id).
    static func anchors(graph: Graph, context: SuggestionContext, perGroup: Int) -> [Int: [Int]] {
        guard perGroup > 0 else { return [:] }
        var groups: [Int: [Int]] = [:]
        for v in 0..<graph.nodeCount where context.territory[v] >= 0 && context.sector[v] >= 0 {
            groups[context.territory[v] << 32 | context.sector[v], default: []].append(v)
        }
        return groups.mapValues { members in
            Array(members.sorted { graph.degree($0) != graph.degree($1) ? graph.degree($0) > graph.degree($1) : context.ids[$0] < context.ids[$1] }
                .prefix(perGroup))
        }
    }
}
