import Foundation
import Testing

/// `hubs`, `clusters`, `territories` and `brokers` end to end on the bundled dataset.
@Suite struct AnalysisCommandTests {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try runMaillage(arguments + ["--format", "json"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func hubsPutTheBookletsFacilitatorsOnTop() throws {
        let hubs = try #require(try json(["hubs", "--top", "5"])["hubs"] as? [[String: Any]])
        #expect(hubs.count == 5)
        let ids = hubs.compactMap { $0["id"] as? String }
        // The booklet describes the DLA, the APES, the Cigales and the Département as facilitators.
        #expect(Set(ids).intersection(["dla", "apes", "cigales", "departement-62"]).count >= 3, "\(ids)")
        for hub in hubs {
            for key in ["rank", "id", "name", "kind", "score", "betweenness", "brokerage", "territories_linked", "kinds_linked", "articulation", "reasons"] {
                #expect(hub[key] != nil, "missing \(key)")
            }
            let departure = try #require(hub["departure"] as? [String: Any])
            let pairs = try #require(departure["disconnected_pairs"] as? Int)
            #expect((hub["articulation"] as? Bool) == (pairs > 0))
            #expect(!((hub["reasons"] as? [String]) ?? []).isEmpty)
        }
        let scores = hubs.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func clustersAreReproducibleAndCoverEveryTiedActor() throws {
        let first = try json(["clusters", "--seed", "3"])
        let second = try json(["clusters", "--seed", "3"])
        let a = try #require(first["clusters"] as? [[String: Any]]).map { $0["members"] as? [String] ?? [] }
        let b = try #require(second["clusters"] as? [[String: Any]]).map { $0["members"] as? [String] ?? [] }
        #expect(a == b)
        #expect(a.flatMap { $0 }.count == 73)
        #expect(Set(a.flatMap { $0 }).count == 73)
        let modularity = try #require(first["modularity"] as? Double)
        #expect(modularity > 0.5 && modularity < 1)
        #expect(first["method"] as? String == "leiden")
    }

    @Test func clustersIterationsAreRecordedAndChecked() throws {
        let capped = try json(["clusters", "--seed", "3", "--iterations", "1"])
        let parameters = try #require((capped["meta"] as? [String: Any])?["parameters"] as? [String: Any])
        #expect(parameters["iterations"] as? Int == 1)
        let stable = try json(["clusters", "--seed", "3"])
        let stableParameters = try #require((stable["meta"] as? [String: Any])?["parameters"] as? [String: Any])
        #expect(stableParameters["iterations"] == nil)
        #expect(try #require(capped["modularity"] as? Double) <= (try #require(stable["modularity"] as? Double)))
        for bad in [["--iterations", "0"], ["--method", "louvain", "--iterations", "2"]] {
            let result = try runMaillage(["clusters", "--lang", "en"] + bad, in: repositoryRoot)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--iterations"), "\(result.stderr)")
        }
    }

    /// A network of thousands of actors has thousands of small clusters after its large
    /// ones: the table lists the 20 largest by default and says what it leaves out;
    /// `--top N` keeps N in every format, csv lists them all without it.
    @Test func clustersListTheLargestFirstAndSayWhatIsLeftOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("many-clusters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = (1...25).map { "c\($0),a\($0),porteur\nc\($0),b\($0),membre" }.joined(separator: "\n")
        try Data("cooperation,actor,role\n\(rows)\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        let table = try runMaillage(["clusters", ".", "--quiet"], in: folder)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Groupes — many-clusters-"), "\(table.stdout)")
        #expect(table.stdout.contains(" : 25 groupes, modularité"))
        #expect(table.stdout.contains("Groupe 20 — 2 acteurs") && !table.stdout.contains("Groupe 21"))
        #expect(table.stdout.hasSuffix("(5 autres groupes, 2 acteurs chacun, ne sont pas listés ; --top N pour en lister plus, --format csv pour tous)\n"),
                "\(table.stdout)")
        let csv = try runMaillage(["clusters", ".", "--quiet", "--format", "csv"], in: folder)
        #expect(csv.stdout.split(separator: "\n").count == 1 + 50)
        let bookletTop = try runMaillage(["clusters", "--top", "3", "--lang", "en"], in: repositoryRoot)
        #expect(bookletTop.stdout.contains("Cluster 3 — ") && !bookletTop.stdout.contains("Cluster 4 — "))
        #expect(bookletTop.stdout.contains("more clusters, of 2 to ") && !bookletTop.stdout.contains("--top N"), "\(bookletTop.stdout)")
        let all = try json(["clusters"]), three = try json(["clusters", "--top", "3"])
        #expect((three["clusters"] as? [Any])?.count == 3)
        #expect(three["cluster_count"] as? Int == (all["clusters"] as? [Any])?.count)
        #expect(try runMaillage(["clusters", "--top", "0"], in: repositoryRoot).status == 64)
    }

    @Test func territoryFiguresAreConsistent() throws {
        let output = try json(["territories", "--level", "epci"])
        #expect(output["level"] as? String == "epci")
        let territories = try #require(output["territories"] as? [[String: Any]])
        var members = 0
        for t in territories {
            let inside = try #require(t["internal_ties"] as? Int), outside = try #require(t["external_ties"] as? Int)
            members += try #require(t["actors"] as? Int)
            if inside + outside > 0 {
                let ei = try #require(t["ei_index"] as? Double)
                #expect(abs(ei - Double(outside - inside) / Double(outside + inside)) < 1e-12)
            }
        }
        #expect(members + (output["unassigned_actors"] as? Int ?? -1) == 85)
        #expect(!(try #require(output["links"] as? [[String: Any]])).isEmpty)
    }

    @Test func brokerageCountsAddUpToOpenPairs() throws {
        let actors = try #require(try json(["brokers", "--group-by", "kind"])["actors"] as? [[String: Any]])
        #expect(!actors.isEmpty)
        for actor in actors {
            let b = try #require(actor["brokerage"] as? [String: Int])
            let sum = ["coordinator", "itinerant", "gatekeeper", "liaison", "unclassified"].compactMap { b[$0] }.reduce(0, +)
            #expect(sum == b["open_pairs"])
        }
    }

    @Test func tablesFitEightyColumns() throws {
        for command in [["territories"], ["brokers", "--top", "10"], ["clusters"]] {
            let result = try runMaillage(command, in: repositoryRoot)
            #expect(result.status == 0)
            for line in result.stdout.split(separator: "\n") where line.contains("  ") && !line.hasPrefix("  ") {
                #expect(line.count <= 80, "\(command): \(line)")
            }
        }
    }
}
