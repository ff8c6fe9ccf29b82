import Foundation
import Testing
import MaillageAnalysis

/// Compares connected components, articulation points (also as the departures of
/// ``DepartureCounts`` that split a component) and bridges with the NetworkX
/// reference files `References/networkx/<case>.json` (keys `nodes`, `edges` as
/// `[[u, v, w]]`, `measures.components`, `measures.articulation`, `measures.bridges`),
/// written by `References/make_references.py` and read by the shared ``ReferenceCase``.
/// Bipartite files (`"mode": "bipartite"`) are skipped.
@Suite struct ConnectivityReferenceTests {
    /// The node indices of a list of ids; nil when one is not a node of the case.
    static func nodes(_ list: ReferenceJSON?, in reference: ReferenceCase, index: [String: Int]) -> [Int]? {
        guard let items = list?.array else { return nil }
        let found = items.compactMap { $0.id.flatMap { index[$0] } }
        return found.count == items.count ? found : nil
    }

    @Test func agreesWithNetworkX() throws {
        var compared = 0
        for c in ReferenceCase.all where c.mode == "projected" {
            try #require(c.loadError == nil, "\(c.name): \(c.loadError ?? "")")
            let index = c.measuredNodeIndex
            var checked = false
            if let raw = c.measures["components"]?.array {
                let expected = Set(try raw.map { Set(try #require(Self.nodes($0, in: c, index: index), "\(c.name): components")) })
                let actual = Set(ConnectedComponents(c.graph).members().map(Set.init))
                #expect(actual == expected, "\(c.name): components")
                checked = true
            }
            if let raw = c.measures["articulation"] {
                let expected = Set(try #require(Self.nodes(raw, in: c, index: index), "\(c.name): articulation"))
                #expect(Set(articulationPoints(of: c.graph)) == expected, "\(c.name): articulation")
                let departure = DepartureCounts(c.graph)
                #expect(Set((0..<c.graph.nodeCount).filter(departure.isArticulationPoint)) == expected,
                        "\(c.name): departures that split a component")
                checked = true
            }
            if let raw = c.measures["bridges"]?.array {
                let expected = Set(try raw.map { pair -> [Int] in
                    let ends = try #require(Self.nodes(pair, in: c, index: index), "\(c.name): bridge \(pair)")
                    try #require(ends.count == 2, "\(c.name): bridge \(pair)")
                    return [min(ends[0], ends[1]), max(ends[0], ends[1])]
                })
                #expect(Set(bridges(of: c.graph).map { [$0.u, $0.v] }) == expected, "\(c.name): bridges")
                checked = true
            }
            if checked { compared += 1 }
        }
        #expect(compared > 0, "References/networkx holds no one-mode file with components, articulation or bridges")
    }
}
