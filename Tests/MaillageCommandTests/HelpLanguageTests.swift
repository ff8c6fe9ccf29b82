import Foundation
import Testing
@testable import maillage

/// `--help` follows the language like every other text: French by default, English
/// with `--lang en` or an English locale — each command's abstract and discussion and
/// the help of every option and argument, while the option names, value names,
/// enumerated values and defaults stay the same in both. ArgumentParser's own words
/// (OVERVIEW, USAGE, "Show help information.", "(values: …; default: …)") are translated
/// in French (RÉSUMÉ, « Affiche cette aide. », « (valeurs : … ; par défaut : …) »).
@Suite struct HelpLanguageTests {
    /// A subcommand and how its abstract begins in French and in English.
    struct Command: Sendable, CustomTestStringConvertible {
        var name: String
        var french: String
        var english: String
        var testDescription: String { name }
    }

    /// Every subcommand, in the order `maillage --help` lists them.
    static let commands = [
        Command(name: "validate", french: "Vérifie un jeu de données : chaque problème est listé", english: "Checks a dataset: every problem is listed"),
        Command(name: "summary", french: "Résume un jeu de données : acteurs par type", english: "Summarises a dataset: actors by kind"),
        Command(name: "centrality", french: "Mesures de centralité par acteur", english: "Centrality measures per actor"),
        Command(name: "hubs", french: "Classe les têtes de pont du réseau", english: "Ranks the network's hubs"),
        Command(name: "clusters", french: "Détecte les groupes d'acteurs qui coopèrent surtout entre eux", english: "Finds the groups of actors that cooperate mostly with each other"),
        Command(name: "territories", french: "Chiffres par territoire : acteurs, liens internes et externes", english: "Figures per territory: actors, internal and external ties"),
        Command(name: "brokers", french: "Rôles de courtage (Gould–Fernandez) : qui met en relation", english: "Brokerage roles (Gould–Fernandez): who connects"),
        Command(name: "suggest", french: "Pistes de coopération : qui pourrait coopérer avec qui", english: "Possible cooperations: who could cooperate with whom"),
        Command(name: "render", french: "Dessine une carte des coopérations", english: "Draws a map of the cooperations"),
        Command(name: "report", french: "Écrit un rapport HTML autonome", english: "Writes a self-contained HTML report"),
        Command(name: "workbook", french: "Écrit un classeur de résultats", english: "Writes a results workbook"),
        Command(name: "export", french: "Exporte le réseau", english: "Exports the network"),
        Command(name: "synth", french: "Génère un jeu de données synthétique", english: "Generates a synthetic national-scale dataset"),
        Command(name: "compare", french: "Compare deux jeux de données, ou deux dates d'un même jeu", english: "Compares two datasets, or two dates of one dataset"),
        Command(name: "template", french: "Écrit un modèle à remplir", english: "Writes a template to fill in"),
    ]

    /// Words that give away English prose in a French help text.
    static let englishWords = [" the ", " of ", " and ", " with ", " when ", " only "]
    /// Words that give away French prose in an English help text.
    static let frenchWords = [" le ", " la ", " les ", " des ", " du ", " une ", " avec ", " pour "]

