import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A SIRET typed for every structure whose number was not known, or filled down a column,
/// must not merge them into one.
@Suite struct FillerNumbersTests {
    static func number(_ text: String) throws -> RegistrationNumber {
        guard case .number(let number) = RegistrationNumber.read(text) else { throw CocoaError(.formatting) }
        return number
    }

    @Test func fillersAreOneDigitRepeatedOrACountingRun() throws {
        for text in ["00000000000000", "11111111111111", "000 000 000", "12345678900012", "123456789", "98765432100010", "W000000000"] {
            #expect(FillerNumbers.isFiller(try Self.number(text)), "\(text)")
        }
        for text in ["77567227200009", "775672272", "44306184100005", "W623001234"] {
            #expect(!FillerNumbers.isFiller(try Self.number(text)), "\(text)")
        }
    }

    @Test func aNumberGivenToManyNamesKeepsEachStructure() throws {
        var csv = "Structure;SIRET;Réseau\n"
        // The same (valid) SIRET typed for six structures: not theirs.
        for name in ["Envie Lens", "Recyclerie du Ternois", "Jardins de Cocagne", "Épicerie solidaire", "Tiers-lieu La Fabrique", "Le Relais"] {
            csv += "\(name);775 672 272 00009;COORACE\n"
        }
        // A filler given once, and two spellings of one structure with its true number.
        csv += "Régie de quartier;00000000000000;COORACE\n"
        csv += "Emmaüs Liévin;443 061 841 00005;CRESS\nAssociation Emmaüs de Liévin;44306184100005;COORACE\n"
        let result = try SpreadsheetConventionsTests.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 8, "\(dataset.actors.map(\.id))")
        #expect(dataset.actors.allSatisfy { $0.siret != "77567227200009" && $0.siret != "00000000000000" })
        let emmaus = try #require(dataset.actor("Emmaüs Liévin"))
        #expect(emmaus.siret == "44306184100005")
        #expect(Set(dataset.memberships.filter { $0.actor == "Emmaüs Liévin" }.map(\.cooperation)) == ["CRESS", "COORACE"])
        #expect(result.printed.filter { $0.contains("names no one structure") } == [
            "adherents.csv:2:12: warning: SIRET 775 672 272 00009, given to 6 structures of different names (\"Envie Lens\", \"Recyclerie du Ternois\", \"Jardins de Cocagne\"…), names no one structure (a filler, or copied from row to row): not read, each structure kept under its name (and 1 more)",
        ], "\(result.printed)")
        #expect(result.printed.contains { $0.contains("has the same SIRET") && $0.contains("Association Emmaüs de Liévin") }, "\(result.printed)")
    }

    @Test func aNumberWhoseCheckFailsIsSetAsideFromThreeNames() throws {
        var csv = "Structure;SIRET;Réseau\n"
        for name in ["Envie Lens", "Recyclerie du Ternois", "Jardins de Cocagne"] { csv += "\(name);77567227200010;COORACE\n" }
        let result = try SpreadsheetConventionsTests.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 3)
        // Two names with one mistyped number: the same structure, as before.
        let two = try SpreadsheetConventionsTests.load(["adherents.csv": Array("Structure;SIRET;Réseau\nEnvie Lens;77567227200010;COORACE\nENVIE LENS SARL;77567227200010;CRESS\n".utf8)])
        #expect(try #require(two.dataset, "\(two.printed)").actors.count == 1)
    }

    @Test func anActorsTableAndItsMembershipsAgree() throws {
        var actors = "id,name,siret\n", memberships = "cooperation,actor,siret\n"
        for i in 0..<5 {
            actors += "a\(i),Structure \(i),00000000000000\n"
            memberships += "c1,a\(i),00000000000000\n"
        }
        let result = try SpreadsheetConventionsTests.load(["actors.csv": Array(actors.utf8), "memberships.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 5)
        #expect(dataset.memberships.count == 5, "\(result.printed)")
        #expect(Set(dataset.memberships.map(\.actor)) == ["a0", "a1", "a2", "a3", "a4"], "\(result.printed)")
    }
}
