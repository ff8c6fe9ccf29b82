import Foundation
import Testing

/// `maillage suggest`: ranked pairs with reasons, by actor or territory, in every format.
@Suite struct SuggestCommandTests {
    /// A small dataset where the right suggestion is known: the APES animates one
    /// cooperation with each of two insertion structures of the same EPCI.
    static func writeDataset() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files = [
            "territories.csv": "id,name,level,parent\nboul,CA du Boulonnais,epci,\ndesv,CC de Desvres-Samer,epci,\n",
            "actors.csv": """
            id,name,kind,legal_form,sector,territories,website
            apes,APES,tete_de_reseau,,Réseau ESS,boul,
            aci,Chantier d'insertion,structure,,Insertion (ACI),boul,
            ai,Association intermédiaire,structure,,Insertion (AI),boul,
            ehpad,EHPAD,structure,,Santé,desv,
            ccas,CCAS,collectivite,,Santé,desv,

            """,
            "cooperations.csv": "id,name,form\nc1,Forum insertion,collectif\nc2,Clause sociale,partenariat\nc3,Santé rurale,partenariat\n",
            "memberships.csv": "cooperation,actor,role\nc1,apes,animateur\nc1,aci,membre\nc2,apes,animateur\nc2,ai,membre\nc3,ehpad,membre\nc3,ccas,membre\n",
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return directory
    }

    @Test func theKnownPairComesFirstWithItsReasons() throws {
        let folder = try Self.writeDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try runMaillage(["suggest", folder.path, "--lang", "fr"], in: repositoryRoot)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("1. Chantier d'insertion — Association intermédiaire — score 1,00"))
        #expect(table.stdout.contains("· 1 partenaire commun (APES)"))
        #expect(table.stdout.contains("· APES anime des coopérations avec les deux"))
        #expect(table.stdout.contains("· même EPCI : CA du Boulonnais"))
        #expect(table.stdout.contains("· même secteur : Insertion"))
        let english = try runMaillage(["suggest", folder.path, "--lang", "en"], in: repositoryRoot)
        #expect(english.stdout.contains("APES facilitates cooperations with both"))
        #expect(english.stdout.contains("same sector: Insertion"))
    }

    @Test func actorByNameTerritoryAndFormats() throws {
        let folder = try Self.writeDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        let byName = try runMaillage(["suggest", folder.path, "--actor", "association INTERMEDIAIRE", "--format", "json"], in: repositoryRoot)
        #expect(byName.status == 0, "\(byName.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(byName.stdout.utf8)) as? [String: Any])
        let suggestions = try #require(json["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 1)
        #expect((suggestions[0]["first"] as? [String: Any])?["id"] as? String == "aci")
        #expect((suggestions[0]["common_partners"] as? [[String: Any]])?.first?["id"] as? String == "apes")
        #expect((json["meta"] as? [String: Any]).flatMap { ($0["parameters"] as? [String: Any])?["actor"] as? String } == "ai")
        #expect(json["formula"] is String)
        let byID = try runMaillage(["suggest", folder.path, "--actor", "ai", "--format", "json"], in: repositoryRoot)
        #expect(byID.stdout == byName.stdout)
        // Desvres has no suggestion: its two actors already cooperate.
        let desvres = try runMaillage(["suggest", folder.path, "--territory", "desv", "--format", "csv"], in: repositoryRoot)
        #expect(desvres.status == 0)
        #expect(desvres.stdout.split(separator: "\n").count == 1)
        let csv = try runMaillage(["suggest", folder.path, "--format", "csv"], in: repositoryRoot)
        #expect(csv.stdout.hasPrefix("rank,first_id,first_name,second_id,second_name,score,common_partners"))
        #expect(csv.stdout.contains("1,aci,Chantier d'insertion,ai,Association intermédiaire,"))
        let unknown = try runMaillage(["suggest", folder.path, "--actor", "Association intermédiare"], in: repositoryRoot)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("vouliez-vous dire : Association intermédiaire"))
        let badTerritory = try runMaillage(["suggest", folder.path, "--territory", "nowhere"], in: repositoryRoot)
        #expect(badTerritory.status != 0)
        #expect(badTerritory.stderr.contains("territoire inconnu « nowhere »"))
    }

    @Test func theBundledDatasetGivesRankedSuggestionsAndGaps() throws {
        let a = try runMaillage(["suggest", "--format", "json", "--top", "15"], in: repositoryRoot)
        #expect(a.status == 0, "\(a.stderr)")
        let b = try runMaillage(["suggest", "--format", "json", "--top", "15"], in: repositoryRoot)
        #expect(a.stdout == b.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let suggestions = try #require(json["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 15)
        let scores = suggestions.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        for s in suggestions { #expect(!((s["reasons"] as? [String]) ?? []).isEmpty) }
        #expect((json["gaps"] as? [String: Any])?["territories"] is [Any])
    }
}
