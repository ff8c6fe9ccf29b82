/// A pointer read by several threads, to memory no thread writes meanwhile.
struct SharedReads<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>

    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }

    @inline(__always) subscript(i: Int) -> Element { buffer[i] }
}
