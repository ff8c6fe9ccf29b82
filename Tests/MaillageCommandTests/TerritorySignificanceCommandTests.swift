import Foundation
import Testing

/// `maillage territories` gives each E-I index its permutation test.
@Suite struct TerritorySignificanceCommandTests {
    @Test func territoriesCarryTheEIPermutationTest() throws {
        let result = try runMaillage(["territories", "--level", "epci", "--format", "json"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let test = try #require(json["ei_test"] as? [String: Any])
        #expect(test["permutations"] as? Int == 999)
        let expected = try #require(test["expected"] as? Double), exact = try #require(test["exact_expected"] as? Double)
        #expect(abs(expected - exact) < 0.02)
        let observed = try #require(json["ei_index"] as? Double)
        // The bundled network keeps its ties inside territories far more than chance.
        #expect(observed < expected)
        #expect(test["p_lower"] as? Double == 0.001)
        let territories = try #require(json["territories"] as? [[String: Any]])
        for t in territories {
            let row = try #require(t["ei_test"] as? [String: Any])
            if let p = row["p_lower"] as? Double { #expect(p > 0 && p <= 1) }
        }
        let again = try runMaillage(["territories", "--level", "epci", "--format", "json"], in: repositoryRoot)
        #expect(again.stdout == result.stdout)
        let table = try runMaillage(["territories", "--level", "epci", "--lang", "fr"], in: repositoryRoot)
        #expect(table.stdout.contains("999 permutations des territoires entre acteurs, tailles gardées, graine 1"))
        #expect(table.stdout.contains("les liens restent dans les territoires plus que le hasard ne le ferait"))
    }
}
