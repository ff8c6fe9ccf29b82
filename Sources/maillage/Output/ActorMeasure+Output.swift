import MaillageAnalysis
import MaillageModel
import MaillageSupport

extension ActorMeasure {
    /// A value for a terminal table: ``digits`` decimals; for a yes/no measure "oui"/"yes" or nothing.
    func formatted(_ value: Double?, language: Language) -> String {
        if isBoolean { return value == 1 ? language.pick("oui", "yes") : "" }
        return language.decimal(value, digits: digits)  // a decimal comma in French
    }

    /// A value for CSV: full precision; `true`/`false` for a yes/no measure.
    func exact(_ value: Double?) -> String {
        if isBoolean { return value == 1 ? "true" : "false" }
        return Formatting.exact(value)
    }

    /// A value for JSON: a number (null when undefined) or a boolean.
    func json(_ value: Double?) -> JSONValue {
        if isBoolean { return .bool(value == 1) }
        return .number(value)
    }

    /// The keys of the measures defined in `mode`, as `--help` and messages list them.
    static func keys(in mode: GraphMode = .projected) -> String {
        available(in: mode).map(\.key).joined(separator: ", ")
    }
}

extension ActorKind {
    /// A label short enough for a table column.
    func shortLabel(in language: Language) -> String {
        switch self {
        case .structure: language.pick("structure", "ESS org.")
        case .collectivite: language.pick("collectivité", "local auth.")
        case .teteDeReseau: language.pick("tête rés.", "netw. head")
        case .appui: language.pick("appui", "support")
        case .financeur: language.pick("financeur", "funder")
        case .entreprise: language.pick("entreprise", "business")
        case .institution: language.pick("institution", "institution")
        case .unknown: "?"
        }
    }
}
