import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A « Département » or « Région » column kept by hand writes one territory several ways
/// (`62`, « Pas-de-Calais », « pas de calais »): without a territories table, each
/// département and région is one territory, and a value that names none is reported.
@Suite struct FrenchLevelNamesTests {
    static func load(_ files: [String: String]) throws -> DatasetLoadResult { try ScratchFolder.load(files, label: "levels") }

    @Test func oneDepartementWrittenThreeWaysIsOneTerritory() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;Projet;Département\nA;P;62\nB;P;Pas-de-Calais\nC;P;pas de calais\nD;Q;E14-01\nE;Q;1\nF;Q;AIN\nG;Q;Corse du Sud\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byID = Dictionary(uniqueKeysWithValues: dataset.territories.map { ($0.id, $0) })
        #expect(Set(byID.keys) == ["62", "E14-01", "1", "Corse du Sud"], "\(byID.keys)")
        #expect(byID["62"] == Territory(id: "62", name: "Pas-de-Calais", level: .departement))
        #expect(byID["1"]?.name == "Ain")
        #expect(byID["Corse du Sud"]?.name == "Corse-du-Sud")
        #expect(byID["E14-01"] == Territory(id: "E14-01", level: .departement))
        let located = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.territories) })
        #expect(located["A"] == ["62"] && located["B"] == ["62"] && located["C"] == ["62"])
        #expect(located["E"] == ["1"] && located["F"] == ["1"])
        #expect(result.printed.contains(
            "memberships.csv: warning: one département written 3 ways (\"62\", \"Pas-de-Calais\", \"pas de calais\"): merged as \"Pas-de-Calais\""),
            "\(result.printed)")
        #expect(result.printed.contains("memberships.csv: warning: one département written 2 ways (\"1\", \"AIN\"): merged as \"Ain\""), "\(result.printed)")
        #expect(result.printed.contains(
            "memberships.csv:5:5: warning: \"E14-01\" is neither the name nor the code of any département: it stays a territory of that level, under that name"),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("\"Corse du Sud\" is neither") })
        // The count of territories made counts each département once.
        #expect(result.printed.contains { $0.contains("territories taken from the level columns (4 ") }, "\(result.printed)")
    }

    @Test func oneRegionWrittenTwoWaysIsOneTerritoryAboveItsDepartements() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;Projet;Région;Département\nA;P;Hauts-de-France;Nord\nB;P;hauts de france;Pas-de-Calais\nC;P;Nord-Pas-de-Calais;Nord\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byID = Dictionary(uniqueKeysWithValues: dataset.territories.map { ($0.id, $0) })
        #expect(byID["Hauts-de-France"]?.level == .region)
        #expect(byID["hauts de france"] == nil)
        #expect(byID["Pas-de-Calais"]?.parent == "Hauts-de-France", "the merged spelling's child follows it")
        #expect(byID["Nord"]?.parent == "Hauts-de-France")
        #expect(result.printed.contains("memberships.csv: warning: one région written 2 ways (\"Hauts-de-France\", \"hauts de france\"): merged as \"Hauts-de-France\""), "\(result.printed)")
        #expect(result.printed.contains { $0.contains("\"Nord-Pas-de-Calais\" is neither the name nor the code of any région") }, "\(result.printed)")
    }

    /// A territories table gives the ids: nothing is merged or renamed.
    @Test func aTerritoriesTableIsTakenAsItIs() throws {
        let result = try Self.load([
            "territories.csv": "id,name,level\n62,62,departement\nPas-de-Calais,Pas-de-Calais,departement\n",
            "actors.csv": "id,name,territories\na,A,62\nb,B,Pas-de-Calais\n",
            "memberships.csv": "cooperation,actor\nc,a\nc,b\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.territories.map(\.id) == ["62", "Pas-de-Calais"])
        #expect(dataset.territories.map(\.name) == ["62", "Pas-de-Calais"])
        #expect(!result.printed.contains { $0.contains("merged as") })
    }

    /// A département column and a postal code name the same département: one territory.
    @Test func aPostalCodeFindsTheDepartementTheColumnNamed() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;CP;Département;Projet\nA;62000;pas de calais;P\nB;62130;62;P\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let departements = dataset.territories.filter { $0.level == .departement }
        #expect(departements.map(\.name) == ["Pas-de-Calais"], "\(dataset.territories)")
        #expect(Set(dataset.actors.map(\.territories)) == [[departements[0].id]])
    }
}
