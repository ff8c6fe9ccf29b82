import CTemporaryFiles

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Darwin.open(path, flags, mode) }
#endif

/// Why an output could not be written: the path and a sentence for the user.
public struct OutputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The output path as given.
    public var path: String
    /// What went wrong and what to do, e.g. `it is a folder; give a file name`.
    public var reason: String

    /// ``reason`` in French.
    public var frenchReason: String

    /// The path was refused by rule (a file of a dataset folder), not by the system.
    public var isRefusal: Bool

    /// An error about `path`; `frenchReason` is `reason` in French (the same text when nil).
    public init(path: String, reason: String, frenchReason: String? = nil, isRefusal: Bool = false) {
        self.path = path
        self.reason = reason
        self.frenchReason = frenchReason ?? reason
        self.isRefusal = isRefusal
    }

    public var description: String { "\(isRefusal ? "refusing to write" : "cannot write") \(path): \(reason)" }

    /// The whole message in French and in English.
    public var text: LocalizedText {
        LocalizedText(fr: "\(isRefusal ? "refus d'écrire" : "impossible d'écrire") \(path) : \(frenchReason)", en: description)
    }

    /// Equal when the path, the English reason and the kind are (the French follows the English).
    public static func == (a: OutputError, b: OutputError) -> Bool {
        a.path == b.path && a.reason == b.reason && a.isRefusal == b.isRefusal
    }
}

/// Where an output path leads, decided before anything is computed.
public enum OutputDestination: Sendable, Equatable {
    /// Standard output: `-`, `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`.
    case standardOutput
    /// An existing FIFO or character device (`/dev/null`, `/dev/full`, a terminal, a
    /// named pipe), or a link to one: written into directly, never replaced.
    case stream(path: String)
    /// A regular file or a new path (links to a regular file followed): replaced
    /// atomically through a temporary file in its folder.
    case file(path: String)
}

/// The one writer of Maillage's outputs (command results, exports, maps, reports, the
/// files of a synthetic dataset): whole or not at all, never through a device or a link.
///
/// - Standard output (`-`, `/dev/stdout`), a FIFO and a character device are written
///   into directly, with every write checked: `/dev/full` reports a full disk.
/// - A regular file or a new path is written into a temporary file created in the
///   target's folder with an unpredictable name (`.NAME.XXXXXXXXXXXX.tmp`, 60 random
///   bits) by `open(O_CREAT | O_EXCL | O_NOFOLLOW)`, so a file or link planted in the
///   folder is never opened; it is flushed (`fsync`) and renamed over the target. The
///   temporary file is removed on any error, at exit, and on SIGINT, SIGTERM, SIGHUP and
///   SIGPIPE (a closed pipe: `… -o out.csv 2>&1 | head`).
/// - Anything else is refused with a clear message: a folder, a block device, a
///   socket, a link to nothing, a missing parent folder, a file of a dataset folder
///   (Maillage never modifies its input).
///
/// ``write(_:to:datasetFile:)`` takes the whole content; ``stream(to:_:)`` takes it in
/// pieces from a writer (through ``ChunkedOutput``), so that a large export is never held
/// in memory, under the same rules.
///
/// ``prepare(_:)`` runs every check and creates the temporary file (which proves the
/// folder writable), so that a command refuses a bad path before its computation; ``refuseSameDestination(_:)`` refuses two outputs naming one file.
public enum OutputFile {
    /// The files of a dataset folder (see the DatasetFormat article of the documentation), never overwritten when a
    /// `memberships.csv` stands beside them.
    public static let datasetFiles: Set<String> = ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv", "README.md"]

    /// The paths that name this process's standard output.
    static let standardOutputNames: Set<String> = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    /// Where `path` leads, after checking that it can be written there, before any
    /// computation. For a file, its temporary file is created now (which proves the
    /// folder writable) and kept for ``write(_:to:datasetFile:)``; it is removed if the
    /// process ends, or is interrupted, before that write.
    /// - Throws: ``OutputError`` with a message for the user.
    @discardableResult
    public static func prepare(_ path: String) throws(OutputError) -> OutputDestination {
        let destination = try resolve(path)
        switch destination {
        case .standardOutput:
            break
        case .stream(let target):
            if access(target, W_OK) != 0 { throw failure(path, errno) }
        case .file(let target):
            if Prepared.contains(target) { break }
            let temporary = try TemporaryFile.create(besides: target, reportedAs: path)
            Prepared.store(temporary, for: target)
        }
        return destination
    }

