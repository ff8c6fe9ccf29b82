// `maillage-pipeline DATASET OUTPUT [SEED] [--starts N] [--iterations N] [--seeds A,B,…] [--louvain]`: the whole
// national-scale pipeline in one process, for Benchmarks/run.py and Benchmarks/million.py —
// load and validate the dataset, project it onto the actors (count weighting), connected
// components, PageRank, Leiden (modularity, seed SEED, 1 by default, the library's default
// number of starts unless `--starts`) — then one CSV row per actor (id, component, pagerank,
// cluster) to OUTPUT and a JSON line of figures on standard output: the wall time and the
// CPU time (all threads of the process) of each phase.
//
// `--seeds A,B,…` then runs Leiden once more per seed on the same graph (with `--starts`,
// one thread), and with `--louvain` Louvain too, and adds to the JSON line the modularity and
// CPU time of each run: the modularity distribution of several seeds without reloading the
// data (at one million actors loading is a third of the process).
//
// It calls the same library functions as the `maillage` commands; it exists because no
// single command does all of these at once, and the benchmark's target concerns the
// pipeline as a whole.
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageGraph

var positional: [String] = []
var startsOption: Int?
var extraSeeds: [UInt64] = []
var runLouvain = false
var iterationsOption: Int?
do {
    var rest = CommandLine.arguments.dropFirst()
    while let argument = rest.popFirst() {
        switch argument {
        case "--starts": startsOption = rest.popFirst().flatMap { Int($0) }
        case "--seeds": extraSeeds = (rest.popFirst() ?? "").split(separator: ",").compactMap { UInt64($0) }
        case "--louvain": runLouvain = true
        case "--iterations": iterationsOption = rest.popFirst().flatMap { Int($0) }
        default: positional.append(argument)
        }
    }
}
guard positional.count >= 2 else {
    FileHandle.standardError.write(Data(
        "usage: maillage-pipeline DATASET OUTPUT [SEED] [--starts N] [--iterations N] [--seeds A,B,…] [--louvain]\n".utf8))
    exit(2)
}
let seed = positional.count > 2 ? UInt64(positional[2]) ?? 1 : 1

/// CPU time of the whole process (every thread), in seconds.
func processCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Phase names and their wall and CPU durations in seconds.
struct PhaseClock {
    var phases: [(name: String, wall: Double, cpu: Double)] = []
    var lastWall = Date()
    var lastCPU = processCPUTime()

    mutating func end(_ name: String) {
        let now = Date(), cpu = processCPUTime()
        phases.append((name, now.timeIntervalSince(lastWall), cpu - lastCPU))
        lastWall = now
        lastCPU = cpu
    }
}
var clock = PhaseClock()

let loaded = DatasetLoader.load(folder: URL(fileURLWithPath: positional[0]))
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
let partition = leiden(graph: graph, seed: seed, starts: startsOption, iterations: iterationsOption)
clock.end("leiden")

var text = "id,component,pagerank,cluster\n"
text.reserveCapacity(48 * dataset.actors.count)
for (a, actor) in dataset.actors.enumerated() {
    text += "\(actor.id),\(components.labels[a]),\(ranks[a]),\(partition.membership[a])\n"
}
do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: positional[1]))
} catch {
    FileHandle.standardError.write(Data("cannot write \(positional[1]): \(error)\n".utf8))
    exit(1)
}
clock.end("write")

/// `{"seed": modularity, …}` and `{"seed": CPU seconds, …}` of one method over `extraSeeds`.
@MainActor func seedRuns(_ run: (UInt64) -> CommunityPartition) -> String {
    var modularities: [String] = [], times: [String] = []
    for s in extraSeeds {
        let before = processCPUTime()
        let p = run(s)
        let cpu = processCPUTime() - before
        modularities.append("\"\(s)\": \(p.modularity)")
        times.append("\"\(s)\": \(String(format: "%.3f", cpu))")
    }
    return "{\"modularity\": {\(modularities.joined(separator: ", "))}, \"cpu\": {\(times.joined(separator: ", "))}}"
}
var seedText = ""
if !extraSeeds.isEmpty {
    let starts = startsOption ?? leidenDefaultStarts(edgeCount: graph.edgeCount)
    seedText += ", \"leiden_seeds\": " + seedRuns {
        leiden(graph: graph, seed: $0, starts: starts, iterations: iterationsOption, workers: 1)
    }
    seedText += ", \"leiden_seed_starts\": \(starts)"
    if runLouvain { seedText += ", \"louvain_seeds\": " + seedRuns { louvain(graph: graph, seed: $0) } }
}

@MainActor func figures(_ value: (Double, Double) -> Double) -> String {
    clock.phases.map { "\"\($0.name)\": \(String(format: "%.3f", value($0.wall, $0.cpu)))" }
        .joined(separator: ", ")
}
print("{\"tool\": \"maillage\", \"nodes\": \(graph.nodeCount), \"ties\": \(graph.edgeCount), \"components\": \(components.count), "
    + "\"clusters\": \(partition.count), \"modularity\": \(partition.modularity), "
    + "\"phases\": {\(figures { wall, _ in wall })}, \"phases_cpu\": {\(figures { _, cpu in cpu })}\(seedText)}")
