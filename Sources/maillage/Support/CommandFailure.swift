/// A failure explained to the user: printed on stderr as `maillage: error: …`, exit 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