    /// Refuses a list of outputs in which two name the same file (after links are
    /// followed); standard output may appear once.
    public static func refuseSameDestination(_ paths: [String]) throws(OutputError) {
        var seen: [String: String] = [:]
        for path in paths {
            let key: String
            switch try resolve(path) {
            case .standardOutput: key = "<stdout>"
            case .stream(let target): key = realPath(target) ?? target
            case .file(let target):
                key = realPath(target) ?? joined(realPath(parentFolder(of: target)) ?? parentFolder(of: target), lastComponent(of: target))
            }
            if let first = seen[key] {
                throw OutputError(path: path, reason: "it is the same file as \(first); give each output its own name",
                                  frenchReason: "c'est le même fichier que \(first) ; donnez à chaque sortie son propre nom")
            }
            seen[key] = path
        }
    }

    /// Writes `bytes` to `path` (see the type's rules).
    /// - Throws: ``OutputError``; an existing file is then left as it was and no
    ///   temporary file remains.
    /// - Parameters:
    ///   - bytes: the whole content.
    ///   - path: the destination, as the user gave it.
    ///   - datasetFile: the file belongs to a dataset folder being written (`synth`):
    ///     dataset files may be replaced, and a link at `path` is replaced, not followed.
    public static func write(_ bytes: some Collection<UInt8>, to path: String, datasetFile: Bool = false) throws(OutputError) {
        try deliver(to: path, datasetFile: datasetFile) { fd throws(OutputError) in try writeAll(bytes, to: fd, reportedAs: path) }
    }

    /// Writes to `path` what `body` writes into the ``ChunkedOutput`` it is given, in
    /// chunks, never holding the whole output in memory; the same rules as
    /// ``write(_:to:datasetFile:)``: a file is written into its temporary file and renamed
    /// over the target only when every write succeeded (a failed write removes it, and
    /// leaves an existing file as it was); standard output and streams are written into.
    /// - Throws: ``OutputError`` (a failed write is reported after `body` returns).
    public static func stream(to path: String, _ body: (inout ChunkedOutput) -> Void) throws(OutputError) {
        try deliver(to: path, datasetFile: false) { fd throws(OutputError) in try stream(into: fd, reportedAs: path, body) }
    }

    /// Opens where `path` leads and has `fill` write into the descriptor: standard output
    /// and streams directly, a file through its temporary file, renamed over the target
    /// when `fill` succeeds and removed when it fails.
    private static func deliver(to path: String, datasetFile: Bool,
                                _ fill: (Int32) throws(OutputError) -> Void) throws(OutputError) {
        switch try resolve(path, datasetFile: datasetFile) {
        case .standardOutput:
            try fill(STDOUT_FILENO)
        case .stream(let target):
            let fd = systemOpen(target, O_WRONLY | O_CLOEXEC, 0)
            guard fd >= 0 else { throw failure(path, errno) }
            defer { close(fd) }
            try fill(fd)
        case .file(let target):
            let temporary: TemporaryFile
            if let prepared = Prepared.take(target) {
                temporary = prepared
            } else {
                temporary = try TemporaryFile.create(besides: target, reportedAs: path)
            }
            do throws(OutputError) {
                try fill(temporary.descriptor)
            } catch {
                temporary.discard()
                throw error
            }
            try temporary.commit(to: target, reportedAs: path)
        }
    }

    /// Runs `body` on a ``ChunkedOutput`` of `fd`, writes its last chunk and reports its failure.
    private static func stream(into fd: Int32, reportedAs path: String, _ body: (inout ChunkedOutput) -> Void) throws(OutputError) {
        var output = ChunkedOutput(descriptor: fd)
        body(&output)
        output.flush()
        if output.failure != 0 { throw failure(path, output.failure) }
    }

    /// Writes `bytes` to standard output, every write checked.
    public static func writeToStandardOutput(_ bytes: some Collection<UInt8>) throws(OutputError) {
        try writeAll(bytes, to: STDOUT_FILENO, reportedAs: "standard output")
    }

