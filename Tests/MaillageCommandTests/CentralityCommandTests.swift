import Foundation
import Testing

/// `maillage centrality` end to end, checked against the committed NetworkX references.
@Suite struct CentralityCommandTests {
    private func reference(_ name: String) throws -> [String: Any] {
        let url = repositoryRoot.appendingPathComponent("References/networkx/\(name).json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func actors(_ arguments: [String]) throws -> (json: [String: Any], actors: [String: [String: Any]]) {
        let result = try runMaillage(["centrality"] + arguments + ["--format", "json"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["actors"] as? [[String: Any]])
        return (json, Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["id"] as? String).map { ($0, row) } }))
    }

    private func expectClose(_ actual: Any?, _ expected: Any?, _ what: String) {
        guard let e = expected as? Double else {
            #expect(actual == nil || actual is NSNull, "\(what): expected null")
            return
        }
        guard let a = actual as? Double else { Issue.record("\(what): missing value"); return }
        #expect(abs(a - e) <= 1e-6 * max(1, abs(e)), "\(what): \(a) vs NetworkX \(e)")
    }

    @Test(arguments: ["count", "newman", "jaccard"])
    func projectedMeasuresMatchNetworkXOnFlorentineFamilies(projection: String) throws {
        let ref = try reference("florentine-families.\(projection)")
        let measures = try #require(ref["measures"] as? [String: Any])
        let (json, actors) = try actors(["Datasets/classics/florentine-families", "--projection", projection])
        let graph = try #require(json["graph"] as? [String: Any])
        #expect(graph["projection"] as? String == projection)
        #expect(graph["edges"] as? Int == (ref["edges"] as? [Any])?.count)
        for key in ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "constraint", "effective_size", "core"] {
            let expected = try #require(measures[key] as? [String: Any], "\(key)")
            for (id, value) in expected { expectClose(actors[id]?[key], value, "\(projection) \(key) \(id)") }
        }
        let articulation = Set(try #require(measures["articulation"] as? [String]))
        for (id, row) in actors { #expect((row["articulation"] as? Bool) == articulation.contains(id), "articulation \(id)") }
    }

    @Test func weightedBetweennessMatchesNetworkX() throws {
        let ref = try reference("davis-southern-women.newman")
        let expected = try #require((ref["measures"] as? [String: Any])?["betweenness_weighted"] as? [String: Any])
        let (json, actors) = try actors(["Datasets/classics/davis-southern-women", "--projection", "newman", "--weighted", "--measure", "betweenness"])
        #expect(((json["meta"] as? [String: Any])?["parameters"] as? [String: Any])?["weighted"] as? Bool == true)
        for (id, value) in expected { expectClose(actors[id]?["betweenness"], value, "weighted betweenness \(id)") }
    }

    @Test func bipartiteModeMatchesNetworkX() throws {
        let ref = try reference("davis-southern-women.bipartite")
        let measures = try #require(ref["measures"] as? [String: Any])
        let (_, actors) = try actors(["Datasets/classics/davis-southern-women", "--mode", "bipartite"])
        #expect(actors.count == 18)
        for key in ["degree", "betweenness", "closeness"] {
            let expected = try #require(measures[key] as? [String: Any])
            for (id, value) in expected { expectClose(actors[id]?[key], value, "bipartite \(key) \(id)") }
        }
    }

    @Test func sortTopAndCSV() throws {
        let result = try runMaillage(
            ["centrality", "Datasets/classics/florentine-families", "--measure", "betweenness,degree", "--top", "2", "--format", "csv"],
            in: repositoryRoot)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,kind,betweenness,degree")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("medici,Medici,unknown,0.5219"))
        #expect(lines[2].hasPrefix("guadagni,"))
    }

    /// The dataset may follow `--measure` (`maillage centrality --measure pagerank DATA`, as
    /// one types it), and the option may be repeated.
    @Test func theDatasetMayFollowTheMeasures() throws {
        let after = try runMaillage(
            ["centrality", "--measure", "betweenness,degree", "Datasets/classics/florentine-families", "--top", "2", "--format", "csv"],
            in: repositoryRoot)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.split(separator: "\n").first == "id,name,kind,betweenness,degree")
        let repeated = try runMaillage(
            ["centrality", "--measure", "betweenness", "--measure", "degree", "Datasets/classics/florentine-families", "--top", "2", "--format", "csv"],
            in: repositoryRoot)
        #expect(repeated.status == 0, "\(repeated.stderr)")
        #expect(repeated.stdout == after.stdout)
    }

    @Test func tableFitsEightyColumns() throws {
        let result = try runMaillage(["centrality", "Datasets/classics/davis-southern-women"], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func unknownMeasureAndBipartiteOnlyMeasuresAreRefused() throws {
        let unknown = try runMaillageInEnglish(["centrality", "Datasets/classics/florentine-families", "--measure", "fame"], in: repositoryRoot)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown measure \"fame\""))
        let bipartite = try runMaillageInEnglish(["centrality", "Datasets/classics/florentine-families", "--mode", "bipartite", "--measure", "pagerank"], in: repositoryRoot)
        #expect(bipartite.status != 0)
        #expect(bipartite.stderr.contains("not defined in --mode bipartite"))
    }
}

