import MaillageSupport
import MaillageAnalysis
import MaillageModel

/// A per-actor measure as a column of output: its key (as in JSON and CSV), its
/// short header for terminal tables and how its values print.
struct MeasureColumn: Sendable {
    var key: String
    var header: String
    /// The centrality measure behind the column; nil for `articulation`.
    var measure: CentralityMeasure?
    /// Decimals in tables; 0 for counts.
    var digits: Int
    /// Shown by default in the 80-column table view.
    var inShortTable: Bool

    static let all: [MeasureColumn] = [
        MeasureColumn(key: "degree", header: "degré", measure: .degree, digits: 0, inShortTable: true),
        MeasureColumn(key: "strength", header: "force", measure: .strength, digits: 2, inShortTable: false),
        MeasureColumn(key: "betweenness", header: "interm.", measure: .betweenness, digits: 3, inShortTable: true),
        MeasureColumn(key: "closeness", header: "proxim.", measure: .closeness, digits: 3, inShortTable: true),
        MeasureColumn(key: "harmonic", header: "harmon.", measure: .harmonic, digits: 2, inShortTable: false),
        MeasureColumn(key: "eigenvector", header: "vecteur", measure: .eigenvector, digits: 3, inShortTable: false),
        MeasureColumn(key: "pagerank", header: "pagerank", measure: .pagerank, digits: 4, inShortTable: true),
        MeasureColumn(key: "clustering", header: "clust.", measure: .clustering, digits: 3, inShortTable: false),
        MeasureColumn(key: "constraint", header: "contr.", measure: .constraint, digits: 3, inShortTable: false),
        MeasureColumn(key: "effective_size", header: "t.eff.", measure: .effectiveSize, digits: 2, inShortTable: false),
        MeasureColumn(key: "core", header: "cœur", measure: .core, digits: 0, inShortTable: true),
        MeasureColumn(key: "articulation", header: "pivot", measure: nil, digits: 0, inShortTable: true),
    ]

    static let bipartite: [MeasureColumn] = all.filter { ["degree", "betweenness", "closeness"].contains($0.key) }

    /// The measure's French name, for legends.
    var label: String {
        switch key {
        case "degree": "degré"
        case "strength": "force des liens"
        case "betweenness": "intermédiarité"
        case "closeness": "proximité"
        case "harmonic": "centralité harmonique"
        case "eigenvector": "centralité de vecteur propre"
        case "pagerank": "PageRank"
        case "clustering": "coefficient de clustering"
        case "constraint": "contrainte de Burt"
        case "effective_size": "taille effective"
        case "core": "k-cœur"
        default: key
        }
    }

    func formatted(_ value: Double?) -> String {
        if measure == nil { return value == 1 ? "oui" : "" }
        return Formatting.decimal(value, digits: digits)
    }

    func exact(_ value: Double?) -> String {
        if measure == nil { return value == 1 ? "true" : "false" }
        return Formatting.exact(value)
    }

    func json(_ value: Double?) -> JSONValue {
        if measure == nil { return .bool(value == 1) }
        return .number(value)
    }
}

extension ActorKind {
    /// A label short enough for a table column.
    var shortLabel: String {
        switch self {
        case .structure: "structure"
        case .collectivite: "collectivité"
        case .teteDeReseau: "tête rés."
        case .appui: "appui"
        case .financeur: "financeur"
        case .entreprise: "entreprise"
        case .institution: "institution"
        case .unknown: "?"
        }
    }
}
