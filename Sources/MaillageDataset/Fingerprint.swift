import Dispatch
import MaillageSupport
import Synchronization

/// The SHA-256 fingerprint of a dataset's files, computed in the background.
///
/// The digest covers, for each file in the order given (name order), its name, a NUL
/// byte and its bytes as stored. It starts on another thread as soon as the files are
/// read, so on a machine of two cores it costs nothing while the files are parsed;
/// ``hex()`` waits for it.
final class Fingerprint: Sendable {
    private let group = DispatchGroup()
    private let result = Mutex("")

    /// Starts hashing `files`, (name, bytes) pairs.
    init(files: [(String, [UInt8])]) {
        let names = files.map(\.0), contents = files.map(\.1)
        DispatchQueue.global().async(group: group) {
            var hasher = SHA256()
            for (name, bytes) in zip(names, contents) {
                hasher.update(Array(name.utf8) + [0])
                hasher.update(bytes)
            }
            let hex = hasher.finalizeHex()
            self.result.withLock { $0 = hex }
        }
    }

    /// The digest in lower-case hexadecimal, once computed.
    func hex() -> String {
        group.wait()
        return result.withLock { $0 }
    }
}
