import Foundation
import MaillageSupport
import MaillageWorkbook

/// Reads a GraphML file (yEd, NetworkX's `write_graphml`, igraph, Cytoscape, Gephi's
/// GraphML export) into a ``GraphFile``.
///
/// Read: the first `<graph>`'s nodes and edges (`source`, `target`), the keys declared
/// for nodes, for edges or for all (`<key for=… attr.name=…>`, their `<default>`), the
/// `<data>` each node and edge gives, and yEd's labels (the text of `y:NodeLabel` and
/// `y:EdgeLabel` inside a key of `yfiles.type` `nodegraphics` or `edgegraphics`). A
/// node's or edge's data named `label` (or `name`, « nom », « libellé ») is its label
/// when yEd gives none; an edge's data named `weight` (or « poids ») its weight. Nodes of
/// nested graphs are read like the others. Not read, with a warning: hyperedges, graphs
/// after the first. Ports and the other yEd graphics are not read.
enum GraphMLReader {
    /// Data names (keys) read as a label.
    static let labelNames: Set<String> = ["label", "name", "nom", "libelle"]
    /// Data names (keys) read as an edge's weight.
    static let weightNames: Set<String> = ["weight", "poids"]

    /// The graph in `bytes` (named `file` in messages); nil when it cannot be read
    /// (reported in `diagnostics`).
    static func read(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> GraphFile? {
        var graph = GraphFile(format: .graphml)
        struct Key {
            var target: String
            /// Index among the node or edge attributes; nil for a label, a weight or yEd graphics.
            var index: Int?
            var role: Role
            enum Role { case value, label, weight, graphics }
        }
        var keys: [String: [Key]] = [:]
        var sawRoot = false
        var graphDepth = 0
        var topGraphs = 0
        var currentKey: (id: String, line: Int)?
        var defaultText: String?
        var open: [GraphFile.Element] = []
        var data: (key: String, text: String)?
        var yLabel: String?
        var found: [Diagnostic] = []
        var hyperedgeNoted = false

        func declare(_ id: String, target: String, name: String, yfiles: String?, line: Int) {
            let key = Vocabulary.key(name)
            var entry = Key(target: target, index: nil, role: .value)
            if let yfiles, yfiles.hasSuffix("graphics") {
                entry.role = .graphics
            } else if labelNames.contains(key) {
                entry.role = .label
            } else if target == "edge", weightNames.contains(key) {
                entry.role = .weight
            } else if target == "node" {
                entry.index = graph.nodeAttributes.count
                graph.nodeAttributes.append(GraphFile.Attribute(title: name, line: line))
            } else {
                entry.index = graph.edgeAttributes.count
                graph.edgeAttributes.append(GraphFile.Attribute(title: name, line: line))
            }
            keys[id, default: []].append(entry)
        }

        do throws(WorkbookError) {
            try XMLEvents.walk(bytes, name: file, document: GraphFile.Format.graphml.document) { event, line throws(WorkbookError) in
                switch event {
                case .start(let name, let attributes):
                    switch name {
                    case "graphml":
                        sawRoot = true
                    case "key":
                        guard let id = attributes["id"] else { break }
                        let target = attributes["for"]?.lowercased() ?? "all"
                        let title = attributes["attr.name"].flatMap { $0.isEmpty ? nil : $0 } ?? id
                        let yfiles = attributes["yfiles.type"]
                        if target == "node" || target == "all" { declare(id, target: "node", name: title, yfiles: yfiles, line: line) }
                        if target == "edge" || target == "all" { declare(id, target: "edge", name: title, yfiles: yfiles, line: line) }
                        currentKey = (id, line)
                    case "default":
                        if currentKey != nil { defaultText = "" }
                    case "graph":
                        if graphDepth == 0 {
                            topGraphs += 1
                            if topGraphs == 2 {
                                graph.unread.append((LocalizedText(fr: "seul le premier graphe du fichier est lu", en: "only the file's first graph is read"), line))
                            }
                            if topGraphs == 1, attributes["edgedefault"]?.lowercased() == "directed" { graph.directed = true }
                        }
                        graphDepth += 1
                    case "node":
                        guard topGraphs == 1 else { break }
                        guard let id = attributes["id"], !id.isEmpty else {
                            found.append(GraphFile.nodeWithoutID(file: file, line: line))
                            open.append(.node(GraphFile.Node(id: "", line: line)))
                            break
                        }
                        open.append(.node(GraphFile.Node(id: id, line: line)))
                    case "edge":
                        guard topGraphs == 1 else { break }
                        let edge = GraphFile.Edge(source: attributes["source"] ?? "", target: attributes["target"] ?? "", line: line)
                        if let missing = GraphFile.missingEnd(of: edge, file: file) { found.append(missing) }
                        if attributes["directed"]?.lowercased() == "true" { graph.directed = true }
                        open.append(.edge(edge))
                    case "hyperedge":
                        if !hyperedgeNoted {
                            hyperedgeNoted = true
                            graph.unread.append((LocalizedText(
                                fr: "hyperarêtes non lues : un lien de Maillage relie deux nœuds (une coopération à plusieurs se lit dans une table de participations)",
                                en: "hyperedges not read: a Maillage edge joins two nodes (a cooperation of several is read from a memberships table)"), line))
                        }
                    case "data":
                        guard !open.isEmpty, let key = attributes["key"] else { break }
                        data = (key, "")
                        yLabel = nil
                    case "NodeLabel", "EdgeLabel":
                        if data != nil, yLabel == nil { yLabel = "" }
                    default:
                        break
                    }
                case .text(let text):
                    if defaultText != nil { defaultText! += text }
                    if yLabel != nil { yLabel! += text } else if data != nil { data!.text += text }
                case .end(let name):
                    switch name {
                    case "default":
                        if let key = currentKey, let text = defaultText {
                            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                            for entry in keys[key.id] ?? [] {
                                guard let index = entry.index else { continue }
                                if entry.target == "node" { graph.nodeAttributes[index].defaultValue = value } else { graph.edgeAttributes[index].defaultValue = value }
                            }
                        }
                        defaultText = nil
                    case "key":
                        currentKey = nil
                    case "graph":
                        graphDepth -= 1
                    case "NodeLabel", "EdgeLabel":
                        // A yEd label: the first non-empty one of the node or edge is kept.
                        guard let text = yLabel?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty, let last = open.last else { yLabel = nil; break }
                        switch last {
                        case .node(var node) where node.label == nil: node.label = text; open[open.count - 1] = .node(node)
                        case .edge(var edge) where edge.label == nil: edge.label = text; open[open.count - 1] = .edge(edge)
                        default: break
                        }
                        yLabel = ""
                    case "data":
                        defer { data = nil; yLabel = nil }
                        guard let (key, raw) = data, let last = open.last else { break }
                        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                        switch last {
                        case .node(var node):
                            guard let entry = keys[key]?.first(where: { $0.target == "node" }) else { break }
                            switch entry.role {
                            case .label: if node.label == nil, !text.isEmpty { node.label = text }
                            case .value: if let index = entry.index { node.values[index] = text }
                            case .weight, .graphics: break
                            }
                            open[open.count - 1] = .node(node)
                        case .edge(var edge):
                            guard let entry = keys[key]?.first(where: { $0.target == "edge" }) else { break }
                            switch entry.role {
                            case .label: if edge.label == nil, !text.isEmpty { edge.label = text }
                            case .weight: edge.weight = text
                            case .value: if let index = entry.index { edge.values[index] = text }
                            case .graphics: break
                            }
                            open[open.count - 1] = .edge(edge)
                        }
                    case "node", "edge":
                        guard let last = open.popLast() else { break }
                        graph.add(last)
                    default:
                        break
                    }
                }
            }
        } catch {
            diagnostics.append(.error(error.text, file: file))
            return nil
        }
        return graph.finished(sawRoot: sawRoot, root: "graphml", found: found, file: file, diagnostics: &diagnostics)
    }
}
