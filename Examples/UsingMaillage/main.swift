// Using Maillage from Swift: load a dataset folder, open one analysis session, read
// the facilitator hubs and a measure, draw the map, write the report. Built by the
// test command (`swift build --build-tests`) and run by a test, so it stays true.
//
//     swift run maillage-example [DATASET] [OUTPUT-FOLDER]
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import MaillageRender
import MaillageReport

let arguments = CommandLine.arguments.dropFirst()
let folder = URL(fileURLWithPath: arguments.first ?? "Datasets/pas-de-calais-2015")
let output = URL(fileURLWithPath: arguments.dropFirst().first ?? FileManager.default.temporaryDirectory.path)

// 1. Load and validate: every problem is a diagnostic with its file, line and column.
let loaded = DatasetLoader.load(folder: folder)
guard let dataset = loaded.dataset else {
    for diagnostic in loaded.diagnostics { print(diagnostic) }
    exit(1)
}

// 2. One session: each figure is computed once, whatever asks for it.
let settings = AnalysisSettings(projection: .count, communities: CommunitySettings(method: .leiden, seed: 1))
let session = AnalysisSession(dataset: dataset, settings: settings,
                              origin: DatasetOrigin(path: folder.path, fingerprint: loaded.fingerprint))

// 3. Read results: the hubs with their reasons, a measure from the registry, the clusters.
let hubs = session.hubs(top: 3)
for hub in hubs.hubs {
    let reasons = hub.reasons.map { $0.text(territoryNames: session.assignment.territories.map(\.name), language: .en) }
    print("\(hub.rank). \(dataset.actors[hub.actor].name): \(reasons.joined(separator: "; "))")
}
if let pagerank = ActorMeasure.named("pagerank") {
    let values = session.values(of: pagerank)
    let best = values.indices.max { values[$0] < values[$1] } ?? 0
    print("highest \(pagerank.englishName): \(dataset.actors[best].name)")
}
print("\(session.clusters.count) clusters, modularity \(session.partition.modularity)")

// 4. The map (DOT, drawn by Graphviz) and the self-contained report, from the same session.
let map = MapBuilder(session: session, request: MapRequest(colorBy: .cluster, language: .en)).map()
try DOTEncoder.encode(map.document).write(to: output.appendingPathComponent("map.dot"), atomically: true, encoding: .utf8)
let report = Report(session: session, language: .en, topHubs: 5)
try report.html().write(to: output.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
print("projection computed \(session.log[.projection]) time(s), betweenness \(session.log[.betweenness]) time(s)")
