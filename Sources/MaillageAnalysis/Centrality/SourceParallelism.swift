import MaillageSupport

/// How the single-source searches of the path-based measures (betweenness,
/// closeness, harmonic) are spread over threads, with `ParallelChunks` (MaillageSupport).
///
/// The sources `0..<nodeCount` are cut into a fixed number of contiguous chunks
/// that depends only on `nodeCount` (at most ``sourceChunkLimit``), never on the
/// number of workers. Each chunk yields its own partial result, and the partials are
/// combined in chunk order. The floating-point operations are therefore the same
/// whatever the number of workers: a parallel run gives bit-for-bit the result of a
/// single-threaded one.
let sourceChunkLimit = 32

/// Runs `chunk` on every chunk of the sources `0..<nodeCount`, on up to `workers`
/// threads, and returns the chunk results in chunk order; progress goes to
/// ``AnalysisProgress``.
///
/// - Parameters:
///   - nodeCount: number of sources.
///   - workers: the most threads running at once (values below 1 mean 1).
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
    return ParallelChunks.map(chunkCount: chunkCount, workers: workers, makeWorkspace: makeWorkspace,
                              progress: AnalysisProgress.report) { index, workspace in
        chunk(ParallelChunks.range(index, of: chunkCount, count: nodeCount), &workspace)
    }
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
