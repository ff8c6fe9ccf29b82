/// The employees of a group of actors (a network, a cluster, a territory), added from
/// their ``Headcount``s: the sum of their lower ends and of their upper ends, so that a
/// total of bands is itself a band a reader can defend (« entre 1 120 et 2 310 salariés »).
///
/// ```swift
/// let total = HeadcountTotal(dataset.actors.compactMap(\.employees))
/// total.actors   // how many actors gave a headcount
/// total.lower    // at least this many employees
/// total.upper    // at most this many; nil when a band is open
/// ```
public struct HeadcountTotal: Sendable, Hashable {
    /// How many headcounts were added.
    public private(set) var actors = 0
    /// The sum of their lower ends.
    public private(set) var lower = 0
    /// The sum of their upper ends; nil when one of them is an open band.
    public private(set) var upper: Int? = 0

    /// The total of `headcounts`.
    /// - Complexity: O(n).
    public init(_ headcounts: some Sequence<Headcount>) {
        for h in headcounts { add(h) }
    }

    /// Adds one headcount.
    public mutating func add(_ headcount: Headcount) {
        actors += 1
        lower = lower.addingReportingOverflow(headcount.lower).overflow ? Int.max : lower + headcount.lower
        if let u = upper, let v = headcount.upper {
            let (sum, overflow) = u.addingReportingOverflow(v)
            upper = overflow ? nil : sum
        } else {
            upper = nil
        }
    }

    /// Whether no headcount was added.
    public var isEmpty: Bool { actors == 0 }
}

extension Dataset {
    /// The employees of the actors that give a headcount (``Actor/employees``).
    /// - Complexity: O(n).
    public var employees: HeadcountTotal { HeadcountTotal(actors.lazy.compactMap(\.employees)) }
}
