import Foundation

extension Territory {
    /// The territory's name with the common French abbreviations of intercommunal
    /// names, for labels and tables: "Communauté d'agglomération" → "CA",
    /// "Communauté de communes" → "CC", "Communauté urbaine" → "CU".
    public var shortName: String { Territory.abbreviated(name) }

    /// `name` with the abbreviations of ``shortName``.
    public static func abbreviated(_ name: String) -> String {
        var s = name
        for (long, short) in [("Communauté d'agglomération", "CA"), ("Communauté d'Agglomération", "CA"),
                              ("Communauté de communes", "CC"), ("Communauté de Communes", "CC"),
                              ("Communauté urbaine", "CU")] {
            s = s.replacingOccurrences(of: long, with: short)
        }
        return s
    }
}
