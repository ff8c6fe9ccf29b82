/// The administrative level of a territory (see the Model article of the documentation), from the widest down.
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
