import Foundation
import MaillageSupport
import MaillageWorkbook

/// Reads a GEXF file (Gephi's own format, versions 1.1 to 1.3) into a ``GraphFile``.
///
/// Read: the nodes (`id`, `label`), the edges (`source`, `target`, `label`, `weight`),
/// the declared node and edge attributes (`<attributes class="node">`, their titles and
/// `<default>` values) and the values each node and edge gives (`<attvalue for=…>`, the
/// last one listed when a dynamic attribute gives several), and the time of a dynamic
/// graph: a node's or edge's `start` and `end` (or `timestamp`), else the first start
/// and the last end of its `<spells>`. `±Infinity` bounds are open; a time written as a
/// real number with no fraction (`2019.0`) is read as a year, a date-time as its date.
/// A node's times are when its actor entered and left the network. Not read: positions,
/// colours and sizes (`<viz:…>`), hierarchy (`pid`; nested nodes are nodes like the
/// others), the edge `type` and `kind`.
///
/// The XML is walked by ``XMLEvents``, which refuses DTDs and entities.
enum GEXFReader {
    /// The graph in `bytes` (named `file` in messages); nil when it cannot be read
    /// (reported in `diagnostics`).
    static func read(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> GraphFile? {
        var graph = GraphFile(format: .gexf)
        var attributeIndex: [String: [String: Int]] = ["node": [:], "edge": [:]]
        var attributeClass: String?
        var defaultOf: (cls: String, index: Int)?
        var lastAttribute: (cls: String, index: Int)?
        var defaultText = ""
        var sawGEXF = false
        var graphs = 0
        var timeFormat = "double"
        var open: [GraphFile.Element] = []
        var found: [Diagnostic] = []

        func time(_ text: String?) -> String? {
            guard var text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if text.lowercased().hasSuffix("infinity") || text.lowercased().hasSuffix("inf") { return nil }
            if timeFormat.lowercased() == "datetime", text.count > 10, text.dropFirst(10).first == "T" { text = String(text.prefix(10)) }
            if let value = Double(text), value.isFinite, value == value.rounded(), abs(value) < 1e6, text.contains(".") {
                return String(Int(value))
            }
            return text
        }

        do throws(WorkbookError) {
            try XMLEvents.walk(bytes, name: file, document: GraphFile.Format.gexf.document) { event, line throws(WorkbookError) in
                switch event {
                case .start(let name, let attributes):
                    switch name {
                    case "gexf":
                        sawGEXF = true
                    case "graph":
                        graphs += 1
                        if graphs > 1 {
                            graph.unread.append((LocalizedText(fr: "seul le premier graphe du fichier est lu", en: "only the file's first graph is read"), line))
                        }
                        if attributes["defaultedgetype"]?.lowercased() == "directed" { graph.directed = true }
                        if let format = attributes["timeformat"] { timeFormat = format }
                    case "attributes":
                        attributeClass = attributes["class"]?.lowercased()
                    case "attribute":
                        guard graphs == 1, let cls = attributeClass, cls == "node" || cls == "edge", let id = attributes["id"] else { break }
                        let title = attributes["title"].flatMap { $0.isEmpty ? nil : $0 } ?? id
                        let declared = GraphFile.Attribute(title: title, line: line)
                        let index = cls == "node" ? graph.nodeAttributes.count : graph.edgeAttributes.count
                        attributeIndex[cls, default: [:]][id] = index
                        if cls == "node" { graph.nodeAttributes.append(declared) } else { graph.edgeAttributes.append(declared) }
                        lastAttribute = (cls, index)
                    case "default":
                        defaultOf = lastAttribute
                        defaultText = ""
                    case "node":
                        guard graphs == 1 else { break }
                        guard let id = attributes["id"], !id.isEmpty else {
                            found.append(GraphFile.nodeWithoutID(file: file, line: line))
                            open.append(.node(GraphFile.Node(id: "", line: line)))
                            break
                        }
                        var node = GraphFile.Node(id: id, label: attributes["label"], line: line)
                        node.start = time(attributes["start"] ?? attributes["timestamp"])
                        node.end = time(attributes["end"] ?? attributes["timestamp"])
                        open.append(.node(node))
                    case "edge":
                        guard graphs == 1 else { break }
                        var edge = GraphFile.Edge(
                            source: attributes["source"] ?? "", target: attributes["target"] ?? "", label: attributes["label"],
                            weight: attributes["weight"], line: line)
                        edge.start = time(attributes["start"] ?? attributes["timestamp"])
                        edge.end = time(attributes["end"] ?? attributes["timestamp"])
                        if let missing = GraphFile.missingEnd(of: edge, file: file) { found.append(missing) }
                        open.append(.edge(edge))
                    case "attvalue":
                        guard let last = open.last, let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { break }
                        switch last {
                        case .node(var node):
                            guard let index = attributeIndex["node"]?[key] else { break }
                            node.values[index] = value
                            open[open.count - 1] = .node(node)
                        case .edge(var edge):
                            guard let index = attributeIndex["edge"]?[key] else { break }
                            edge.values[index] = value
                            open[open.count - 1] = .edge(edge)
                        }
                    case "spell":
                        guard let last = open.last else { break }
                        // An infinite bound is open: "-∞" and "∞" stand for it until the element ends.
                        func bound(_ key: String, open: String) -> String? {
                            guard let text = attributes[key] ?? attributes["timestamp"] else { return nil }
                            return text.lowercased().hasSuffix("inf") || text.lowercased().hasSuffix("infinity") ? open : time(text)
                        }
                        let start = bound("start", open: "-∞"), end = bound("end", open: "∞")
                        func earlier(_ a: String?, _ b: String?) -> String? {
                            guard let a, let b else { return a ?? b }
                            if a == "-∞" || b == "-∞" { return "-∞" }
                            return a.count == b.count ? min(a, b) : (Int(a) != nil ? a : b)
                        }
                        func later(_ a: String?, _ b: String?) -> String? {
                            guard let a, let b else { return a ?? b }
                            if a == "∞" || b == "∞" { return "∞" }
                            return a.count == b.count ? max(a, b) : (Int(a) != nil ? b : a)
                        }
                        switch last {
                        case .node(var node):
                            node.start = earlier(node.start, start); node.end = later(node.end, end)
                            open[open.count - 1] = .node(node)
                        case .edge(var edge):
                            edge.start = earlier(edge.start, start); edge.end = later(edge.end, end)
                            open[open.count - 1] = .edge(edge)
                        }
                    default:
                        break
                    }
                case .text(let text):
                    if defaultOf != nil { defaultText += text }
                case .end(let name):
                    switch name {
                    case "default":
                        if let (cls, index) = defaultOf {
                            let value = defaultText.trimmingCharacters(in: .whitespacesAndNewlines)
                            if cls == "node" { graph.nodeAttributes[index].defaultValue = value } else { graph.edgeAttributes[index].defaultValue = value }
                        }
                        defaultOf = nil
                    case "attributes":
                        attributeClass = nil
                    case "attribute":
                        lastAttribute = nil
                    case "node", "edge":
                        guard let last = open.last else { break }
                        open.removeLast()
                        // The open bounds of spells ("-∞", "∞") are no dates.
                        switch last {
                        case .node(var node):
                            if node.start == "-∞" { node.start = nil }
                            if node.end == "∞" { node.end = nil }
                            graph.add(.node(node))
                        case .edge(var edge):
                            if edge.start == "-∞" { edge.start = nil }
                            if edge.end == "∞" { edge.end = nil }
                            graph.add(.edge(edge))
                        }
                    default:
                        break
                    }
                }
            }
        } catch {
            diagnostics.append(.error(error.text, file: file))
            return nil
        }
        return graph.finished(sawRoot: sawGEXF, root: "gexf", found: found, file: file, diagnostics: &diagnostics)
    }
}
