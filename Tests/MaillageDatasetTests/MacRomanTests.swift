import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A CSV file saved by Excel for Mac as plain « CSV »: Mac Roman, CR line ends.
@Suite struct MacRomanTests {
    /// Mac Roman bytes of `text` (the French letters used here).
    static func macRoman(_ text: String) -> [UInt8] {
        let high: [Unicode.Scalar: UInt8] = ["é": 0x8E, "è": 0x8F, "ê": 0x90, "à": 0x88, "ç": 0x8D, "ô": 0x99, "É": 0x83, "\u{2019}": 0xD5]
        return text.unicodeScalars.flatMap { scalar -> [UInt8] in high[scalar].map { [$0] } ?? Array(String(scalar).utf8) }
    }

    @Test func anExcelForMacCSVKeepsItsAccents() throws {
        let text = "Structure,Coopération,Rôle\rÉpicerie solidaire,Pôle alimentaire,porteur\rLes Jardins d\u{2019}Éloise,Pôle alimentaire,\r"
        let result = try SpreadsheetConventionsTests.load(["memberships.csv": Self.macRoman(text)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map(\.id) == ["Épicerie solidaire", "Les Jardins d\u{2019}Éloise"])
        #expect(dataset.cooperations.map(\.id) == ["Pôle alimentaire"])
        #expect(result.printed.contains { $0.hasPrefix("memberships.csv:1:15: warning: read as Mac Roman") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "« Rôle » is read as the role column: \(result.printed)")
    }

    /// A Windows file whose only non-ASCII byte is a curly apostrophe stays Windows-1252.
    @Test func aWindowsFileWithoutAccentsStaysWindows1252() throws {
        #expect(!TextDecoding.looksLikeMacRoman(SpreadsheetConventionsTests.cp1252("Les Jardins d’Emile;Pole")))
        #expect(!TextDecoding.looksLikeMacRoman(SpreadsheetConventionsTests.cp1252("Structure;Coopération;Rôle\r\nMairie;Pôle;porteur")))
        #expect(TextDecoding.looksLikeMacRoman(Self.macRoman("Structure;Coopération;Rôle")))
    }

    /// A Mac Roman file detection cannot tell (its only letter, « à » 0x88, is no accent in
    /// Windows-1252 either way): `--encoding macroman` reads it so; `--encoding cp1252`
    /// would not; a UTF-8 file read with `macroman` stays UTF-8, with a warning.
    @Test func macRomanCanBeForced() throws {
        let folder = try ScratchFolder("mac-roman-forced")
        defer { folder.remove() }
        try folder.write(["memberships.csv": Self.macRoman("cooperation,actor\rPôle,Atelier à vélos\r")])
        let forced = DatasetLoader.load(folder: folder.url, options: LoadOptions(encoding: .macRoman))
        let dataset = try #require(forced.dataset, "\(forced.printed)")
        #expect(dataset.actors.map(\.id) == ["Atelier à vélos"] && dataset.cooperations.map(\.id) == ["Pôle"])
        #expect(!forced.printed.contains { $0.contains("read as") }, "\(forced.printed)")
        let windows = DatasetLoader.load(folder: folder.url, options: LoadOptions(encoding: .windows1252))
        #expect(windows.dataset?.actors.map(\.id) != ["Atelier à vélos"])
        try folder.write(["memberships.csv": Array("cooperation,actor\nPôle,Atelier\n".utf8)])
        let utf8 = DatasetLoader.load(folder: folder.url, options: LoadOptions(encoding: .macRoman))
        #expect(utf8.dataset?.cooperations.map(\.id) == ["Pôle"])
        #expect(utf8.printed.contains { $0.contains("read as UTF-8 despite --encoding macroman") }, "\(utf8.printed)")
        #expect(TextEncoding(rawValue: "macroman") == .macRoman)
    }
}
