import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// NodeXL workbooks (``NodeXLTables``): edges as two-member cooperations, vertices as
/// actors, NodeXL's own columns said once.
@Suite struct NodeXLTests {
    @Test func aNodeXLWorkbookGivesActorsAndTies() throws {
        func sheet(_ name: String, _ rows: [[String]]) -> TestWorkbook.Sheet {
            TestWorkbook.Sheet(name: name, data: "<sheetData>" + rows.enumerated().map { TestWorkbook.row($0.offset + 1, $0.element) }.joined() + "</sheetData>")
        }
        let folder = try ScratchFolder("nodexl")
        defer { folder.remove() }
        try folder.write(["réseau NodeXL.xlsx": try TestWorkbook.xlsx([
            sheet("Edges", [
                ["Vertex 1", "Vertex 2", "Color", "Width", "Style", "Opacity", "Visibility", "Label", "ID", "Type de partenariat"],
                ["Mairie de Die", "Biocoop", "", "", "", "", "", "Convention alimentaire", "1", "Convention"],
                ["Biocoop", "DLA Drôme", "", "2", "", "", "", "", "2", "Mutualisation"],
            ]),
            sheet("Vertices", [
                ["Vertex", "Color", "Shape", "Size", "Label", "ID", "Type", "Commune"],
                ["Mairie de Die", "", "", "", "Die", "1", "Collectivité", "Die"],
                ["Biocoop", "", "", "", "", "2", "SCIC", "Die"],
                ["DLA Drôme", "", "", "", "", "3", "Structure d'appui", "Valence"],
            ]),
            sheet("Groups", [["Group", "Vertex Color"]]),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("réseau NodeXL.xlsx"))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.id) == ["Mairie de Die", "Biocoop", "DLA Drôme"], "named by Vertex, not by NodeXL's ID or display label")
        #expect(dataset.actors.map(\.kind) == [.collectivite, .structure, .appui])
        #expect(dataset.actors[2].territories == ["Valence"])
        #expect(dataset.cooperations.map(\.name) == ["Convention alimentaire", "Biocoop – DLA Drôme"])
        #expect(dataset.cooperations.map(\.form) == [.unknown, .mutualisation])
        #expect(result.printed.contains(
            "réseau NodeXL.xlsx[Edges]: warning: NodeXL workbook: sheets \"Edges\" (each edge a cooperation of two) and \"Vertices\" (the actors) read; NodeXL's columns (\"Color\", \"Width\", \"Style\", \"Opacity\", \"Visibility\", \"ID\"… 9 in all) and its other sheets are not"),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("Groups") }, "\(result.printed)")
    }
}
