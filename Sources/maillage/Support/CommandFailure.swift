import MaillageModel

/// A failure explained to the user, in their language: printed on stderr as
/// `Error: …` (« Erreur : … » in French) by ``Maillage/main()``, exit 1.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message, already in the user's language.
    var message: String
    init(_ message: String) {
        self.message = message
        UsageError.register(message)
    }
    /// The French or the English message, whichever the command line asks for (``Language/ofCommandLine``).
    init(_ french: String, _ english: String) { self.init(Language.ofCommandLine.pick(french, english)) }
    /// `text` in the language the command line asks for.
    init(_ text: LocalizedText) { self.init(Language.ofCommandLine.text(text)) }
    var description: String { message }
}
