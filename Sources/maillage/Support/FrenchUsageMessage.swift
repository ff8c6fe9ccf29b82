import Foundation

/// ArgumentParser's usage errors in French: a French user who mistypes an option reads
/// « Erreur : option inconnue « --topp ». Vouliez-vous dire « --top » ? » rather than the
/// parser's English. The message's lines are translated by their known forms (the value
/// invalid for an option, an unknown option, a missing value or argument, an unexpected
/// argument, the Usage and See lines); a form not known here stays as the parser wrote
/// it, and the option names and their help text are kept as they are.
enum FrenchUsageMessage {
    /// `message` (ArgumentParser's full message: Error, Help, Usage lines) in French.
    static func translated(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            if line.hasPrefix("Error: ") { return "Erreur : " + error(String(line.dropFirst("Error: ".count))) }
            if line.hasPrefix("Help: ") { return "Aide :" + line.dropFirst("Help:".count) }
            if line.hasPrefix("Usage: ") { return "Usage : " + line.dropFirst("Usage: ".count) }
            if let see = between(line, "  See '", "' for more information.") { return "  Voir « \(see) » pour plus d'informations." }
            return line
        }.joined(separator: "\n")
    }

    /// ArgumentParser's own words in a French `--help` (the commands' texts are French
    /// already, see `helpText`): the headings (OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
    /// SUBCOMMANDS), the help of `--help` and `--version`, « (values: …; default: …) »
    /// even when a line break cuts it, and the closing « See 'maillage help' » line.
    static func help(_ text: String) -> String {
        let headings = ["OVERVIEW:": "RÉSUMÉ :", "USAGE:": "USAGE :", "ARGUMENTS:": "ARGUMENTS :", "OPTIONS:": "OPTIONS :",
                        "SUBCOMMANDS:": "SOUS-COMMANDES :"]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            for (english, french) in headings where line.hasPrefix(english) {
                line = french + line.dropFirst(english.count)
            }
            line = line.replacingOccurrences(of: "Show help information.", with: "Affiche cette aide.")
            line = line.replacingOccurrences(of: "Show the version.", with: "Affiche la version.")
            if let command = between(line, "  See '", " <subcommand>' for detailed help.") {
                line = "  Voir «\u{00A0}\(command) <sous-commande>\u{00A0}» pour l'aide détaillée."
            }
            return line
        }
        // « (values: …; default: …) », which the wrapping may cut at any space.
        var joined = lines.joined(separator: "\n")
        for (pattern, template) in [(#"\(values:(\s+)"#, "(valeurs\u{00A0}:$1"), (#";(\s+)default:(\s+)"#, "\u{00A0};$1par défaut\u{00A0}:$2"),
                                    (#"\(default:(\s+)"#, "(par défaut\u{00A0}:$1")] {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            joined = expression.stringByReplacingMatches(in: joined, range: NSRange(joined.startIndex..., in: joined), withTemplate: template)
        }
        // The French words are longer than the English ones ArgumentParser wrapped: lines
        // are wrapped again within the width it used (that of its longest wrapped line).
        let width = text.split(separator: "\n").filter { !$0.hasPrefix("USAGE:") }.map { $0.count }.max() ?? 80
        return rewrapped(joined, width: max(width, 40))
    }

    /// `text` with every line longer than `width` broken at its last space within it,
    /// the rest carried to the start of the next line when that continues the same
    /// paragraph (the same indentation), else onto a new line so indented.
    static func rewrapped(_ text: String, width: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line.count > width, !line.hasPrefix("USAGE") else { i += 1; continue }
            let characters = Array(line)
            // Where the text of the paragraph starts: after the leading spaces, or after
            // the option's names and the run of spaces that follows them.
            var indent = characters.prefix { $0 == " " }.count
            if indent < 20, let gap = line.range(of: "  ", range: line.index(line.startIndex, offsetBy: indent)..<line.endIndex) {
                let after = line[gap.upperBound...].prefix { $0 == " " }.count
                indent = line.distance(from: line.startIndex, to: gap.upperBound) + after
            }
            guard indent < width,
                  let cut = (indent + 1...width).reversed().first(where: { $0 < characters.count && characters[$0] == " " }) else { i += 1; continue }
            let head = String(characters[..<cut]), rest = String(characters[(cut + 1)...])
            lines[i] = head
            let pad = String(repeating: " ", count: indent)
            if i + 1 < lines.count, lines[i + 1].hasPrefix(pad), lines[i + 1].count > indent,
               lines[i + 1][lines[i + 1].index(lines[i + 1].startIndex, offsetBy: indent)] != " " {
                lines[i + 1] = pad + rest + " " + lines[i + 1].dropFirst(indent)
            } else {
                lines.insert(pad + rest, at: i + 1)
            }
            i += 1
        }
        return lines.joined(separator: "\n")
    }

    /// One error message in French, or as it is when its form is not known.
    static func error(_ text: String) -> String {
        if text.hasPrefix("The value '"), let end = text.range(of: "' is invalid for '") {
            let value = text[text.index(text.startIndex, offsetBy: "The value '".count)..<end.lowerBound]
            let rest = text[end.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { return text }
            let option = rest[..<close]
            var tail = String(rest[rest.index(after: close)...])
            if let list = between(tail, ". Please provide one of ", ".") {
                tail = " ; valeurs possibles : " + quotedList(list)
            } else if tail.hasPrefix(". Please provide one of the following:") {
                tail = " ; valeurs possibles :" + tail.dropFirst(". Please provide one of the following:".count)
            }
            return "la valeur « \(value) » n'est pas valide pour « \(option) »" + tail
        }
        if let option = between(text, "Unknown option '", "'") { return "option inconnue « \(option) »" }
        if text.hasPrefix("Unknown option '"), let end = text.range(of: "'. Did you mean '"), text.hasSuffix("'?") {
            let option = text[text.index(text.startIndex, offsetBy: "Unknown option '".count)..<end.lowerBound]
            let suggestion = text[end.upperBound..<text.index(text.endIndex, offsetBy: -2)]
            return "option inconnue « \(option) ». Vouliez-vous dire « \(suggestion) » ?"
        }
        if let option = between(text, "Missing value for '", "'") { return "valeur manquante pour « \(option) »" }
        if let argument = between(text, "Missing expected argument '", "'") { return "argument obligatoire manquant : « \(argument) »" }
        if let list = text.hasPrefix("Missing one of: ") ? String(text.dropFirst("Missing one of: ".count)) : nil {
            return "il manque l'un de : " + quotedList(list)
        }
        if let argument = between(text, "Unexpected argument '", "'") { return "argument inattendu « \(argument) »" }
        if let space = text.firstIndex(of: " "), let count = Int(text[..<space]),
           text[space...].hasPrefix(" unexpected arguments: ") {
            return "\(count) arguments inattendus : " + quotedList(String(text[space...].dropFirst(" unexpected arguments: ".count)), or: false)
        }
        return text
    }

    /// The text of `line` between `prefix` and `suffix` when it is exactly that, with no
    /// quote inside; nil otherwise.
    private static func between(_ line: String, _ prefix: String, _ suffix: String) -> String? {
        guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count >= prefix.count + suffix.count else { return nil }
        let inner = String(line.dropFirst(prefix.count).dropLast(suffix.count))
        return inner.contains("'") && suffix == "'" ? nil : inner
    }

    /// `'a', 'b' and 'c'` as « a », « b » ou « c » (`or`), or as « a », « b », « c ».
    private static func quotedList(_ list: String, or: Bool = true) -> String {
        var items = list.replacingOccurrences(of: " and ", with: ", ").split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " '"))
        }.filter { !$0.isEmpty }.map { "« \($0) »" }
        guard or, items.count > 1, let last = items.popLast() else { return items.isEmpty ? list : items.joined(separator: ", ") }
        return items.joined(separator: ", ") + " ou " + last
    }
}
