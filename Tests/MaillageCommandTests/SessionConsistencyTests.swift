import Foundation
import MaillageAnalysis
import MaillageModel
import Testing

/// One source of truth, seen from the command line: the measure registry drives what
/// `centrality` accepts and what the exports and the report carry; the exports' clusters
/// are the `clusters` command's; every output gives an actor kind one colour; every
/// command speaks one language at a time.
@Suite struct SessionConsistencyTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func everyMeasureOfTheRegistryIsAcceptedAndExported() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let keys = ActorMeasure.all.map(\.key)
        let centrality = try runMaillage(["centrality", "--quiet", "--format", "csv", "--measure", keys.joined(separator: ",")], in: repositoryRoot)
        #expect(centrality.status == 0, "\(centrality.stderr)")
        let header = centrality.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header == (["id", "name", "kind"] + keys).joined(separator: ","))
        for key in keys {
            let one = try runMaillage(["centrality", "--quiet", "--format", "csv", "--measure", key], in: repositoryRoot)
            #expect(one.status == 0, "centrality --measure \(key): \(one.stderr)")
        }
        for format in ["csv", "graphml", "gexf"] {
            let file = directory.appendingPathComponent("pdc.\(format)")
            let result = try runMaillage(["export", "--quiet", "-o", file.path], in: repositoryRoot)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: format == "csv" ? directory.appendingPathComponent("pdc.nodes.csv") : file, encoding: .utf8)
            for key in keys {
                switch format {
                case "csv": #expect(text.split(separator: "\n")[0].split(separator: ",").contains(Substring(key)), "\(key) in CSV")
                case "graphml": #expect(text.contains("attr.name=\"\(key)\""), "\(key) in GraphML")
                default: #expect(text.contains("title=\"\(key)\""), "\(key) in GEXF")
                }
            }
        }
        let report = directory.appendingPathComponent("r.html")
        #expect(try runMaillage(["report", "--quiet", "-o", report.path], in: repositoryRoot).status == 0)
        let html = try String(contentsOf: report, encoding: .utf8)
        for key in keys { #expect(html.contains("`\(key)`"), "\(key) in the report") }
    }

    @Test func theExportsClustersAreTheClustersCommands() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for method in ["leiden", "louvain"] {
            let clusters = try runMaillage(["clusters", "--quiet", "--format", "json", "--method", method, "--seed", "3"], in: repositoryRoot)
            let listed = try #require(try JSONSerialization.jsonObject(with: Data(clusters.stdout.utf8)) as? [String: Any])
            let groups = try #require(listed["clusters"] as? [[String: Any]]).map { Set(($0["members"] as? [String]) ?? []) }
            let file = directory.appendingPathComponent("\(method).json")
            #expect(try runMaillage(["export", "--quiet", "--method", method, "--seed", "3", "-o", file.path], in: repositoryRoot).status == 0)
            let export = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            var byCluster: [Int: Set<String>] = [:]
            for node in try #require(export["nodes"] as? [[String: Any]]) {
                guard let id = node["id"] as? String, let cluster = node["cluster"] as? Int, (node["degree"] as? Int ?? 0) > 0 else { continue }
                byCluster[cluster, default: []].insert(id)
            }
            #expect(Set(byCluster.values) == Set(groups), "\(method)")
            let graph = try #require(export["graph"] as? [String: Any])
            #expect(graph["community_method"] as? String == method)
        }
    }

    @Test func mapExportAndReportGiveEachKindTheSameColour() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dot = directory.appendingPathComponent("map.dot"), gexf = directory.appendingPathComponent("n.gexf")
        let report = directory.appendingPathComponent("r.html"), json = directory.appendingPathComponent("n.json")
        #expect(try runMaillage(["render", "--quiet", "-o", dot.path], in: repositoryRoot).status == 0)
        #expect(try runMaillage(["export", "--quiet", "-o", gexf.path], in: repositoryRoot).status == 0)
        #expect(try runMaillage(["export", "--quiet", "-o", json.path], in: repositoryRoot).status == 0)
        #expect(try runMaillage(["report", "--quiet", "-o", report.path], in: repositoryRoot).status == 0)
        let mapText = try String(contentsOf: dot, encoding: .utf8), gexfText = try String(contentsOf: gexf, encoding: .utf8)
        let html = try String(contentsOf: report, encoding: .utf8)
        let nodes = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])?["nodes"] as? [[String: Any]])
        var seen: Set<String> = []
        for node in nodes {
            guard let kindName = node["kind"] as? String, let kind = ActorKind(rawValue: kindName), (node["degree"] as? Int ?? 0) > 0,
                  !seen.contains(kindName), let id = node["id"] as? String else { continue }
            seen.insert(kindName)
            let colour = Palette.color(of: kind)
            #expect(node["color"] as? String == colour.hex, "\(kindName) in node-link JSON")
            #expect(gexfText.contains("<viz:color r=\"\(colour.red)\" g=\"\(colour.green)\" b=\"\(colour.blue)\"/>"), "\(kindName) in GEXF")
            let line = mapText.split(separator: "\n").first { $0.contains("id=\"actor-\(id)\"") }
            #expect(line?.contains("fillcolor=\"\(colour.hex)\"") == true, "\(kindName) on the map")
            #expect(html.contains("fill=\"\(colour.hex)\"") || html.contains("background-color:\(colour.hex)"), "\(kindName) in the report")
        }
        #expect(seen.count >= 5)
    }

    @Test func commandsSpeakOneLanguageAtATime() throws {
        let french = try runMaillage(["summary"], in: repositoryRoot)
        #expect(french.stdout.contains("Jeu de données : "))
        let english = try runMaillage(["summary", "--lang", "en"], in: repositoryRoot)
        #expect(english.stdout.contains("Dataset: "))
        #expect(english.stdout.contains("actors by kind"))
        #expect(!english.stdout.contains("acteurs par type"))
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "en_GB.UTF-8"
        let fromLocale = try runMaillage(["hubs", "--top", "2"], in: repositoryRoot, environment: environment)
        #expect(fromLocale.stdout.hasPrefix("Facilitator hubs — "), "\(fromLocale.stdout)")
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment([:]) == .fr)
    }
}

/// The "use Maillage from Swift" example (Examples/UsingMaillage) builds with the tests
/// and runs: load, session, hubs, a measure, map and report through the library products.
@Suite struct LibraryExampleTests {
    @Test func theExampleRunsOnTheBundledDataset() throws {
        let example = maillageExecutable().deletingLastPathComponent().appendingPathComponent("maillage-example")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = example
        process.arguments = [repositoryRoot.appendingPathComponent("Datasets/pas-de-calais-2015").path, directory.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("1. Dispositif local d'accompagnement"))
        #expect(text.contains("projection computed 1 time(s), betweenness 1 time(s)"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("report.html").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.dot").path))
    }
}
