import Foundation
import Testing

/// `maillage render --backbone`, `--cluster` and `--territory` end to end on the bundled
/// dataset: what each draws, and clear refusals.
@Suite struct RenderFocusCommandTests {
    private func render(_ arguments: [String]) throws -> (result: ProcessResult, svg: SVGInspection?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-focus-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try runMaillage(["render"] + arguments + ["-o", url.path], in: repositoryRoot)
        return (result, FileManager.default.contents(atPath: url.path).flatMap { SVGInspection(data: $0) })
    }

    @Test func theBackboneDrawsFewerTiesAndNamesOnlyTheHubs() throws {
        let whole = try render(["--view", "actors"])
        let backbone = try render(["--backbone", "0.3"])
        #expect(backbone.result.status == 0, "\(backbone.result.stderr)")
        let all = try #require(whole.svg), kept = try #require(backbone.svg)
        let ties = kept.groupIDs(prefix: "tie-").count, allTies = all.groupIDs(prefix: "tie-").count
        #expect(ties > 0 && ties < allTies)
        #expect(kept.texts.contains { $0.hasPrefix("Épine dorsale · ") })
        let drawn = kept.groupIDs(prefix: "actor-").count
        #expect(drawn > 1 && drawn < 73)
        #expect(kept.texts.contains { $0.hasPrefix("Noms : les \(min(30, drawn)) acteurs les plus grands") })
    }

    @Test func aClusterFocusDrawsOneClusterOfTheWholeNetwork() throws {
        let (result, svg) = try render(["--cluster", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let map = try #require(svg)
        let ids = map.groupIDs(prefix: "actor-")
        #expect(ids.count > 3 && ids.count < 73)
        #expect(map.texts.contains { $0.hasPrefix("Groupe 1 (") })
        // The same cluster as `maillage clusters` lists first.
        let listed = try runMaillage(["clusters", "--format", "json"], in: repositoryRoot)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let first = try #require((json["clusters"] as? [[String: Any]])?.first?["members"] as? [String])
        #expect(Set(first.map { "actor-" + $0 }) == Set(ids))
    }

    @Test func aTerritoryFocusTakesAnIdOrAName() throws {
        let byName = try render(["--territory", "communaute d'agglomeration de lens-lievin"])
        let byID = try render(["--territory", "ca-lens-lievin"])
        #expect(byName.result.status == 0, "\(byName.result.stderr)")
        let a = try #require(byName.svg), b = try #require(byID.svg)
        #expect(Set(a.groupIDs(prefix: "actor-")) == Set(b.groupIDs(prefix: "actor-")))
        #expect(!a.groupIDs(prefix: "actor-").isEmpty && a.groupIDs(prefix: "actor-").count < 73)
        #expect(a.texts.contains { $0.hasPrefix("Territoire Communauté d'agglomération de Lens-Liévin") })
    }

    @Test func badFocusRequestsFailClearlyAndWriteNothing() throws {
        let cases: [([String], String)] = [
            (["--cluster", "999"], "--cluster 999 : le réseau compte"),
            (["--cluster", "0"], "Erreur : --cluster doit valoir au moins 1"),
            (["--territory", "Atlantide"], "territoire inconnu ou ambigu « Atlantide »"),
            (["--backbone", "1.5"], "--backbone doit être strictement compris entre 0 et 1"),
            (["--backbone", "0.05", "--view", "clusters"], "--backbone dessine la vue des acteurs"),
            (["--cluster", "1", "--ego", "apes"], "n'en donnez qu'un"),
        ]
        for (arguments, message) in cases {
            let (result, svg) = try render(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(svg == nil)
        }
    }
}
