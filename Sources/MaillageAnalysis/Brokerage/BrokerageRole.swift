/// The brokerage roles of Gould & Fernandez (1989), as Maillage reads them on undirected
/// cooperation ties (<doc:BrokerageRoles>).
///
/// An *open pair* of a broker b is an unordered pair {a, c} of neighbours of b that are
/// not tied to each other: b sits on the only two-step path a – b – c. Each open pair is
/// counted once, in the role given by the groups of a, b and c:
///
/// | role | groups |
/// |---|---|
/// | ``coordinator`` | a, b and c all in one group |
/// | ``itinerant`` | a and c in one group, b in another ("consultant" in Gould & Fernandez) |
/// | ``gatekeeper`` | b shares its group with exactly one of a, c |
/// | ``liaison`` | a, b and c in three different groups |
///
/// The published roles are defined on directed two-paths a → b → c, where sharing a
/// group with c (gatekeeper) differs from sharing one with a (representative). Without
/// direction the two cannot be told apart, so ``gatekeeper`` counts both.
/// An open pair involving a node of unknown group is none of these: see
/// ``BrokerageCounts/unclassified``.
///
/// Reference: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal
/// approach to brokerage in transaction networks", *Sociological Methodology* 19, 89–126.
public enum BrokerageRole: String, Sendable, CaseIterable, Codable {
    case coordinator
    case itinerant
    case gatekeeper
    case liaison

    /// The role of broker b for the open pair {a, c}, from their group ids; nil when any
    /// of the three is unknown (negative id).
    /// - Complexity: O(1).
    @inlinable public static func of(broker gb: Int, _ ga: Int, _ gc: Int) -> BrokerageRole? {
        guard gb >= 0, ga >= 0, gc >= 0 else { return nil }
        if ga == gc { return gb == ga ? .coordinator : .itinerant }
        return gb == ga || gb == gc ? .gatekeeper : .liaison
    }
}
