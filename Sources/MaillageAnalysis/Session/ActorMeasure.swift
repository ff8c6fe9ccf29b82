import MaillageModel

/// A per-actor measure Maillage computes, as one entry of the registry
/// ``ActorMeasure/all``: its key (as in `--measure`, JSON, CSV and the exports), its
/// names in French and English, its definition, the NetworkX call it is checked
/// against, and how it reads tie weights.
///
/// Everything that lists measures derives from the registry: the values the command
/// line accepts and prints in `--help`, the columns of `centrality`, the node attributes
/// of the exports, the report's columns. A new measure is added here (and computed in
/// ``computeCentralities(_:on:options:)``), nowhere else.
public struct ActorMeasure: Sendable, Hashable, Identifiable {
    /// How a measure reads tie weights.
    public enum WeightUse: String, Sendable, Hashable {
        /// Ignores weights.
        case none
        /// Reads weights as strengths (a heavier tie counts more), always.
        case strength
        /// With `--weighted`, reads a tie of weight w as a distance 1/w; otherwise ignores weights.
        case distanceWhenWeighted
    }

    /// The key: `degree`, `betweenness`, `effective_size`…
    public let key: String
    /// The centrality computation behind it; nil for `articulation`, computed apart.
    public let centrality: CentralityMeasure?
    /// Names in French and English, for legends and reports.
    public let frenchName: String
    public let englishName: String
    /// Short headers for 80-column tables.
    public let frenchHeader: String
    public let englishHeader: String
    /// The definition, in one sentence, in English and in French.
    public let definition: String
    public let frenchDefinition: String
    /// The NetworkX call whose values it reproduces.
    public let reference: String
    public let weights: WeightUse
    /// Decimals in tables: 0 for counts.
    public let digits: Int
    /// Shown by default in the short table view.
    public let inShortTable: Bool
    /// Defined on the two-mode network (`--mode bipartite`).
    public let inBipartiteMode: Bool
    /// True for yes/no measures (`articulation`).
    public var isBoolean: Bool { centrality == nil }

    public var id: String { key }

    /// The measure's name in `language`.
    public func name(in language: Language) -> String { language == .fr ? frenchName : englishName }
    /// The measure's definition in `language`.
    public func definition(in language: Language) -> String { language == .fr ? frenchDefinition : definition }
    /// The measure's short table header in `language`.
    public func header(in language: Language) -> String { language == .fr ? frenchHeader : englishHeader }

    /// The measure of `key`, or nil.
    public static func named(_ key: String) -> ActorMeasure? { all.first { $0.key == key } }

    /// The measures defined in `mode`.
    public static func available(in mode: GraphMode) -> [ActorMeasure] {
        mode == .bipartite ? all.filter(\.inBipartiteMode) : all
    }

