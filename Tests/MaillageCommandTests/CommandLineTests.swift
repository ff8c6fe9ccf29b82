import Foundation
import Testing

/// End-to-end tests: the real `maillage` executable on real folders.
@Suite struct CommandLineTests {
    let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    @Test func versionPrints() throws {
        let result = try runMaillage(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }

    @Test func validateListsEveryProblemAndExitsOne() throws {
        let result = try runMaillageInEnglish(["validate", "malformed"], in: fixtures)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("malformed/territories.csv:2:12: error: territory parents form a cycle: a → c → b → a"))
        #expect(lines.contains("malformed/actors.csv:3:9: error: unknown actor kind \"assocation\"; allowed: structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution. Did you mean \"Association\"?"))
        #expect(lines.last == "12 errors, 2 warnings")
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test func validatePassesACleanDatasetWithExitZero() throws {
        let result = try runMaillageInEnglish(["validate", "two-mode-semicolon-bom-crlf"], in: fixtures)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings\n"))
    }

    @Test func validateJSON() throws {
        let result = try runMaillage(["validate", "malformed-corpus/ragged-rows", "--format", "json"], in: fixtures)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect(json["errors"] as? Int == 3)
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["severity"] as? String == "error" })
        #expect(first["line"] as? Int == 2)
        #expect(first["column"] as? Int == 15)
    }

    @Test func summaryJSONCarriesCountsAndMeta() throws {
        let result = try runMaillage(["summary", "two-mode-comma", "--format", "json"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["actors"] as? Int == 4)
        #expect(json["cooperations"] as? Int == 2)
        let byKind = try #require(json["actors_by_kind"] as? [String: Int])
        #expect(byKind == ["structure": 1, "collectivite": 1, "tete_de_reseau": 1, "appui": 1])
        let graph = try #require(json["graph"] as? [String: Any])
        #expect(graph["edges"] as? Int == 6)
        #expect(graph["components"] as? Int == 1)
        let meta = try #require(json["meta"] as? [String: Any])
        #expect(meta["maillage"] as? String == "0.1.0")
        let dataset = try #require(meta["dataset"] as? [String: Any])
        #expect((dataset["sha256"] as? String)?.count == 64)
        let parameters = try #require(meta["parameters"] as? [String: Any])
        #expect(parameters["projection"] as? String == "count")
    }

    @Test func summaryOnAMalformedDatasetFailsWithTheProblems() throws {
        let result = try runMaillageInEnglish(["summary", "malformed-corpus/ragged-rows"], in: fixtures)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("malformed-corpus/ragged-rows/memberships.csv:2:15: error:"))
    }

    @Test func outputFileIsNotCreatedOnFailure() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-\(UUID().uuidString).json")
        let result = try runMaillage(["summary", "malformed-corpus/ragged-rows", "--format", "json", "-o", target.path], in: fixtures)
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let ok = try runMaillage(["summary", "two-mode-comma", "--format", "json", "-o", target.path], in: fixtures)
        #expect(ok.status == 0)
        #expect(FileManager.default.fileExists(atPath: target.path))
        try? FileManager.default.removeItem(at: target)
    }

    @Test func summaryScopeByTerritoryKeepsTheActorsBelowIt() throws {
        let result = try runMaillage(["summary", "two-mode-comma", "--territory", "cabbalr", "--format", "csv"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("totaux,actors,2"))
        let unknown = try runMaillageInEnglish(["summary", "two-mode-comma", "--territory", "nowhere"], in: fixtures)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown territory \"nowhere\""))
    }

    @Test func missingFolderIsAClearError() throws {
        let result = try runMaillageInEnglish(["summary", "no-such-folder"], in: fixtures)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no such dataset folder"))
    }
}
