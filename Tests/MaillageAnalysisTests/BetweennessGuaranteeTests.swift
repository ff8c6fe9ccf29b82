import Testing
import MaillageAnalysis

/// Issue 19, item 6: the sample size never traps, and under `auto` the exact
/// computation is used when it is cheaper than the sample (``BetweennessPolicy``).
@Suite struct BetweennessGuaranteeTests {
    @Test(arguments: [(1e-300, 0.1), (1e-10, 0.1), (0.01, 1e-320), (0.01, 0.0), (Double.nan, 0.1)])
    func sampleSizeSaturatesInsteadOfTrapping(_ epsilon: Double, _ delta: Double) {
        #expect(ApproximateBetweenness.sampleSize(epsilon: epsilon, delta: delta, vertexDiameter: 12) == Int.max)
    }

    @Test func ordinaryValuesAreUnchanged() {
        // 0.5/ε² · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)) for ε = 0.01, δ = 0.1, VD = 15.
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.01, delta: 0.1, vertexDiameter: 15) == 31_513)
    }

    static let path = Graph(nodeCount: 40, edges: (0..<39).map { ($0, $0 + 1, 1.0) })

    @Test func underAutoTheExactComputationIsUsedWhenCheaperThanTheSample() {
        #expect(!BetweennessPolicy(method: .auto, epsilon: 1e-5).samples(on: Self.path))
        #expect(BetweennessPolicy(method: .auto, epsilon: 0.5, delta: 0.5).samples(on: Self.path))
    }
}
