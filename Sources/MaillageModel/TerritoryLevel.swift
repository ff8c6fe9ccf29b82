/// The administrative level of a territory (DESIGN §1), from the widest down.
public enum TerritoryLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case region
    case departement
    case pays
    case epci
    case commune
    case autre

    public static func < (lhs: TerritoryLevel, rhs: TerritoryLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
