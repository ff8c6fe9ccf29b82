import Foundation
import MaillageSupport

/// The command line's side of ``OutputFile`` (MaillageSupport), the one writer of
/// outputs: a regular file or new path replaced atomically through an unpredictable
/// temporary file, standard output (`-`, `/dev/stdout`), a FIFO or a character device
/// written into, anything else refused; its errors become ``CommandFailure``s.
enum AtomicFile {
    /// Writes `data` to `url` (see ``OutputFile``).
    static func write(_ data: some Collection<UInt8>, to url: URL) throws {
        try write(data, toPath: url.path)
    }

    /// Writes `data` to `path`, `-` meaning standard output. A `String.UTF8View` is
    /// written from the string's own storage, without a copy (a 50 MB report would
    /// otherwise be held twice). `export` streams instead (``stream(toPath:_:)``).
    static func write(_ data: some Collection<UInt8>, toPath path: String) throws {
        do {
            try OutputFile.write(data, to: path)
        } catch {
            throw CommandFailure(error.text)
        }
    }

    /// Writes to `path` (`-`: standard output) what `body` writes, in chunks, without
    /// holding the whole output in memory (see ``OutputFile/stream(to:_:)``).
    static func stream(toPath path: String, _ body: (inout ChunkedOutput) -> Void) throws {
        do {
            try OutputFile.stream(to: path, body)
        } catch {
            throw CommandFailure(error.text)
        }
    }

    /// Writes `data` to standard output, reporting a failed write (a full disk).
    static func writeToStandardOutput(_ data: some Collection<UInt8>) throws {
        do {
            try OutputFile.writeToStandardOutput(data)
        } catch {
            throw CommandFailure(error.text)
        }
    }

    /// Checks, before any computation, that `paths` name distinct files and can be
    /// written, and creates their temporary files (``OutputFile/prepare(_:)``).
    static func check(_ paths: [String?]) throws {
        let paths = paths.compactMap { $0 }
        do {
            try OutputFile.refuseSameDestination(paths)
            for path in paths { try OutputFile.prepare(path) }
        } catch {
            throw CommandFailure(error.text)
        }
    }
}