/// Approximate betweenness through the command line: the guarantee holds and is recorded.
@Suite struct ApproximateBetweennessCommandTests {
    private func betweenness(_ extra: [String]) throws -> (meta: [String: Any], values: [String: Double]) {
        let result = try runMaillageInEnglish(["centrality", "--measure", "betweenness", "--format", "json"] + extra, in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let meta = try #require(((json["meta"] as? [String: Any])?["parameters"] as? [String: Any])?["betweenness"] as? [String: Any])
        let rows = try #require(json["actors"] as? [[String: Any]])
        return (meta, Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            (row["id"] as? String).flatMap { id in (row["betweenness"] as? Double).map { (id, $0) } }
        }))
    }

    @Test func sampledValuesStayWithinEpsilonAndMetaSaysSo() throws {
        let exact = try betweenness(["--betweenness", "exact"])
        #expect(exact.meta["method"] as? String == "exact")
        let sampled = try betweenness(["--betweenness", "approximate", "--epsilon", "0.02", "--delta", "0.05", "--seed", "4"])
        #expect((sampled.meta["method"] as? String)?.hasPrefix("approximate") == true)
        #expect(sampled.meta["epsilon"] as? Double == 0.02)
        #expect(sampled.meta["delta"] as? Double == 0.05)
        #expect((sampled.meta["samples"] as? Int ?? 0) > 1000)
        #expect(sampled.values.count == exact.values.count)
        let worst = exact.values.map { abs($0.value - (sampled.values[$0.key] ?? .infinity)) }.max() ?? .infinity
        #expect(worst <= 0.02)
        #expect(try betweenness(["--betweenness", "approximate", "--epsilon", "0.02", "--delta", "0.05", "--seed", "4"]).values == sampled.values)
    }

    @Test func smallNetworksStayExactByDefault() throws {
        #expect(try betweenness([]).meta["method"] as? String == "exact")
    }
    /// A name with an emoji or ideographs takes two terminal columns per such character:
    /// the next column stays in line with the header's.
    @Test func wideCharactersKeepTheTableInLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("cooperation,actor\nc1,Alpha\nc1,🌱🌱\nc1,合作社\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        let result = try runMaillage(["centrality", ".", "--quiet", "--measure", "degree"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Column one is 6 wide (« acteur », « 合作社 » = 6, « 🌱🌱 » = 4): 2 spaces of padding, then the gap.
        #expect(lines.contains { $0.hasPrefix("🌱🌱    ?") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("合作社  ?") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("acteur  type") }, "\(result.stdout)")
    }
}
