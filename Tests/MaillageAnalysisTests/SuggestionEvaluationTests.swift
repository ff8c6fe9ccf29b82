import Foundation
import MaillageDataset
import MaillageGraph
import MaillageModel
import Testing
@testable import MaillageAnalysis

/// The evaluation of the suggestions: its figures on hand-made rankings, its splits, its determinism.
@Suite struct SuggestionEvaluationTests {
    @Test func precisionAndAUCCountTiesFairly() {
        // Scores 3, 2, 2, 1 with positives at 3 and the second 2.
        let f = LinkPredictionEvaluation.figures(scores: [3, 2, 2, 1], labels: [true, false, true, false], ks: [1, 2, 3])
        #expect(f.precision == [1, 0.75, 2.0 / 3])
        #expect(f.auc == 0.875)
        // Every score equal: precision is the base rate, AUC one half.
        let flat = LinkPredictionEvaluation.figures(scores: [1, 1, 1, 1], labels: [true, false, false, false], ks: [2])
        #expect(flat.precision == [0.25])
        #expect(flat.auc == 0.5)
    }

    @Test func hidingRemovesCooperationsAndTheirMemberships() {
        let actors = (0..<6).map { Actor(id: "a\($0)") }
        let memberships = (0..<5).flatMap { c in [Membership(cooperation: "c\(c)", actor: "a\(c)"), Membership(cooperation: "c\(c)", actor: "a\(c + 1)")] }
        let data = Dataset(name: "chain", actors: actors, cooperations: (0..<5).map { Cooperation(id: "c\($0)") } + [Cooperation(id: "solo")],
                           memberships: memberships + [Membership(cooperation: "solo", actor: "a0")], territories: [])
        let training = LinkPredictionEvaluation.hide(share: 0.4, of: data, seed: 3)
        #expect(training.cooperations.count == 4)  // 2 of the 5 pairs hidden; "solo" is never hidden
        #expect(training.cooperations.contains { $0.id == "solo" })
        let kept = Set(training.cooperations.map(\.id))
        #expect(training.memberships.allSatisfy { kept.contains($0.cooperation) })
        #expect(LinkPredictionEvaluation.hide(share: 0.4, of: data, seed: 3).cooperations == training.cooperations)
        // The positives of a split are exactly the hidden ties.
        let full = ProjectedGraph(network: TwoModeNetwork(dataset: data), projection: .count).graph
        let train = ProjectedGraph(network: TwoModeNetwork(dataset: training), projection: .count).graph
        let split = LinkPredictionEvaluation.Split(full: full, training: train)
        #expect(split.positiveCount == 2)
        #expect(split.labels.count == 15 - 3)
    }

    @Test func theEvaluationIsDeterministicAndBounded() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try #require(DatasetLoader.load(folder: root.appendingPathComponent("Datasets/pas-de-calais-2015")).dataset)
        let a = LinkPredictionEvaluation(dataset: data, repetitions: 3, seed: 5)
        let b = LinkPredictionEvaluation(dataset: data, repetitions: 3, seed: 5)
        #expect(a.rows == b.rows)
        #expect(a.rows.map(\.predictor) == LinkPredictor.allCases)
        #expect(a.usedSplits > 0 && a.meanPositives > 0)
        for row in a.rows {
            #expect(row.auc >= 0 && row.auc <= 1)
            for p in row.precision { #expect(p >= 0 && p <= 1) }
        }
    }

    @Test func structureFindsTheHiddenTieOfATriangle() {
        // Ten triangles, each made of three pair cooperations; one cooperation is hidden per
        // split, so its two actors keep one common partner of degree 2: resource allocation
        // ranks the hidden tie first (AUC 1, precision at 1 of 1), while preferential
        // attachment ranks it last (its two actors have lost a partner each).
        var memberships: [Membership] = []
        var cooperations: [Cooperation] = []
        for t in 0..<10 {
            let a = "t\(t)a", b = "t\(t)b", c = "t\(t)c"
            for (i, pair) in [(a, b), (b, c), (a, c)].enumerated() {
                cooperations.append(Cooperation(id: "t\(t)-\(i)"))
                memberships += [Membership(cooperation: "t\(t)-\(i)", actor: pair.0), Membership(cooperation: "t\(t)-\(i)", actor: pair.1)]
            }
        }
        let actors = (0..<10).flatMap { t in ["a", "b", "c"].map { Actor(id: "t\(t)\($0)") } }
        let data = Dataset(name: "triangles", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
        let evaluation = LinkPredictionEvaluation(dataset: data, hiddenShare: 0.01, repetitions: 4, seed: 2, ks: [1])
        #expect(evaluation.usedSplits == 4 && evaluation.meanPositives == 1)
        for predictor in [LinkPredictor.resourceAllocation, .adamicAdar, .commonNeighbours, .maillageScore, .maillageListed] {
            let row = evaluation.rows.first { $0.predictor == predictor }!
            #expect(row.auc == 1, "\(predictor)")
            #expect(row.precision == [1], "\(predictor)")
        }
        let pa = evaluation.rows.first { $0.predictor == .preferentialAttachment }!
        #expect(pa.auc < 0.5)
    }
}
