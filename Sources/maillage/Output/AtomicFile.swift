import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes files whole or not at all: into a temporary file beside the target
/// (`.NAME.PID.tmp`), flushed to disk, then renamed over it, so a failure never
/// leaves half a file and an existing file is either kept or replaced whole.
///
/// Refused with a clear message, before anything is written: a target that is a
/// folder, a parent that is missing or is not a folder, and a target that is a
/// file of a dataset folder (`memberships.csv`, `actors.csv`, `cooperations.csv`,
/// `territories.csv` or `README.md` beside a `memberships.csv`): Maillage never
/// modifies its input. A failure to create, write or rename names the path and the
/// system's reason (permission denied, read-only file system, no space left…);
/// the temporary file is then removed.
enum AtomicFile {
    /// The files of a dataset folder (see the DatasetFormat article of the documentation).
    static let datasetFiles: Set<String> = ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv", "README.md"]

    static func write(_ data: Data, to url: URL) throws {
        let url = url.standardizedFileURL
        let path = url.path
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure("cannot write \(path): it is a folder; give a file name (e.g. \(url.appendingPathComponent("out").path))")
        }
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CommandFailure("cannot write \(path): the folder \(directory.path) does not exist")
        }
        guard isDirectory.boolValue else {
            throw CommandFailure("cannot write \(path): \(directory.path) is a file, not a folder")
        }
        if datasetFiles.contains(url.lastPathComponent),
           FileManager.default.fileExists(atPath: directory.appendingPathComponent("memberships.csv").path) {
            throw CommandFailure(
                "refusing to write \(path): it is a file of the dataset folder \(directory.path), and Maillage never modifies its input; choose another output name")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let n = systemWrite(fd, base + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                written += n
            }
        }
        if code == 0, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        if code == 0, rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw failure(path, code)
        }
    }

    /// The message for a system error `code` met while writing `path`.
    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        let reason = String(cString: strerror(code))
        let hint: String
        switch code {
        case EACCES, EPERM, EROFS: hint = " (the folder is not writable: choose another -o path)"
        case ENOSPC, EDQUOT: hint = " (the disk is full)"
        default: hint = ""
        }
        return CommandFailure("cannot write \(path): \(reason)\(hint)")
    }
}
