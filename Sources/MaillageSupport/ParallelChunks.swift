import Dispatch
import Synchronization

/// Fixed-chunk parallel loops: the one way Maillage spreads work over threads.
///
/// The caller cuts its work into `chunkCount` chunks, a number that depends on the
/// work only (never on the machine or on `workers`). The chunks are run by up to
/// `workers` threads, each taking the next chunk not yet taken; a per-thread workspace
/// holds scratch state. Results come back in chunk order.
///
/// **`workers`** always means the same thing: the largest number of threads that run
/// chunks at the same time. Values below 1 mean 1; more workers than chunks run as
/// many threads as chunks; 1 runs every chunk on the calling thread, in chunk order.
///
/// **Determinism**: what a chunk computes must depend only on its index (and on data
/// no chunk writes); then ``map(chunkCount:workers:makeWorkspace:progress:_:)`` returns
/// the same results whatever `workers` and thread timing, and sums taken over those
/// results in chunk order are bit-for-bit the same as a single-threaded run.
///
/// ```swift
/// let n = values.count, chunks = min(n, 32)
/// let partialSums = ParallelChunks.map(chunkCount: chunks, workers: 4) { chunk in
///     ParallelChunks.range(chunk, of: chunks, count: n).reduce(0.0) { $0 + values[$1] }
/// }
/// let total = partialSums.reduce(0, +)   // same bits with 1 or 4 workers
/// ```
public enum ParallelChunks {
    /// Receives (chunks done, chunks in all) after each chunk, from the thread that ran it.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Chunk `index` when `0..<count` is cut into `chunks` contiguous chunks whose sizes
    /// differ by at most one: `(count·index/chunks)..<(count·(index+1)/chunks)`.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func range(_ index: Int, of chunks: Int, count: Int) -> Range<Int> {
        (count * index / chunks)..<(count * (index + 1) / chunks)
    }

    /// Runs `body(chunk, &workspace)` for every chunk of `0..<chunkCount` on up to
    /// `workers` threads; returns when all are done.
    ///
    /// - Parameters:
    ///   - chunkCount: the number of chunks (fixed by the caller's work, not by the machine).
    ///   - workers: the most threads running at once (values below 1 mean 1).
    ///   - makeWorkspace: builds one thread's scratch state (called once per thread).
    ///   - progress: told after each chunk, if given.
    ///   - body: runs one chunk with the thread's workspace.
    ///   - finish: called once per thread with its workspace after its last chunk, to
    ///     hand over what the workspace accumulated (under the caller's own lock).
    /// - Complexity: the chunks' own cost, plus one lock per chunk.
    public static func forEach<Workspace>(
        chunkCount: Int,
        workers: Int,
        makeWorkspace: @Sendable () -> Workspace,
        progress: Progress? = nil,
        _ body: @Sendable (_ chunk: Int, _ workspace: inout Workspace) -> Void,
        finish: @Sendable (_ workspace: inout Workspace) -> Void = { _ in }
    ) {
        guard chunkCount > 0 else { return }
        let threads = max(1, min(workers, chunkCount))
        let next = Mutex(0)
        let finished = Mutex(0)
        @Sendable func runThread(_: Int) {
            var workspace = makeWorkspace()
            while true {
                let chunk: Int? = next.withLock { value in
                    guard value < chunkCount else { return nil }
                    defer { value += 1 }
                    return value
                }
                guard let chunk else { break }
                body(chunk, &workspace)
                if let progress {
                    let done = finished.withLock { value in value += 1; return value }
                    progress(done, chunkCount)
                }
            }
            finish(&workspace)
        }
        if threads == 1 {
            runThread(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { runThread($0) }
        }
    }

    /// One result per chunk of `0..<chunkCount`, `body(chunk, &workspace)`, computed on
    /// up to `workers` threads and returned in chunk order.
    ///
    /// - Parameters: as ``forEach(chunkCount:workers:makeWorkspace:progress:_:finish:)``.
    /// - Returns: `chunkCount` results (none when `chunkCount <= 0`), in chunk order.
    /// - Complexity: the chunks' own cost, plus two locks per chunk.
    public static func map<Workspace, Result: Sendable>(
        chunkCount: Int,
        workers: Int,
        makeWorkspace: @Sendable () -> Workspace,
        progress: Progress? = nil,
        _ body: @Sendable (_ chunk: Int, _ workspace: inout Workspace) -> Result
    ) -> [Result] {
        guard chunkCount > 0 else { return [] }
        let results = Mutex([Result?](repeating: nil, count: chunkCount))
        forEach(chunkCount: chunkCount, workers: workers, makeWorkspace: makeWorkspace, progress: progress) { chunk, workspace in
            let result = body(chunk, &workspace)
            results.withLock { $0[chunk] = result }
        }
        let all = results.withLock { $0.compactMap { $0 } }
        precondition(all.count == chunkCount, "a chunk gave no result")
        return all
    }

    /// One result per chunk, without a workspace: `body(chunk)` on up to `workers`
    /// threads, returned in chunk order.
    /// - Complexity: the chunks' own cost, plus two locks per chunk.
    public static func map<Result: Sendable>(
        chunkCount: Int,
        workers: Int,
        _ body: @Sendable (_ chunk: Int) -> Result
    ) -> [Result] {
        map(chunkCount: chunkCount, workers: workers, makeWorkspace: {}) { chunk, _ in body(chunk) }
    }
}
