import Foundation
import MaillageSupport
import MaillageModel

/// A ``GraphFile`` read as Maillage's tables: its nodes as the actors table, its edges
/// as a list of ties (``TieList``), every cell located at the line of the file its node
/// or edge was read on.
///
/// | graph file | Maillage |
/// | --- | --- |
/// | node: id, label | actor: id, name (the id when the node has no label; a file where no node has a label takes its ids as names) |
/// | node: start, end (a dynamic GEXF) | the actor's `founded` and `closed`: when it entered and left the network |
/// | node attribute (« Commune », « Type », « Forme juridique », latitude…) | the actors column it names (``ColumnAliases``); one Maillage does not know is reported, not read |
/// | edge: source, target | a cooperation of the two actors (``TieList``: id `A+B`, name « A – B » by their labels) |
/// | edge: label, start, end | the cooperation's name, start, end |
/// | edge attribute (« Type de partenariat », « Année »…) | the cooperation column it names |
/// | edge weight | reported when it is not 1 everywhere, not read: a tie's weight is the number of cooperations the pair shares |
///
/// A two-mode network — Pajek's `*Vertices n n₁`, nodes that all have a `bipartite`
/// attribute of 0 or 1, as NetworkX writes affiliation graphs, or nodes whose type says
/// « Projet » or « Coopération » for some — is read as memberships: the nodes of the first
/// mode (0, the other types) are the actors, those of the second (1, the projects) the
/// cooperations (the comic books of the Marvel network, the events of Davis's Southern
/// women), each edge between the two a membership (its start and end the membership's),
/// an edge between two actors a cooperation of the two; one between two cooperations is
/// reported and not read.
///
/// A node or edge attribute that names a column already given (an attribute « Nom »
/// beside the node's label) is reported and not read. Directed edges are read as
/// undirected ties, with a warning that counts the pairs linked both ways (each such
/// pair shares two cooperations).
enum GraphFileTables {
    /// The tables (by schema file name) of `graph`, read from `file`.
    static func tables(_ graph: GraphFile, file: String, diagnostics: inout [Diagnostic]) -> [String: MappedGrid] {
        for (text, line) in graph.unread { diagnostics.append(.warning(text, file: file, line: line)) }
        if let twoMode = twoMode(graph) { return twoModeTables(twoMode, file: file, diagnostics: &diagnostics) }
        if let listed = listedMemberships(graph, file: file, diagnostics: &diagnostics) { return listed }
        let (n, m) = (graph.nodes.count, graph.edges.count)
        diagnostics.append(.warning(m == 0
            ? LocalizedText(
                fr: "\(graph.format.document.fr) sans lien : ses \(n) nœuds sont lus comme des acteurs, sans coopération",
                en: "\(graph.format.document.en) without edges: its \(n) nodes are read as actors, with no cooperation")
            : LocalizedText(
                fr: "lu comme un réseau d'acteurs : chaque nœud un acteur (\(n)), chaque lien une coopération à deux des nœuds qu'il relie (\(m))",
                en: "read as a network of actors: each node an actor (\(n)), each edge a cooperation of the two nodes it joins (\(m))"),
            file: file))
        var grids: [String: MappedGrid] = [:]
        var computed: [GraphFile.Attribute] = []
        if !graph.nodes.isEmpty { grids[TableSchema.actors.file] = actorsGrid(graph, file: file, computed: &computed, diagnostics: &diagnostics) }
        grids[TableSchema.memberships.file] = edgesGrid(graph, file: file, computed: &computed, diagnostics: &diagnostics)
        reportComputed(computed, file: file, diagnostics: &diagnostics)
        return grids
    }

    static func position(_ line: Int) -> CellPosition { CellPosition.text(line: line, column: 0) }

    /// Keys of the attributes that draw a node (GraphML exports of Gephi and Maillage
    /// write its position, colour and size as attributes) or that a program keeps for
    /// itself (Cytoscape's `SUID`, `selected`, `shared name`).
    static let layoutWords: Set<String> = Set(["x", "y", "z", "r", "g", "b", "size", "color", "colour", "couleur",
        // Cytoscape's own bookkeeping in its GraphML export.
        "suid", "selected", "shared name", "shared interaction", "interaction", "canonicalname"].map(Vocabulary.key))

