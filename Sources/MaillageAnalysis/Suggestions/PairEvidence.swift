import Foundation
import MaillageGraph

/// The structural evidence that two actors who do not cooperate could: their common
/// partners, weighted by how selective each partner is.
///
/// For actors x and y with sets of partners Γ(x), Γ(y) in the projected graph (two
/// actors are partners when they share a cooperation, i.e. they are at distance 2 in the
/// two-mode network, so x and y are at distance 4 there: two cooperations apart), and
/// k(z) the number of partners of z:
///
/// - common neighbours: CN(x, y) = |Γ(x) ∩ Γ(y)|;
/// - resource allocation: RA(x, y) = Σ_{z ∈ Γ(x) ∩ Γ(y)} 1 / k(z)
///   (T. Zhou, L. Lü and Y.-C. Zhang (2009), "Predicting missing links via local
///   information", *European Physical Journal B* 71, 623–630): each common partner
///   passes on one unit shared among all its partners, so a partner who knows few
///   actors is stronger evidence than a hub who knows everyone;
/// - Adamic–Adar: AA(x, y) = Σ_{z ∈ Γ(x) ∩ Γ(y)} 1 / ln k(z)
///   (L. A. Adamic and E. Adar (2003), "Friends and neighbors on the Web", *Social
///   Networks* 25(3), 211–230). A common partner has at least the two partners x and
///   y, so ln k(z) ≥ ln 2 > 0.
///
/// The evidence keeps the sums and the count, not the partners themselves: a suggestion
/// engine keeps twenty pairs per actor, and in a dense network (a survey whose networks
/// of thousands of members are cliques) two actors share hundreds of partners, so the
/// lists of 400,000 kept pairs took 1.7 GB at 20,000 actors. ``commonPartners(_:_:in:)``
/// gives them for the pairs shown.
public struct PairEvidence: Sendable, Equatable {
    /// CN(x, y): the number of common partners.
    public var commonNeighbours: Int
    /// RA(x, y).
    public var resourceAllocation: Double
    /// AA(x, y).
    public var adamicAdar: Double

    /// The evidence of `x` and `y` in `graph`, by merging their sorted rows; the sums
    /// run over common partners in node order, so the value does not depend on which of
    /// the two is asked first.
    /// - Complexity: O(k(x) + k(y)), no allocation.
    public init(_ x: Int, _ y: Int, in graph: Graph) {
        var count = 0
        var ra = 0.0, aa = 0.0
        Self.forEachCommonPartner(x, y, in: graph) { z in
            let k = Double(graph.degree(z))
            count += 1
            ra += 1 / k
            aa += 1 / log(k)
        }
        commonNeighbours = count
        resourceAllocation = ra
        adamicAdar = aa
    }

    /// The common partners of `x` and `y` in `graph`, in node order.
    /// - Complexity: O(k(x) + k(y)).
    public static func commonPartners(_ x: Int, _ y: Int, in graph: Graph) -> [Int] {
        var common: [Int] = []
        forEachCommonPartner(x, y, in: graph) { common.append($0) }
        return common
    }

    /// Calls `body` with each common partner of `x` and `y` (neither of them), in node order.
    @inline(__always)
    static func forEachCommonPartner(_ x: Int, _ y: Int, in graph: Graph, _ body: (Int) -> Void) {
        let a = graph.neighbors(of: x), b = graph.neighbors(of: y)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                let z = Int(a[i])
                if z != x && z != y { body(z) }
                i += 1
                j += 1
            }
        }
    }
}
