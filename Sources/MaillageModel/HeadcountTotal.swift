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
///
/// A legal unit's headcount given to several of its establishments
/// (``Headcount/legalUnit``) is added once: the first establishment brings it, the
/// others are counted in ``actors`` and ``shared``, not in the sums.
public struct HeadcountTotal: Sendable, Hashable {
    /// How many headcounts were added.
    public private(set) var actors = 0
    /// The sum of their lower ends.
    public private(set) var lower = 0
    /// The sum of their upper ends; nil when one of them is an open band.
    public private(set) var upper: Int? = 0
    /// How many of the headcounts added were a legal unit's already added through another
    /// of its establishments, and so left out of the sums.
    public private(set) var shared = 0
    /// The legal units whose headcount was added.
    private var legalUnits: Set<String> = []

    /// The total of `headcounts`.
    /// - Complexity: O(n).
    public init(_ headcounts: some Sequence<Headcount>) {
        for h in headcounts { add(h) }
    }

    /// Adds one headcount.
    public mutating func add(_ headcount: Headcount) {
        actors += 1
        if let unit = headcount.legalUnit, !legalUnits.insert(unit).inserted {
            shared += 1
            return
        }
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

extension HeadcountTotal {
    /// The employees of each of `count` groups (clusters, territories), `groupOf[a]` giving
    /// actor a's group (negative: none).
    /// - Complexity: O(n).
    public static func byGroup(_ actors: [Actor], groupOf: [Int], count: Int) -> [HeadcountTotal] {
        var totals = [HeadcountTotal](repeating: HeadcountTotal([]), count: count)
        for (a, actor) in actors.enumerated() {
            guard let h = actor.employees, a < groupOf.count, groupOf[a] >= 0, groupOf[a] < count else { continue }
            totals[groupOf[a]].add(h)
        }
        return totals
    }

    /// The CSV cells `employees_min`, `employees_max` of this total: "" where unknown (an
    /// empty group, an open band's upper end).
    public var cells: [String] {
        isEmpty ? ["", ""] : [String(lower), upper.map(String.init) ?? ""]
    }
}

extension Dataset {
    /// The employees of the actors that give a headcount (``Actor/employees``).
    /// - Complexity: O(n).
    public var employees: HeadcountTotal { HeadcountTotal(actors.lazy.compactMap(\.employees)) }
}
