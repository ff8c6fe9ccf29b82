import Foundation
import MaillageDataset
import MaillageModel
import Testing
@testable import MaillageGraph

/// Projections of the committed datasets against NetworkX's `weighted_projected_graph`,
/// `collaboration_weighted_projected_graph` and `overlap_weighted_projected_graph(jaccard=True)`
/// (References/networkx/<dataset>.<projection>.json), and the two-mode network against
/// `<dataset>.bipartite.json`.
@Suite struct ProjectionReferenceTests {
    static let tolerance = 1e-9

    @Test func everyDatasetHasReferenceCases() {
        let projected = ReferenceCase.projectedDatasetCases
        #expect(projected.count >= 12)   // 2 classics + 2 random datasets, 3 projections each
        let names = Set(ReferenceCase.all.map(\.name))
        for dataset in ["davis-southern-women", "florentine-families", "random-a", "random-b"] {
            for suffix in ["count", "newman", "jaccard", "bipartite"] {
                #expect(names.contains("\(dataset).\(suffix)"))
            }
        }
    }

    /// Every committed dataset folder (any folder under Datasets/ holding memberships.csv)
    /// has its reference cases: re-run References/make_references.py after adding one.
    @Test func everyCommittedDatasetIsCovered() throws {
        let root = Repository.url("Datasets")
        let names = Set(ReferenceCase.all.map(\.name))
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var folders: [String] = []
        while let path = enumerator.nextObject() as? String {
            if (path as NSString).lastPathComponent == "memberships.csv" {
                folders.append(((path as NSString).deletingLastPathComponent as NSString).lastPathComponent)
            }
        }
        #expect(folders.count >= 2)
        for folder in folders {
            for suffix in ["count", "newman", "jaccard", "bipartite"] {
                #expect(names.contains("\(folder).\(suffix)"), "no reference for \(folder).\(suffix)")
            }
        }
    }

    @Test(arguments: ReferenceCase.projectedDatasetCases)
    func projectionMatchesNetworkX(reference: ReferenceCase) throws {
        try #require(reference.loadError == nil, "\(reference.loadError ?? "")")
        let caseName = reference.name
        let projection = try #require(reference.projection.flatMap(Projection.init(rawValue:)))
        let result = DatasetLoader.load(folder: try #require(reference.datasetFolder))
        #expect(!result.hasErrors, "\(result.errors)")
        let dataset = try #require(result.dataset)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: projection)
        #expect(projected.graph.checkInvariants() == nil)
        #expect(Set(projected.actorIDs) == Set(reference.nodeIds))
        #expect(projected.actorIDs.count == reference.nodeIds.count)

        let edges = reference.edgeList
        #expect(projected.graph.edgeCount == edges.count)
        var worst = 0.0
        for (u, v, w) in edges {
            let a = try #require(dataset.actorIndex[u]), b = try #require(dataset.actorIndex[v])
            let weight = try #require(projected.graph.weight(a, b), "missing tie \(u)–\(v)")
            worst = max(worst, relativeError(weight, w))
            #expect(!projected.cooperations(between: a, and: b).isEmpty)
        }
        #expect(worst <= Self.tolerance, "\(caseName): max relative error \(worst)")
    }

    @Test(arguments: ReferenceCase.bipartiteDatasetCases)
    func twoModeNetworkMatchesNetworkX(reference: ReferenceCase) throws {
        try #require(reference.loadError == nil, "\(reference.loadError ?? "")")
        let folder = try #require(reference.datasetFolder)
        let dataset = try #require(DatasetLoader.load(folder: folder).dataset)
        let network = TwoModeNetwork(dataset: dataset)
        let topCount = try #require(reference.topCount)
        #expect(network.graph.checkInvariants() == nil)
        #expect(Set(network.actorIDs) == Set(reference.nodeIds.prefix(topCount)))
        #expect(Set(network.cooperationIDs) == Set(reference.nodeIds.dropFirst(topCount)))
        let expected = Set(reference.edgeList.map { "\($0.0)\u{1F}\($0.1)" })
        var found = Set<String>()
        for a in 0..<network.actorCount {
            for c in network.cooperations(ofActor: a) { found.insert("\(network.actorIDs[a])\u{1F}\(network.cooperationIDs[c])") }
        }
        #expect(found == expected)
        #expect(network.graph.edgeCount == expected.count)
    }

    /// Each marriage is a 2-member cooperation: the count projection of the dataset is
    /// NetworkX's florentine_families_graph itself.
    @Test func florentineDatasetProjectsOntoTheMarriageGraph() throws {
        let graph = try #require(ReferenceCase.named("florentine"))
        let dataset = try #require(DatasetLoader.load(folder: Repository.url("Datasets/classics/florentine-families")).dataset)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: .count)
        let byName = Dictionary(uniqueKeysWithValues: dataset.actors.enumerated().map { ($1.name, $0) })
        let edges = graph.edgeList
        #expect(projected.graph.edgeCount == edges.count)
        for (u, v, _) in edges {
            let a = try #require(byName[u]), b = try #require(byName[v])
            #expect(projected.graph.weight(a, b) == 1)
            #expect(projected.cooperations(between: a, and: b).count == 1)
        }
    }

    /// NetworkX's florentine_families_graph as its adjacency matrix, written as pandas'
    /// `to_csv` writes one (an empty corner, commas, 0 and 1): read as a matrix, it
    /// projects onto the same marriage graph.
    @Test func florentineAdjacencyMatrixProjectsOntoTheMarriageGraph() throws {
        let graph = try #require(ReferenceCase.named("florentine"))
        let names = graph.nodeIds
        let edges = Set(graph.edgeList.flatMap { [$0.0 + "\u{1F}" + $0.1, $0.1 + "\u{1F}" + $0.0] })
        var text = "," + names.joined(separator: ",") + "\n"
        for u in names {
            text += u + "," + names.map { v in edges.contains(u + "\u{1F}" + v) ? "1" : "0" }.joined(separator: ",") + "\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-florentine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("florentine.csv")
        try Data(text.utf8).write(to: file)
        let result = DatasetLoader.load(folder: file)
        let dataset = try #require(result.dataset, "\(result.diagnostics)")
        #expect(dataset.actors.count == names.count)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: .count)
        let byName = Dictionary(uniqueKeysWithValues: dataset.actors.enumerated().map { ($1.name, $0) })
        #expect(projected.graph.edgeCount == graph.edgeList.count)
        for (u, v, _) in graph.edgeList {
            let a = try #require(byName[u]), b = try #require(byName[v])
            #expect(projected.graph.weight(a, b) == 1)
        }
    }
}
