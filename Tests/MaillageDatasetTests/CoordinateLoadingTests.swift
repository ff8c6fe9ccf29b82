import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The `lat`, `lon` and `insee` columns of actors and territories (issue 17): read in
/// French or English, validated with file:line:column.
@Suite struct CoordinateLoadingTests {
    /// A dataset folder holding `files`, loaded.
    private func load(_ files: [String: String]) throws -> DatasetLoadResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-geo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var all = files
        if all["memberships.csv"] == nil { all["memberships.csv"] = "cooperation,actor\nk,a\nk,b\n" }
        for (name, text) in all { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return DatasetLoader.load(folder: folder)
    }

    @Test func readsPlacesUnderFrenchHeadersWithADecimalComma() throws {
        let result = try load([
            "territories.csv": "Identifiant;Nom;Niveau;Latitude;Longitude;Code INSEE\narras;Arras;commune;\"50,2910\";\"2,7775\";62041\nd62;Pas-de-Calais;departement;;;\n",
            "actors.csv": "id,territories,lat,lon,code commune\na,arras,,,\nb,d62,50.5,2.5,62160\n",
            "cooperations.csv": "id\nk\n",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.territory("arras")?.coordinate == GeoCoordinate(latitude: 50.291, longitude: 2.7775))
        #expect(dataset.territory("arras")?.insee == "62041")
        #expect(dataset.territory("d62")?.coordinate == nil)
        #expect(dataset.actor("b")?.coordinate == GeoCoordinate(latitude: 50.5, longitude: 2.5))
        #expect(dataset.actor("b")?.insee == "62160")
    }

    @Test func aTerritoryTableWithoutIdsTakesItsINSEECodesAsIds() throws {
        let result = try load([
            "territories.csv": "Code INSEE,Nom,Niveau\n62041,Arras,commune\n",
            "actors.csv": "id,territories\na,62041\nb,62041\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.territory("62041")?.name == "Arras")
        #expect(dataset.territory("62041")?.insee == "62041")
    }

    @Test func everyWrongPlaceIsAnErrorAtItsCell() throws {
        let result = try load([
            "territories.csv": "id,lat,lon,insee\nt1,50.2,,\nt2,95,2,\nt3,50,200,\nt4,abc,2,\nt5,50°17'N,2,\nt6,50,2,6204\nt7,50,2,62041\nt8,2.7,50.3,62041\n",
        ])
        #expect(result.dataset == nil)
        let printed = result.printed
        func has(_ location: String, _ text: String) {
            #expect(printed.contains { $0.hasPrefix(location + ": error: ") && $0.contains(text) }, "\(location) \(text): \(printed)")
        }
        has("territories.csv:2:4", "has lat but no lon")
        has("territories.csv:3:4", "latitude 95 is out of range")
        has("territories.csv:4:7", "longitude 200 is out of range")
        has("territories.csv:5:4", "lat \"abc\" is not a number of decimal degrees")
        has("territories.csv:6:4", "degrees, minutes and seconds are not read")
        // A 4-digit code got back its leading zero (as a postal code does): a warning, not an error.
        #expect(printed.contains("territories.csv:7:9: warning: INSEE code \"6204\" read as \"06204\", with the leading zero the spreadsheet had dropped; format the column as text to keep it"), "\(printed)")
        #expect(!printed.contains { $0.hasPrefix("territories.csv:7:9: error") })
        has("territories.csv:9:13", "INSEE code 62041 is already the code of territory \"t7\"")
    }

    @Test func swappedCoordinatesOutOfRangeGetAHint() throws {
        let swapped = try load(["territories.csv": "id,lat,lon\nt,120,50\n"])
        #expect(swapped.printed.contains { $0.hasPrefix("territories.csv:2:3: error: latitude 120 is out of range") && $0.contains("swapped") }, "\(swapped.printed)")
        // French names the columns in words, or as the header writes them.
        #expect(swapped.diagnostics.map { $0.message(in: .fr) }.contains { $0.hasSuffix("(latitude et longitude sont-elles inversées ?)") },
                "\(swapped.diagnostics.map { $0.message(in: .fr) })")
        let french = try load(["territories.csv": "id;Latitude;Lng\nt;50,2;\nu;abc;2\n"])
        let messages = french.diagnostics.map { $0.message(in: .fr) }
        #expect(messages.contains { $0.contains("a une latitude mais pas de « Lng »") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("latitude « abc » n'est pas un nombre de degrés décimaux") }, "\(messages)")
    }

    @Test func placesSurviveTheWriterAndCountInTheContentFingerprint() throws {
        let result = try load([
            "territories.csv": "id,level,lat,lon,insee\narras,commune,50.2910123,2.7775,62041\nd,departement,,,\n",
            "actors.csv": "id,territories,lat,lon\na,arras,,\nb,d,-0.5,179.9999999\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-geo-written-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DatasetWriter.write(dataset, to: folder)
        let again = try #require(DatasetLoader.load(folder: folder).dataset)
        #expect(again.territories == dataset.territories)
        #expect(again.actors == dataset.actors)
        #expect(again.contentFingerprint == dataset.contentFingerprint)
        var moved = dataset
        moved.territories[0].coordinate = GeoCoordinate(latitude: 50.3, longitude: 2.7775)
        #expect(moved.contentFingerprint != dataset.contentFingerprint, "a place is content")
    }
}
