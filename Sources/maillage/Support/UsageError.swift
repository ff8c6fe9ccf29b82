import ArgumentParser
import MaillageModel
import Synchronization

/// The command line's own usage errors (a bad option value), in the user's language.
///
/// ArgumentParser prints them with its usage text after `Error: `; ``Maillage/main()``
/// turns that prefix into « Erreur : » in French for these messages only, since
/// ArgumentParser's own messages (an unknown option…) stay in English.
enum UsageError {
    /// The messages thrown so far in this run, to tell ours from ArgumentParser's.
    private static let thrown = Mutex<Set<String>>([])

    /// A `ValidationError` saying `french` or `english`, whichever the command line
    /// asks for (``Language/ofCommandLine``).
    static func make(_ french: String, _ english: String) -> ValidationError {
        let message = Language.ofCommandLine.pick(french, english)
        register(message)
        return ValidationError(message)
    }

    /// Marks `message` as one of ours (a ``CommandFailure`` thrown from a `validate()`
    /// reaches `main` wrapped by ArgumentParser).
    static func register(_ message: String) { thrown.withLock { _ = $0.insert(message) } }

    /// Whether `message` is one of ours.
    static func isOurs(_ message: String) -> Bool { thrown.withLock { $0.contains(message) } }
}
