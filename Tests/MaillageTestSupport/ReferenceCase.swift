import Foundation
import Testing
import MaillageGraph

/// A JSON value, as read from the committed reference files.
public enum ReferenceJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ReferenceJSON])
    case object([String: ReferenceJSON])

    /// Parses JSON text (Foundation's parser; much faster than `Decodable` on large files).
    public init(parsing data: Data) throws {
        self = try ReferenceJSON(foundation: JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private init(foundation value: Any) throws {
        switch value {
        case is NSNull: self = .null
        case let string as String: self = .string(string)
        case let list as [Any]: self = .array(try list.map(ReferenceJSON.init(foundation:)))
        case let object as [String: Any]: self = .object(try object.mapValues(ReferenceJSON.init(foundation:)))
        case let bool as Bool where type(of: value) == Bool.self: self = .bool(bool)
        // Linux Foundation parses many decimals as NSDecimalNumber, whose `doubleValue`
        // is not correctly rounded; its decimal text converts exactly.
        case let decimal as NSDecimalNumber:
            guard let x = Double(decimal.description) else { throw ReferenceError("bad number \(decimal)") }
            self = .number(x)
        case let number as NSNumber: self = .number(number.doubleValue)
        default: throw ReferenceError("unexpected JSON value \(value)")
        }
    }

    public var number: Double? { if case .number(let x) = self { x } else { nil } }
    public var array: [ReferenceJSON]? { if case .array(let a) = self { a } else { nil } }
    public var object: [String: ReferenceJSON]? { if case .object(let o) = self { o } else { nil } }

    /// A node id: a string, or a number written as NetworkX would print it.
    public var id: String? {
        switch self {
        case .string(let s): s
        case .number(let x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        default: nil
        }
    }
}

/// One file of `References/networkx/`: a graph (or a dataset under a projection, or a
/// dataset's two-mode network) with the values NetworkX computed on it, written by
/// `References/make_references.py`.
///
/// The graph is rebuilt from the file's own node and edge lists, so a case never
/// depends on the dataset loader:
/// - `"mode": "projected"`: node i is `nodes[i]`; edges `[u, v, weight]`;
/// - `"mode": "bipartite"`: nodes `0..<actors.count` are the actors, then the
///   cooperations (`topCount` = number of actors); edges `[actor, cooperation, 1]`.
///   Actor and cooperation ids may coincide, so each is looked up in its own list.
///
/// Node measures (`"measures": {name: {id: value}}`) are keyed by node id (by actor id
/// in bipartite mode); `null` stands for NaN. Other entries (`articulation`, `bridges`,
/// `components`) are kept as raw JSON in ``measures``.
public struct ReferenceCase: Sendable, CustomTestStringConvertible {
    /// File name without `.json`.
    public let name: String
    /// "projected" or "bipartite".
    public let mode: String
    /// Id of each graph node, in node order.
    public let nodeIds: [String]
    /// Number of actors (top nodes) in bipartite mode, nil otherwise.
    public let topCount: Int?
    public let graph: Graph
    /// Every entry of the file's "measures" object.
    public let measures: [String: ReferenceJSON]
    /// The dataset folder the case was computed on, from the repository root (dataset
    /// cases only).
    public let dataset: String?
    /// The projection of a projected dataset case (`count`, `newman`, `jaccard`).
    public let projection: String?
    /// The edges as written in the file: (first id, second id, weight).
    public let edgeList: [(String, String, Double)]
    /// Why the file could not be read; nil when it was.
    public let loadError: String?

    public var testDescription: String { name }

    /// Node index of each id that measures are keyed by (actors only in bipartite mode).
    public var measuredNodeIndex: [String: Int] {
        let measured = topCount.map { Array(nodeIds.prefix($0)) } ?? nodeIds
        var index: [String: Int] = [:]
        for (i, id) in measured.enumerated() { index[id] = i }
        return index
    }

    /// The expected values of a node measure: (node index, id, value or nil for null),
    /// one per entry of the file; nil when the file has no such measure.
    /// Records an issue for an id that is not a measured node, or a value that is
    /// neither a number nor null.
    public func expectedValues(of measure: String) -> [(node: Int, id: String, value: Double?)]? {
        guard let entry = measures[measure] else { return nil }
        guard let object = entry.object else {
            Issue.record("\(name): measure \(measure) is not an object keyed by node id")
            return []
        }
        let index = measuredNodeIndex
        var values: [(node: Int, id: String, value: Double?)] = []
        for (id, value) in object.sorted(by: { $0.key < $1.key }) {
            guard let node = index[id] else {
                Issue.record("\(name): measure \(measure) names unknown node \(id)")
                continue
            }
            switch value {
            case .null: values.append((node, id, nil))
            case .number(let x): values.append((node, id, x))
            default: Issue.record("\(name): measure \(measure) of \(id) is not a number")
            }
        }
        return values
    }

    /// The folder of reference files, `References/networkx`.
    public static var folder: URL { Repository.networkXReferences }

    /// Every case, loaded once per test process.
    public static let all = loadAll()

    /// The case called `name` (file name without `.json`), nil when there is none.
    public static func named(_ name: String) -> ReferenceCase? { all.first { $0.name == name } }

    /// Projected dataset cases (`<dataset>.<projection>`), sorted by name.
    public static var projectedDatasetCases: [ReferenceCase] {
        all.filter { $0.dataset != nil && $0.mode == "projected" }
    }

    /// Bipartite dataset cases (`<dataset>.bipartite`), sorted by name.
    public static var bipartiteDatasetCases: [ReferenceCase] {
        all.filter { $0.dataset != nil && $0.mode == "bipartite" }
    }

    /// The dataset folder the case was computed on, nil for a graph case.
    public var datasetFolder: URL? { dataset.map(Repository.url) }

    /// Every `*.json` file of ``folder``, sorted by name; a file that cannot be read
    /// yields a case with ``loadError`` set.
    public static func loadAll() -> [ReferenceCase] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map(load)
    }

    public static func load(_ url: URL) -> ReferenceCase {
        let name = url.deletingPathExtension().lastPathComponent
        do {
            let root = try ReferenceJSON(parsing: Data(contentsOf: url))
            return try ReferenceCase(name: name, root: root)
        } catch {
            return ReferenceCase(failed: name, error: "\(error)")
        }
    }

    private init(failed name: String, error: String) {
        self.name = name
        mode = ""
        nodeIds = []
        topCount = nil
        graph = Graph(nodeCount: 0, edges: [])
        measures = [:]
        dataset = nil
        projection = nil
        edgeList = []
        loadError = error
    }

    private init(name: String, root: ReferenceJSON) throws {
        guard let object = root.object else { throw ReferenceError("top level is not an object") }
        func ids(_ key: String) throws -> [String] {
            guard let list = object[key]?.array else { throw ReferenceError("missing list \(key)") }
            return try list.map { try $0.id ?? { throw ReferenceError("bad id in \(key)") }() }
        }
        let mode: String
        switch object["mode"] {
        case .string(let value): mode = value
        default: throw ReferenceError("missing mode")
        }
        let firstIndex: [String: Int]
        let secondIndex: [String: Int]
        let nodeIds: [String]
        let topCount: Int?
        if mode == "bipartite" {
            let actors = try ids("actors")
            let cooperations = try ids("cooperations")
            nodeIds = actors + cooperations
            topCount = actors.count
            firstIndex = Dictionary(actors.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            secondIndex = Dictionary(cooperations.enumerated().map { ($1, actors.count + $0) }, uniquingKeysWith: { a, _ in a })
        } else {
            nodeIds = try ids("nodes")
            topCount = nil
            firstIndex = Dictionary(nodeIds.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            secondIndex = firstIndex
        }
        guard firstIndex.count + (mode == "bipartite" ? secondIndex.count : 0) == nodeIds.count else {
            throw ReferenceError("repeated node id")
        }
        guard let edgeList = object["edges"]?.array else { throw ReferenceError("missing edges") }
        var edges: [(Int, Int, Double)] = []
        var rawEdges: [(String, String, Double)] = []
        for edge in edgeList {
            guard let parts = edge.array, parts.count == 3,
                  let u = parts[0].id.flatMap({ firstIndex[$0] }),
                  let v = parts[1].id.flatMap({ secondIndex[$0] }),
                  let w = parts[2].number else { throw ReferenceError("bad edge \(edge)") }
            edges.append((u, v, w))
            rawEdges.append((nodeIds[u], nodeIds[v], w))
        }
        self.name = name
        self.mode = mode
        self.nodeIds = nodeIds
        self.topCount = topCount
        self.graph = Graph(nodeCount: nodeIds.count, edges: edges)
        self.measures = object["measures"]?.object ?? [:]
        if case .string(let value)? = object["dataset"] { dataset = value } else { dataset = nil }
        if case .string(let value)? = object["projection"] { projection = value } else { projection = nil }
        self.edgeList = rawEdges
        self.loadError = nil
    }
}

public struct ReferenceError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Compares computed values with NetworkX's: |got − expected| ≤ max(1e-6·|expected|, 1e-9),
/// and NaN exactly where the reference holds null. Records one issue per mismatch.
/// - Returns: the largest relative error seen, |got − expected| / |expected| over
///   entries with |expected| > 1e-9 (absolute error below that).
@discardableResult
public func expectAgreement(
    _ computed: [Double],
    with expected: [(node: Int, id: String, value: Double?)],
    measure: String,
    in caseName: String,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Double {
    var largest = 0.0
    for (node, id, value) in expected {
        let got = computed[node]
        guard let value else {
            if !got.isNaN {
                Issue.record("\(caseName) \(measure)[\(id)]: expected null (NaN), got \(got)", sourceLocation: sourceLocation)
            }
            continue
        }
        let error = abs(got - value)
        if !(error <= max(1e-6 * abs(value), 1e-9)) {
            Issue.record("\(caseName) \(measure)[\(id)]: expected \(value), got \(got)", sourceLocation: sourceLocation)
        }
        largest = max(largest, abs(value) > 1e-9 ? error / abs(value) : error)
    }
    return largest
}

/// |a − b| / max(|a|, |b|), 0 when both are 0.
public func relativeError(_ a: Double, _ b: Double) -> Double {
    let scale = max(abs(a), abs(b))
    return scale == 0 ? 0 : abs(a - b) / scale
}