    /// Keys of the lists and counts Maillage's export adds to its nodes (`members` of a
    /// cooperation, `cooperation_count` of an actor…): computed from the memberships, not read.
    static let exportedLists: Set<String> = Set(["members", "member_count", "form_label", "cooperations", "roles", "cooperation_count"].map(Vocabulary.key))

    /// The attribute columns to keep: those naming no column already in `taken` (each
    /// one taken in turn), the others reported. Measures and positions a network program
    /// computed (Gephi's `Degree`, `modularity_class`; Maillage's export's `pagerank`, `x`,
    /// `y`) are left out too, and added to `computed`; with `edges`, so are the attributes
    /// that name a column of the memberships table (Maillage's export's `cooperations`):
    /// each edge is one cooperation.
    static func keptAttributes(
        _ attributes: [GraphFile.Attribute], schema: TableSchema, taken: Set<String>, edges: Bool = false, file: String,
        repeatsLabel: ((Int) -> Bool)? = nil, computed: inout [GraphFile.Attribute], diagnostics: inout [Diagnostic]
    ) -> [Int] {
        var taken = taken
        var kept: [Int] = []
        let what = edges ? LocalizedText(fr: "liens", en: "edge") : LocalizedText(fr: "nœuds", en: "node")
        for (i, attribute) in attributes.enumerated() where !attribute.title.isEmpty {
            let key = Vocabulary.key(attribute.title)
            if UnreadColumns.kind(of: attribute.title) == .networkProgram || layoutWords.contains(key) || exportedLists.contains(key) {
                computed.append(attribute)
                continue
            }
            if edges, TableSchema.memberships.column(named: attribute.title) != nil, schema.column(named: attribute.title) == nil {
                diagnostics.append(.warning(LocalizedText(
                    fr: "attribut « \(attribute.title.excerpt) » des liens non lu : chaque lien est lu comme une coopération à deux",
                    en: "edge attribute \"\(attribute.title.excerpt)\" not read: each edge is read as a cooperation of two"),
                    file: file, line: attribute.line))
                continue
            }
            let column = schema.column(named: attribute.title) ?? "attribute:" + key
            if taken.contains(column) {
                // Maillage's export repeats each node's label as `name`: nothing to say.
                if let repeatsLabel, column == "name" || column == "id", repeatsLabel(i) { continue }
                diagnostics.append(.warning(LocalizedText(
                    fr: "attribut « \(attribute.title.excerpt) » des \(what.fr) non lu : il donne une colonne que le fichier donne déjà",
                    en: "\(what.en) attribute \"\(attribute.title.excerpt)\" not read: it gives a column the file already gives"),
                    file: file, line: attribute.line))
                continue
            }
            taken.insert(column)
            kept.append(i)
        }
        return kept
    }

    /// One warning for the attributes a network program computed, at the first one's line.
    static func reportComputed(_ computed: [GraphFile.Attribute], file: String, diagnostics: inout [Diagnostic]) {
        guard let first = computed.first else { return }
        let shown = computed.prefix(6).map { "« \($0.title.excerpt) »" }.joined(separator: ", ")
        let shownEN = computed.prefix(6).map { "\"\($0.title.excerpt)\"" }.joined(separator: ", ")
        let more = computed.count > 6 ? LocalizedText(fr: "… \(computed.count) en tout", en: "… \(computed.count) in all") : LocalizedText(fr: "", en: "")
        diagnostics.append(.warning(computed.count == 1
            ? LocalizedText(
                fr: "attribut \(shown) non lu : une mesure, une position ou une colonne qu'un logiciel de réseaux (Gephi, Cytoscape, Maillage) ajoute ; Maillage calcule les siennes sur ces données (`maillage centrality`, `maillage clusters`)",
                en: "attribute \(shownEN) not read: a measure, position or bookkeeping a network program (Gephi, Cytoscape, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)")
            : LocalizedText(
                fr: "attributs non lus : \(shown)\(more.fr), des mesures, des positions ou des colonnes qu'un logiciel de réseaux (Gephi, Cytoscape, Maillage) ajoute ; Maillage calcule les siennes sur ces données (`maillage centrality`, `maillage clusters`)",
                en: "attributes not read: \(shownEN)\(more.en), measures, positions or bookkeeping a network program (Gephi, Cytoscape, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)"),
            file: file, line: first.line))
    }

