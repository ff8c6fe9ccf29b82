import Foundation
import Testing
import MaillageAnalysis

/// Compares connected components, articulation points (also as the departures of
/// ``DepartureCounts`` that split a component) and bridges with the NetworkX
/// reference files `References/networkx/<case>.json` (keys `nodes`, `edges` as
/// `[[u, v, w]]`, `measures.components`, `measures.articulation`, `measures.bridges`),
/// written by the graph-core reference script. Bipartite files (`"mode": "bipartite"`)
/// are skipped. Until the folder exists the hand-built tests of ``ConnectivityTests``
/// stand alone; once it exists it must hold at least one comparable file.
@Suite struct ConnectivityReferenceTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("References/networkx", isDirectory: true)

    /// One reference case, node ids mapped to 0..<n in the order of `nodes`.
    struct Case {
        var name: String
        var graph: Graph
        var measures: [String: Any]
        var index: [String: Int]

        func id(_ raw: Any) -> Int? { ConnectivityReferenceTests.key(raw).flatMap { index[$0] } }
    }

    static func key(_ raw: Any) -> String? {
        if let s = raw as? String { return "s:" + s }
        if let n = raw as? NSNumber { return "n:\(n.intValue)" }
        return nil
    }

    static func load(_ url: URL) throws -> Case? {
        let data = try Data(contentsOf: url)
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(url.lastPathComponent)")
        if (top["mode"] as? String) == "bipartite" { return nil }
        var index: [String: Int] = [:]
        if let count = top["nodes"] as? Int, !(top["nodes"] is [Any]) {
            for v in 0..<count { index["n:\(v)"] = v }
        } else {
            let nodes = try #require(top["nodes"] as? [Any], "\(url.lastPathComponent): nodes")
            for (i, raw) in nodes.enumerated() {
                let k = try #require(key(raw), "\(url.lastPathComponent): node id \(raw)")
                index[k] = i
            }
        }
        let rawEdges = try #require(top["edges"] as? [[Any]], "\(url.lastPathComponent): edges")
        var edges: [(Int, Int, Double)] = []
        for e in rawEdges {
            try #require(e.count >= 2, "\(url.lastPathComponent): edge \(e)")
            let u = try #require(key(e[0]).flatMap { index[$0] }, "\(url.lastPathComponent): edge \(e)")
            let v = try #require(key(e[1]).flatMap { index[$0] }, "\(url.lastPathComponent): edge \(e)")
            let w = e.count > 2 ? ((e[2] as? NSNumber)?.doubleValue ?? 1) : 1
            edges.append((u, v, w > 0 ? w : 1))
        }
        return Case(name: url.lastPathComponent, graph: Graph(nodeCount: index.count, edges: edges),
                    measures: top["measures"] as? [String: Any] ?? [:], index: index)
    }

    @Test func agreesWithNetworkX() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: Self.folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return  // references not generated yet: ConnectivityTests covers hand-built graphs
        }
        let files = try fm.contentsOfDirectory(at: Self.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var compared = 0
        for url in files {
            guard let c = try Self.load(url) else { continue }
            var checked = false
            if let raw = c.measures["components"] as? [[Any]] {
                let expected = Set(try raw.map { comp in Set(try comp.map { try #require(c.id($0), "\(c.name)") }) })
                let actual = Set(ConnectedComponents(c.graph).members().map(Set.init))
                #expect(actual == expected, "\(c.name): components")
                checked = true
            }
            if let raw = c.measures["articulation"] as? [Any] {
                let expected = Set(try raw.map { try #require(c.id($0), "\(c.name)") })
                #expect(Set(articulationPoints(of: c.graph)) == expected, "\(c.name): articulation")
                let departure = DepartureCounts(c.graph)
                #expect(Set((0..<c.graph.nodeCount).filter(departure.isArticulationPoint)) == expected,
                        "\(c.name): departures that split a component")
                checked = true
            }
            if let raw = c.measures["bridges"] as? [[Any]] {
                let expected = Set(try raw.map { pair -> [Int] in
                    try #require(pair.count == 2, "\(c.name): bridge \(pair)")
                    let u = try #require(c.id(pair[0]), "\(c.name)")
                    let v = try #require(c.id(pair[1]), "\(c.name)")
                    return [min(u, v), max(u, v)]
                })
                #expect(Set(bridges(of: c.graph).map { [$0.u, $0.v] }) == expected, "\(c.name): bridges")
                checked = true
            }
            if checked { compared += 1 }
        }
        #expect(compared > 0, "References/networkx exists but holds no one-mode file with components, articulation or bridges")
    }
}
