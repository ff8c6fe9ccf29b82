import Foundation

/// The one thread on which every Graphviz call of the process runs.
///
/// Graphviz's C library is not thread-safe (even look-ups reorganise internal
/// splay trees), so callers hand it closures that run one after the other on a
/// dedicated thread, and wait for their result.
final class GraphvizThread: @unchecked Sendable {
    static let shared = GraphvizThread()

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []

    private init() {
        let thread = Thread { [unowned self] in self.runLoop() }
        thread.name = "maillage.graphviz"
        thread.start()
    }

    private func runLoop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on the Graphviz thread and returns its result.
    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        condition.lock()
        jobs.append {
            box.value = body()
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        // The semaphore orders the write above before this read.
        return box.value!
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