    static func actorsGrid(
        _ graph: GraphFile, file: String, schema: TableSchema = .actors, more: [[MappedGrid.Cell]] = [],
        computed: inout [GraphFile.Attribute], diagnostics: inout [Diagnostic]
    ) -> MappedGrid {
        let labelled = graph.nodes.contains { $0.label.map { !$0.isEmpty } ?? false }
        var header = labelled ? ["id", "name"] : ["name"]
        var taken: Set<String> = labelled ? ["id", "name"] : ["name"]
        // A dynamic graph's node times: when the actor entered and left the network.
        let dates = schema.file == TableSchema.actors.file ? ("founded", "closed") : ("started", "ended")
        // An attribute that names the date column (Maillage's export writes `founded` beside a node's
        // start, with the dataset's precision: `2019`, not 2019-01-01) gives it instead.
        let named = Set(graph.nodeAttributes.compactMap { schema.column(named: $0.title) })
        let hasStart = !named.contains(dates.0) && graph.nodes.contains { $0.start != nil }
        let hasEnd = !named.contains(dates.1) && graph.nodes.contains { $0.end != nil }
        if hasStart { header.append(dates.0); taken.insert(dates.0) }
        if hasEnd { header.append(dates.1); taken.insert(dates.1) }
        var headerLines = [Int](repeating: 0, count: header.count)
        let kept = keptAttributes(
            graph.nodeAttributes, schema: schema, taken: taken, file: file,
            repeatsLabel: { i in
                graph.nodes.allSatisfy { node in
                    let value = node.values[i] ?? graph.nodeAttributes[i].defaultValue ?? ""
                    return value.isEmpty || value == (node.label ?? node.id) || value == node.id
                }
            },
            computed: &computed, diagnostics: &diagnostics)
        for i in kept {
            header.append(graph.nodeAttributes[i].title)
            headerLines.append(graph.nodeAttributes[i].line)
        }
        var records: [[MappedGrid.Cell]] = []
        records.reserveCapacity(graph.nodes.count)
        for node in graph.nodes {
            let at = position(node.line)
            var record: [MappedGrid.Cell] = []
            record.reserveCapacity(header.count)
            if labelled {
                record.append(MappedGrid.Cell(text: node.id, position: at))
                let label = node.label.flatMap { $0.isEmpty ? nil : $0 } ?? node.id
                record.append(MappedGrid.Cell(text: label, position: at))
            } else {
                record.append(MappedGrid.Cell(text: node.id, position: at))
            }
            if hasStart { record.append(MappedGrid.Cell(text: node.start ?? "", position: at)) }
            if hasEnd { record.append(MappedGrid.Cell(text: node.end ?? "", position: at)) }
            for i in kept {
                record.append(MappedGrid.Cell(text: node.values[i] ?? graph.nodeAttributes[i].defaultValue ?? "", position: at))
            }
            records.append(record)
        }
        // More rows with an id and a name only (the cooperations of two actors linked directly).
        for row in more {
            let cells = labelled ? row : [row[0]]  // without a name column, the id is the name
            records.append(cells + [MappedGrid.Cell](repeating: MappedGrid.Cell(text: "", position: row[0].position), count: header.count - cells.count))
        }
        return MappedGrid(header: header, records: records, origin: .file, headerPositions: headerLines.map(position))
    }

