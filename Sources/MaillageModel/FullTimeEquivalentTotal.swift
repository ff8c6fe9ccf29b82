/// The full-time equivalents (« ETP ») of a group of actors, added from their
/// ``Actor/fullTimeEquivalents``: how many actors gave one, and their sum.
///
/// ```swift
/// let total = dataset.fullTimeEquivalents
/// total.actors   // how many actors gave their full-time equivalents
/// total.sum      // 1234.5
/// ```
public struct FullTimeEquivalentTotal: Sendable, Hashable {
    /// How many values were added.
    public private(set) var actors = 0
    /// Their sum.
    public private(set) var sum = 0.0

    /// The total of `values`.
    /// - Complexity: O(n).
    public init(_ values: some Sequence<Double>) {
        for v in values { add(v) }
    }

    /// Whether no value was added.
    public var isEmpty: Bool { actors == 0 }

    /// Adds one value.
    public mutating func add(_ value: Double) {
        actors += 1
        sum += value
    }

    /// The full-time equivalents of each of `count` groups (clusters, territories),
    /// `groupOf[a]` giving actor a's group (negative: none).
    /// - Complexity: O(n).
    public static func byGroup(_ actors: [Actor], groupOf: [Int], count: Int) -> [FullTimeEquivalentTotal] {
        var totals = [FullTimeEquivalentTotal](repeating: FullTimeEquivalentTotal([]), count: count)
        for (a, actor) in actors.enumerated() {
            guard let v = actor.fullTimeEquivalents, a < groupOf.count, groupOf[a] >= 0, groupOf[a] < count else { continue }
            totals[groupOf[a]].add(v)
        }
        return totals
    }

    /// A value as a results table writes it: « 12 », « 12.5 », « 0.75 », « -0.5 » (two
    /// decimals at most, a dot).
    public static func code(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, abs(hundredths) < 1e15 else { return String(value) }
        let sign = hundredths < 0 ? "-" : "", magnitude = Int(abs(hundredths))
        let whole = magnitude / 100, rest = magnitude % 100
        if rest == 0 { return sign + String(whole) }
        return sign + "\(whole)." + (rest % 10 == 0 ? String(rest / 10) : String(format: "%02d", rest))
    }
}

extension Dataset {
    /// The full-time equivalents of the actors that give them (``Actor/fullTimeEquivalents``).
    /// - Complexity: O(n).
    public var fullTimeEquivalents: FullTimeEquivalentTotal {
        FullTimeEquivalentTotal(actors.lazy.compactMap(\.fullTimeEquivalents))
    }
}
