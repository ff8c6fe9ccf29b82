import Foundation
import MaillageSupport
import MaillageModel

/// Two-mode networks: actors and cooperations as nodes, memberships as edges.
extension GraphFileTables {
    /// Type values (keys) that only say which mode a node is in (Maillage's bipartite
    /// export writes `type` « actor » or « cooperation »).
    static let modeWords: Set<String> = KumuTables.cooperationTypes.union(["actor", "actors", "acteur", "acteurs"])

    /// `graph` with each node's mode set, when it is a two-mode network: Pajek's modes, or
    /// a `bipartite` attribute of 0 or 1 on every node (then no longer an attribute).
    static func twoMode(_ graph: GraphFile) -> GraphFile? {
        if graph.nodes.contains(where: { $0.mode != nil }) { return graph }
        if let typed = typedTwoMode(graph) { return typed }
        guard let index = graph.nodeAttributes.firstIndex(where: { Vocabulary.key($0.title) == "bipartite" }), !graph.nodes.isEmpty else { return nil }
        let fallback = graph.nodeAttributes[index].defaultValue
        var modes: [Int] = []
        modes.reserveCapacity(graph.nodes.count)
        for node in graph.nodes {
            guard let text = (node.values[index] ?? fallback)?.trimmingCharacters(in: .whitespaces), let value = Double(text), value == 0 || value == 1 else { return nil }
            modes.append(Int(value))
        }
        guard Set(modes).count == 2 else { return nil }
        var split = graph
        split.nodeAttributes[index].title = ""
        for i in split.nodes.indices {
            split.nodes[i].mode = modes[i]
            split.nodes[i].values[index] = nil
        }
        return split
    }

    /// `graph` with each node's mode set when its nodes' type (an attribute naming the
    /// actors' kind column: « Type », « Catégorie ») says « Coopération » or « Projet » for
    /// some of them, as a network drawn by hand in Gephi or Kumu keeps actors and projects
    /// apart: those are the cooperations, the others the actors.
    static func typedTwoMode(_ graph: GraphFile) -> GraphFile? {
        guard let index = graph.nodeAttributes.firstIndex(where: { TableSchema.actors.column(named: $0.title) == "kind" }) else { return nil }
        let fallback = graph.nodeAttributes[index].defaultValue
        let modes = graph.nodes.map { node in
            KumuTables.cooperationTypes.contains(Vocabulary.key(node.values[index] ?? fallback ?? "")) ? 1 : 0
        }
        guard modes.contains(1), modes.contains(0) else { return nil }
        var split = graph
        for i in split.nodes.indices { split.nodes[i].mode = modes[i] }
        return split
    }

    /// The nodes of one mode, with only the attributes some of them give (a cooperation's
    /// `form` is not an actor column) and without an attribute that only names the mode.
    private static func side(_ graph: GraphFile, mode: Int) -> GraphFile {
        var side = graph
        side.nodes = graph.nodes.filter { $0.mode == mode }
        for i in side.nodeAttributes.indices {
            let values = side.nodes.compactMap { $0.values[i] ?? graph.nodeAttributes[i].defaultValue }.filter { !$0.isEmpty }
            if values.isEmpty || values.allSatisfy({ modeWords.contains(Vocabulary.key($0)) }) { side.nodeAttributes[i].title = "" }
        }
        return side
    }

