/// When something existed: an optional first and last date (`since`/`until` of a
/// membership, `started`/`ended` of a cooperation, `founded`/`closed` of an actor).
///
/// **Undated means present throughout.** A missing start means "since always", a
/// missing end "still there": an undated row is present at every date. A start is read
/// from its first day, an end up to its last day (``PartialDate``), so `2019…2019`
/// covers the whole of 2019.
public struct Lifespan: Sendable, Hashable {
    /// First date of existence; nil when not known (present since always).
    public var start: PartialDate?
    /// Last date of existence, included; nil when still there (or not known).
    public var end: PartialDate?

    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// No date at all: present at every date.
    public var isUndated: Bool { start == nil && end == nil }

    /// Whether it existed on `day`: start's first day ≤ day ≤ end's last day (a missing
    /// bound does not limit).
    public func contains(_ day: PartialDate.Day) -> Bool {
        if let start, day < start.firstDay { return false }
        if let end, end.lastDay < day { return false }
        return true
    }

    /// Whether it existed as things stood at `date`: on its last day (`2019` → 31 December 2019).
    public func isAlive(at date: PartialDate) -> Bool { contains(date.lastDay) }

    /// Whether the end comes before the start (an `until` before its `since`): the end's
    /// last day is earlier than the start's first day. `2019…2019` and `2019-05…2019` are fine.
    public var isReversed: Bool {
        guard let start, let end else { return false }
        return end.lastDay < start.firstDay
    }

    /// Whether this life lies within `outer` (a membership within its cooperation's):
    /// it starts no earlier than `outer` may start and ends no later than `outer` may end.
    /// Bounds are compared generously: a bound of this one missing where `outer` has one is
    /// read as `outer`'s (undated rows take their container's life).
    public func lies(within outer: Lifespan) -> Bool {
        if let start, let outerEnd = outer.end, outerEnd.lastDay < start.firstDay { return false }
        if let end, let outerStart = outer.start, end.lastDay < outerStart.firstDay { return false }
        if let start, let outerStart = outer.start, start.lastDay < outerStart.firstDay { return false }
        if let end, let outerEnd = outer.end, outerEnd.lastDay < end.firstDay { return false }
        return true
    }
}
