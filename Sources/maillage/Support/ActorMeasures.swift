import MaillageAnalysis
import MaillageModel

/// Per-actor measure values for the output layer, computed on the graph the
/// options describe: the projected graph, or the two-mode network in bipartite mode.
struct ActorMeasures {
    /// Values by column key, one per actor of the dataset (in dataset order).
    var values: [String: [Double]]
    var nodes: Int
    var edges: Int

    static func compute(columns: [MeasureColumn], dataset: Dataset, graph options: GraphOptions, analysis: AnalysisOptions) -> ActorMeasures {
        let network = TwoModeNetwork(dataset: dataset)
        let measures = columns.compactMap(\.measure)
        let centralityOptions = CentralityOptions(weighted: analysis.weighted)
        var values: [String: [Double]] = [:]
        switch analysis.mode {
        case .bipartite:
            let results = computeBipartiteCentralities(measures, on: network.graph, topCount: network.actorCount, options: centralityOptions)
            for column in columns {
                if let measure = column.measure, let all = results[measure] { values[column.key] = Array(all.prefix(network.actorCount)) }
            }
            return ActorMeasures(values: values, nodes: network.graph.nodeCount, edges: network.graph.edgeCount)
        case .projected:
            let projected = ProjectedGraph(network: network, projection: options.projection)
            let results = computeCentralities(measures, on: projected.graph, options: centralityOptions)
            for column in columns {
                if let measure = column.measure { values[column.key] = results[measure] }
            }
            if columns.contains(where: { $0.key == "articulation" }) {
                values["articulation"] = articulationPointMask(of: projected.graph).map { $0 ? 1 : 0 }
            }
            return ActorMeasures(values: values, nodes: projected.graph.nodeCount, edges: projected.graph.edgeCount)
        }
    }
}
