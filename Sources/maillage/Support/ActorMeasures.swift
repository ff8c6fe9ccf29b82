import MaillageSupport
import MaillageAnalysis
import MaillageModel

/// Per-actor measure values for the output layer, computed on the graph the
/// options describe: the projected graph, or the two-mode network in bipartite mode.
struct ActorMeasures {
    /// Values by column key, one per actor of the dataset (in dataset order).
    var values: [String: [Double]]
    var nodes: Int
    var edges: Int
    /// How betweenness was computed, for `meta`: exact, or the sampling's guarantee.
    var betweennessMethod: JSONValue

    static func compute(columns: [MeasureColumn], dataset: Dataset, graph options: GraphOptions, analysis: AnalysisOptions,
                        seed: UInt64 = 1) -> ActorMeasures {
        let network = TwoModeNetwork(dataset: dataset)
        var measures = columns.compactMap(\.measure)
        let centralityOptions = CentralityOptions(weighted: analysis.weighted)
        var values: [String: [Double]] = [:]
        switch analysis.mode {
        case .bipartite:
            let results = computeBipartiteCentralities(measures, on: network.graph, topCount: network.actorCount, options: centralityOptions)
            for column in columns {
                if let measure = column.measure, let all = results[measure] { values[column.key] = Array(all.prefix(network.actorCount)) }
            }
            return ActorMeasures(values: values, nodes: network.graph.nodeCount, edges: network.graph.edgeCount,
                                 betweennessMethod: .object([("method", .string("exact"))]))
        case .projected:
            let projected = ProjectedGraph(network: network, projection: options.projection)
            let g = projected.graph
            var sampled: ApproximateBetweenness?
            if measures.contains(.betweenness), analysis.samplesBetweenness(nodes: g.nodeCount, edges: g.edgeCount) {
                measures.removeAll { $0 == .betweenness }
                sampled = approximateBetweennessCentrality(
                    of: g, epsilon: analysis.epsilon ?? 0.01, delta: analysis.delta ?? 0.1, seed: seed, weighted: analysis.weighted)
            }
            let results = computeCentralities(measures, on: g, options: centralityOptions)
            for column in columns {
                if let measure = column.measure { values[column.key] = results[measure] }
            }
            var method = JSONValue.object([("method", .string("exact"))])
            if let sampled {
                values["betweenness"] = sampled.values
                method = .object([
                    ("method", .string("approximate (Riondato–Kornaropoulos sampling)")), ("epsilon", .number(sampled.epsilon)),
                    ("delta", .number(sampled.delta)), ("seed", .int(Int(truncatingIfNeeded: sampled.seed))),
                    ("samples", .int(sampled.sampleCount)), ("vertex_diameter_bound", .int(sampled.vertexDiameterBound)),
                    ("guarantee", .string("every value within ±epsilon of the exact one with probability at least 1 − delta")),
                ])
            }
            if columns.contains(where: { $0.key == "articulation" }) {
                values["articulation"] = articulationPointMask(of: g).map { $0 ? 1 : 0 }
            }
            return ActorMeasures(values: values, nodes: g.nodeCount, edges: g.edgeCount, betweennessMethod: method)
        }
    }
}
