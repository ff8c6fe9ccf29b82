import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// One structure written several ways by many hands: shown as written best and most.
@Suite struct SpellingsTests {
    /// The order of precedence: mixed case for long names, accents, the count, spaces.
    @Test func theSpellingShownIsTheBestWrittenThenTheMostWritten() {
        func best(_ spellings: [(String, Int)]) -> String? {
            var all = Spellings()
            for (text, count) in spellings { all.add(text, count: count) }
            return all.best
        }
        #expect(best([("MAISON DE SANTÉ DE BERCK", 3), ("Maison de santé de Berck", 1)]) == "Maison de santé de Berck")
        #expect(best([("Emmaus France", 14), ("Emmaüs France", 2), ("EMMAÜS FRANCE", 12)]) == "Emmaüs France")
        #expect(best([("DLA 62", 5), ("Dla 62", 1)]) == "DLA 62", "an acronym keeps its capitals when written so most")
        #expect(best([("CRESS HDF", 5), ("Cress Hdf", 1)]) == "CRESS HDF")
        #expect(best([("dla 62", 1), ("DLA 62", 1)]) == "DLA 62")
        #expect(best([("Atelier  vélo", 2), ("Atelier vélo", 2)]) == "Atelier vélo")
        #expect(best([("Régie de quartier", 1), ("Régie de Quartier", 4)]) == "Régie de Quartier")
        #expect(best([("A", 1), ("A", 1)]) == "A")
        #expect(best([]) == nil)
    }

    /// A survey's answers writing one partner several ways: one actor, named as written
    /// best, its ties' cooperations too, said in one warning rather than one per spelling.
    @Test func aSurveyReadsEachNameAsItsBestSpelling() throws {
        let csv = """
            Nom de votre structure,Partenaires,Commune
            RECYCLERIE DE LA VALLÉE DE LA LYS,"Emmaus France, DLA 62",Arras
            Jardin de Lens,"Emmaüs France, Recyclerie de la Vallée de la Lys",Lens
            Atelier de Liévin,"EMMAÜS FRANCE, recyclerie de la vallee de la lys, dla 62",Liévin
            Garage de Berck,"Emmaüs France, RECYCLERIE DE LA VALLÉE DE LA LYS",Berck

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map(\.id) == [
            "Recyclerie de la Vallée de la Lys", "Jardin de Lens", "Atelier de Liévin", "Garage de Berck", "Emmaüs France", "DLA 62",
        ])
        #expect(dataset.actor("Recyclerie de la Vallée de la Lys")?.territories == ["Arras"], "the respondent's own row describes it")
        #expect(dataset.cooperations.map(\.name).contains("Jardin de Lens – Recyclerie de la Vallée de la Lys"))
        let merges = result.printed.filter { $0.contains("read as") && $0.contains("spelling") }
        #expect(merges == [
            "Réponses.csv:2:1: warning: 5 names written otherwise than the most frequent spelling of the same name (once case, accents, spaces and punctuation are ignored), read as that spelling: here \"RECYCLERIE DE LA VALLÉE DE LA LYS\" read as \"Recyclerie de la Vallée de la Lys\"; if they are two actors, give them distinct names",
        ], "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("the same name once case") && !$0.contains("most frequent") }, "no warning per spelling")
    }

    /// A member list whose « Réseaux » cells write one network several ways: one
    /// cooperation, shown as written best; its id stays the first spelling.
    @Test func aListedNetworkIsShownAsWrittenBest() throws {
        let csv = """
            Structure;Réseaux d'appartenance
            Recyclerie;RESEAU DES RESSOURCERIES DU NORD | CRESS
            Jardin;Réseau des ressourceries du Nord
            Atelier;Réseau des ressourceries du Nord

            """
        let result = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let network = try #require(dataset.cooperations.first { $0.id == "RESEAU DES RESSOURCERIES DU NORD" }, "\(dataset.cooperations.map(\.id))")
        #expect(network.name == "Réseau des ressourceries du Nord")
        #expect(dataset.memberships.filter { $0.cooperation == network.id }.count == 3)
    }
}
