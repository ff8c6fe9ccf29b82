import Dispatch
import Synchronization

/// How the single-source searches of the path-based measures (betweenness,
/// closeness, harmonic) are spread over threads.
///
/// The sources `0..<nodeCount` are cut into a fixed number of contiguous chunks
/// that depends only on `nodeCount` (at most ``sourceChunkLimit``), never on the
/// number of workers. Workers take chunks in turn; each chunk yields its own
/// partial result, and the partials are combined in chunk order. The floating-point
/// operations are therefore the same whatever the number of workers: a parallel run
/// gives bit-for-bit the result of a single-threaded one.
let sourceChunkLimit = 32

/// The sources of chunk `index` when `count` sources are cut into `chunks` chunks.
@inline(__always)
func sourceChunk(_ index: Int, of chunks: Int, count: Int) -> Range<Int> {
    (count * index / chunks)..<(count * (index + 1) / chunks)
}

/// State shared by the workers of one ``processSourceChunks(nodeCount:workers:makeWorkspace:chunk:)`` call.
private final class ChunkBoard: Sendable {
    let next = Mutex(0)
    let finished = Mutex(0)
    let results: Mutex<[[Double]]>

    init(chunkCount: Int) {
        results = Mutex([[Double]](repeating: [], count: chunkCount))
    }

    /// The next chunk to process, or nil when all are taken.
    func take(below chunkCount: Int) -> Int? {
        next.withLock { value in
            guard value < chunkCount else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Runs `chunk` on every chunk of the sources `0..<nodeCount`, on up to `workers`
/// threads, and returns the chunk results in chunk order.
///
/// - Parameters:
///   - nodeCount: number of sources.
///   - workers: number of threads to use (values below 1 mean 1).
///   - makeWorkspace: builds the scratch state of one worker (called once per worker).
///   - chunk: computes the result of one chunk of sources with a worker's scratch state.
/// - Returns: `min(nodeCount, sourceChunkLimit)` results, in source order.
func processSourceChunks<Workspace>(
    nodeCount: Int,
    workers: Int,
    makeWorkspace: @Sendable () -> Workspace,
    chunk: @Sendable (Range<Int>, inout Workspace) -> [Double]
) -> [[Double]] {
    let chunkCount = min(nodeCount, sourceChunkLimit)
    guard chunkCount > 0 else { return [] }
    let workerCount = max(1, min(workers, chunkCount))
    let board = ChunkBoard(chunkCount: chunkCount)
    @Sendable func runWorker(_: Int) {
        var workspace = makeWorkspace()
        while let index = board.take(below: chunkCount) {
            let result = chunk(sourceChunk(index, of: chunkCount, count: nodeCount), &workspace)
            board.results.withLock { $0[index] = result }
            let done = board.finished.withLock { value in value += 1; return value }
            AnalysisProgress.report(done: done, total: chunkCount)
        }
    }
    if workerCount == 1 {
        runWorker(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workerCount) { runWorker($0) }
    }
    return board.results.withLock { $0 }
}

/// Sums, over every source, a vector of `length` per-source contributions, in parallel
/// and with a result independent of `workers` (see ``sourceChunkLimit``).
///
/// `accumulate(source, &workspace, &partial)` adds the contribution of `source` to
/// `partial`.
func sumOverSources<Workspace>(
    nodeCount: Int,
    length: Int,
    workers: Int,
    makeWorkspace: @Sendable () -> Workspace,
    accumulate: @Sendable (Int, inout Workspace, inout [Double]) -> Void
) -> [Double] {
    let partials = processSourceChunks(nodeCount: nodeCount, workers: workers, makeWorkspace: makeWorkspace) {
        sources, workspace in
        var partial = [Double](repeating: 0, count: length)
        for source in sources { accumulate(source, &workspace, &partial) }
        return partial
    }
    var total = [Double](repeating: 0, count: length)
    for partial in partials {
        for i in 0..<length { total[i] += partial[i] }
    }
    return total
}

/// One value per source, `value(source, &workspace)`, computed in parallel.
func mapSources<Workspace>(
    nodeCount: Int,
    workers: Int,
    makeWorkspace: @Sendable () -> Workspace,
    value: @Sendable (Int, inout Workspace) -> Double
) -> [Double] {
    let partials = processSourceChunks(nodeCount: nodeCount, workers: workers, makeWorkspace: makeWorkspace) {
        sources, workspace in
        sources.map { value($0, &workspace) }
    }
    return Array(partials.joined())
}
