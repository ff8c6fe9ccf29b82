/// A text output that goes to a file descriptor in chunks of ``chunkSize`` bytes, so that
/// a large output (a 1.4 GB GraphML export of 200,000 actors) is never held in memory
/// whole: what a writer produces through `TextOutputStream` is copied into one buffer,
/// written out each time it fills, and the buffer reused.
///
/// It is handed out by ``OutputFile/stream(to:_:)``, which opens the destination, writes
/// what is left in the buffer at the end and then commits the file, or removes it on a
/// failed write: a full disk stops the writing (later writes are ignored), and the
/// failure is reported once, after the writer returns. A writer written against
/// `TextOutputStream` runs the same on a `String` (tests, library callers) and on a file.
public struct ChunkedOutput: TextOutputStream {
    /// The size of the buffer, in bytes (1 MiB).
    public static let chunkSize = 1 << 20

    private let descriptor: Int32
    private var buffer: [UInt8]
    /// The `errno` of the first failed write, 0 while every write succeeded.
    public private(set) var failure: Int32 = 0
    /// The number of bytes handed to the output so far (written or still buffered).
    public private(set) var byteCount = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = []
        buffer.reserveCapacity(Self.chunkSize)
    }

    /// Appends the UTF-8 bytes of `string`.
    public mutating func write(_ string: String) {
        guard failure == 0 else { return }
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { append($0) }
        if copied == nil {
            var copy = string
            copy.withUTF8 { append($0) }
        }
    }

    /// Appends `bytes`: into the buffer, after writing it out if they do not fit; a run
    /// longer than the buffer goes straight to the descriptor.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount += bytes.count
        if buffer.count + bytes.count > Self.chunkSize {
            flush()
            guard failure == 0 else { return }
        }
        if bytes.count >= Self.chunkSize {
            failure = OutputFile.writeBuffer(UnsafeRawBufferPointer(bytes), to: descriptor)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes the buffer out and empties it.
    mutating func flush() {
        guard failure == 0, !buffer.isEmpty else { return }
        failure = buffer.withUnsafeBytes { OutputFile.writeBuffer($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }
}
