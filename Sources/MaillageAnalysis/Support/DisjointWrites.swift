/// A pointer that several threads write through at disjoint indices.
///
/// Sendable by promise, not by proof: whoever shares it gives each thread its own
/// index range, and reads the memory only after every thread has finished (as
/// `ParallelChunks.forEach` ensures).
struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

    @inline(__always) subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}
