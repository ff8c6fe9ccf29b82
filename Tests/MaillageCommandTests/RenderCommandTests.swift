import Foundation
import Testing

/// `maillage render` end to end: every view and format of the bundled dataset, and
/// a hostile dataset whose names must stay inert text.
@Suite struct RenderCommandTests {
    let hostile = repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-names").path

    private func temporaryFile(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("maillage-map-\(UUID().uuidString).\(ext)")
    }

    private func render(_ arguments: [String], ext: String = "svg") throws -> (result: ProcessResult, data: Data?, url: URL) {
        let url = temporaryFile(ext)
        let result = try runMaillage(["render"] + arguments + ["-o", url.path], in: repositoryRoot)
        defer { try? FileManager.default.removeItem(at: url) }
        return (result, FileManager.default.contents(atPath: url.path), url)
    }

    /// The rendered file parsed as XML; fails the test when absent or not well-formed.
    private func inspect(_ data: Data?) throws -> SVGInspection {
        let bytes = try #require(data, "no file written")
        return try #require(SVGInspection(data: bytes), "not well-formed XML")
    }

    @Test(arguments: ["actors", "bipartite", "territories"])
    func everyViewRendersTheBundledDatasetAsValidSVG(view: String) throws {
        let (result, data, _) = try render(["--view", view])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try inspect(data)
        #expect(svg.texts.contains("Coopérations — pas-de-calais-2015"))
        switch view {
        case "actors": #expect(svg.groupIDs(prefix: "actor-").count == 73)
        case "bipartite":
            #expect(svg.groupIDs(prefix: "cooperation-").count == 20)
            #expect(svg.groupIDs(prefix: "actor-").count == 78)
        default: #expect(svg.groupIDs(prefix: "territory-").count >= 2)
        }
    }

    @Test func oneNodePerActorWithAStableIDWhenIsolatedActorsAreIncluded() throws {
        let (result, data, _) = try render(["Datasets/classics/florentine-families", "--include-isolated", "--layout", "circo"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try inspect(data)
        let ids = Set(svg.groupIDs(prefix: "actor-"))
        #expect(ids.count == 15)
        #expect(ids.contains("actor-medici"))
        #expect(svg.titles.contains { $0.hasPrefix("Medici\n") })
        #expect(svg.titles.contains { $0.contains("mariage") || $0.contains("Medici —") })
    }

    @Test(arguments: ["png", "pdf", "dot"])
    func otherFormatsFollowTheExtension(ext: String) throws {
        let (result, data, _) = try render(["--color-by", "cluster"], ext: ext)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = [UInt8](try #require(data))
        switch ext {
        case "png": #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case "pdf": #expect(Array(bytes.prefix(4)) == Array("%PDF".utf8))
        default: #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("graph maillage {"))
        }
    }

    @Test func egoMapDrawsTheNeighbourhood() throws {
        let (result, data, _) = try render(["--ego", "apes", "--depth", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try inspect(data)
        let ids = svg.groupIDs(prefix: "actor-")
        #expect(ids.contains("actor-apes"))
        #expect(ids.count > 3 && ids.count < 73)
        #expect(svg.texts.contains { $0.hasPrefix("Voisinage de APES") })
    }

    @Test func groupByTerritoryDrawsFrames() throws {
        let (result, data, _) = try render(["--group-by", "territory", "--level", "epci"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try inspect(data)
        #expect(svg.elements.contains { $0.attributes["class"] == "cluster" })
    }

    @Test func sameSeedSameMap() throws {
        let first = try render(["Datasets/classics/davis-southern-women", "--seed", "7"])
        let second = try render(["Datasets/classics/davis-southern-women", "--seed", "7"])
        #expect(first.data != nil && first.data == second.data)
    }

    @Test(arguments: ["svg", "png", "dot"])
    func hostileNamesStayInertText(ext: String) throws {
        let (result, data, _) = try render([hostile, "--view", "bipartite"], ext: ext)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try #require(data)
        guard ext == "svg" else { #expect(!bytes.isEmpty); return }
        let svg = try #require(SVGInspection(data: bytes), "hostile names broke the SVG")
        #expect(!svg.elements.contains { ["script", "image", "foreignObject", "iframe", "img"].contains($0.name) })
        #expect(!svg.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        #expect(!svg.elements.contains { ($0.attributes["xlink:href"] ?? $0.attributes["href"]) != nil })
        for name in ["<script>alert(1)</script>", #"Evil "quote" & co"#, #"a -- b; node [image="/etc/passwd"] {x}"#,
                     #"back\slash \N \G \l"#, "&amp; &lt;b&gt; ]]> <![CDATA[x]]>", "🌱 Coop’ solidaire",
                     "جمعية التعاون الاجتماعي", #"<b onmouseover="alert(2)">gras</b>"#] {
            #expect(svg.titles.contains { $0.hasPrefix(name + "\n") }, "tooltip of \(name) altered")
        }
        #expect(svg.titles.contains { $0.hasPrefix("Coop <img src=x onerror=alert(4)>\n") })
    }

    @Test func badRequestsFailClearlyAndWriteNothing() throws {
        let badExtension = try runMaillageInEnglish(["render", "-o", temporaryFile("gif").path], in: repositoryRoot)
        #expect(badExtension.status != 0)
        #expect(badExtension.stderr.contains(".svg, .png, .pdf or .dot"))
        let (unknownEgo, data, _) = try render(["--ego", "nobody"])
        #expect(unknownEgo.status != 0)
        #expect(unknownEgo.stderr.contains("acteur inconnu « nobody »"))
        #expect(data == nil)
        let missingFolder = try runMaillageInEnglish(["render", "-o", "/nonexistent-folder/map.svg"], in: repositoryRoot)
        #expect(missingFolder.status != 0)
        #expect(missingFolder.stderr.contains("does not exist"))
    }

    /// A map whose drawing would exceed the memory budget is refused before it is built,
    /// with what to draw instead, and nothing is written; a smaller view still draws.
    @Test func aMapAboveTheMemoryBudgetIsRefusedWithWhatToDrawInstead() throws {
        let (refused, data, _) = try render(["--view", "actors", "--memory-budget", "32M", "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("this map would draw 277 ties between 85 actors: about 41"), "\(refused.stderr)")
        #expect(refused.stderr.contains("above the budget of 32.0 MiB") || refused.stderr.contains("above the budget of 32 MiB"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--backbone 0.05") && refused.stderr.contains("--view clusters"), "\(refused.stderr)")
        #expect(data == nil, "no file written")
        let (drawn, svg, _) = try render(["--view", "actors", "--memory-budget", "90M"])
        #expect(drawn.status == 0 && svg != nil, "\(drawn.stderr)")
    }
}
