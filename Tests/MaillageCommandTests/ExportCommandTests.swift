import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `maillage export` end to end: every format from the bundled dataset reads back with the
/// graph the analysis commands describe, hostile names stay inert text, and failures
/// leave no file.
@Suite struct ExportCommandTests {
    let hostile = repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-names").path
    let florentine = "Datasets/classics/florentine-families"

    /// Runs `maillage export ARGS -o DIR/name` and returns the file's text.
    private func export(_ arguments: [String], to name: String) throws -> (result: ProcessResult, text: String?, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        let result = try runMaillage(["export"] + arguments + ["-o", file.path], in: repositoryRoot)
        return (result, try? String(contentsOf: file, encoding: .utf8), directory)
    }

    private func json(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Nodes and edges of the bundled dataset's projected graph, as `summary` counts them.
    private func summaryCounts(_ dataset: [String] = []) throws -> (nodes: Int, edges: Int) {
        let result = try runMaillage(["summary"] + dataset + ["--format", "json"], in: repositoryRoot)
        let graph = try #require(try json(result.stdout)["graph"] as? [String: Any])
        return (try #require(graph["nodes"] as? Int), try #require(graph["edges"] as? Int))
    }

    /// What Maillage exports for Gephi reads back as the dataset's network: the projected
    /// GEXF and GraphML by each node's list of cooperations and roles (not one cooperation
    /// per tie), the bipartite GEXF as its memberships with their roles.
    @Test func exportedGraphFilesReadBackAsTheDataset() throws {
        let original = try json(try runMaillage(["summary", "--format", "json"], in: repositoryRoot).stdout)
        for (arguments, name) in [([String](), "pdc.gexf"), ([], "pdc.graphml"), (["--mode", "bipartite"], "pdc-bipartite.gexf")] {
            let (result, _, directory) = try export(arguments, to: name)
            defer { try? FileManager.default.removeItem(at: directory) }
            #expect(result.status == 0, "\(result.stderr)")
            let read = try runMaillage(["summary", directory.appendingPathComponent(name).path, "--format", "json"], in: repositoryRoot)
            #expect(read.status == 0, "\(name): \(read.stderr)")
            let summary = try json(read.stdout)
            for key in ["actors", "cooperations", "memberships"] {
                #expect(summary[key] as? Int == original[key] as? Int, "\(name): \(key)")
            }
            #expect(summary["actors_by_kind"] as? [String: Int] == original["actors_by_kind"] as? [String: Int], "\(name)")
            let graph = try #require(summary["graph"] as? [String: Any]), originalGraph = try #require(original["graph"] as? [String: Any])
            for key in ["nodes", "edges", "components", "isolated_actors"] {
                #expect(graph[key] as? Int == originalGraph[key] as? Int, "\(name): graph \(key)")
            }
            #expect(summary["memberships_by_role"] as? [String: Int] == original["memberships_by_role"] as? [String: Int], "\(name)")
            if name.contains("bipartite") {
                #expect(summary["cooperations_by_form"] as? [String: Int] == original["cooperations_by_form"] as? [String: Int])
            }
        }
    }

    /// A dated dataset's exports keep its dates: read back, the network at each date is the
    /// original's at that date (actors, cooperations, memberships, ties), from the projected
    /// GEXF (a dynamic graph), the projected GraphML and the bipartite GEXF.
    @Test func exportedGraphFilesKeepTheDates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-export-dated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let synth = try runMaillage(["synth", "--actors", "150", "--years", "2018-2021", "--seed", "4", "-o", "date"], in: directory)
        #expect(synth.status == 0, "\(synth.stderr)")
        for (arguments, name) in [([String](), "d.gexf"), ([], "d.graphml"), (["--mode", "bipartite"], "d-bipartite.gexf")] {
            let written = try runMaillage(["export", "date", "--measure", "degree", "-o", name] + arguments, in: directory)
            #expect(written.status == 0, "\(written.stderr)")
            for year in ["2018", "2019", "2020", "2021"] {
                let original = try json(try runMaillage(["summary", "date", "--at", year, "--format", "json", "--quiet"], in: directory).stdout)
                let read = try runMaillage(["summary", name, "--at", year, "--format", "json", "--quiet"], in: directory)
                #expect(read.status == 0, "\(name): \(read.stderr)")
                let summary = try json(read.stdout)
                for key in ["actors", "cooperations", "memberships"] {
                    #expect(summary[key] as? Int == original[key] as? Int, "\(name) at \(year): \(key)")
                }
                let graph = try #require(summary["graph"] as? [String: Any]), originalGraph = try #require(original["graph"] as? [String: Any])
                #expect(graph["edges"] as? Int == originalGraph["edges"] as? Int, "\(name) at \(year): ties")
            }
        }
    }

    @Test func graphMLCarriesTheGraphAndEveryMeasure() throws {
        let (result, text, _) = try export([], to: "pdc.graphml")
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(GraphDocument(text: text ?? ""), "GraphML is not well-formed")
        let counts = try summaryCounts()
        #expect(doc.nodes.count == counts.nodes)
        #expect(doc.edges.count == counts.edges)
        let keys = Set(doc.keys.values.map { "\($0.domain):\($0.name):\($0.type)" })
        for expected in ["node:label:string", "node:kind:string", "node:territories:string", "node:legal_form:string",
                         "node:sector:string", "node:degree:int", "node:betweenness:double", "node:pagerank:double",
                         "node:core:int", "node:articulation:boolean", "node:cluster:int", "node:r:int", "node:size:double",
                         "edge:weight:double", "edge:cooperations:string", "edge:shared_cooperations:int",
                         "graph:modularity:double", "graph:projection:string"] {
            #expect(keys.contains(expected), "missing key \(expected)")
        }
        // Every tie names the cooperations behind it, as many as its count weight.
        for edge in doc.edges {
            let cooperations = try #require(edge.data["cooperations"]).split(separator: "|")
            let weight = try #require(edge.data["weight"].flatMap(Double.init))
            #expect(Double(cooperations.count) == weight)
        }
        // Measures agree with `maillage centrality`.
        let centrality = try runMaillage(["centrality", "--format", "json", "--measure", "pagerank,betweenness"], in: repositoryRoot)
        let rows = try #require(try json(centrality.stdout)["actors"] as? [[String: Any]])
        for row in rows.prefix(20) {
            let id = try #require(row["id"] as? String)
            let node = try #require(doc.nodes[id], "node \(id)")
            for measure in ["pagerank", "betweenness"] {
                let expected = try #require(row[measure] as? Double)
                let written = try #require(node.data[measure].flatMap(Double.init))
                #expect(abs(written - expected) <= 1e-12 * max(1, abs(expected)), "\(measure) of \(id)")
            }
            #expect(node.data["label"] == row["name"] as? String)
        }
    }

    /// `--measure`: only the measures named are computed and written; the size still
    /// follows `--size-by`, computed for it.
    @Test func measureChoosesTheMeasuresWritten() throws {
        let (result, text, _) = try export(["--measure", "pagerank", "--size-by", "betweenness"], to: "few.graphml")
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(GraphDocument(text: text ?? ""), "GraphML is not well-formed")
        let names = Set(doc.keys.values.filter { $0.domain == "node" }.map(\.name))
        #expect(names.contains("pagerank") && names.contains("size") && names.contains("cluster"))
        #expect(names.isDisjoint(with: ["degree", "betweenness", "closeness", "harmonic", "core", "articulation"]), "\(names.sorted())")
        let sizes = doc.nodes.values.compactMap { $0.data["size"].flatMap(Double.init) }
        #expect(sizes.count == doc.nodes.count && Set(sizes).count > 1)
        let unknown = try export(["--measure", "nope"], to: "none.graphml")
        #expect(unknown.result.status == 64 && unknown.text == nil)
    }

    @Test func gexfIsColouredByKindAndPartitioned() throws {
        let (result, text, _) = try export([florentine], to: "florence.gexf")
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(GraphDocument(text: text ?? ""))
        #expect(doc.root?.attributes["version"] == "1.3")
        #expect(doc.nodes.count == 15)
        #expect(doc.edges.count == 20)
        #expect(doc.nodes.values.allSatisfy { $0.color != nil && $0.size != nil })
        let titles = Set(doc.keys.values.map(\.name))
        #expect(titles.isSuperset(of: ["kind", "cluster", "betweenness", "territories", "cooperations"]))
        #expect(doc.nodes["medici"]?.data["degree"] == "6")
        #expect(doc.nodes["medici"]?.size == 50)
    }

    @Test func nodeLinkJSONHasTheNetworkXShapeAndMeta() throws {
        let (result, text, _) = try export([florentine, "--projection", "newman", "--seed", "3"], to: "florence.json")
        #expect(result.status == 0, "\(result.stderr)")
        let top = try json(text)
        #expect(top["directed"] as? Bool == false)
        #expect(top["multigraph"] as? Bool == false)
        let graph = try #require(top["graph"] as? [String: Any])
        #expect(graph["projection"] as? String == "newman")
        #expect(graph["seed"] as? Int == 3)
        let meta = try #require(top["meta"] as? [String: Any])
        #expect(meta["command"] as? String == "export")
        let nodes = try #require(top["nodes"] as? [[String: Any]])
        let edges = try #require(top["edges"] as? [[String: Any]])
        #expect(nodes.count == 15 && edges.count == 20)
        #expect(nodes.allSatisfy { $0["cluster"] is Int && $0["id"] is String && $0["kind"] is String })
        #expect(edges.allSatisfy { ($0["weight"] as? Double).map { $0 > 0 } == true && $0["cooperations"] is String })

        let links = try export([florentine, "--json-edges-key", "links"], to: "f.json")
        #expect(try json(links.text)["links"] is [Any])
    }

    @Test func csvWritesAnEdgeListAndANodeTable() throws {
        let (result, text, directory) = try export([florentine], to: "ties.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try #require(text).split(separator: "\n")
        #expect(lines.first == "source,target,weight,cooperations,cooperation_names,forms,shared_cooperations,cooperation_started,cooperation_ended")
        #expect(lines.count == 21)
        let nodes = try String(contentsOf: directory.appendingPathComponent("ties.nodes.csv"), encoding: .utf8).split(separator: "\n")
        #expect(nodes.count == 16)
        #expect(nodes.first?.hasPrefix("id,label,name,kind,") == true)
        #expect(nodes.first?.hasSuffix(",cluster,x,y,color,size") == true)
    }

    /// The adjacency matrix: a row and a column per actor, each tie's weight in its two
    /// cells; Maillage reads it back to the same graph, and refuses a matrix too large.
    @Test func matrixIsTheAdjacencyMatrixAndReadsBack() throws {
        let (result, text, directory) = try export([florentine, "--format", "matrix"], to: "matrice.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(text).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 16 && rows.allSatisfy { $0.count == 16 })
        #expect(rows[0][0].isEmpty && rows[0].dropFirst().map(String.init) == rows.dropFirst().map { String($0[0]) })
        let cells = rows.dropFirst().flatMap { $0.dropFirst() }.compactMap { Int($0) }
        #expect(cells.count == 225 && cells.reduce(0, +) == 40, "20 ties, each in its two cells")
        let back = try runMaillage(["summary", directory.appendingPathComponent("matrice.csv").path, "--format", "json", "--quiet"], in: repositoryRoot)
        #expect(back.status == 0, "\(back.stderr)")
        let graph = try #require(try json(back.stdout)["graph"] as? [String: Any])
        #expect(graph["nodes"] as? Int == 15 && graph["edges"] as? Int == 20)

        let big = directory.appendingPathComponent("big")
        #expect(try runMaillage(["synth", "--actors", "5001", "--seed", "1", "-o", big.path, "--quiet"], in: repositoryRoot).status == 0)
        let refused = try runMaillageInEnglish(["export", big.path, "--format", "matrix", "-o", directory.appendingPathComponent("m.csv").path],
                                               in: repositoryRoot)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("an adjacency matrix of 5001 actors would hold 5001 × 5001 cells; beyond 5000 actors, export the list of ties (--format csv)"),
                "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("m.csv").path))
    }

    @Test func dotIsOneStatementPerNodeAndTie() throws {
        let (result, text, _) = try export([florentine], to: "florence.dot")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try #require(text).split(separator: "\n")
        #expect(lines.first?.hasPrefix("graph \"") == true)
        #expect(lines.last == "}")
        #expect(lines.filter { $0.contains("\" -- \"") }.count == 20)
        #expect(lines.filter { $0.hasPrefix("  \"") && !$0.contains("\" -- \"") }.count == 15)
    }

    @Test func bipartiteModeExportsActorsAndCooperations() throws {
        let (result, text, _) = try export(["Datasets/classics/davis-southern-women", "--mode", "bipartite"], to: "davis.graphml")
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(GraphDocument(text: text ?? ""))
        #expect(doc.nodes.count == 18 + 14)
        #expect(doc.edges.count == 89)
        #expect(doc.nodes.values.filter { $0.data["bipartite"] == "1" }.count == 14)
        #expect(doc.nodes.keys.filter { $0.hasPrefix("cooperation:") }.count == 14)
    }

    @Test(arguments: ["graphml", "gexf", "json", "dot", "csv"])
    func hostileNamesStayInertText(ext: String) throws {
        let (result, written, directory) = try export([hostile], to: "hostile.\(ext)")
        #expect(result.status == 0, "\(result.stderr)")
        let text = try #require(written)
        let names = ["Evil \"quote\" & co", "<script>alert(1)</script>", "a -- b; node [image=\"/etc/passwd\"] {x}",
                     "back\\slash \\N \\G \\l", "&amp; &lt;b&gt; ]]> <![CDATA[x]]>", "🌱 Coop’ solidaire",
                     "جمعية التعاون الاجتماعي", "ligne une\nligne deux", "<b onmouseover=\"alert(2)\">gras</b>"]
        switch ext {
        case "graphml", "gexf":
            let doc = try #require(GraphDocument(text: text), "hostile names broke the XML")
            #expect(doc.nodes.count == 9)
            #expect(Set(doc.nodes.values.compactMap { $0.data["label"] }) == Set(names))
            #expect(doc.nodes["s<script>"] != nil)
            #expect(!text.contains("<script>"))
        case "json":
            let nodes = try #require(try json(text)["nodes"] as? [[String: Any]])
            #expect(Set(nodes.compactMap { $0["label"] as? String }) == Set(names))
        case "dot":
            // Each name is one quoted string: the document keeps one statement per line.
            let lines = text.split(separator: "\n")
            #expect(lines.count == 2 + 1 + 9 + 20)
            let quotedName = #""a -- b; node [image=\"/etc/passwd\"] {x}""#
            #expect(text.contains(quotedName))
            #expect(!text.contains("\"image\"="))
            #expect(text.contains(#""back\\slash \\N \\G \\l""#))
            #expect(text.contains(#""ligne une\nligne deux""#))
        default:
            #expect(text.hasPrefix("source,target,weight,"))
            #expect(text.contains(#""Réseau ""quoted"" -- {}""#))
            let nodes = try String(contentsOf: directory.appendingPathComponent("hostile.nodes.csv"), encoding: .utf8)
            #expect(nodes.contains(#"q1,"Evil ""quote"" & co","Evil ""quote"" & co",structure,"#))
            #expect(nodes.contains("\"ligne une\nligne deux\""))
        }
    }

    @Test func formatComesFromTheExtensionOrFails() throws {
        let bad = try export([florentine], to: "map.svg")
        #expect(bad.result.status != 0)
        #expect(bad.result.stderr.contains("impossible de déduire le format"))
        #expect(bad.text == nil)
        let forced = try export([florentine, "--format", "gexf"], to: "network.xml")
        #expect(forced.result.status == 0)
        #expect(forced.text?.contains("<gexf ") == true)
        let stdout = try runMaillageInEnglish(["export", florentine, "--format", "json"], in: repositoryRoot)
        #expect(stdout.status == 0)
        #expect(try json(stdout.stdout)["nodes"] is [Any])
    }

    @Test func unwritableOutputFailsCleanly() throws {
        let result = try runMaillageInEnglish(["export", florentine, "-o", "/nonexistent-folder/x.graphml"], in: repositoryRoot)
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist"))
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test func sameSeedSameFile() throws {
        let first = try export([florentine, "--seed", "7"], to: "a.graphml")
        let second = try export([florentine, "--seed", "7"], to: "a.graphml")
        #expect(first.result.status == 0)
        let text = try #require(first.text)
        #expect(text == second.text)
    }
}

/// A GraphML or GEXF document as an XML parser reads it: keys, nodes and edges with their
/// values by attribute name (GraphML `<data>`, GEXF `<attvalue>`; the label under `label`),
/// GEXF colours and sizes. Nil when the document is not well-formed XML.
final class GraphDocument: NSObject, XMLParserDelegate {
    struct Key { var domain: String; var name: String; var type: String }
    struct Element { var data: [String: String] = [:]; var color: String?; var size: Double? }

    private(set) var root: (name: String, attributes: [String: String])?
    private(set) var keys: [String: Key] = [:]
    private(set) var nodes: [String: Element] = [:]
    private(set) var edges: [Element] = []
    private var current: Element?
    private var currentID: String?
    private var dataKey: String?
    private var text = ""
    private var gexfClass = "node"

    init?(text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        if root == nil { root = (name, a) }
        switch name {
        case "key": if let id = a["id"] { keys["k" + id] = Key(domain: a["for"] ?? "", name: a["attr.name"] ?? "", type: a["attr.type"] ?? "") }
        case "attributes": gexfClass = a["class"] ?? ""
        case "attribute": if let id = a["id"] { keys[gexfClass + id] = Key(domain: gexfClass, name: a["title"] ?? "", type: a["type"] ?? "") }
        case "node":
            current = Element()
            currentID = a["id"]
            if let label = a["label"] { current?.data["label"] = label }
        case "edge":
            current = Element()
            current?.data["source"] = a["source"]
            current?.data["target"] = a["target"]
            if let weight = a["weight"] { current?.data["weight"] = weight }
        case "data": dataKey = a["key"]; text = ""
        case "attvalue":
            let domain = currentID == nil ? "edge" : "node"
            if let key = a["for"].flatMap({ keys[domain + $0] }), let value = a["value"] { current?.data[key.name] = value }
        case "viz:color": current?.color = [a["r"], a["g"], a["b"]].compactMap { $0 }.joined(separator: ",")
        case "viz:size": current?.size = a["value"].flatMap(Double.init)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if dataKey != nil { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "data":
            if let dataKey, let key = keys["k" + dataKey] { current?.data[key.name] = text }
            dataKey = nil
        case "node":
            if let currentID, let current { nodes[currentID] = current }
            current = nil; currentID = nil
        case "edge":
            if let current { edges.append(current) }
            current = nil
        default: break
        }
    }
}
