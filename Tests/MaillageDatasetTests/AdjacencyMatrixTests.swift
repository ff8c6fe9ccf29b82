import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Adjacency matrices (``AdjacencyMatrix``): a « matrice des partenariats » or Gephi's
/// matrix CSV, one row and one column per actor, read as two-member cooperations with
/// every message at its cell.
@Suite struct AdjacencyMatrixTests {
    static func load(_ files: [String: [UInt8]]) throws -> DatasetLoadResult {
        try SpreadsheetConventionsTests.load(files)
    }

    /// The actors' names of the pairs, « A – B », in the dataset's order.
    static func pairs(_ dataset: Dataset) -> [String] { dataset.cooperations.map(\.name) }

    /// Gephi's matrix CSV: an empty corner, commas, 0 and 1, a symmetric matrix with
    /// its diagonal filled. Each pair is one cooperation, whatever side marks it.
    @Test func gephisSymmetricMatrixGivesOneTiePerPair() throws {
        let result = try Self.load(["matrice.csv": Array("""
            ,Recyclerie,Centre social,Mairie,DLA 62
            Recyclerie,1,1,0,1
            Centre social,1,1,1,0
            Mairie,0,1,1,0
            DLA 62,1,0,0,1

            """.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(Self.pairs(dataset) == ["Recyclerie – Centre social", "Recyclerie – DLA 62", "Centre social – Mairie"])
        #expect(dataset.cooperations.map(\.id) == ["Recyclerie+Centre social", "Recyclerie+DLA 62", "Centre social+Mairie"])
        #expect(dataset.memberships.count == 6 && dataset.actors.count == 4)
        #expect(result.printed == [
            "matrice.csv:1:1: warning: read as an adjacency matrix: a row and a column per actor (4 columns, from \"Recyclerie\" to \"DLA 62\"), a marked cell (x, 1, yes, or the tie's type) per pair that cooperates, each pair a cooperation of the two",
        ], "a symmetric matrix needs no other word: \(result.printed)")
    }

    /// A matrix as Excel saves it in French, with everything a chargé de mission adds: a
    /// title, a « Commune » column, a « Total » row and column, types, a year, a count,
    /// a negative value, a survey filled by each structure (so not symmetric), a
    /// structure nobody names and one named only as a column.
    @Test func anExcelFrenchMatrixWithItsTitleTotalsAndWords() throws {
        let result = try Self.load(["Matrice partenariats.csv": SpreadsheetConventionsTests.cp1252(
            "Partenariats du Ternois 2024\r\n\r\n"
                + "Structure;Commune;Recyclerie;Centre social;Mairie de Saint-Pol;DLA 62;Garage;Épicerie;Total\r\n"
                + "Recyclerie;Saint-Pol-sur-Ternoise;;x;convention;1;;;3\r\n"
                + "Centre social;Frévent;x;;2;oui;Mutualisation;;4\r\n"
                + "Mairie de Saint-Pol;Saint-Pol-sur-Ternoise;projet commun;;;2019;;;2\r\n"
                + "DLA 62;Arras;;;;;1;-1;1\r\n"
                + "Garage;Hesdin;;mutualisation;;;;;1\r\n"
                + "Jardin des Ternes;Hesdin;;;;;;;0\r\n"
                + "Total;;2;2;2;2;2;0;\r\n"),
        ])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(Self.pairs(dataset) == [
            "Recyclerie – Centre social", "Recyclerie – Mairie de Saint-Pol", "Recyclerie – DLA 62", "Centre social – Mairie de Saint-Pol",
            "Centre social – DLA 62", "Centre social – Garage", "Mairie de Saint-Pol – DLA 62", "DLA 62 – Garage",
        ])
        let byName = Dictionary(uniqueKeysWithValues: dataset.cooperations.map { ($0.name, $0) })
        #expect(byName["Recyclerie – Mairie de Saint-Pol"]?.summary == "convention", "a text that is no form is the summary; the first side is kept")
        #expect(byName["Centre social – Garage"]?.form == .mutualisation)
        #expect(byName["Mairie de Saint-Pol – DLA 62"]?.started == PartialDate(year: 2019), "a year starts the cooperation")
        // Every structure of the matrix is an actor: the one with no tie, the column-only one.
        #expect(dataset.actors.map(\.name).sorted() == [
            "Centre social", "DLA 62", "Garage", "Jardin des Ternes", "Mairie de Saint-Pol", "Recyclerie", "Épicerie",
        ].sorted())
        #expect(dataset.actor("Jardin des Ternes")?.territories == ["Hesdin"], "the row's own columns describe its actor")
        let french = result.diagnostics.map { $0.description(in: .fr) }
        for expected in [
            "Matrice partenariats.csv:3:1: avertissement: lu comme une matrice d'adjacence : une ligne et une colonne par acteur (6 colonnes, de « Recyclerie » à « Épicerie »), une case marquée (x, 1, oui, ou le type du lien) par paire qui coopère, chaque paire une coopération à deux",
            "Matrice partenariats.csv:1:1: avertissement: une ligne au-dessus de l'en-tête (ligne 3) n'est pas lue : un titre ou une note",
            "Matrice partenariats.csv:3:87: avertissement: colonne « Total » non lue : un total, pas un acteur",
            "Matrice partenariats.csv:10:1: avertissement: ligne de total non lue : ce n'est pas une ligne de données",
            "Matrice partenariats.csv:5:26: avertissement: « 2 » lu comme un lien : le nombre n'est pas un poids, car le poids d'un lien est le nombre de coopérations que la paire partage ; pour en compter plusieurs, donnez une liste de liens, une ligne par coopération",
            "Matrice partenariats.csv:6:44: avertissement: la case symétrique dit autre chose : « projet commun » ici, « convention » en ligne 4, qui est gardé",
            "Matrice partenariats.csv:6:60: avertissement: 1 case donne une année : lue comme le début de la coopération",
            "Matrice partenariats.csv:7:20: avertissement: valeur négative « -1 » non lue : pas de lien ici (un lien de conflit n'est pas une coopération)",
            "Matrice partenariats.csv:4:49: avertissement: 5 paires sur 8 ne sont marquées que d'un côté de la diagonale (ici « Recyclerie » nomme « DLA 62 », qui ne le nomme pas) : chacune est lue comme un lien",
        ] {
            #expect(french.contains(expected), "\(expected)\n\(french)")
        }
    }

    /// An anonymised matrix whose actors are « Structure 1 », « Structure 2 »…: the names
    /// of a list of ties' two ends, but the rows name the columns, so a matrix.
    @Test func anAnonymisedMatrixIsNotAListOfTies() throws {
        let result = try Self.load(["enquete.csv": Array("""
            ;Structure 1;Structure 2;Structure 3
            Structure 1;0;1;1
            Structure 2;1;0;0
            Structure 3;1;0;0

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.pairs(dataset) == ["Structure 1 – Structure 2", "Structure 1 – Structure 3"])
        #expect(!result.printed.contains { $0.contains("list of ties") }, "\(result.printed)")
    }

    /// A row that marks partners without naming its actor is an error at its cell; the
    /// load gives no dataset.
    @Test func aRowWithoutItsActorsNameIsAnError() throws {
        let result = try Self.load(["matrice.csv": Array(";A;B;C\nA;;1;\nB;1;;1\n;1;;\nC;;1;\n".utf8)])
        #expect(result.dataset == nil)
        #expect(result.printed.contains("matrice.csv:4:1: error: empty actor name: every row of an adjacency matrix names the actor whose partners it marks"),
                "\(result.printed)")
    }

    /// A survey's matrix: each respondent fills its row, every structure is a column.
    /// The rows are fewer than the columns, and every row is a column.
    @Test func respondentsAsRowsEveryStructureAsColumns() throws {
        let result = try Self.load(["reponses.csv": Array("""
            Structure;Recyclerie;Centre social;Mairie;DLA 62;Garage;Épicerie
            Recyclerie;;x;x;;;
            Centre social;x;;;x;x;
            Mairie;;;;;;x

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.pairs(dataset) == [
            "Recyclerie – Centre social", "Recyclerie – Mairie", "Centre social – DLA 62", "Centre social – Garage", "Mairie – Épicerie",
        ])
        #expect(dataset.actors.count == 6)
        #expect(result.printed.contains(
            "reponses.csv:2:15: warning: 1 pair of 2 is marked on one side of the diagonal only (here \"Recyclerie\" names \"Mairie\", which does not name it): each is read as a tie"),
            "only pairs of two respondents are checked: \(result.printed)")
    }

    /// A cross table of networks stays a cross table, even when one network is also a
    /// row (a tête de réseau that takes part in another).
    @Test func aCrossTableOfNetworksIsNotAMatrix() throws {
        let result = try Self.load(["adhesions.csv": Array("""
            Structure;CRESS;COORACE;URSCOP
            Recyclerie;x;x;
            Garage;x;;x
            Jardin;;x;
            CRESS;;x;

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id).sorted() == ["COORACE", "CRESS", "URSCOP"])
        #expect(result.printed.contains { $0.contains("read as a cross table") }, "\(result.printed)")
    }

    /// A workbook: a matrix sheet with an empty corner under a title, beside the actors
    /// sheet, whose kinds describe the matrix's actors; messages name the sheet's cells.
    @Test func aMatrixSheetBesideTheActorsSheet() throws {
        let matrix = "<sheetData>" + TestWorkbook.row(1, ["Matrice des coopérations"])
            + TestWorkbook.row(3, ["", "Recyclerie", "Centre social", "Mairie"])
            + TestWorkbook.row(4, ["Recyclerie", "", "x", "x"])
            + TestWorkbook.row(5, ["Centre social", "x", "", ""])
            + TestWorkbook.row(6, ["Mairie", "x", "", ""]) + "</sheetData>"
        let actors = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Type"])
            + TestWorkbook.row(2, ["Recyclerie", "Association"]) + TestWorkbook.row(3, ["Centre social", "Association"])
            + TestWorkbook.row(4, ["Mairie", "Collectivité"]) + "</sheetData>"
        let folder = try ScratchFolder("adjacency-workbook")
        defer { folder.remove() }
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Acteurs", data: actors), TestWorkbook.Sheet(name: "Feuil2", data: matrix),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.pairs(dataset) == ["Recyclerie – Centre social", "Recyclerie – Mairie"])
        #expect(dataset.actor("Mairie")?.kind == .collectivite)
        #expect(result.printed.contains {
            $0.hasPrefix("reseau.xlsx[Feuil2]!A3: warning: read as an adjacency matrix: a row and a column per actor (3 columns, from \"Recyclerie\" to \"Mairie\")")
        }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("reseau.xlsx[Feuil2]: warning: sheet read as the memberships table") }, "\(result.printed)")
    }

    /// A one-sheet workbook: a cross table under a title alone on its row is read from
    /// its header (the title no longer sets the sheet's width).
    @Test func aCrossTableUnderATitleInAOneSheetWorkbook() throws {
        let sheet = "<sheetData>" + TestWorkbook.row(1, ["Réseaux d'appartenance 2024"])
            + TestWorkbook.row(3, ["Structure", "PTCE Boulonnais", "Recycleries", "TZCLD"])
            + TestWorkbook.row(4, ["Recyclerie", "x", "porteur", ""])
            + TestWorkbook.row(5, ["Mairie de Die", "oui", "", "financeur"]) + "</sheetData>"
        let folder = try ScratchFolder("cross-table-title")
        defer { folder.remove() }
        try folder.write(["adhesions.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: sheet)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("adhesions.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.count == 4 && dataset.cooperations.count == 3)
        #expect(result.printed.contains("adhesions.xlsx[Feuil1]!A1: warning: 1 row above the header (row 3) is not read: a title or a note"), "\(result.printed)")
    }

    /// A CSV file whose title line holds no separator: the separator is the header's.
    @Test func theSeparatorIsFoundBelowATitleLine() {
        #expect(CSVDelimiter.detect(in: Array("Réseaux 2024\r\n\r\nStructure;PTCE;Recycleries\r\nA;x;\r\n".utf8)) == .semicolon)
        #expect(CSVDelimiter.detect(in: Array("Titre\n\"a;b\",c,d\n".utf8)) == .comma)
        #expect(CSVDelimiter.detect(in: Array("one column\nvalue\n".utf8)) == .comma)
    }
}
