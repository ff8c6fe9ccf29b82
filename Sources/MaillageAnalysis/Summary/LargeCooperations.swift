import MaillageGraph

/// A few large cooperations that make most of the ties between actors.
///
/// A cooperation of n members ties each of them to the n − 1 others, so n(n − 1)/2 pairs:
/// a network of 2,500 adherents makes three million ties, where a partnership of two
/// makes one. When a form asks « À quels réseaux adhérez-vous ? », a dozen regional
/// networks then make nearly all the ties, and the density, the clusters and the hubs
/// describe memberships of those networks more than cooperation. This finds such
/// cooperations and measures exactly how many ties exist only through them, so that the
/// figures can be read for what they are and the projection can leave them out
/// (`--max-cooperation-size`).
///
/// The cooperations are taken from the largest down, all those of one size together,
/// until they hold 80 % of the co-member pairs (Σ n(n − 1)/2, a pair counted once per
/// cooperation it shares), then on while the next is at least half as large as the last
/// taken (a dozen regional networks of similar sizes go together). They are found when
/// they are at most 5 % of the cooperations that make ties (1 at least) and each has at
/// least ``minimumSize`` members; the others then hold at most a fifth of the pairs, so
/// projecting them is cheap. They are reported when at least half of the ties exist
/// only through them.
public struct LargeCooperations: Sendable, Equatable {
    /// The smallest cooperation size taken into account.
    public static let minimumSize = 30

    /// The cooperations found (indices into the network's cooperations), largest first.
    public let cooperations: [Int]
    /// Their smallest and largest sizes (members).
    public let smallest: Int, largest: Int
    /// The ties between actors.
    public let ties: Int
    /// The ties that remain when they are left out: those of some other cooperation.
    public let tiesWithoutThem: Int

    /// The share of the ties that exist only through these cooperations, in [0, 1].
    public var share: Double { ties > 0 ? Double(ties - tiesWithoutThem) / Double(ties) : 0 }

    /// The `--max-cooperation-size` that leaves exactly these cooperations out.
    public var maxCooperationSize: Int { smallest - 1 }

    /// The large cooperations of `projected`, or nil when none makes at least half of its
    /// ties alone. Cooperations already left out of the projection are not counted.
    /// - Complexity: O(C log C) for the sizes; when found, a projection of the other
    ///   cooperations, O(A + Σ_u p_u) over their co-member pairs (at most a fifth of all).
    public static func find(in projected: ProjectedGraph) -> LargeCooperations? {
        let network = projected.network
        let excluded = Set(projected.excludedCooperations)
        var sizes: [(index: Int, size: Int)] = []
        for c in 0..<network.cooperationCount where !excluded.contains(c) {
            let size = network.graph.degree(network.cooperationNode(c))
            if size >= 2 { sizes.append((c, size)) }
        }
        sizes.sort { (a: (index: Int, size: Int), b: (index: Int, size: Int)) -> Bool in a.size != b.size ? a.size > b.size : a.index < b.index }
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        let total = sizes.reduce(0.0) { $0 + pairs($1.size) }
        guard total > 0, projected.graph.edgeCount > 0 else { return nil }
        // From the largest down until they hold 80 % of the pairs, then on while the next is
        // at least half as large as the last taken (a dozen networks of similar sizes are
        // taken together), those of one size always together.
        var k = 0, held = 0.0
        while k < sizes.count && (held < 0.8 * total || (2 * sizes[k].size >= sizes[k - 1].size && sizes[k].size >= minimumSize)) {
            let size = sizes[k].size
            while k < sizes.count && sizes[k].size == size {
                held += pairs(size)
                k += 1
            }
        }
        let smallest = sizes[k - 1].size
        guard k <= max(1, sizes.count / 20), smallest >= minimumSize else { return nil }
        var limits = ProjectionLimits.unlimited
        limits.maxCooperationSize = smallest - 1
        let without = ProjectedGraph(network: network, projection: .count, leavingOut: limits).graph.edgeCount
        let found = LargeCooperations(cooperations: sizes.prefix(k).map { $0.index }, smallest: smallest, largest: sizes[0].size,
                                      ties: projected.graph.edgeCount, tiesWithoutThem: without)
        return found.share >= 0.5 ? found : nil
    }
}
