import Foundation
import Testing

/// `maillage render --layout geo` end to end (issue 17): the booklet at its places in
/// every format, hostile boundaries files refused with a message and no file written.
@Suite struct GeoRenderCommandTests {
    let outlines = "Datasets/pas-de-calais-2015/geography/pas-de-calais.geojson"

    private func render(_ arguments: [String], ext: String = "svg") throws -> (result: ProcessResult, data: Data?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-geo-\(UUID().uuidString).\(ext)")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try runMaillage(["render"] + arguments + ["-o", url.path], in: repositoryRoot)
        return (result, FileManager.default.contents(atPath: url.path))
    }

    @Test func theBookletIsDrawnAtItsPlacesInEveryFormat() throws {
        let (result, data) = try render(["--layout", "geo", "--boundaries", outlines])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try #require(data.flatMap { SVGInspection(data: $0) }, "no well-formed SVG")
        #expect(svg.groupIDs(prefix: "actor-").count == 47)
        #expect(svg.texts.contains { $0.contains("Lambert-93") })
        #expect(result.stderr.contains("26 sans lieu"))
        for format in ["png", "pdf"] {
            let (other, bytes) = try render(["--layout", "geo", "--boundaries", outlines], ext: format)
            #expect(other.status == 0, "\(other.stderr)")
            #expect((bytes?.count ?? 0) > 20_000, "\(format): \(bytes?.count ?? 0) bytes")
        }
        let (territories, map) = try render(["--layout", "geo", "--view", "territories", "--boundaries", outlines])
        #expect(territories.status == 0, "\(territories.stderr)")
        let drawn = try #require(map.flatMap { SVGInspection(data: $0) })
        #expect(drawn.groupIDs(prefix: "territory-").count >= 5)
    }

    @Test func focusAndBackboneApplyToTheGeographicMapWithoutGraphvizWarnings() throws {
        let (whole, wholeData) = try render(["--layout", "geo", "--boundaries", outlines])
        #expect(whole.status == 0 && !whole.stderr.contains("warning"), "\(whole.stderr)")
        let all = try #require(wholeData.flatMap { SVGInspection(data: $0) }).groupIDs(prefix: "actor-")
        for (options, network) in [(["--cluster", "1"], ["--cluster", "1"]), (["--territory", "ca-lens-lievin"], ["--territory", "ca-lens-lievin"]),
                                   (["--ego", "cd2e"], ["--ego", "cd2e"]), (["--backbone", "0.3"], ["--backbone", "0.3"])] {
            let (result, data) = try render(["--layout", "geo", "--boundaries", outlines] + options)
            #expect(result.status == 0, "\(options): \(result.stderr)")
            #expect(!result.stderr.contains("warning"), "\(options): \(result.stderr)")
            let drawn = try #require(data.flatMap { SVGInspection(data: $0) }).groupIDs(prefix: "actor-")
            let (_, networkData) = try render(network)
            let expected = try #require(networkData.flatMap { SVGInspection(data: $0) }).groupIDs(prefix: "actor-")
            #expect(!drawn.isEmpty && Set(drawn).isSubset(of: Set(expected)), "\(options): drawn outside the network map's selection")
            #expect(Set(drawn) == Set(expected).intersection(Set(all)), "\(options): not the network map's placed actors")
        }
        let (refused, _) = try render(["--layout", "geo", "--view", "territories", "--cluster", "1"])
        #expect(refused.status != 0 && refused.stderr.contains("--cluster dessine la vue des acteurs"), "\(refused.stderr)")
    }

    @Test func hostileBoundariesAreRefusedAndNothingIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-hostile-geo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, String, String)] = [
            ("huge.geojson", #"{"type":"Polygon","coordinates":[[[2,50],[9e99,50],[3,51],[2,50]]]}"#, "est hors limites"),
            ("deep.geojson", #"{"type":"Polygon","coordinates":"# + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}", "s'imbriquent"),
            ("text.geojson", "<svg onload=alert(1)>", "pas du JSON valide"),
        ]
        for (name, text, expected) in cases {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let (result, data) = try render(["--layout", "geo", "--boundaries", file.path])
            #expect(result.status != 0, "\(name) accepted")
            #expect(result.stderr.contains(name) && result.stderr.contains(expected), "\(name): \(result.stderr)")
            #expect(data == nil, "\(name): a map was written")
        }
        // Markup in names is inert: the outline is drawn, its names never are.
        let marked = folder.appendingPathComponent("marked.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"62041","properties":{"nom":"<script>alert(1)</script>","code":"<b>x</b>"},"geometry":{"type":"Polygon","coordinates":[[[2.7,50.2],[2.9,50.2],[2.9,50.4],[2.7,50.2]]]}}]}"#.utf8).write(to: marked)
        let (result, data) = try render(["--layout", "geo", "--boundaries", marked.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try #require(data), as: UTF8.self)
        #expect(!text.contains("<script") && !text.contains("<b>"))
        #expect(text.contains("(1 territoire reconnu"))
    }

    @Test func theGeographicMapNeedsPlaces() throws {
        let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/two-mode-comma").path
        let (result, data) = try render([fixture, "--layout", "geo"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("aucun acteur n'a de lieu") || result.stderr.contains("no actor has a place"), "\(result.stderr)")
        #expect(data == nil)
        let (bipartite, _) = try render(["--layout", "geo", "--view", "bipartite"])
        #expect(bipartite.status != 0 && bipartite.stderr.contains("--layout geo dessine la vue des acteurs ou celle des territoires"))
        let (alone, _) = try render(["--boundaries", outlines])
        #expect(alone.status != 0 && alone.stderr.contains("--boundaries va avec --layout geo"))
    }
}
