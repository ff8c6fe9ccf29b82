/// A DOT document: an undirected graph with nodes, edges and subgraphs (clusters),
/// each carrying typed ``DOTAttribute``s. Built in memory, encoded by ``DOTEncoder``.
///
/// Node names are always written as quoted, escaped DOT strings. The maps name nodes
/// themselves (`n0`, `n1`, …, see ``DOTNode/name``) and put what comes from a dataset
/// into attributes only; the `dot` export names them by their dataset ids.
public struct DOTGraph: Sendable {
    /// The graph's name, after `graph` (Maillage's maps are all called `maillage`).
    public var name: String
    public var attributes: [DOTAttribute]
    public var nodeDefaults: [DOTAttribute]
    public var edgeDefaults: [DOTAttribute]
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]
    public var subgraphs: [DOTSubgraph]

    public init(name: String = "maillage", attributes: [DOTAttribute] = [], nodeDefaults: [DOTAttribute] = [], edgeDefaults: [DOTAttribute] = [],
                nodes: [DOTNode] = [], edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}

/// A node: an internal name (ASCII, chosen by Maillage) and attributes.
public struct DOTNode: Sendable {
    public var name: String
    public var attributes: [DOTAttribute]
    public init(name: String, attributes: [DOTAttribute]) {
        self.name = name
        self.attributes = attributes
    }
}

/// An undirected edge between two node names.
public struct DOTEdge: Sendable {
    public var from: String
    public var to: String
    public var attributes: [DOTAttribute]
    public init(from: String, to: String, attributes: [DOTAttribute]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph; named `cluster_…` it is drawn as a box around its nodes by the
/// layouts that support clusters (dot, fdp).
public struct DOTSubgraph: Sendable {
    public var name: String
    public var attributes: [DOTAttribute]
    public var nodeNames: [String]
    public init(name: String, attributes: [DOTAttribute], nodeNames: [String]) {
        self.name = name
        self.attributes = attributes
        self.nodeNames = nodeNames
    }
}