    /// Where `path` leads (no file is created).
    public static func resolve(_ path: String, datasetFile: Bool = false) throws(OutputError) -> OutputDestination {
        if datasetFile {
            var link = stat()
            if lstat(path, &link) == 0, (link.st_mode & S_IFMT) != S_IFREG, (link.st_mode & S_IFMT) != S_IFLNK {
                throw OutputError(path: path, reason: "it is not a regular file; remove it or choose another folder",
                                  frenchReason: "ce n'est pas un fichier ordinaire ; retirez-le ou choisissez un autre dossier")
            }
            return .file(path: path)
        }
        if standardOutputNames.contains(path) { return .standardOutput }
        guard !path.isEmpty else { throw OutputError(path: path, reason: "empty path; give a file name, or - for standard output",
                                                              frenchReason: "chemin vide ; donnez un nom de fichier, ou - pour la sortie standard") }
        var link = stat()
        if lstat(path, &link) == 0 {
            var target = stat()
            guard stat(path, &target) == 0 else {
                if (link.st_mode & S_IFMT) == S_IFLNK {
                    throw OutputError(path: path, reason: "it is a link to nothing; remove it or choose another name",
                                      frenchReason: "c'est un lien vers rien ; retirez-le ou choisissez un autre nom")
                }
                throw failure(path, errno)
            }
            switch target.st_mode & S_IFMT {
            case S_IFCHR, S_IFIFO:
                return .stream(path: path)
            case S_IFDIR:
                throw OutputError(path: path, reason: "it is a folder; give a file name (e.g. \(joined(path, "out")))",
                                  frenchReason: "c'est un dossier ; donnez un nom de fichier (par exemple \(joined(path, "out")))")
            case S_IFREG:
                let real = (link.st_mode & S_IFMT) == S_IFLNK ? (realPath(path) ?? path) : path
                try refuseDatasetFile(real, reportedAs: path)
                return .file(path: real)
            default:
                throw OutputError(path: path, reason: "it is a device or socket, not a file; give a file name, or - for standard output",
                                  frenchReason: "c'est un périphérique ou une socket, pas un fichier ; donnez un nom de fichier, ou - pour la sortie standard")
            }
        }
        let folder = parentFolder(of: path)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0 else {
            throw OutputError(path: path, reason: "the folder \(folder) does not exist", frenchReason: "le dossier \(folder) n'existe pas")
        }
        guard (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError(path: path, reason: "\(folder) is a file, not a folder", frenchReason: "\(folder) est un fichier, pas un dossier")
        }
        try refuseDatasetFile(path, reportedAs: path)
        return .file(path: path)
    }

    // MARK: - Details

    static func refuseDatasetFile(_ path: String, reportedAs shown: String) throws(OutputError) {
        let folder = parentFolder(of: path)
        if datasetFiles.contains(lastComponent(of: path)), access(joined(folder, "memberships.csv"), F_OK) == 0 {
            throw OutputError(
                path: shown,
                reason: "it is a file of the dataset folder \(folder), and Maillage never modifies its input; choose another output name",
                frenchReason: "c'est un fichier du dossier de jeu de données \(folder), et Maillage ne modifie jamais ce qu'il lit ; choisissez un autre nom de sortie",
                isRefusal: true)
        }
    }

    static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32, reportedAs path: String) throws(OutputError) {
        var code: Int32 = 0
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            code = writeBuffer(UnsafeRawBufferPointer(buffer), to: fd)
        }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { code = writeBuffer($0, to: fd) }
        }
        if code != 0 { throw failure(path, code) }
    }

    /// Writes the whole buffer; 0 or the `errno` of the failing write.
    static func writeBuffer(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var written = 0
        while written < buffer.count {
            let n = systemWrite(fd, base + written, min(buffer.count - written, 1 << 30))
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            written += n
        }
        return 0
    }

    /// The message for a system error `code` met while writing `path`.
    static func failure(_ path: String, _ code: Int32) -> OutputError {
        let reason = String(cString: strerror(code))
        let hint: String, frenchHint: String
        switch code {
        case EACCES, EPERM, EROFS:
            (hint, frenchHint) = (" (the folder is not writable: choose another -o path)", " (le dossier n'est pas accessible en écriture : choisissez un autre chemin pour -o)")
        case ENOSPC, EDQUOT: (hint, frenchHint) = (" (the disk is full)", " (le disque est plein)")
        default: (hint, frenchHint) = ("", "")
        }
        return OutputError(path: path, reason: reason + hint, frenchReason: (frenchSystemReason(code) ?? reason) + frenchHint)
    }

    /// The system's reason for `code` in French, for the errors a write meets (the C
    /// library speaks English here); nil for the others, which keep the system's text.
    static func frenchSystemReason(_ code: Int32) -> String? {
        switch code {
        case EACCES: "permission refusée"
        case EPERM: "opération non permise"
        case EROFS: "système de fichiers en lecture seule"
        case ENOSPC: "plus de place sur le périphérique"
        case EDQUOT: "quota de disque dépassé"
        case ENOENT: "fichier ou dossier introuvable"
        case ENOTDIR: "un élément du chemin n'est pas un dossier"
        case EISDIR: "c'est un dossier"
        case ENAMETOOLONG: "nom de fichier trop long"
        case EEXIST: "le fichier existe déjà"
        case EIO: "erreur d'entrée-sortie"
        case ELOOP: "trop de liens symboliques"
        case EFBIG: "fichier trop gros"
        case EMFILE, ENFILE: "trop de fichiers ouverts"
        case EXDEV: "lien entre deux systèmes de fichiers"
        case ETXTBSY: "fichier occupé"
        default: nil
        }
    }

    static func parentFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Temporary files made by ``OutputFile/prepare(_:)``, by target path, until written.
