import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender
import Testing
@testable import MaillageReport
import MaillageSupport

/// The report made from one analysis session: everything computed once, every measure
/// of the registry documented, the colours of the one palette.
@Suite struct ReportSessionTests {
    @Test func reportComputesTheProjectionAndBetweennessOnce() throws {
        let session = AnalysisSession(dataset: ReportPageTests.dataset, settings: AnalysisSettings(level: .pays))
        let report = Report(session: session, language: .fr, topHubs: 3)
        _ = report.html()
        #expect(report.mapProblem == nil)
        #expect(session.log[.twoModeNetwork] == 1)
        #expect(session.log[.projection] == 1)
        #expect(session.log[.betweenness] == 1)
        #expect(session.log[.communities] == 1)
        #expect(session.log[.territoryAssignment] == 1)
        #expect(session.log[.hubs] == 1)
        #expect(session.log[.brokerage] == 1)
    }

    @Test func theHubsAndTheTerritoriesBrokersShareOneBrokerage() throws {
        let session = AnalysisSession(dataset: ReportPageTests.dataset, settings: AnalysisSettings(level: .pays))
        _ = session.hubs(top: 3)
        #expect(session.log[.brokerage] == 1)
        let brokerage = session.brokerage(between: .territory)
        #expect(session.log[.brokerage] == 1)
        let fresh = Brokerage(session.graph, groups: session.assignment.groupOfActor, groupCount: session.assignment.groupCount)
        #expect(brokerage.counts == fresh.counts)
        _ = session.brokerage(between: .kind)
        #expect(session.log[.brokerage] == 2)
    }

    @Test func everyMeasureOfTheRegistryIsInTheReport() throws {
        for language in Language.allCases {
            let html = Report(session: AnalysisSession(dataset: ReportPageTests.dataset), language: language).html()
            for measure in ActorMeasure.all {
                #expect(html.contains(HTMLEscaping.text(measure.name(in: language))), "\(measure.key) in \(language)")
                #expect(html.contains("`\(measure.key)`"), "\(measure.key) in \(language)")
            }
        }
    }

    @Test func mapAndReportGiveEachKindThePaletteColour() throws {
        let session = AnalysisSession(dataset: ReportPageTests.dataset)
        let map = MapBuilder(session: session).map()
        let dot = DOTEncoder.encode(map.document)
        let html = Report(session: session).html()
        for actor in ReportPageTests.dataset.actors where session.graph.degree(session.dataset.actorIndex[actor.id] ?? 0) > 0 {
            let colour = Palette.color(of: actor.kind).hex
            #expect(dot.contains("fillcolor=\"\(colour)\""), "\(actor.kind) on the map")
            #expect(html.contains(colour), "\(actor.kind) in the report")
        }
    }

    /// The loader's warnings travel with the dataset's origin to the report's source
    /// section, escaped, the first forty listed and the rest counted.
    @Test func theLoadersWarningsAreInTheSourceSection() throws {
        let warnings = (1...45).map { i in
            LocalizedText(fr: "reponses.csv:\(i):1: avertissement: « <b>Ressourcerie</b> \(i) » lue", en: "reponses.csv:\(i):1: warning: \"<b>Ressourcerie</b> \(i)\" read")
        }
        let origin = DatasetOrigin(path: "/tmp/reponses.csv", fingerprint: "abc", readingWarnings: warnings)
        let session = AnalysisSession(dataset: ReportPageTests.dataset, origin: origin)
        let french = Report(session: session, language: .fr).html()
        #expect(french.contains("Avertissements à la lecture des données (45)"))
        #expect(french.contains("reponses.csv:40:1: avertissement: « &lt;b&gt;Ressourcerie&lt;/b&gt; 40 » lue"))
        #expect(!french.contains("reponses.csv:41:1") && !french.contains("<b>Ressourcerie"))
        #expect(french.contains("… et 5 autres : `maillage validate` les liste tous."))
        let english = Report(session: session, language: .en).html()
        #expect(english.contains("Warnings while reading the data (45)") && english.contains("reponses.csv:1:1: warning:"))
        // No origin, or an origin without warnings: no such list.
        #expect(!Report(session: AnalysisSession(dataset: ReportPageTests.dataset)).html().contains("Avertissements à la lecture"))
    }
}
