import Synchronization

/// Where long computations report how far they are, for a progress display.
///
/// The analysis layer knows nothing of terminals: a caller (the command line)
/// installs a handler, and the source-parallel measures (betweenness, closeness,
/// harmonic, approximate betweenness) call it with the work done and the work in
/// all, from any thread. Without a handler, reporting costs one lock per chunk.
public enum AnalysisProgress {
    /// Receives (done, total) units of work of the current computation.
    public typealias Handler = @Sendable (_ done: Int, _ total: Int) -> Void

    private static let handler = Mutex<Handler?>(nil)

    /// Installs `newHandler` (nil to remove it).
    public static func install(_ newHandler: Handler?) {
        handler.withLock { $0 = newHandler }
    }

    /// Reports progress to the installed handler, if any.
    static func report(done: Int, total: Int) {
        let current = handler.withLock { $0 }
        current?(done, total)
    }
}
