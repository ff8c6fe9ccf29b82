/// An actor's part in a cooperation (see the Model article of the documentation). An empty cell means `membre`.
public enum MembershipRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// Carries the cooperation (legal holder, initiator).
    case porteur
    /// Runs it day to day (chargé de mission, facilitator).
    case animateur
    /// Takes part.
    case membre
    /// Partner from outside the core group.
    case partenaire
    /// Funds it.
    case financeur
    /// Supports it (DLA, URSCOP…).
    case accompagnateur

    public static func < (lhs: MembershipRole, rhs: MembershipRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