    /// Every per-actor measure, in the order of tables and exports.
    public static let all: [ActorMeasure] = [
        ActorMeasure(key: "degree", centrality: .degree, frenchName: "degré", englishName: "degree",
                     frenchHeader: "degré", englishHeader: "degree",
                     definition: "Number of partners: actors sharing at least one cooperation.", frenchDefinition: "Nombre de partenaires : acteurs avec qui il partage au moins une coopération.",
                     reference: "G.degree()", weights: .none, digits: 0, inShortTable: true, inBipartiteMode: true),
        ActorMeasure(key: "strength", centrality: .strength, frenchName: "force des liens", englishName: "strength",
                     frenchHeader: "force", englishHeader: "strength",
                     definition: "Sum of the weights of the actor's ties.", frenchDefinition: "Somme des poids de ses liens.",
                     reference: "G.degree(weight=\"weight\")", weights: .strength, digits: 2, inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "betweenness", centrality: .betweenness, frenchName: "intermédiarité", englishName: "betweenness",
                     frenchHeader: "interm.", englishHeader: "betw.",
                     definition: "Share of the shortest paths between other actors that pass through the actor.", frenchDefinition: "Part des plus courts chemins entre deux autres acteurs qui passent par lui.",
                     reference: "betweenness_centrality(G, normalized=True)", weights: .distanceWhenWeighted, digits: 3,
                     inShortTable: true, inBipartiteMode: true),
        ActorMeasure(key: "closeness", centrality: .closeness, frenchName: "proximité", englishName: "closeness",
                     frenchHeader: "proxim.", englishHeader: "close.",
                     definition: "Inverse mean distance to the actors it can reach, with the Wasserman–Faust correction.", frenchDefinition: "Inverse de la distance moyenne aux acteurs qu'il atteint, avec la correction de Wasserman et Faust.",
                     reference: "closeness_centrality(G)", weights: .distanceWhenWeighted, digits: 3,
                     inShortTable: true, inBipartiteMode: true),
        ActorMeasure(key: "harmonic", centrality: .harmonic, frenchName: "centralité harmonique", englishName: "harmonic centrality",
                     frenchHeader: "harmon.", englishHeader: "harmon.",
                     definition: "Sum of the inverse distances to every other actor.", frenchDefinition: "Somme des inverses des distances à chacun des autres acteurs.",
                     reference: "harmonic_centrality(G)", weights: .distanceWhenWeighted, digits: 2,
                     inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "eigenvector", centrality: .eigenvector, frenchName: "centralité de vecteur propre",
                     englishName: "eigenvector centrality", frenchHeader: "vecteur", englishHeader: "eigenv.",
                     definition: "Principal eigenvector of the weighted adjacency matrix, per component on a disconnected network.", frenchDefinition: "Vecteur propre principal de la matrice des liens pondérés, par composante quand le réseau est en morceaux.",
                     reference: "eigenvector_centrality_numpy(G, weight=\"weight\")", weights: .strength, digits: 3,
                     inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "pagerank", centrality: .pagerank, frenchName: "PageRank", englishName: "PageRank",
                     frenchHeader: "pagerank", englishHeader: "pagerank",
                     definition: "Stationary probability of a random walk along ties (damping 0.85).", frenchDefinition: "Probabilité stationnaire d'une marche au hasard le long des liens (amortissement 0,85).",
                     reference: "pagerank(G, alpha=0.85, weight=\"weight\")", weights: .strength, digits: 4,
                     inShortTable: true, inBipartiteMode: false),
        ActorMeasure(key: "clustering", centrality: .clustering, frenchName: "coefficient de clustering",
                     englishName: "clustering coefficient", frenchHeader: "clust.", englishHeader: "clust.",
                     definition: "Share of pairs of partners that cooperate with each other.", frenchDefinition: "Part des paires de ses partenaires qui coopèrent entre eux.",
                     reference: "clustering(G)", weights: .none, digits: 3, inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "constraint", centrality: .constraint, frenchName: "contrainte de Burt", englishName: "Burt's constraint",
                     frenchHeader: "contr.", englishHeader: "constr.",
                     definition: "How much the actor's ties lead to the same others (Burt's structural holes); undefined when isolated.", frenchDefinition: "À quel point ses liens mènent aux mêmes autres (trous structuraux de Burt) ; non défini pour un acteur isolé.",
                     reference: "constraint(G)", weights: .none, digits: 3, inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "effective_size", centrality: .effectiveSize, frenchName: "taille effective", englishName: "effective size",
                     frenchHeader: "t.eff.", englishHeader: "eff.size",
                     definition: "Partners minus the redundancy among them (Burt); undefined when isolated.", frenchDefinition: "Partenaires moins la redondance entre eux (Burt) ; non défini pour un acteur isolé.",
                     reference: "effective_size(G)", weights: .none, digits: 2, inShortTable: false, inBipartiteMode: false),
        ActorMeasure(key: "core", centrality: .core, frenchName: "k-cœur", englishName: "k-core",
                     frenchHeader: "cœur", englishHeader: "core",
                     definition: "Largest k such that the actor belongs to a subnetwork where every actor has at least k partners.", frenchDefinition: "Plus grand k tel qu'il appartient à un sous-réseau où chacun a au moins k partenaires.",
                     reference: "core_number(G)", weights: .none, digits: 0, inShortTable: true, inBipartiteMode: false),
        ActorMeasure(key: "articulation", centrality: nil, frenchName: "point d'articulation", englishName: "articulation point",
                     frenchHeader: "pivot", englishHeader: "cut",
                     definition: "True when the actor's departure would split its component.", frenchDefinition: "Vrai quand son départ couperait sa composante en morceaux.",
                     reference: "articulation_points(G)", weights: .none, digits: 0, inShortTable: true, inBipartiteMode: false),
    ]
}
