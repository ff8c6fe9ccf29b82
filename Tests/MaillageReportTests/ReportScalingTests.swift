import MaillageAnalysis
import MaillageModel
import MaillageRender
import MaillageSupport
import Testing
@testable import MaillageReport

/// Issue 19, item 5: `report` stays linear in the size of its map — counted, not timed.
///
/// The report of a network and of one twice its size are built; the steps of the
/// linear passes that inline the map (``InlineSVG``: bytes examined, counted through
/// `OperationCount`) and the page's length must grow by at most 2.2×, and the passes
/// must examine each byte of the SVG a bounded number of times. Measured: 379,821 →
/// 770,789 steps (×2.03), page ×1.65. The old comment stripping (a search from the
/// start and a removal per comment, put back with its work counted) gave 66,478,763 →
/// 269,418,397 steps (×4.05, and 357 steps per byte) and failed this test.
@Suite struct ReportScalingTests {
    /// `n` actors (even), each in two cooperations of three along a chain, named with
    /// French words and a number; six kinds and two territories.
    static func chain(_ n: Int) -> Dataset {
        let kinds: [ActorKind] = [.structure, .collectivite, .appui, .entreprise, .teteDeReseau, .financeur]
        let actors = (0..<n).map { Actor(id: "a\($0)", name: "Association solidaire n° \($0)", kind: kinds[$0 % kinds.count],
                                         territories: [$0 < n / 2 ? "t1" : "t2"]) }
        let cooperations = (0..<n / 2).map { Cooperation(id: "c\($0)", name: "Coopération \($0)", form: .collectif) }
        var memberships: [Membership] = []
        for k in 0..<n / 2 {
            let members: [Int] = [2 * k, 2 * k + 1, (2 * k + 2) % n]
            for a in members { memberships.append(Membership(cooperation: "c\(k)", actor: "a\(a)")) }
        }
        let territories = [Territory(id: "t1", name: "Nord", level: .epci), Territory(id: "t2", name: "Sud", level: .epci)]
        return Dataset(name: "chaîne \(n)", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }

    struct Work { var inlineSteps: Int; var svgBytes: Int; var pageBytes: Int }

    /// The report of `chain(n)`, its map laid out by `dot` (seconds; `neato`, which the
    /// report picks, takes minutes of Graphviz time on a long ring and is not what is
    /// measured here), with the inlining steps counted.
    static func work(actors n: Int) throws -> Work {
        let session = AnalysisSession(dataset: chain(n))
        let built = MapBuilder(session: session, request: MapRequest(language: .fr)).map()
        let analysis = ReportAnalysis(session: session)
        let provenance = ReportProvenance(maillageVersion: "test", datasetFolder: "chaine", fingerprint: "")
        let count = OperationCount()
        let (report, html) = try OperationCount.$current.withValue(count) {
            let map = try ReportMap(document: built.document, layout: .dot)
            let report = Report(analysis: analysis, map: map, provenance: provenance, language: .fr)
            return (report, report.html())
        }
        let svg = try #require(report.map?.svg, "the map of \(n) actors should be drawn by Graphviz")
        return Work(inlineSteps: count.total, svgBytes: svg.markup.utf8.count, pageBytes: html.utf8.count)
    }

    @Test func theReportOfTwiceTheActorsTakesAtMostTwiceTheWork() throws {
        // 140 and 280 actors: both under ReportMap.Scale.labelledActors, so both inline an SVG map.
        #expect(280 <= ReportMap.Scale.labelledActors)
        let small = try Self.work(actors: 140), large = try Self.work(actors: 280)
        #expect(small.inlineSteps > 0)
        let steps = Double(large.inlineSteps) / Double(small.inlineSteps)
        let page = Double(large.pageBytes) / Double(small.pageBytes)
        #expect(steps <= 2.2, "inlining the map: \(small.inlineSteps) → \(large.inlineSteps) steps (×\(steps))")
        #expect(page <= 2.2, "page: \(small.pageBytes) → \(large.pageBytes) bytes (×\(page))")
        // Each pass reads Graphviz's SVG (comments included, at most ~1.6× the inlined markup) a bounded number of times.
        for w in [small, large] {
            #expect(w.inlineSteps <= 4 * w.svgBytes, "\(w.inlineSteps) steps for \(w.svgBytes) bytes of SVG")
        }
    }

    @Test func theCanvasMapOpensOnTheClustersWhereRenderWouldDrawThem() {
        // The report's labelled size is render's: above it render draws the clusters view.
        #expect(ReportMap.Scale.labelledActors == MapRequest.View.labelledActors)
        #expect(ReportMap.Scale.labelledTies == MapRequest.View.labelledTies)
        func opening(_ actors: Int, _ ties: Int, clusters: Int) -> ReportMap.OpeningView {
            .of(scale: .of(actors: actors, ties: ties), clusters: clusters)
        }
        #expect(opening(300, 3_000, clusters: 8) == .actors)
        #expect(opening(301, 900, clusters: 8) == .clusters)
        #expect(opening(250, 3_001, clusters: 8) == .clusters)
        #expect(opening(2_000, 50_000, clusters: 14) == .clusters)
        // One cluster: its single disc says nothing, every actor is shown.
        #expect(opening(2_000, 50_000, clusters: 1) == .actors)
        // Over the overview size the actors view lacks most ties: always the clusters.
        #expect(opening(70_000, 2_000_000, clusters: 1) == .clusters)
    }
}