    /// The actors, cooperations and memberships of a two-mode `graph` (every node has a mode).
    static func twoModeTables(_ graph: GraphFile, file: String, diagnostics: inout [Diagnostic]) -> [String: MappedGrid] {
        var actors = side(graph, mode: 0), cooperations = side(graph, mode: 1)
        // Maillage's bipartite export names its cooperations « cooperation:ID »: the ID again.
        var renamed: [String: String] = [:]
        let prefix = "cooperation:"
        if !cooperations.nodes.isEmpty, cooperations.nodes.allSatisfy({ $0.id.hasPrefix(prefix) && $0.id.count > prefix.count }) {
            for i in cooperations.nodes.indices {
                let id = String(cooperations.nodes[i].id.dropFirst(prefix.count))
                renamed[cooperations.nodes[i].id] = id
                cooperations.nodes[i].id = id
            }
        }
        var grids: [String: MappedGrid] = [:]
        var computed: [GraphFile.Attribute] = []
        grids[TableSchema.actors.file] = actorsGrid(actors, file: file, computed: &computed, diagnostics: &diagnostics)
        var mode: [String: Int] = [:]
        for node in graph.nodes { mode[node.id] = node.mode }
        let hasStart = graph.edges.contains { $0.start != nil }, hasEnd = graph.edges.contains { $0.end != nil }
        var header = ["cooperation", "actor"]
        var taken: Set<String> = ["cooperation", "actor"]
        if hasStart { header.append("since"); taken.insert("since") }
        if hasEnd { header.append("until"); taken.insert("until") }
        // Edge attributes that name a membership column (Maillage's export's `role`).
        var edgeColumns: [Int] = []
        for (i, attribute) in graph.edgeAttributes.enumerated() {
            guard let column = TableSchema.memberships.column(named: attribute.title), !taken.contains(column) else {
                diagnostics.append(.warning(LocalizedText(
                    fr: "attribut « \(attribute.title.excerpt) » des liens non lu : dans un réseau à deux modes, un lien est une participation (colonnes lues : rôle, depuis, jusqu'à)",
                    en: "edge attribute \"\(attribute.title.excerpt)\" not read: in a two-mode network an edge is a membership (columns read: role, since, until)"),
                    file: file, line: attribute.line))
                continue
            }
            taken.insert(column)
            header.append(attribute.title)
            edgeColumns.append(i)
        }
        var records: [[MappedGrid.Cell]] = []
        records.reserveCapacity(graph.edges.count)
        var inside: (count: Int, line: Int) = (0, 0)
        // Pairs of actors linked directly: their cooperations' id and name.
        var pairs: [[MappedGrid.Cell]] = []
        var pairIDs: Set<String> = []
        let cooperationIDs = Set(cooperations.nodes.map(\.id))
        var labels: [String: String] = [:]
        for node in actors.nodes { labels[node.id] = node.label.flatMap { $0.isEmpty ? nil : $0 } ?? node.id }
        for edge in graph.edges {
            let at = position(edge.line)
            let ends: (cooperation: String, actor: String)
            switch (mode[edge.source], mode[edge.target]) {
            case (1, 0): ends = (edge.source, edge.target)
            case (0, 1): ends = (edge.target, edge.source)
            case (nil, _), (_, nil):
                // An end that is no node: the memberships table reports it.
                ends = mode[edge.source] == 1 || mode[edge.target] == 0 ? (edge.source, edge.target) : (edge.target, edge.source)
            case (0, 0):
                // Two actors linked directly: a cooperation of the two, as a list of ties gives.
                let base = "\(edge.source)+\(edge.target)"
                var id = base, n = 2
                while pairIDs.contains(id) || cooperationIDs.contains(id) { id = "\(base)-\(n)"; n += 1 }
                pairIDs.insert(id)
                let name = edge.label.flatMap { $0.isEmpty ? nil : $0 } ?? "\(labels[edge.source] ?? edge.source) – \(labels[edge.target] ?? edge.target)"
                pairs.append([MappedGrid.Cell(text: id, position: at), MappedGrid.Cell(text: name, position: at)])
                for end in [edge.source, edge.target] {
                    var record = [MappedGrid.Cell(text: id, position: at), MappedGrid.Cell(text: end, position: at)]
                    if hasStart { record.append(MappedGrid.Cell(text: edge.start ?? "", position: at)) }
                    if hasEnd { record.append(MappedGrid.Cell(text: edge.end ?? "", position: at)) }
                    for _ in edgeColumns { record.append(MappedGrid.Cell(text: "", position: at)) }
                    records.append(record)
                }
                continue
            default:
                if inside.count == 0 { inside.line = edge.line }
                inside.count += 1
                continue
            }
            var record = [MappedGrid.Cell(text: renamed[ends.cooperation] ?? ends.cooperation, position: at), MappedGrid.Cell(text: ends.actor, position: at)]
            if hasStart { record.append(MappedGrid.Cell(text: edge.start ?? "", position: at)) }
            if hasEnd { record.append(MappedGrid.Cell(text: edge.end ?? "", position: at)) }
            for i in edgeColumns {
                record.append(MappedGrid.Cell(text: edge.values[i] ?? graph.edgeAttributes[i].defaultValue ?? "", position: at))
            }
            records.append(record)
        }
        if inside.count > 0 {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(inside.count) lien\(inside.count > 1 ? "s" : "") entre deux coopérations non lu\(inside.count > 1 ? "s" : "") (le premier ici) : Maillage relie des acteurs par des coopérations",
                en: "\(inside.count) edge\(inside.count > 1 ? "s" : "") between two cooperations not read (the first here): Maillage links actors through cooperations"),
                file: file, line: inside.line))
        }
        grids[TableSchema.cooperations.file] = actorsGrid(
            cooperations, file: file, schema: .cooperations, more: pairs, computed: &computed, diagnostics: &diagnostics)
        grids[TableSchema.memberships.file] = MappedGrid(
            header: header, records: records, origin: .file,
            headerPositions: header.indices.map { $0 < header.count - edgeColumns.count ? .file : position(graph.edgeAttributes[edgeColumns[$0 - (header.count - edgeColumns.count)]].line) })
        reportComputed(computed, file: file, diagnostics: &diagnostics)
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un réseau à deux modes : les nœuds du premier mode sont les acteurs (\(actors.nodes.count)), ceux du second les coopérations (\(cooperations.nodes.count)), chaque lien une participation (\(records.count - 2 * pairs.count))"
                + (pairs.isEmpty ? "" : " ; un lien entre deux acteurs est une coopération des deux (\(pairs.count))"),
            en: "read as a two-mode network: the nodes of the first mode are the actors (\(actors.nodes.count)), those of the second the cooperations (\(cooperations.nodes.count)), each edge a membership (\(records.count - 2 * pairs.count))"
                + (pairs.isEmpty ? "" : "; an edge between two actors is a cooperation of the two (\(pairs.count))")),
            file: file))
        return grids
    }
}
