/// How many people an actor employs: an exact count (« 12 ») or a band (« 10 à 19
/// salariés », INSEE's *tranche d'effectif salarié*), with the year it describes when the
/// dataset gives one.
///
/// Observatories count the social and solidarity economy in jobs; SIRENE gives each
/// establishment a band, not a count, so a headcount is a range: `lower…upper`, exact when
/// both ends are equal, open when the band has no upper end (« 10 000 salariés et plus »).
///
/// ```swift
/// Headcount(exactly: 12).estimate               // 12
/// Headcount(lower: 10, upper: 19).estimate      // 14.5, the band's midpoint
/// Headcount(lower: 10_000, upper: nil).estimate // 10000, an open band's lower end
/// ```
public struct Headcount: Sendable, Hashable {
    /// The fewest employees the value allows.
    public var lower: Int
    /// The most employees it allows; nil for an open band (« 10 000 et plus »).
    public var upper: Int?
    /// The year the count describes (SIRENE's `anneeEffectifsEtablissement`); nil when not given.
    public var year: Int?
    /// The SIREN of the legal unit whose headcount this is, when the dataset gives an
    /// establishment its company's headcount rather than its own (SIRENE's
    /// `trancheEffectifsUniteLegale`, « Effectif de l'unité légale »); nil for the actor's own.
    ///
    /// Every establishment of that legal unit carries the same value, so a
    /// ``HeadcountTotal`` adds it once.
    public var legalUnit: String?

    /// A band `lower…upper` (`upper` nil: no upper end); `lower` ≤ `upper`.
    public init(lower: Int, upper: Int?, year: Int? = nil, legalUnit: String? = nil) {
        self.lower = max(0, lower)
        self.upper = upper.map { max($0, max(0, lower)) }
        self.year = year
        self.legalUnit = legalUnit
    }

    /// An exact count.
    public init(exactly count: Int, year: Int? = nil, legalUnit: String? = nil) {
        self.init(lower: count, upper: count, year: year, legalUnit: legalUnit)
    }

    /// Whether the value is one count rather than a band.
    public var isExact: Bool { upper == lower }

    /// One number standing for the value, to size a map's node by: the count itself, a
    /// band's midpoint, an open band's lower end.
    public var estimate: Double {
        guard let upper else { return Double(lower) }
        return (Double(lower) + Double(upper)) / 2
    }

    /// The value as a results table writes it: « 12 », « 10-19 », « 10000+ ».
    public var code: String {
        guard let upper else { return "\(lower)+" }
        return upper == lower ? "\(lower)" : "\(lower)-\(upper)"
    }
}
