import Foundation
import MaillageSupport
import MaillageModel

/// One-mode files whose nodes list their cooperations: Maillage's own export
/// (`maillage export --format gexf`: a node attribute `cooperations`, « c1|c2 »), or a
/// network whose nodes carry a « Coopérations » attribute.
extension GraphFileTables {
    /// The actors, cooperations and memberships of `graph` when its nodes list their
    /// cooperations (an attribute « cooperations », values separated by `|` or `;`, given
    /// by at least one node); nil otherwise.
    ///
    /// Each listed cooperation is a membership of the node's actor, at the node's line, with
    /// its role when an attribute `roles` lists them in the same order, and its dates when
    /// `since` and `until` do (empty entries for none). The
    /// edges are the projection of these memberships and are not read as cooperations;
    /// their attributes name the cooperations: `cooperations` with `cooperation_names` (the
    /// same number of values, in the same order) give each cooperation's name, and `forms`
    /// its form where an edge's cooperations have a single form, or where the forms of all
    /// but one are known and leave one form over; `cooperation_started` and
    /// `cooperation_ended` (aligned lists) its dates. A cooperation no edge names keeps its id
    /// as its name; one whose form no edge settles has none (the bipartite export,
    /// `--mode bipartite`, keeps every form and role).
    static func listedMemberships(_ graph: GraphFile, file: String, diagnostics: inout [Diagnostic]) -> [String: MappedGrid]? {
        func attribute(_ attributes: [GraphFile.Attribute], _ key: String) -> Int? {
            attributes.firstIndex { Vocabulary.key($0.title) == Vocabulary.key(key) }
        }
        func list(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: { $0 == "|" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        guard let listed = attribute(graph.nodeAttributes, "cooperations") else { return nil }
        let lists = graph.nodes.map { list($0.values[listed] ?? graph.nodeAttributes[listed].defaultValue) }
        guard lists.contains(where: { !$0.isEmpty }) else { return nil }
        // Maillage's export writes each actor's role in each cooperation beside them (`roles`),
        // and the dates of each membership (`since`, `until`: empty entries kept, in the same order).
        let rolesIndex = attribute(graph.nodeAttributes, "roles")
        let sinceIndex = attribute(graph.nodeAttributes, "since"), untilIndex = attribute(graph.nodeAttributes, "until")
        /// `text` split at `|`, empty entries kept (a list aligned with another).
        func aligned(_ text: String?) -> [String] {
            (text ?? "").split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let dated = sinceIndex != nil || untilIndex != nil

        var memberships: [[MappedGrid.Cell]] = []
        var order: [String] = []
        var seen: Set<String> = []
        for (node, cooperations) in zip(graph.nodes, lists) {
            let at = position(node.line)
            let roles = rolesIndex.map { list(node.values[$0]) } ?? []
            let since = sinceIndex.map { aligned(node.values[$0]) } ?? [], until = untilIndex.map { aligned(node.values[$0]) } ?? []
            for (k, id) in cooperations.enumerated() {
                let role = roles.count == cooperations.count ? roles[k] : ""
                var record = [MappedGrid.Cell(text: id, position: at), MappedGrid.Cell(text: node.id, position: at),
                              MappedGrid.Cell(text: role, position: at)]
                if dated {
                    record.append(MappedGrid.Cell(text: since.count == cooperations.count ? since[k] : "", position: at))
                    record.append(MappedGrid.Cell(text: until.count == cooperations.count ? until[k] : "", position: at))
                }
                memberships.append(record)
                if seen.insert(id).inserted { order.append(id) }
            }
        }
        // Names and forms from the edges' lists.
        var names: [String: String] = [:], forms: [String: String] = [:], lines: [String: Int] = [:]
        var started: [String: String] = [:], ended: [String: String] = [:]
        var mixed: [(cooperations: [String], forms: [String])] = []
        if let ids = attribute(graph.edgeAttributes, "cooperations") {
            let nameIndex = attribute(graph.edgeAttributes, "cooperation_names")
            let formIndex = attribute(graph.edgeAttributes, "forms")
            let startedIndex = attribute(graph.edgeAttributes, "cooperation_started"), endedIndex = attribute(graph.edgeAttributes, "cooperation_ended")
            for edge in graph.edges {
                let cooperations = list(edge.values[ids])
                guard !cooperations.isEmpty else { continue }
                // Each cooperation's dates, in lists aligned with the edge's cooperations; the first edge giving one is kept.
                func read(_ index: Int?, into dates: inout [String: String]) {
                    guard let index else { return }
                    let values = aligned(edge.values[index])
                    guard values.count == cooperations.count else { return }
                    for (id, value) in zip(cooperations, values) where !value.isEmpty && dates[id] == nil { dates[id] = value }
                }
                read(startedIndex, into: &started)
                read(endedIndex, into: &ended)
                if let nameIndex {
                    let edgeNames = (edge.values[nameIndex] ?? "").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    if edgeNames.count == cooperations.count {
                        for (id, name) in zip(cooperations, edgeNames) where names[id] == nil && !name.isEmpty {
                            names[id] = name
                            lines[id] = edge.line
                        }
                    }
                }
                if let formIndex {
                    let edgeForms = list(edge.values[formIndex])
                    if edgeForms.count == 1 {
                        for id in cooperations where forms[id] == nil { forms[id] = edgeForms[0] }
                    } else if edgeForms.count > 1 {
                        mixed.append((cooperations, edgeForms))
                    }
                }
            }
        }
        // An edge's forms are those of its cooperations: when all but one are known, and
        // one form is left that none of them has, it is the last one's.
        var changed = true
        while changed {
            changed = false
            for (cooperations, edgeForms) in mixed {
                let unknown = cooperations.filter { forms[$0] == nil }
                guard unknown.count == 1 else { continue }
                let left = Set(edgeForms).subtracting(cooperations.compactMap { forms[$0] })
                if left.count == 1, let form = left.first {
                    forms[unknown[0]] = form
                    changed = true
                }
            }
        }
        let cooperationRecords = order.map { id in
            let at = position(lines[id] ?? 0)
            return [MappedGrid.Cell(text: id, position: at), MappedGrid.Cell(text: names[id] ?? id, position: at),
                    MappedGrid.Cell(text: forms[id] ?? "", position: at),
                    MappedGrid.Cell(text: started[id] ?? "", position: at), MappedGrid.Cell(text: ended[id] ?? "", position: at)]
        }
        var actors = graph
        for index in [listed, rolesIndex, sinceIndex, untilIndex].compactMap({ $0 }) { actors.nodeAttributes[index].title = "" }
        var computed: [GraphFile.Attribute] = []
        var grids: [String: MappedGrid] = [:]
        grids[TableSchema.actors.file] = actorsGrid(actors, file: file, computed: &computed, diagnostics: &diagnostics)
        grids[TableSchema.cooperations.file] = MappedGrid(header: ["id", "name", "form", "started", "ended"], records: cooperationRecords, origin: .file)
        let attributeLine = { (index: Int?) in index.map { position(graph.nodeAttributes[$0].line) } ?? .file }
        grids[TableSchema.memberships.file] = MappedGrid(
            header: ["cooperation", "actor", "role"] + (dated ? ["since", "until"] : []), records: memberships, origin: .file,
            headerPositions: [position(graph.nodeAttributes[listed].line), .file, attributeLine(rolesIndex)]
                + (dated ? [attributeLine(sinceIndex), attributeLine(untilIndex)] : []))
        reportComputed(computed, file: file, diagnostics: &diagnostics)
        let title = graph.nodeAttributes[listed].title.excerpt
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un réseau dont chaque nœud liste ses coopérations (attribut « \(title) », comme Maillage les exporte) : \(graph.nodes.count) acteurs, \(order.count) coopérations, \(memberships.count) participations ; les \(graph.edges.count) liens, qui en sont la projection, ne sont pas relus comme des coopérations",
            en: "read as a network whose nodes list their cooperations (attribute \"\(title)\", as Maillage exports them): \(graph.nodes.count) actors, \(order.count) cooperations, \(memberships.count) memberships; the \(graph.edges.count) edges, their projection, are not read again as cooperations"),
            file: file, line: graph.nodeAttributes[listed].line))
        return grids
    }
}
