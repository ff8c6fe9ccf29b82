import Foundation
import Testing

/// The report's « Évolution » and « Pistes de coopération » sections and the significance
/// figures, end to end, against `maillage compare`, `suggest` and `brokers` on the same data.
@Suite struct ReportSectionsCommandTests {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-sections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The value of `data-NAME="…"` on the page's evolution figures.
    private func figure(_ html: String, _ name: String) -> Int? {
        guard let range = html.range(of: "data-\(name)=\""), let end = html[range.upperBound...].firstIndex(of: "\"") else { return nil }
        return Int(html[range.upperBound..<end])
    }

    /// The (cx, cy) of every actor dot of one evolution map, by union index.
    private func dots(_ html: String, side: String) -> [String: String] {
        guard let start = html.range(of: "data-side=\"\(side)\""), let end = html[start.upperBound...].range(of: "</figure>") else { return [:] }
        let map = String(html[start.upperBound..<end.lowerBound])
        var result: [String: String] = [:]
        let regex = /<circle cx="([^"]+)" cy="([^"]+)"[^>]*data-union="(\d+)"/
        for match in map.matches(of: regex) { result[String(match.3)] = "\(match.1),\(match.2)" }
        return result
    }

    /// Checks the evolution's counts against `compare`'s JSON.
    private func expectSameCounts(_ html: String, _ compare: [String: Any]) throws {
        let actors = try #require(compare["actors"] as? [String: Any])
        let cooperations = try #require(compare["cooperations"] as? [String: Any])
        let ties = try #require(compare["ties"] as? [String: Any])
        #expect(figure(html, "joined") == (actors["joined"] as? [Any])?.count)
        #expect(figure(html, "left") == (actors["left"] as? [Any])?.count)
        #expect(figure(html, "created") == (cooperations["created"] as? [Any])?.count)
        #expect(figure(html, "ended") == (cooperations["ended"] as? [Any])?.count)
        #expect(figure(html, "gained") == (ties["gained"] as? [Any])?.count)
        #expect(figure(html, "lost") == (ties["lost"] as? [Any])?.count)
        #expect(figure(html, "kept") == ties["kept"] as? Int)
    }

    @Test func aDatedDatasetsReportShowsItsEvolutionBetweenTheFirstRecordedEndAndTheLastYear() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("dated").path, page = dir.appendingPathComponent("r.html").path
        #expect(try runMaillage(["synth", "--actors", "120", "--seed", "4", "--years", "2018-2022", "-o", data]).status == 0)
        let result = try runMaillage(["report", data, "--level", "epci", "-o", page])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("id=\"evolution\""))
        #expect(html.contains("Évolution — 2018 → 2022"))
        let compare = try runMaillage(["compare", data, "--at", "2018", "--at", "2022", "--level", "epci", "--format", "json"])
        #expect(compare.status == 0, "\(compare.stderr)")
        try expectSameCounts(html, try json(compare.stdout))
        #expect((figure(html, "gained") ?? 0) > 0)

        // Both maps, every actor kept at the same place.
        let before = dots(html, side: "old"), after = dots(html, side: "new")
        #expect(!before.isEmpty && !after.isEmpty)
        let kept = Set(before.keys).intersection(after.keys)
        #expect(!kept.isEmpty)
        for key in kept { #expect(before[key] == after[key], "actor \(key)") }
        #expect(html.contains("class=\"tie-gained\""))

        // Chosen dates.
        let chosen = try runMaillage(["report", data, "--from", "2019", "--to", "2021", "--lang", "en", "-o", page])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Evolution — 2019 → 2021"))
        let reversed = try runMaillage(["report", data, "--from", "2021", "--to", "2019", "-o", page])
        #expect(reversed.status != 0)
        #expect(reversed.stderr.contains("Erreur : --from doit venir avant --to"))
    }

    @Test func aLargeNetworkGetsAnOverviewOfItsTerritoriesRatherThanTwoMaps() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("large").path, page = dir.appendingPathComponent("r.html").path
        #expect(try runMaillage(["synth", "--actors", "400", "--seed", "3", "--years", "2018-2021", "-o", data]).status == 0)
        let result = try runMaillage(["report", data, "--level", "epci", "-o", page])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Réseau trop grand pour deux cartes lisibles de tous ses acteurs"))
        #expect(dots(html, side: "old").isEmpty && dots(html, side: "new").isEmpty)  // no actor dots
        // One disc per territory, at the same place at both dates.
        func discs(_ side: String) -> [String: String] {
            guard let start = html.range(of: "data-side=\"\(side)\""), let end = html[start.upperBound...].range(of: "</figure>") else { return [:] }
            var result: [String: String] = [:]
            for match in html[start.upperBound..<end.lowerBound].matches(of: /<circle cx="([^"]+)" cy="([^"]+)"[^>]*data-territory="([^"]+)"/) {
                result[String(match.3)] = "\(match.1),\(match.2)"
            }
            return result
        }
        let before = discs("old"), after = discs("new")
        #expect(!before.isEmpty && before == after)
    }

    @Test func reportCompareAgreesWithCompare() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = dir.appendingPathComponent("old").path, new = dir.appendingPathComponent("new").path
        let page = dir.appendingPathComponent("r.html").path
        #expect(try runMaillage(["synth", "--actors", "100", "--seed", "5", "-o", old]).status == 0)
        #expect(try runMaillage(["synth", "--actors", "110", "--seed", "6", "-o", new]).status == 0)
        let result = try runMaillage(["report", new, "--compare", old, "--level", "epci", "-o", page])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Deux jeux de données comparés"))
        let compare = try runMaillage(["compare", old, new, "--level", "epci", "--format", "json"])
        try expectSameCounts(html, try json(compare.stdout))
        let both = try runMaillage(["report", new, "--compare", old, "--from", "2019", "-o", page])
        #expect(both.status != 0)
    }

    @Test func anUndatedReportHasLeadsAndNoEvolution() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("r.html").path
        let result = try runMaillage(["report", "--level", "epci", "-o", page], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("id=\"evolution\""))
        #expect(html.contains("id=\"pistes\""))
        // The first lead is `suggest`'s first.
        let suggest = try json(try runMaillage(["suggest", "--level", "epci", "--format", "json"], in: repositoryRoot).stdout)
        let first = try #require((suggest["suggestions"] as? [[String: Any]])?.first)
        let a = try #require((first["first"] as? [String: Any])?["id"] as? String)
        let b = try #require((first["second"] as? [String: Any])?["id"] as? String)
        let list = try #require(html.range(of: "id=\"pistes-reseau\""))
        #expect(html[list.upperBound...].contains("data-first=\"\(a)\" data-second=\"\(b)\""))
        // The territories' significance beside their figures.
        #expect(html.contains("E-I attendu par hasard"))
        #expect(html.contains("Que signifie p ?"))
        // The bundled dataset gives one year (2010): no evolution by default, and none after it.
        let late = try runMaillage(["report", "--from", "2019", "-o", page], in: repositoryRoot)
        #expect(late.status != 0)
        #expect(late.stderr.contains("demande une date antérieure et une date postérieure"))
        let undated = try runMaillage(["report", "Tests/Fixtures/only-memberships", "--from", "2019", "-o", page], in: repositoryRoot)
        #expect(undated.status != 0)
        #expect(undated.stderr.contains("ne donne aucune date"))
    }

    @Test func brokersCarryTheirSignificance() throws {
        let result = try runMaillage(["brokers", "--top", "5", "--format", "json"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        let significance = try #require(object["significance"] as? [String: Any])
        #expect(significance["permutations"] as? Int == 999)
        let actors = try #require(object["actors"] as? [[String: Any]])
        let dla = try #require(actors.first { $0["id"] as? String == "dla" })
        let across = try #require((dla["test"] as? [String: Any])?["across"] as? [String: Any])
        let p = try #require(across["p"] as? Double)
        #expect(p > 0 && p <= 1)
        #expect(across["observed"] as? Int == 25)
        let again = try runMaillage(["brokers", "--top", "5", "--format", "json"], in: repositoryRoot)
        #expect(again.stdout == result.stdout)
        let table = try runMaillage(["brokers", "--top", "3", "--lang", "en"], in: repositoryRoot)
        #expect(table.stdout.contains("share of 999 shuffles (seed 1)"))
        let csv = try runMaillage(["brokers", "--top", "3", "--format", "csv"], in: repositoryRoot)
        #expect(csv.stdout.hasPrefix("id,name,kind,coordinator") && csv.stdout.contains("across_p"))
    }
}
