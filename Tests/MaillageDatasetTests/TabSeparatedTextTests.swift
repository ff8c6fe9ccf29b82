import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Text files with cells separated by tabs: what Excel saves as « Texte (séparateur :
/// tabulation) » (.txt, Windows-1252) and « Texte Unicode » (.txt, UTF-16 with a
/// byte-order mark), and `.tsv` files.
@Suite struct TabSeparatedTextTests {
    /// UTF-16 little-endian bytes of `text`, with a byte-order mark.
    static func utf16LE(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test func excelUnicodeTextIsAMembershipsFile() throws {
        let text = "Structure\tProjet\tRôle\r\nEnvie Nord\tPTCE Boulonnais\tporteur\r\nCIAS de Lens\t\"TZCLD, Lens\"\t\r\n\t\t\r\n"
        let result = try ListedCooperationsTests.load("Adhérents.txt", Self.utf16LE(text))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.cooperation) == ["PTCE Boulonnais", "TZCLD, Lens"])
        #expect(dataset.memberships.map(\.role) == [.porteur, .membre], "an empty cell between tabs is an empty cell")
    }

    @Test func aTSVFileInAFolderIsReadAndLocatedByCharacters() throws {
        let result = try SpreadsheetConventionsTests.load([
            "participations.tsv": Array("cooperation\tactor\trole\nc1\ta1\tchef\n".utf8),
        ])
        #expect(result.printed.contains { $0.hasPrefix("participations.tsv:2:7: error: unknown role \"chef\"") }, "\(result.printed)")
        #expect(CSVDelimiter.detect(in: Array("a\tb;c\td\n".utf8)) == .tab)
        #expect(CSVDelimiter.detect(in: Array("a;b;c\td\n".utf8)) == .semicolon)
        #expect(CSVDelimiter.detect(in: Array("\"a\tb\",c\n".utf8)) == .comma, "a tab inside quotes does not count")
    }

    @Test func aFileOfAnotherKindIsNamedByItsExtension() throws {
        let result = try ListedCooperationsTests.load("notes.md", Array("cooperation,actor\n".utf8))
        #expect(result.diagnostics.contains {
            $0.description(in: .fr).hasSuffix("erreur: pas un dossier, et un fichier .md n'est pas lu : un jeu de données est un dossier de fichiers CSV (memberships.csv, actors.csv, …), un classeur (.xlsx, .ods, .xls), un fichier CSV de participations (.csv, ou .tsv et .txt séparés par des tabulations) ou un fichier de graphe (Gephi .gexf, .graphml, Pajek .net)")
        }, "\(result.printed)")
    }
}
