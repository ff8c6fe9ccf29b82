import MaillageModel
/// An undirected network with typed attributes on its nodes, edges and the graph itself:
/// the one value every export writer reads (``GraphMLWriter``, ``GEXFWriter``,
/// ``NodeLinkJSONWriter``, ``EdgeListCSVWriter``, ``NodeTableCSVWriter``, ``DOTWriter``).
///
/// Attributes are declared once as columns (``nodeKeys``, ``edgeKeys``), and each node or
/// edge holds one optional value per declared column, in the same order: `nil` (or a
/// non-finite double) means "no value" and the attribute is left out for that element.
/// This is the shape GraphML `<key>` and GEXF `<attributes>` declare, and what lets
/// Gephi and Cytoscape type their columns (numbers rank and size, strings partition).
///
/// Besides the declared attributes, every node has an ``Node/id`` (unique), a
/// ``Node/label`` and optionally a ``Node/color`` and a ``Node/size``, written where each
/// format has its own place for them (GEXF `label` and `viz:*`, Gephi's GraphML `label`,
/// `r`, `g`, `b`, `size` properties); every edge has a ``Edge/weight``.
/// ``reservedNodeNames`` and ``reservedEdgeNames`` list the attribute names these take,
/// which declared columns may not use (``problems()`` reports them).
///
/// Edges join nodes by their index in ``nodes``; the network is simple and undirected
/// (each unordered pair once, no loop), like the projected cooperation graph.
///
/// ```swift
/// var network = AttributedNetwork(name: "Démo")
/// network.nodeKeys = [AttributeKey("kind", .string)]
/// network.edgeKeys = [AttributeKey("cooperations", .string)]
/// network.nodes = [.init(id: "a", label: "A", attributes: [.string("structure")]),
///                  .init(id: "b", label: "B", attributes: [.string("appui")])]
/// network.edges = [.init(source: 0, target: 1, weight: 2, attributes: [.joined(["c1", "c2"])])]
/// let xml = GraphMLWriter().write(network)
/// ```
public struct AttributedNetwork: Sendable, Hashable {
    /// A node: its id (unique in the network), its display label, one value per
    /// ``AttributedNetwork/nodeKeys`` entry, and optional visual properties.
    public struct Node: Sendable, Hashable {
        public var id: String
        public var label: String
        /// One value per node key, in the keys' order; `nil` when the node has no value.
        public var attributes: [AttributeValue?]
        /// Fill colour (GEXF `viz:color`, GraphML `r`/`g`/`b`, `color`).
        public var color: RGBColor?
        /// Display size, in Gephi's units (its default node size is 10).
        public var size: Double?
        /// When the node is present (GEXF's dynamic graphs): nil throughout, empty never.
        public var spells: [Spell]?

        public init(id: String, label: String? = nil, attributes: [AttributeValue?] = [], color: RGBColor? = nil, size: Double? = nil,
                    spells: [Spell]? = nil) {
            self.id = id
            self.label = label ?? id
            self.attributes = attributes
            self.color = color
            self.size = size
            self.spells = spells
        }
    }

    /// An undirected edge between `source` and `target` (indices into
    /// ``AttributedNetwork/nodes``), with a strictly positive weight and one value per
    /// ``AttributedNetwork/edgeKeys`` entry.
    public struct Edge: Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var weight: Double
        public var attributes: [AttributeValue?]
        /// When the edge is present (GEXF's dynamic graphs): nil throughout, empty never (a
        /// tie whose two actors were never members of a shared cooperation on the same day).
        public var spells: [Spell]?

        public init(source: Int, target: Int, weight: Double = 1, attributes: [AttributeValue?] = [], spells: [Spell]? = nil) {
            self.source = source
            self.target = target
            self.weight = weight
            self.attributes = attributes
            self.spells = spells
        }
    }

    /// A named attribute of the whole graph (dataset, projection, seed…).
    public struct GraphAttribute: Sendable, Hashable {
        public var name: String
        public var value: AttributeValue

        public init(_ name: String, _ value: AttributeValue) {
            self.name = name
            self.value = value
        }
    }

    /// The network's name (the dataset's name), written as the graph's id or name.
    public var name: String
    /// Attributes of the graph, in order.
    public var graphAttributes: [GraphAttribute]
    /// The node attribute columns.
    public var nodeKeys: [AttributeKey]
    /// The edge attribute columns.
    public var edgeKeys: [AttributeKey]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(name: String, graphAttributes: [GraphAttribute] = [], nodeKeys: [AttributeKey] = [], edgeKeys: [AttributeKey] = [],
                nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name
        self.graphAttributes = graphAttributes
        self.nodeKeys = nodeKeys
        self.edgeKeys = edgeKeys
        self.nodes = nodes
        self.edges = edges
    }

    /// Attribute names a node key may not take: the node's id, label and visual
    /// properties use them in one format or another (`id` and `label` in every format,
    /// `viz` in GEXF, `r`, `g`, `b`, `size` in Gephi's GraphML, `color` in JSON, CSV and DOT).
    public static let reservedNodeNames: Set<String> = ["id", "label", "color", "size", "r", "g", "b", "viz"]
    /// Attribute names an edge key may not take: `source`, `target` and `weight` are the
    /// edge's own fields in every format, `id` its GraphML/GEXF id, `key` NetworkX's
    /// multigraph key.
    public static let reservedEdgeNames: Set<String> = ["id", "source", "target", "weight", "key"]

    /// The value of node attribute `name` for node `index`, or nil.
    /// - Complexity: O(number of node keys).
    public func nodeValue(_ name: String, of index: Int) -> AttributeValue? {
        guard nodes.indices.contains(index), let k = nodeKeys.firstIndex(where: { $0.name == name }) else { return nil }
        return nodes[index].attributes.value(at: k)
    }

    /// The value of edge attribute `name` for edge `index`, or nil.
    /// - Complexity: O(number of edge keys).
    public func edgeValue(_ name: String, of index: Int) -> AttributeValue? {
        guard edges.indices.contains(index), let k = edgeKeys.firstIndex(where: { $0.name == name }) else { return nil }
        return edges[index].attributes.value(at: k)
    }
}

/// The declaration of an attribute column: its name (as the attribute is called in the
/// exported file) and its type.
public struct AttributeKey: Sendable, Hashable {
    public var name: String
    public var type: AttributeType

    public init(_ name: String, _ type: AttributeType) {
        self.name = name
        self.type = type
    }
}

extension [AttributeValue?] {
    /// The representable value at `index` (nil when out of range, absent or a non-finite double).
    func value(at index: Int) -> AttributeValue? {
        guard indices.contains(index), let value = self[index], value.isRepresentable else { return nil }
        return value
    }
}