    /// Reports edge weights other than 1 (Gephi writes `weight="1.0"` on every edge), not read.
    private static func reportWeights(_ edges: [GraphFile.Edge], file: String, diagnostics: inout [Diagnostic]) {
        var range: (low: Double, high: Double)?
        var firstOther: Int?
        for edge in edges {
            guard let text = edge.weight, let weight = Double(text) else { continue }
            range = range.map { (min($0.low, weight), max($0.high, weight)) } ?? (weight, weight)
            if weight != 1, firstOther == nil { firstOther = edge.line }
        }
        guard let range, let line = firstOther else { return }
        func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        let span = range.low == range.high ? number(range.low) : "\(number(range.low)) – \(number(range.high))"
        diagnostics.append(.warning(LocalizedText(
            fr: "poids des liens non lus (\(span), le premier autre que 1 ici) : pour Maillage, le poids d'un lien est le nombre de coopérations que la paire partage, et chaque lien du fichier en est une",
            en: "edge weights not read (\(span), the first other than 1 here): in Maillage a tie's weight is the number of cooperations the pair shares, and each edge of the file is one"),
            file: file, line: line))
    }

    private static func edgesGrid(_ graph: GraphFile, file: String, computed: inout [GraphFile.Attribute], diagnostics: inout [Diagnostic]) -> MappedGrid {
        let edges = graph.edges
        let hasLabel = edges.contains { $0.label.map { !$0.isEmpty } ?? false }
        let hasStart = edges.contains { $0.start != nil }, hasEnd = edges.contains { $0.end != nil }
        reportWeights(edges, file: file, diagnostics: &diagnostics)
        var header = ["source", "target"]
        var taken: Set<String> = ["source", "target"]
        if hasLabel { header.append("label"); taken.insert("name") }
        if hasStart { header.append("start"); taken.insert("started") }
        if hasEnd { header.append("end"); taken.insert("ended") }
        taken.insert("attribute:weight"); taken.insert("attribute:poids")
        var headerLines = [Int](repeating: 0, count: header.count)
        let kept = keptAttributes(
            graph.edgeAttributes, schema: .cooperations, taken: taken, edges: true, file: file,
            computed: &computed, diagnostics: &diagnostics)
        for i in kept {
            header.append(graph.edgeAttributes[i].title)
            headerLines.append(graph.edgeAttributes[i].line)
        }
        var records: [[MappedGrid.Cell]] = []
        records.reserveCapacity(edges.count)
        for edge in edges {
            let at = position(edge.line)
            var record = [MappedGrid.Cell(text: edge.source, position: at), MappedGrid.Cell(text: edge.target, position: at)]
            if hasLabel { record.append(MappedGrid.Cell(text: edge.label ?? "", position: at)) }
            if hasStart { record.append(MappedGrid.Cell(text: edge.start ?? "", position: at)) }
            if hasEnd { record.append(MappedGrid.Cell(text: edge.end ?? "", position: at)) }
            for i in kept {
                record.append(MappedGrid.Cell(text: edge.values[i] ?? graph.edgeAttributes[i].defaultValue ?? "", position: at))
            }
            records.append(record)
        }
        if graph.directed {
            var pairs = Set<[String]>(), both = 0
            for edge in edges where edge.source != edge.target {
                if pairs.contains([edge.target, edge.source]) { both += 1 }
                pairs.insert([edge.source, edge.target])
            }
            diagnostics.append(.warning(LocalizedText(
                fr: "liens orientés lus comme des coopérations sans direction" + (both > 0 ? " : \(both) paire\(both > 1 ? "s" : "") liée\(both > 1 ? "s" : "") dans les deux sens partage\(both > 1 ? "nt" : "") donc deux coopérations (un lien de poids 2)" : ""),
                en: "directed edges read as undirected cooperations" + (both > 0 ? ": \(both) pair\(both > 1 ? "s" : "") linked both ways therefore share\(both > 1 ? "" : "s") two cooperations (a tie of weight 2)" : "")),
                file: file))
        }
        return MappedGrid(header: header, records: records, origin: .file, headerPositions: headerLines.map(position), layoutSaid: true)
    }
}
