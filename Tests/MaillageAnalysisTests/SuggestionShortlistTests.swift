import MaillageSupport
import Testing
@testable import MaillageAnalysis

/// The shortlist of each actor's candidates is the head of the sorted list, found
/// without sorting them all.
@Suite struct SuggestionShortlistTests {
    @Test(arguments: [0, 1, 3, 10, 50, 200])
    func theShortlistIsThePrefixOfTheSortedCandidates(count: Int) {
        var rng = SeededGenerator(seed: 11)
        // Scores with many ties, broken by the (unique) index, as ids break them.
        let candidates: [(y: Int, score: Double)] = (0..<120).map { ($0, Double(rng.next(upperBound: UInt64(7)))) }.shuffled(using: &rng)
        let before: ((y: Int, score: Double), (y: Int, score: Double)) -> Bool = { $0.score != $1.score ? $0.score > $1.score : $0.y < $1.y }
        let expected = Array(candidates.sorted(by: before).prefix(count))
        let found = CooperationSuggestions.first(count, of: candidates, by: before)
        #expect(found.map(\.y) == expected.map(\.y))
    }
}
