import ArgumentParser
import Foundation
import MaillageModel

/// `maillage`: maps cooperation networks of the social and solidarity economy.
@main
struct Maillage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maillage",
        abstract: helpText(
            "Cartographie les réseaux de coopération de l'ESS : qui coopère avec qui, quels acteurs tiennent le territoire.",
            "Maps the cooperation networks of the social and solidarity economy (ESS): who cooperates with whom, which actors hold the territory together."),
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, CentralityCommand.self, HubsCommand.self, ClustersCommand.self,
            TerritoriesCommand.self, BrokersCommand.self, SuggestCommand.self, RenderCommand.self, ReportCommand.self, WorkbookCommand.self, ExportCommand.self, SynthCommand.self, CompareCommand.self, TemplateCommand.self,
        ]
    )

    /// Runs the command line; an unknown command word gets a "did you mean" before any
    /// option is read (`maillage reprot -o x.html` suggests `report`).
    ///
    /// Errors are printed in the user's language (``Language/ofCommandLine``):
    /// `Erreur : …` in French for a ``CommandFailure`` and for the command line's own
    /// usage errors (``UsageError``), and ArgumentParser's usage errors translated
    /// (``FrenchUsageMessage``).
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let language = Language.ofCommandLine
        // `maillage help clusters --lang en`: ArgumentParser's help command takes no
        // option, and the language is already read (``Language/ofCommandLine``).
        if arguments.first == "help" { arguments = Self.withoutLanguage(arguments) }
        if let first = arguments.first, let message = unknownCommandMessage(first, language: language) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as CommandFailure {
            printError(language.pick("Erreur : ", "Error: ") + failure.message)
            Foundation.exit(ExitCode.failure.rawValue)
        } catch {
            let code = exitCode(for: error)
            // A French --help: ArgumentParser's own words translated too.
            if language == .fr, code == .success, !arguments.contains("--experimental-dump-help") {
                let help = fullMessage(for: error)
                if help.contains("USAGE:") {
                    print(FrenchUsageMessage.help(help))
                    Foundation.exit(ExitCode.success.rawValue)
                }
            }
            guard language == .fr, code != .success else { exit(withError: error) }
            // Our own usage errors are French already; ArgumentParser's are translated.
            var text = fullMessage(for: error)
            if UsageError.isOurs(message(for: error)), text.hasPrefix("Error: ") { text = "Erreur : " + text.dropFirst("Error: ".count) }
            text = FrenchUsageMessage.translated(text)
            printError(text)
            Foundation.exit(code.rawValue)
        }
    }

    /// `arguments` without `--lang X` and `--lang=X` (before any `--`).
    static func withoutLanguage(_ arguments: [String]) -> [String] {
        var out: [String] = [], i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { return out + arguments[i...] }
            if argument == "--lang" { i += 2; continue }
            if argument.hasPrefix("--lang=") { i += 1; continue }
            out.append(argument)
            i += 1
        }
        return out
    }

    /// The names a first argument may take.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The message for a first argument that is no command, in the locale's language; nil
    /// when it is a command or an option.
    static func unknownCommandMessage(_ word: String, language: Language = .fromEnvironment()) -> String? {
        guard !word.hasPrefix("-"), !commandNames.contains(word) else { return nil }
        let l = language
        let nearest = NameMatching.nearest(word, among: commandNames, limit: 3)
        var message = l.pick("maillage : commande inconnue « \(word) »", "maillage: unknown command '\(word)'")
        if !nearest.isEmpty {
            message += l.pick(". Vouliez-vous dire : ", ". Did you mean: ") + nearest.joined(separator: ", ") + l.pick(" ?", "?")
        }
        message += "\n" + l.pick("Commandes : ", "Commands: ") + commandNames.filter { $0 != "help" }.joined(separator: ", ")
            + l.pick(" (maillage --help pour l'aide)", " (maillage --help for help)")
        return message
    }
}
