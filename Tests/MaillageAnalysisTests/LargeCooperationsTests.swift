import MaillageGraph
import MaillageModel
import Testing
@testable import MaillageAnalysis

/// A few large cooperations that make most ties: found, measured exactly, and said.
@Suite struct LargeCooperationsTests {
    /// 100 actors; networks N1 (60 members: 0–59), N2 (50: 40–89) and N3 (40: 10–49); and
    /// 100 partnerships of two (actor i with i + 37 modulo 100).
    static func survey() -> Dataset {
        var cooperations: [String: [String]] = [
            "N1": (0..<60).map { "a\($0)" }, "N2": (40..<90).map { "a\($0)" }, "N3": (10..<50).map { "a\($0)" },
        ]
        for i in 0..<100 { cooperations["P\(i)"] = ["a\(i)", "a\((i + 37) % 100)"] }
        return SuggestionTests.dataset(cooperations, actors: (0..<100).map { Actor(id: "a\($0)") })
    }

    @Test func aFewNetworksThatMakeMostTiesAreFoundAndMeasuredExactly() {
        let session = AnalysisSession(dataset: Self.survey())
        guard let large = LargeCooperations.find(in: session.projected) else {
            Issue.record("the three networks are not found")
            return
        }
        let ids = large.cooperations.map { session.projected.network.cooperationIDs[$0] }
        #expect(ids == ["N1", "N2", "N3"], "the three networks, largest first")
        #expect(large.smallest == 40 && large.largest == 60 && large.maxCooperationSize == 39)
        // The ties without them are the 30 partnerships, none of which a network makes alone
        // except those inside N1 or N2: count them by brute force.
        var pairs = Set<Int>()
        for range in [0..<60, 40..<90, 10..<50] {
            for u in range { for v in range where v > u { pairs.insert(u * 100 + v) } }
        }
        for i in 0..<100 { pairs.insert(min(i, (i + 37) % 100) * 100 + max(i, (i + 37) % 100)) }
        #expect(large.ties == pairs.count && large.ties == session.projected.graph.edgeCount)
        #expect(large.tiesWithoutThem == 100, "the partnerships' own ties")
        #expect(abs(large.share - Double(large.ties - 100) / Double(large.ties)) < 1e-12)
        let text = large.text(dataset: session.dataset, network: session.projected.network, language: .fr)
        #expect(text.hasPrefix("Les 3 plus grandes coopérations (de 40 à 60 membres : « N1 », « N2 », « N3 ») font à elles seules "), "\(text)")
        #expect(text.contains("relancez avec --max-cooperation-size 39"))
        // A share just below one is never rounded up to « 100 % ».
        let almost = LargeCooperations(cooperations: large.cooperations, smallest: 40, largest: 60, ties: 100_000, tiesWithoutThem: 180)
        #expect(almost.text(dataset: session.dataset, network: session.projected.network, language: .fr).contains("font à elles seules 99,8 % des liens"))
    }

    /// Small cooperations only, or the large ones already left out: nothing to say.
    @Test func withoutLargeCooperationsNothingIsSaid() {
        var small: [String: [String]] = [:]
        for i in 0..<40 { small["P\(i)"] = ["a\(i)", "a\((i + 1) % 40)", "a\((i + 7) % 40)"] }
        let plain = AnalysisSession(dataset: SuggestionTests.dataset(small, actors: (0..<40).map { Actor(id: "a\($0)") }))
        #expect(LargeCooperations.find(in: plain.projected) == nil)
        var settings = AnalysisSettings()
        settings.projectionLimits = ProjectionLimits(maxCooperationSize: 39)
        let capped = AnalysisSession(dataset: Self.survey(), settings: settings)
        #expect(capped.projected.graph.edgeCount == 100)
        #expect(LargeCooperations.find(in: capped.projected) == nil)
    }
}
