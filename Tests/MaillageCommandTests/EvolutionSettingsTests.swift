import Foundation
import MaillageAnalysis
import Testing
@testable import maillage

/// The « Évolution » of a report or workbook analyses both dates as the rest of the
/// output: with its projection and its `--max-cooperation-size` (before, both dates
/// were projected with the defaults, every cooperation included).
@Suite struct EvolutionSettingsTests {
    @Test func bothDatesKeepTheSessionsProjectionAndCap() throws {
        let folder = try SpreadsheetCommandTests.scratch("evolution-settings")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A network of 6 members since 2019, and pairs that start in 2019 and 2023.
        var rows = ["coopération;structure;depuis"]
        rows += (0..<6).map { "Réseau;S\($0);2019" }
        rows += ["P1;S0;2019", "P1;S1;2019", "P2;S2;2023", "P2;S3;2023", "P3;S4;2023", "P3;S6;2023"]
        try (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let source = try DatasetOptions.parse([folder.appendingPathComponent("liste.csv").path, "--quiet"])
        let graph = try GraphOptions.parse(["--max-cooperation-size", "5", "--projection", "newman"])
        let session = try source.session(graph: graph)
        let dates = try EvolutionDateOptions.parse(["--from", "2020", "--to", "2024"])
        let evolution = try #require(try dates.evolution(of: session, source: source, communities: session.settings.communities, top: 5))
        for side in [evolution.old, evolution.new] {
            #expect(side.settings.projectionLimits.maxCooperationSize == 5)
            #expect(side.settings.projection == .newman)
        }
        // Without the network of 6: one tie in 2020 (P1), three in 2024.
        #expect(evolution.old.projected.graph.edgeCount == 1)
        #expect(evolution.new.projected.graph.edgeCount == 3)
    }
}
