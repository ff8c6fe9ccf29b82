import ArgumentParser
import MaillageModel

extension Language: ExpressibleByArgument {}

/// `--lang`: the language of every text a command prints or writes, and of its `--help`
/// (``helpText(_:_:)``).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: .localized(
        "Langue des sorties et de cette aide : fr ou en (par défaut : celle de la locale, LC_ALL/LC_MESSAGES/LANG ; le français sauf si elle indique l'anglais).",
        "Language of the output and of this help: fr or en (default: from the locale, LC_ALL/LC_MESSAGES/LANG; French unless it says English).",
        valueName: "fr|en"))
    var choice: Language?

    /// The language asked for, else the environment's.
    var language: Language { choice ?? Language.fromEnvironment() }
}

extension Language {
    /// The language this run asks for: the last `--lang` of the command line, else the
    /// locale's (``fromEnvironment(_:)``). What messages use before or outside a
    /// command's own options (usage errors, dataset diagnostics, failures).
    static var ofCommandLine: Language {
        asked(in: Array(CommandLine.arguments.dropFirst())) ?? .fromEnvironment()
    }

    /// The value of the last `--lang fr|en` (or `--lang=fr|en`) before any `--`; nil when none.
    static func asked(in arguments: [String]) -> Language? {
        var found: Language?
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count {
                found = Language(rawValue: arguments[i + 1]) ?? found
                i += 2
                continue
            }
            if argument.hasPrefix("--lang=") { found = Language(rawValue: String(argument.dropFirst(7))) ?? found }
            i += 1
        }
        return found
    }
}
