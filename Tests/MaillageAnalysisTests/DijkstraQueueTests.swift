import Testing
@testable import MaillageAnalysis

/// The Dijkstra queue hands entries out in (distance, insertion sequence) order, ties in
/// distance by insertion, whatever the interleaving of inserts and pops.
@Suite struct DijkstraQueueTests {
    @Test func entriesComeOutByDistanceThenSequence() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var queue = DijkstraQueue()
        var pending: [DijkstraQueue.Entry] = []   // the reference: a sorted copy
        var sequence = 0
        var popped = 0
        for round in 0..<5_000 {
            // Few distinct distances, so that many entries tie and the sequence decides.
            if next() % 3 != 0 || pending.isEmpty {
                let entry = DijkstraQueue.Entry(distance: Double(next() % 16) / 4, sequence: sequence, node: Int32(round))
                sequence += 1
                queue.insert(entry)
                pending.append(entry)
            } else {
                pending.sort { DijkstraQueue.Entry.precedes($0, $1) }
                let expected = pending.removeFirst()
                let got = queue.popMin()
                #expect(got?.sequence == expected.sequence && got?.distance == expected.distance)
                popped += 1
            }
        }
        pending.sort { DijkstraQueue.Entry.precedes($0, $1) }
        for expected in pending {
            #expect(queue.popMin()?.sequence == expected.sequence)
        }
        #expect(queue.popMin() == nil)
        #expect(queue.isEmpty)
        #expect(popped > 1_000)
    }
}