    @Test func theRootHelpIsFrenchByDefaultAndEnglishOnRequest() throws {
        let french = try HelpPage(runMaillage(["--help"]))
        #expect(french.overview.hasPrefix("Cartographie les réseaux de coopération de l'ESS : qui coopère avec qui"), "\(french.overview)")
        #expect(french.entries("SUBCOMMANDS").map(\.key) == Self.commands.map(\.name), "every subcommand is listed here")
        for command in Self.commands {
            let abstract = french.entries("SUBCOMMANDS").first { $0.key == command.name }?.text ?? ""
            #expect(abstract.hasPrefix(command.french), "\(command.name): \(abstract)")
        }
        // ArgumentParser's own words, in French too.
        let plain = HelpPage.collapsedSpaces(french.stdout)
        #expect(plain.hasPrefix("RÉSUMÉ : ") && plain.contains("\nSOUS-COMMANDES :\n") && plain.contains("Affiche cette aide."), "\(plain)")
        #expect(plain.contains("  Voir « maillage help <sous-commande> » pour l'aide détaillée."))
        for english in ["OVERVIEW:", "SUBCOMMANDS:", "Show help information.", "See 'maillage help"] { #expect(!plain.contains(english)) }
        let clusters = HelpPage.collapsedSpaces(try runMaillage(["clusters", "--help"]).stdout)
        #expect(clusters.contains("(valeurs : louvain, leiden ; par défaut :") && !clusters.contains("(values:") && !clusters.contains("default:"), "\(clusters)")
        let english = try HelpPage(runMaillage(["--help", "--lang", "en"]))
        #expect(english.stdout.hasPrefix("OVERVIEW: ") && english.stdout.contains("Show help information."))
        #expect(english.overview.hasPrefix("Maps the cooperation networks of the social and solidarity economy"), "\(english.overview)")
        for command in Self.commands {
            let abstract = english.entries("SUBCOMMANDS").first { $0.key == command.name }?.text ?? ""
            #expect(abstract.hasPrefix(command.english), "\(command.name): \(abstract)")
        }
        // --lang before --help, and the locale, say the same.
        #expect(try runMaillage(["--lang", "en", "--help"]).stdout == english.stdout)
        #expect(try runMaillageInEnglish(["--help"]).stdout == english.stdout)
        #expect(english.stdout != french.stdout)
    }

    @Test func helpCommandAndLangWinningOverTheLocale() throws {
        let french = try runMaillage(["clusters", "--help"])
        #expect(try runMaillage(["help", "clusters"]).stdout == french.stdout, "`maillage help clusters` is the same page")
        #expect(try runMaillageInEnglish(["clusters", "--help", "--lang", "fr"]).stdout == french.stdout, "--lang fr wins over an English locale")
        let english = try runMaillage(["clusters", "--help", "--lang=en"])
        #expect(try runMaillageInEnglish(["help", "clusters"]).stdout == english.stdout)
        #expect(try runMaillage(["help", "clusters", "--lang", "en"]).stdout == english.stdout, "the help command takes --lang too")
        #expect(try runMaillageInEnglish(["help", "--lang=fr", "clusters"]).stdout == french.stdout)
        #expect(english.stdout != french.stdout)
    }

    @Test(arguments: commands) func everyHelpTextFollowsTheLanguage(command: Command) throws {
        let french = try HelpPage(runMaillage([command.name, "--help"]))
        let english = try HelpPage(runMaillage([command.name, "--help", "--lang", "en"]))
        #expect(french.status == 0 && english.status == 0)
        #expect(french.overview.hasPrefix(command.french), "\(french.overview)")
        #expect(english.overview.hasPrefix(command.english), "\(english.overview)")
        #expect(try runMaillageInEnglish([command.name, "--help"]).stdout == english.stdout, "an English locale gives the English page")

        // The discussion, when there is one, is in each language.
        #expect(french.discussion.isEmpty == english.discussion.isEmpty)
        if !french.discussion.isEmpty { #expect(french.discussion != english.discussion) }
        for word in Self.englishWords { #expect(!(french.overview + " " + french.discussion).contains(word), "French overview or discussion: \(word)") }
        for word in Self.frenchWords { #expect(!(english.overview + " " + english.discussion).contains(word), "English overview or discussion: \(word)") }

        // The same options and arguments, value names included, each with its help in
        // both languages; enumerated values and defaults unchanged.
        for section in ["ARGUMENTS", "OPTIONS"] {
            let frenchEntries = french.entries(section), englishEntries = english.entries(section)
            #expect(frenchEntries.map(\.key) == englishEntries.map(\.key), "\(section)")
            for (fr, en) in zip(frenchEntries, englishEntries) where !["-h, --help", "--version"].contains(fr.key) {
                #expect(fr.text != en.text, "\(command.name) \(fr.key) has the same help in French and English: \(fr.text)")
                #expect(Self.valuesAndDefault(fr.text) == Self.valuesAndDefault(en.text), "\(command.name) \(fr.key)")
                for word in Self.englishWords { #expect(!fr.text.contains(word), "\(command.name) \(fr.key) in French: \(fr.text)") }
                for word in Self.frenchWords { #expect(!en.text.contains(word), "\(command.name) \(en.key) in English: \(en.text)") }
            }
        }
        #expect(!english.stdout.contains("\u{00A0}"), "no French non-breaking space in English")
        #expect(!french.entries("OPTIONS").isEmpty)
    }

    @Test func frenchPunctuationStaysWithItsWord() throws {
        // ArgumentParser wraps help at spaces: French help keeps « : » off the start of a line.
        for command in Self.commands.map(\.name) {
            let help = try runMaillage([command, "--help"]).stdout
            for line in help.split(separator: "\n") {
                let text = line.drop { $0 == " " }
                #expect(!text.hasPrefix(":") && !text.hasPrefix(";") && !text.hasPrefix("»"), "\(command): \(line)")
            }
        }
    }

    /// ArgumentParser wraps the help at the terminal's width with its English words; the
    /// French ones are longer, and every line is wrapped again within that width.
    @Test func frenchHelpLinesStayWithinTheTerminalsWidth() throws {
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[key] = nil }
        environment["COLUMNS"] = "80"
        for command in [""] + Self.commands.map(\.name) {
            let help = try runMaillage(command.isEmpty ? ["--help"] : [command, "--help"], environment: environment).stdout
            for line in help.split(separator: "\n") where !line.hasPrefix("USAGE") {
                #expect(line.count <= 80, "\(command): \(line.count) characters: \(line)")
            }
        }
        #expect(FrenchUsageMessage.rewrapped("  --top <n>   un deux trois\n              quatre", width: 26)
                == "  --top <n>   un deux\n              trois quatre")
        // A width narrower than the indentation leaves the line as it is.
        #expect(FrenchUsageMessage.rewrapped("                              un deux trois", width: 12) == "                              un deux trois")
    }

    /// ArgumentParser's "(values: …; default: …)", "(values: …)" or "(default: …)" ending
    /// a help text (after the text's own last full stop), or "".
    static func valuesAndDefault(_ text: String) -> String {
        // The French words of ArgumentParser's ending, read back as its English ones.
        let text = text.replacingOccurrences(of: "(valeurs : ", with: "(values: ").replacingOccurrences(of: " ; par défaut : ", with: "; default: ")
            .replacingOccurrences(of: "(par défaut : ", with: "(default: ")
        guard text.hasSuffix(")") else { return "" }
        let starts = ["(values: ", "(default: "].compactMap { text.range(of: $0, options: .backwards)?.lowerBound }
        guard let start = starts.max() else { return "" }
        return String(text[start...])
    }
}

/// A `--help` page read back: its overview (the abstract), its discussion, and the
/// entries of its sections (ARGUMENTS, OPTIONS, SUBCOMMANDS), every text with its
/// wrapping undone (white space, the non-breaking kinds included, as single spaces).
struct HelpPage {
    var status: Int32
    var stdout: String
    var overview = ""
    var discussion = ""
    var sections: [String: [(key: String, text: String)]] = [:]

    init(_ result: ProcessResult) {
        status = result.status
        stdout = result.stdout
        var paragraphs: [String] = [], paragraph = ""
        var section: String?
        // French headings read as ArgumentParser's English ones.
        let headings = ["RÉSUMÉ :": "OVERVIEW:", "USAGE :": "USAGE:", "ARGUMENTS :": "ARGUMENTS:", "OPTIONS :": "OPTIONS:", "SOUS-COMMANDES :": "SUBCOMMANDS:"]
        for var line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            line = Self.collapsedSpaces(line)
            for (french, english) in headings where line.hasPrefix(french) { line = english + line.dropFirst(french.count) }
            if line.hasPrefix("USAGE:") { section = "USAGE"; continue }
            if section == nil {
                if line.isEmpty { paragraphs.append(paragraph); paragraph = "" } else { paragraph += " " + line }
                continue
            }
            if let first = line.first, first != " ", line.hasSuffix(":") { section = String(line.dropLast()); continue }
            if line.isEmpty { section = ""; continue }  // a section ends at a blank line
            guard let name = section else { continue }
            if line.hasPrefix("   ") {
                if var entries = sections[name], let last = entries.popLast() {
                    sections[name] = entries + [(last.key, Self.collapsed(last.text + " " + line))]
                }
            } else if line.hasPrefix("  ") {
                // ArgumentParser starts the help at column 26, on the label's line when
                // the label leaves room, else on the next line.
                let label = line.count > Self.helpColumn ? line.prefix(Self.helpColumn) : Substring(line)
                let text = line.count > Self.helpColumn ? line.dropFirst(Self.helpColumn) : ""
                if label.last == " " || text.isEmpty {
                    sections[name, default: []].append((Self.collapsed(String(label)), Self.collapsed(String(text))))
                } else {
                    sections[name, default: []].append((Self.collapsed(line), ""))
                }
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        overview = Self.collapsed(paragraphs.first.map { String($0.drop { $0 == " " }.dropFirst("OVERVIEW:".count)) } ?? "")
        discussion = Self.collapsed(paragraphs.dropFirst().joined(separator: " "))
    }

    /// The column where ArgumentParser starts an option's help.
    static let helpColumn = 26

    /// The entries of `section`, in order: the synopsis (`--seed <seed>`) and its help.
    func entries(_ section: String) -> [(key: String, text: String)] { sections[section] ?? [] }

    /// `line` with its non-breaking spaces as plain ones (its layout kept).
    static func collapsedSpaces(_ line: String) -> String {
        String(line.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
    }

    /// `text` with every run of white space (non-breaking spaces included) as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
