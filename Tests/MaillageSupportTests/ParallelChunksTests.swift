import Synchronization
import Testing
import MaillageSupport

/// Fixed-chunk parallel loops: chunks cover the work, results come back in chunk
/// order, `workers` bounds the threads running at once, and floating-point sums taken
/// in chunk order are the same bits whatever the number of workers.
@Suite struct ParallelChunksTests {
    @Test(arguments: [0, 1, 5, 31, 32, 1000])
    func chunksCoverTheRangeContiguously(count: Int) {
        for chunks in [1, 3, 32] {
            let ranges = (0..<chunks).map { ParallelChunks.range($0, of: chunks, count: count) }
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == count)
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            let sizes = ranges.map(\.count)
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        }
    }

    @Test func resultsComeBackInChunkOrderForAnyWorkers() {
        for workers in [-1, 0, 1, 2, 7, 100] {
            #expect(ParallelChunks.map(chunkCount: 20, workers: workers) { $0 * $0 } == (0..<20).map { $0 * $0 })
        }
        #expect(ParallelChunks.map(chunkCount: 0, workers: 4) { $0 }.isEmpty)
    }

    @Test func workersBoundTheThreadsRunningAtOnce() {
        for workers in [1, 2, 3] {
            let running = Mutex((now: 0, most: 0))
            ParallelChunks.forEach(chunkCount: 12, workers: workers, makeWorkspace: {}) { _, _ in
                running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                var x = 0.0
                for i in 0..<20_000 { x += Double(i).squareRoot() }
                #expect(x > 0)
                running.withLock { $0.now -= 1 }
            }
            #expect(running.withLock { $0.most } <= workers)
        }
    }

    @Test func eachThreadGetsOneWorkspaceAndFinishesIt() {
        let made = Mutex(0), finished = Mutex(0), total = Mutex(0)
        ParallelChunks.forEach(chunkCount: 50, workers: 3, makeWorkspace: { made.withLock { $0 += 1 }; return 0 }) { chunk, sum in
            sum += chunk
        } finish: { sum in
            finished.withLock { $0 += 1 }
            total.withLock { $0 += sum }
        }
        #expect(made.withLock { $0 } == finished.withLock { $0 })
        #expect((1...3).contains(made.withLock { $0 }))
        #expect(total.withLock { $0 } == (0..<50).reduce(0, +))
    }

    @Test func progressCountsEveryChunkOnce() {
        let seen = Mutex<[Int]>([])
        ParallelChunks.forEach(chunkCount: 9, workers: 4, makeWorkspace: {},
                               progress: { done, total in seen.withLock { $0.append(done) }; #expect(total == 9) }) { _, _ in }
        #expect(seen.withLock { $0.sorted() } == Array(1...9))
    }

    /// Values spanning many magnitudes: a sum in another order would differ in its last bits.
    @Test func chunkOrderedSumsAreTheSameBitsWhateverTheWorkers() {
        var rng = SplitMix64(seed: 11)
        let values = (0..<10_000).map { _ in rng.nextUnitDouble() * pow10(rng.nextInt(below: 12)) }
        func sum(workers: Int) -> Double {
            let chunks = 32
            return ParallelChunks.map(chunkCount: chunks, workers: workers) { chunk in
                ParallelChunks.range(chunk, of: chunks, count: values.count).reduce(0.0) { $0 + values[$1] }
            }.reduce(0, +)
        }
        let single = sum(workers: 1)
        for workers in [2, 3, 8] { #expect(sum(workers: workers).bitPattern == single.bitPattern) }
    }

    private func pow10(_ k: Int) -> Double { (0..<k).reduce(1.0) { x, _ in x * 10 } }
}
