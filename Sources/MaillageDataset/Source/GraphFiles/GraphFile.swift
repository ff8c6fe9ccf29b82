import MaillageSupport

/// A network saved by a graph program — Gephi's GEXF, GraphML (yEd, NetworkX, igraph,
/// Cytoscape), Pajek's `.net` — as its nodes and edges, before ``GraphFileTables`` reads
/// them as Maillage's tables.
///
/// Every node and edge keeps the line of the file it was read on, so the loader's messages
/// point there (`réseau.gexf:45`).
struct GraphFile {
    /// The program's format.
    enum Format {
        case gexf, graphml, pajek

        /// The format's name in messages (« un fichier GEXF »).
        var document: LocalizedText {
            switch self {
            case .gexf: LocalizedText(fr: "un fichier GEXF", en: "a GEXF file")
            case .graphml: LocalizedText(fr: "un fichier GraphML", en: "a GraphML file")
            case .pajek: LocalizedText(fr: "un fichier Pajek", en: "a Pajek file")
            }
        }

        /// The format of a file name extension (`gexf`, `graphml`, `net`), ignoring case.
        init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "gexf": self = .gexf
            case "graphml": self = .graphml
            case "net", "paj": self = .pajek
            default: return nil
            }
        }
    }

    /// A column of values the file declares for its nodes or edges (GEXF's `<attribute>`,
    /// GraphML's `<key>`).
    struct Attribute {
        /// Its name as the program shows it (`title`, `attr.name`).
        var title: String
        /// The line it is declared on (0 when it is not declared, as in Pajek).
        var line: Int
        /// The value of a node or edge that gives none.
        var defaultValue: String?
    }

    /// One node.
    struct Node {
        var id: String
        var label: String?
        /// Values by index in ``GraphFile/nodeAttributes``.
        var values: [Int: String] = [:]
        /// When the node appears and disappears (GEXF's `start`, `end` and spells), as written.
        var start: String?
        var end: String?
        /// Which side of a two-mode network the node is on (Pajek's two-mode files,
        /// NetworkX's `bipartite` attribute): 0 actors, 1 cooperations; nil in a one-mode network.
        var mode: Int?
        var line: Int
    }

    /// One edge.
    struct Edge {
        var source: String
        var target: String
        var label: String?
        /// The weight as written; nil when the file gives none.
        var weight: String?
        var start: String?
        var end: String?
        /// Values by index in ``GraphFile/edgeAttributes``.
        var values: [Int: String] = [:]
        var line: Int
    }

    /// The largest graph file read: 512 MiB. Reading takes about eight times a file's size
    /// in memory (a Gephi export of 178 MB, 20,000 nodes and 421,000 edges with their
    /// attributes: 1.4 GB), so a larger file is refused before it is parsed.
    static let maximumBytes = 512 << 20

    var format: Format
    var nodeAttributes: [Attribute] = []
    var edgeAttributes: [Attribute] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// Whether the file says its edges are directed (Maillage's ties are not).
    var directed = false
    /// What the file holds that is not read, each said once as a warning with the line
    /// of its first occurrence (nested graphs, hyperedges, a second graph).
    var unread: [(text: LocalizedText, line: Int)] = []

    init(format: Format) {
        self.format = format
    }

    /// A node or an edge being read by an XML reader, innermost last on its stack.
    enum Element {
        case node(Node)
        case edge(Edge)
    }

    /// Adds a node or an edge once read whole: a node without an id, or an edge without
    /// both ends (each already reported), is left out.
    mutating func add(_ element: Element) {
        switch element {
        case .node(let node): if !node.id.isEmpty { nodes.append(node) }
        case .edge(let edge): if !edge.source.isEmpty, !edge.target.isEmpty { edges.append(edge) }
        }
    }

    /// The error for a node without an id, at `line`.
    static func nodeWithoutID(file: String, line: Int) -> Diagnostic {
        .error(LocalizedText(fr: "nœud sans identifiant (attribut id)", en: "node without an id attribute"), file: file, line: line)
    }

    /// The error for an edge missing one of its ends; nil when it has both.
    static func missingEnd(of edge: Edge, file: String) -> Diagnostic? {
        guard edge.source.isEmpty || edge.target.isEmpty else { return nil }
        let end = edge.source.isEmpty ? "source" : "target"
        return .error(LocalizedText(fr: "lien sans « \(end) » : un lien relie deux nœuds", en: "edge without \"\(end)\": an edge joins two nodes"),
                      file: file, line: edge.line)
    }

    /// What an XML reader returns once its document is walked: the graph, or nil when the
    /// document's root element was not `<root>` (said) or `found` holds an error (added to
    /// `diagnostics`, like every message found).
    func finished(sawRoot: Bool, root: String, found: [Diagnostic], file: String, diagnostics: inout [Diagnostic]) -> GraphFile? {
        guard sawRoot else {
            diagnostics.append(.error(LocalizedText(
                fr: "pas \(format.document.fr) : son élément racine n'est pas <\(root)>", en: "not \(format.document.en): its root element is not <\(root)>"),
                file: file))
            return nil
        }
        diagnostics += found
        return found.contains(where: { $0.severity == .error }) ? nil : self
    }
}
