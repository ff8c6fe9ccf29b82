import ArgumentParser
import MaillageModel

extension Language: ExpressibleByArgument {}

/// `--lang`: the language of every text a command prints or writes.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of the output: fr or en (default: from the locale, LC_ALL/LC_MESSAGES/LANG; French unless it says English).",
        valueName: "fr|en"))
    var choice: Language?

    /// The language asked for, else the environment's.
    var language: Language { choice ?? Language.fromEnvironment() }
}
