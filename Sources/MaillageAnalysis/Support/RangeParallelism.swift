import Dispatch

/// A pointer that several threads write through at disjoint indices.
///
/// Sendable by promise, not by proof: whoever shares it gives each thread its own
/// index range, and reads the memory only after every thread has finished (as
/// ``forEachRange(count:ranges:workers:_:)`` ensures).
struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

    @inline(__always) subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}

/// A pointer read by several threads, to memory no thread writes meanwhile.
struct SharedReads<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>

    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }

    @inline(__always) subscript(i: Int) -> Element { buffer[i] }
}

/// Cuts `0..<count` into `ranges` contiguous ranges (a number that depends only on the
/// caller, never on the machine) and runs `body(range, rangeIndex)` for each, on up to
/// `workers` threads; returns when all are done.
///
/// Results that a caller combines range by range in index order are therefore the same
/// whatever the number of workers.
func forEachRange(count: Int, ranges: Int, workers: Int, _ body: @Sendable (Range<Int>, Int) -> Void) {
    let ranges = max(1, ranges)
    if workers <= 1 || count < 2 * ranges {
        for r in 0..<ranges { body(sourceChunk(r, of: ranges, count: count), r) }
        return
    }
    DispatchQueue.concurrentPerform(iterations: ranges) { r in
        body(sourceChunk(r, of: ranges, count: count), r)
    }
}
