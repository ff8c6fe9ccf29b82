import Testing
import MaillageAnalysis

/// Every centrality measure against the NetworkX values committed in
/// `References/networkx/*.json`, for every node of every file present.
@Suite struct CentralityReferenceTests {
    static let cases = ReferenceCase.all

    /// Node measures of a projected-mode file and how Maillage computes each.
    static let projectedMeasures: [(key: String, compute: @Sendable (Graph) -> [Double])] = [
        ("degree", { nodeDegrees(of: $0) }),
        ("strength", { nodeStrengths(of: $0) }),
        ("betweenness", { betweennessCentrality(of: $0) }),
        ("betweenness_weighted", { betweennessCentrality(of: $0, weighted: true) }),
        ("closeness", { closenessCentrality(of: $0) }),
        ("closeness_weighted", { closenessCentrality(of: $0, weighted: true) }),
        ("harmonic", { harmonicCentrality(of: $0) }),
        ("eigenvector", { eigenvectorCentrality(of: $0) }),
        ("pagerank", { pageRank(of: $0) }),
        ("clustering", { clusteringCoefficient(of: $0) }),
        ("constraint", { burtConstraint(of: $0) }),
        ("effective_size", { effectiveSize(of: $0) }),
        ("core", { coreNumber(of: $0).map(Double.init) }),
    ]

    /// Node measures of a bipartite-mode file (values for actors).
    static let bipartiteMeasures: [(key: String, compute: @Sendable (Graph, Int) -> [Double])] = [
        ("degree", { bipartiteDegreeCentrality(of: $0, topCount: $1) }),
        ("betweenness", { bipartiteBetweennessCentrality(of: $0, topCount: $1) }),
        ("closeness", { bipartiteClosenessCentrality(of: $0, topCount: $1) }),
    ]

    @Test func theReferenceFolderHoldsReadableCasesOfBothModes() throws {
        let cases = Self.cases
        try #require(!cases.isEmpty, "no JSON file in \(ReferenceCase.folder.path)")
        for reference in cases {
            #expect(reference.loadError == nil, "\(reference.name): \(reference.loadError ?? "")")
        }
        #expect(cases.contains { $0.mode == "projected" })
        #expect(cases.contains { $0.mode == "bipartite" })
    }

    @Test(arguments: cases)
    func everyMeasureMatchesNetworkX(_ reference: ReferenceCase) throws {
        try #require(reference.loadError == nil)
        var compared = 0
        if let topCount = reference.topCount {
            for (key, compute) in Self.bipartiteMeasures {
                guard let expected = reference.expectedValues(of: key) else { continue }
                expectAgreement(compute(reference.graph, topCount), with: expected, measure: key, in: reference.name)
                compared += expected.count
            }
        } else {
            for (key, compute) in Self.projectedMeasures {
                guard let expected = reference.expectedValues(of: key) else { continue }
                #expect(expected.count == reference.graph.nodeCount, "\(key) does not cover every node")
                expectAgreement(compute(reference.graph), with: expected, measure: key, in: reference.name)
                compared += expected.count
            }
        }
        #expect(compared > 0, "\(reference.name) holds none of the centrality measures")
    }

    @Test(arguments: cases)
    func theEntryPointsGiveTheSameValuesAsTheFunctions(_ reference: ReferenceCase) throws {
        try #require(reference.loadError == nil)
        let graph = reference.graph
        if let topCount = reference.topCount {
            let results = computeBipartiteCentralities(CentralityMeasure.allCases, on: graph, topCount: topCount)
            #expect(Set(results.keys) == Set(CentralityMeasure.bipartiteMeasures))
            #expect(results[.betweenness] == bipartiteBetweennessCentrality(of: graph, topCount: topCount, workers: 1))
        } else {
            let options = CentralityOptions(weighted: true, workers: 2)
            let results = computeCentralities(CentralityMeasure.allCases, on: graph, options: options)
            #expect(Set(results.keys) == Set(CentralityMeasure.allCases))
            for values in results.values { #expect(values.count == graph.nodeCount) }
            #expect(results[.betweenness] == betweennessCentrality(of: graph, weighted: true, workers: 1))
            #expect(results[.closeness] == closenessCentrality(of: graph, weighted: true, workers: 1))
            if let expected = reference.expectedValues(of: "betweenness_weighted") {
                expectAgreement(results[.betweenness] ?? [], with: expected, measure: "betweenness_weighted", in: reference.name)
            }
        }
    }
}
