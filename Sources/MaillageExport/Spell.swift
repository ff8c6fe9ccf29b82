import MaillageModel

/// A period during which a node or an edge is present, as GEXF's dynamic graphs write it
/// (`start`, `end` or a `<spell>`): its first and last day, both included; a missing bound
/// does not limit (present since always, or still there).
///
/// A node or an edge without spells (nil) is present throughout, as an undated row is
/// (`Lifespan`); one with an empty list is never present.
public struct Spell: Sendable, Hashable {
    /// First day, included; nil for since always.
    public var start: PartialDate.Day?
    /// Last day, included; nil for still there.
    public var end: PartialDate.Day?

    public init(start: PartialDate.Day? = nil, end: PartialDate.Day? = nil) {
        self.start = start
        self.end = end
    }

    /// A row's life: from the first day of its start to the last day of its end.
    public init(_ lifespan: Lifespan) {
        self.init(start: lifespan.start?.firstDay, end: lifespan.end?.lastDay)
    }

    /// Present throughout: no bound at all.
    public var isUnbounded: Bool { start == nil && end == nil }

    /// The days both spells share; nil when they share none.
    public func intersection(_ other: Spell) -> Spell? {
        let start = [self.start, other.start].compactMap { $0 }.max()
        let end = [self.end, other.end].compactMap { $0 }.min()
        if let start, let end, end < start { return nil }
        return Spell(start: start, end: end)
    }

    /// `spells` as a node or an edge keeps them: nil (throughout) when one of them is
    /// unbounded; empty stays empty (never).
    public static func bounded(_ spells: [Spell]) -> [Spell]? {
        spells.contains(where: \.isUnbounded) ? nil : spells
    }

    /// `spells` merged: sorted by start, each run of overlapping or consecutive spells
    /// (one ending the day before the next starts) as one.
    /// - Complexity: O(k log k) for k spells.
    public static func union(_ spells: [Spell]) -> [Spell] {
        let sorted = spells.sorted { a, b in
            switch (a.start, b.start) {
            case (nil, nil): false
            case (nil, _): true
            case (_, nil): false
            case let (x?, y?): x < y
            }
        }
        var merged: [Spell] = []
        for spell in sorted {
            guard var last = merged.last else { merged.append(spell); continue }
            // Joined when this one starts no later than the day after the last one ends.
            if let end = last.end, let start = spell.start, end.next < start {
                merged.append(spell)
            } else {
                if let end = last.end { last.end = spell.end.map { max($0, end) } }  // a nil end (still there) stays nil
                merged[merged.count - 1] = last
            }
        }
        return merged
    }
}

extension PartialDate.Day {
    /// The day after this one, in the Gregorian calendar.
    var next: PartialDate.Day {
        if day < PartialDate.daysIn(month: month, year: year) { return PartialDate.Day(year: year, month: month, day: day + 1) }
        if month < 12 { return PartialDate.Day(year: year, month: month + 1, day: 1) }
        return PartialDate.Day(year: year + 1, month: 1, day: 1)
    }
}
