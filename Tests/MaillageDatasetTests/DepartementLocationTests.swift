import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A list of structures with postal codes (or INSEE codes) and no territories table:
/// each actor located in its département, each département in its région.
@Suite struct DepartementLocationTests {
    static func load(_ files: [String: String]) throws -> DatasetLoadResult { try ScratchFolder.load(files, label: "departements") }

    @Test func postalCodesLocateActorsInTheirDepartementAndRegion() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;CP;Coopération\nAPES;62000;PTCE\nRessourcerie;62 130 Saint-Pol;PTCE\nLa Vie Active;1500;Réseau\n"
                + "Envie Lille;59000 CEDEX;Réseau\nMonaco Coop;98000;Réseau\nBizarre;abc;Réseau\nBastia Sol;20200;Réseau\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byID = Dictionary(uniqueKeysWithValues: dataset.territories.map { ($0.id, $0) })
        #expect(byID["62"] == Territory(id: "62", name: "Pas-de-Calais", level: .departement, parent: "Hauts-de-France"))
        #expect(byID["01"]?.parent == "Auvergne-Rhône-Alpes")
        #expect(byID["2B"]?.name == "Haute-Corse")
        #expect(byID["Hauts-de-France"] == Territory(id: "Hauts-de-France", level: .region))
        #expect(dataset.territories.count == 4 + 3)
        let located = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.territories) })
        #expect(located["APES"] == ["62"])
        #expect(located["La Vie Active"] == ["01"])
        #expect(located["Envie Lille"] == ["59"])
        #expect(located["Monaco Coop"] == [])
        #expect(located["Bizarre"] == [])
        #expect(result.printed.contains("memberships.csv:6:13: warning: postal code \"98000\" is outside the French départements (Monaco, overseas collectivities, or no such code): \"Monaco Coop\" is not located by it"))
        #expect(result.printed.contains("memberships.csv:7:9: warning: \"abc\" is not a postal code (5 digits, \"62000\"): \"Bizarre\" is not located by it"))
        #expect(result.printed.contains("memberships.csv: warning: territories.csv is absent: 5 actors located by postal code or INSEE code, in 4 départements (3 régions); a postal code gives the département of its distribution office, the commune's except for a few communes near a border; 1 four-digit code read with the leading zero the spreadsheet had dropped (1500 → 01500)"))
        #expect(!result.printed.contains { $0.contains("unknown column") })
    }

    /// Overseas, a département and its région share their name: two territories, the
    /// région the département's parent (after another actor's département was met).
    @Test func overseasDepartementsAndRegionsAreTwoTerritories() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;CP;Coopération\nA;97110;P\nB;97400;P\nC;97110;P\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byID = Dictionary(uniqueKeysWithValues: dataset.territories.map { ($0.id, $0) })
        #expect(byID["971"] == Territory(id: "971", name: "Guadeloupe", level: .departement, parent: "Guadeloupe"))
        #expect(byID["Guadeloupe"] == Territory(id: "Guadeloupe", level: .region))
        #expect(byID["974"]?.parent == "La Réunion")
        #expect(dataset.territories.count == 4)
        #expect(dataset.enclosingTerritory(of: "971", at: .region)?.id == "Guadeloupe")
    }

    @Test func communesGetTheirDepartementAsParent() throws {
        let result = try Self.load([
            "actors.csv": "Nom;Commune;Code postal;Code INSEE\nAPES;Arras;62000;\nCitésLab;Arras;62000;\nEnvie;Lille;;59350\nSans commune;;80000;\nDeux Beaumont;Beaumont;63110;\n",
            "memberships.csv": "cooperation;actor\nk;APES\nk;CitésLab\nk;Envie\nk;Sans commune\nj;Deux Beaumont\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byID = Dictionary(uniqueKeysWithValues: dataset.territories.map { ($0.id, $0) })
        #expect(byID["Arras"]?.parent == "62")
        #expect(byID["Lille"]?.parent == "59")  // from the INSEE code
        #expect(byID["Beaumont"]?.parent == "63")
        let located = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.territories) })
        #expect(located["APES"] == ["Arras"])
        #expect(located["Sans commune"] == ["80"])
        #expect(dataset.enclosingTerritory(of: "Arras", at: .region)?.id == "Hauts-de-France")
    }

    @Test func anAddressColumnGivesItsPostalCode() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;Adresse;Code postal;Projet\nAPES;12 rue des Augustins, 62000 Arras;;P\nEnvie;BP 12 59000 Lille Cedex;80000;P\nSans;12 rue Haute;;P\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let located = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.territories) })
        #expect(located["APES"] == ["62"])
        #expect(located["Envie"] == ["80"])  // the postal code column wins over the address
        #expect(located["Sans"] == [])
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("Sans") }, "\(result.printed)")
    }

    @Test func aCommuneNamedInTwoDepartementsIsReported() throws {
        let result = try Self.load([
            "memberships.csv": "Structure;Commune;CP;Projet\nA;Beaumont;62110;P\nB;Beaumont;63110;P\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.territories.first { $0.id == "Beaumont" }?.parent == "62")
        #expect(result.printed.contains { $0.contains("memberships.csv:3:1: warning: territory \"Beaumont\": the postal code of \"B\" places it in département Puy-de-Dôme (63), that of \"A\" in \"Pas-de-Calais\", which is kept") })
    }

    @Test func aDepartementTheDatasetNamesIsReused() throws {
        let result = try Self.load([
            "actors.csv": "Nom;Département;Code postal\nAPES;Pas de Calais;62000\nEnvie;;59000\n",
            "memberships.csv": "cooperation;actor\nk;APES\nk;Envie\n",
            "cooperations.csv": "Nom;Région\nk;Hauts de France\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.territories.filter { $0.level == .departement }.map(\.id).sorted() == ["59", "Pas de Calais"])
        #expect(dataset.territories.filter { $0.level == .region }.map(\.id) == ["Hauts de France"])
        #expect(dataset.territories.first { $0.id == "59" }?.parent == "Hauts de France")
        let located = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.territories) })
        #expect(located["APES"] == ["Pas de Calais"])
        #expect(located["Envie"] == ["59"])
    }

    @Test func withATerritoriesTableThePostalCodeIsNotRead() throws {
        let result = try Self.load([
            "actors.csv": "id;territories;Code postal\nAPES;arras;62000\n",
            "memberships.csv": "cooperation;actor\nk;APES\n",
            "territories.csv": "id;level\narras;commune\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.territories.map(\.id) == ["arras"])
        #expect(result.printed.contains("actors.csv: warning: postal code column not read: territories.csv gives the territories and their parents"))
    }
}