enum Prepared {
    nonisolated(unsafe) private static var files: [String: TemporaryFile] = [:]

    static func contains(_ target: String) -> Bool { CleanupRegistry.lock.withLock { files[target] != nil } }

    static func store(_ file: TemporaryFile, for target: String) {
        CleanupRegistry.lock.withLock { files[target] = file }
    }

    static func take(_ target: String) -> TemporaryFile? {
        CleanupRegistry.lock.withLock { files.removeValue(forKey: target) }
    }
}

/// A temporary file beside an output, created `O_EXCL | O_NOFOLLOW` under an
/// unpredictable name and registered for removal at exit and on SIGINT, SIGTERM,
/// SIGHUP and SIGPIPE until it is committed (renamed over the target) or discarded.
struct TemporaryFile {
    let path: String
    let descriptor: Int32

    /// Creates the temporary file in the folder of `target`.
    static func create(besides target: String, reportedAs shown: String) throws(OutputError) -> TemporaryFile {
        let folder = OutputFile.parentFolder(of: target)
        let name = OutputFile.lastComponent(of: target)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let suffix = String(generator.next() & 0x0FFF_FFFF_FFFF_FFFF, radix: 36)
            let path = OutputFile.joined(folder, ".\(name).\(suffix).tmp")
            CleanupRegistry.installHandlers()
            let slot = CleanupRegistry.register(path)
            let fd = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return TemporaryFile(path: path, descriptor: fd, slot: slot) }
            let code = errno
            CleanupRegistry.unregister(slot)
            if code == EEXIST || code == ELOOP { continue }
            throw OutputFile.failure(shown, code)
        }
        throw OutputError(path: shown, reason: "could not create a temporary file in \(folder) (names taken)",
                          frenchReason: "impossible de créer un fichier temporaire dans \(folder) (noms déjà pris)")
    }

    private let slot: Int?

    private init(path: String, descriptor: Int32, slot: Int?) {
        self.path = path
        self.descriptor = descriptor
        self.slot = slot
    }

    /// Flushes, closes and renames the file over `target`.
    func commit(to target: String, reportedAs shown: String) throws(OutputError) {
        var code: Int32 = 0
        if fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(path, target) != 0 { code = errno }
        if code != 0 {
            unlink(path)
            CleanupRegistry.unregister(slot)
            throw OutputFile.failure(shown, code)
        }
        CleanupRegistry.unregister(slot)
    }

    /// Closes and removes the file (after a failure, or after a probe).
    func discard() {
        close(descriptor)
        unlink(path)
        CleanupRegistry.unregister(slot)
    }
}

/// Paths of temporary files to remove if the process ends before they are renamed.
///
/// The table and the signal handlers live in C (`CTemporaryFiles`): a handler written
/// in Swift may instantiate type metadata on its first run, which allocates, and a
/// signal arriving while the interrupted thread is inside `malloc` then corrupts the
/// heap (seen as "malloc assertion failure in sysmalloc" and SIGABRT instead of a
/// clean end by SIGTERM). The C handler only reads a fixed table and calls `unlink`.
enum CleanupRegistry {
    static let capacity = Int(MAILLAGE_TEMPORARY_FILES_CAPACITY)
    /// Guards ``Prepared``'s table (the C registry has its own atomics).
    static let lock = PthreadLock()

    /// Installs the exit and signal handlers once.
    static func installHandlers() {
        maillage_temporary_files_install()
    }

    /// Records `path`; its slot, or nil when the table is full or the path too long
    /// (then the file is only removed on errors).
    static func register(_ path: String) -> Int? {
        let slot = maillage_temporary_files_register(path)
        return slot >= 0 ? Int(slot) : nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        maillage_temporary_files_unregister(Int32(slot))
    }

    /// Removes every registered file (what the signal and exit handlers run).
    static func removeAll() {
        maillage_temporary_files_remove_all(nil)
    }

    /// Removes the registered files whose path starts with `prefix` (every file when
    /// nil). Tests name their own folder, so that files that other tests are writing
    /// at the same time are kept.
    static func removeAll(under prefix: UnsafePointer<CChar>?) {
        maillage_temporary_files_remove_all(prefix)
    }

    /// The registered paths (for tests).
    static var pending: [String] {
        var buffer = [CChar](repeating: 0, count: Int(MAILLAGE_TEMPORARY_FILES_PATH_MAX))
        return (0..<capacity).compactMap { slot -> String? in
            guard maillage_temporary_files_path(Int32(slot), &buffer, buffer.count) == 1 else { return nil }
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// A pthread mutex, for the registry (Synchronization's `Mutex` needs macOS 15 at the
/// call site and cannot hold raw pointers).
final class PthreadLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
