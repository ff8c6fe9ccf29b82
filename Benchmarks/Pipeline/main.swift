// `maillage-pipeline DATASET OUTPUT [SEED]`: the whole national-scale pipeline in one
// process, for Benchmarks/run.py — load and validate the dataset, project it onto the
// actors (count weighting), connected components, PageRank, Leiden (modularity, seed
// SEED, 1 by default) — then one CSV row per actor (id, component, pagerank, cluster)
// to OUTPUT and a JSON line of figures and phase times on standard output.
//
// It calls the same library functions as the `maillage` commands; it exists because no
// single command does all of these at once, and the benchmark's target concerns the
// pipeline as a whole.
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageGraph

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: maillage-pipeline DATASET OUTPUT [SEED]\n".utf8))
    exit(2)
}
let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
/// Phase names and their durations in seconds.
struct PhaseClock {
    var phases: [(String, Double)] = []
    var last = Date()

    mutating func end(_ name: String) {
        let now = Date()
        phases.append((name, now.timeIntervalSince(last)))
        last = now
    }
}
var clock = PhaseClock()

let loaded = DatasetLoader.load(folder: URL(fileURLWithPath: arguments[1]))
guard let dataset = loaded.dataset else {
    for diagnostic in loaded.errors.prefix(10) { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
    exit(1)
}
clock.end("load")
let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: .count)
let graph = projected.graph
clock.end("project")
let components = ConnectedComponents(graph)
clock.end("components")
let ranks = pageRank(of: graph)
clock.end("pagerank")
let partition = leiden(graph: graph, seed: seed)
clock.end("leiden")

var text = "id,component,pagerank,cluster\n"
text.reserveCapacity(48 * dataset.actors.count)
for (a, actor) in dataset.actors.enumerated() {
    text += "\(actor.id),\(components.labels[a]),\(ranks[a]),\(partition.membership[a])\n"
}
do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[2]))
} catch {
    FileHandle.standardError.write(Data("cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
clock.end("write")
let phaseText = clock.phases.map { "\"\($0.0)\": \(String(format: "%.3f", $0.1))" }.joined(separator: ", ")
print("{\"tool\": \"maillage\", \"nodes\": \(graph.nodeCount), \"ties\": \(graph.edgeCount), \"components\": \(components.count), "
    + "\"clusters\": \(partition.count), \"modularity\": \(partition.modularity), \"phases\": {\(phaseText)}}")
