import Foundation
import MaillageSupport
import MaillageModel

/// Dates written from memory, as people fill the date columns of a member list or a
/// survey: with a doubt (« vers 2018 », « 2020? », « 2019 (à confirmer) », « env. 2015 »),
/// as a season (« printemps 2021 », « à la rentrée 2019 »), as one of two years
/// (« 2019 ou 2020 »), or, in a start column, with no date at all (« années 2010 »,
/// « avant 2018 », « depuis toujours », « membre fondateur »).
///
/// - A doubted date counts as the date it gives: « vers 2018 » is 2018.
/// - A season is read as a quarter is (``periodDate(_:openEnd:file:at:)``): a start takes
///   its first month, an end its last (spring March–May, summer June–August, autumn
///   September–November, « la rentrée » September). Winter, which may begin in the
///   December before, is read as its year.
/// - Of two years, a start takes the first and an end the last.
/// - A start too vague to date is read as an empty cell: the row counts from the
///   beginning, which is what « depuis toujours » says and the nearest reading of « avant
///   2018 ». An end that vague stays an error, since an empty end would keep the row going on.
///
/// Each kind is said once per load, at its first cell, with a few more examples and how
/// many there are.
extension LoaderRun {
    /// What a loose date cell says.
    enum LooseDate: Equatable {
        /// The date it gives, read despite the doubt or the season.
        case approximate(PartialDate)
        /// No date: a start too vague to date (read as an empty cell).
        case undated
    }

    /// What the loosely written date `text` says in a start column, or in an end column
    /// (`openEnd`); nil when it is no loose date (a plain date, or no date at all: those
    /// are ``parseDate(_:column:frenchColumn:openEnd:file:)``'s).
    static func looseDate(_ text: String, openEnd: Bool) -> LooseDate? {
        var s = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: "’", with: "'")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard s.utf8.count <= 60 else { return nil }
        if !openEnd, undatedStarts.contains(s) { return .undated }
        var doubted = false
        // Doubts after the date: « 2020? », « 2019 (à confirmer) », « 2018 environ ».
        trailing: while true {
            s = s.trimmingCharacters(in: .whitespaces)
            if s.hasSuffix("?") {
                s = String(s.dropLast()); doubted = true; continue
            }
            if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
                let note = s[s.index(after: open)..<s.index(before: s.endIndex)].trimmingCharacters(in: .whitespaces)
                if note.isEmpty || note.allSatisfy({ $0 == "?" }) || doubtWords.contains(note) {
                    s = String(s[..<open]); doubted = true; continue
                }
            }
            for word in doubtWords where s.hasSuffix(" " + word) || s.hasSuffix("," + word) {
                s = String(s.dropLast(word.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: " ,")); doubted = true
                continue trailing
            }
            break
        }
        // Hedges before it: « vers 2018 », « env. 2015 », « ~2018 », « mi-2021 ».
        for hedge in leadingHedges {
            if s.hasPrefix(hedge + " ") {
                s = String(s.dropFirst(hedge.count + 1)); doubted = true; break
            }
            if hedge.last.map({ !$0.isLetter }) ?? false, s.hasPrefix(hedge), s.count > hedge.count {
                s = String(s.dropFirst(hedge.count)).trimmingCharacters(in: .whitespaces); doubted = true; break
            }
        }
        guard !s.isEmpty else { return nil }
        if !openEnd, undatedStarts.contains(s) || isDecade(s) || isBefore(s) { return .undated }
        if let date = season(s, openEnd: openEnd) { return .approximate(date) }
        // « 2019 ou 2020 », « 2019 / 2020 ? »: a start the first, an end the last.
        for separator in [" ou ", " or "] {
            let parts = s.components(separatedBy: separator)
            if parts.count == 2, let a = plainDate(parts[0]), let b = plainDate(parts[1]) {
                return .approximate(openEnd ? max(a, b) : min(a, b))
            }
        }
        guard doubted, let date = plainDate(s) else { return nil }
        return .approximate(date)
    }

    /// The plain date `text` gives: a year, a month, a day, maybe after words that do not
    /// change it (« depuis », « jusqu'en », « en »: ``withoutLeadingWords(_:)``); nil for
    /// anything else. ``parseDate(_:column:frenchColumn:openEnd:file:)`` reads these first.
    static func plainDate(_ text: String) -> PartialDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let date = year(text) ?? PartialDate(text) { return date }
        if let rest = withoutLeadingWords(text), let date = year(rest) ?? PartialDate(rest) { return date }
        return nil
    }

    /// Words that say a date is not sure, after it (folded): « 2019 (à confirmer) »,
    /// « 2018 environ ».
    static let doubtWords: Set<String> = [
        "a confirmer", "a verifier", "a preciser", "environ", "env", "env.", "approx", "approx.", "approximatif", "approximative",
        "approximativement", "estimation", "estime", "estimee", "probablement", "peut-etre", "sous reserve", "incertain",
        "incertaine", "non confirme", "non confirmee", "date approximative", "annee approximative", "je crois", "je pense",
        "de memoire", "a peu pres", "about", "approximately", "circa", "ca.", "tbc", "to be confirmed", "unsure", "not sure",
    ]

    /// Words that say a date is not sure, before it (folded), the longest first:
    /// « vers 2018 », « aux alentours de 2015 », « ~2018 ».
    static let leadingHedges: [String] = [
        "aux alentours de", "dans le courant de l'annee", "dans le courant de", "dans les environs de", "a peu pres en", "a peu pres",
        "autour de", "aux environs de", "au cours de l'annee", "au cours de", "courant de l'annee", "approximativement",
        "probablement en", "probablement", "peut-etre en", "peut-etre", "sans doute en", "sans doute", "environ en", "environ",
        "vers la fin de", "vers le debut de", "vers le milieu de", "vers la", "vers le", "vers l'", "vers", "courant", "env.", "env",
        "approx.", "approx", "circa", "ca.", "c.", "around", "about", "mi-", "mi", "~", "≈", "+/-", "+-",
    ]

    /// Start cells saying the row goes back to the beginning, or further than anyone
    /// knows (folded): read as an empty start.
    static let undatedStarts: Set<String> = [
        "depuis toujours", "toujours", "depuis longtemps", "longtemps", "de longue date", "il y a longtemps", "depuis l'origine",
        "a l'origine", "des l'origine", "origine", "depuis le debut", "des le debut", "au debut", "debut", "depuis la creation",
        "depuis sa creation", "des la creation", "a la creation", "creation", "membre fondateur", "membre fondatrice",
        "fondateur", "fondatrice", "fondateurs", "structure fondatrice", "historique", "membre historique", "depuis des annees",
        "plusieurs annees", "since the beginning", "founding member", "founder", "always",
    ]

    /// Whether `text` (folded) names a decade: « années 2010 », « les années 90 », « début
    /// des années 2000 », « 2010s ».
    static func isDecade(_ text: String) -> Bool {
        var words = text.split(separator: " ").map(String.init)
        if words.count == 1, let word = words.first, word.hasSuffix("s") {
            let digits = word.dropLast().drop { $0 == "'" }
            return (digits.count == 4 || digits.count == 2) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && digits.last == "0"
        }
        while let first = words.first, ["debut", "fin", "milieu", "des", "les", "dans", "au", "a", "la", "le", "en", "depuis"].contains(first) {
            words.removeFirst()
        }
        guard words.count == 2, words[0] == "annees" else { return false }
        let digits = words[1]
        return (digits.count == 4 || digits.count == 2) && digits.allSatisfy { $0.isASCII && $0.isNumber } && digits.last == "0"
    }

    /// Whether `text` (folded) says « before » a date: « avant 2018 », « avant le
    /// 1er mars 2019 », « before 2018 ».
    static func isBefore(_ text: String) -> Bool {
        for word in ["avant l'annee", "avant le", "avant", "before", "pre"] where text.hasPrefix(word + " ") {
            return plainDate(String(text.dropFirst(word.count + 1))) != nil
        }
        return false
    }

    /// The month a season stands for (folded `text`: « printemps 2021 », « à l'automne
    /// 2019 », « rentrée 2020 »): a start's first, an end's last; winter as its year.
    static func season(_ text: String, openEnd: Bool) -> PartialDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        while let first = words.first, ["au", "a", "l'", "a l'", "en", "la", "le", "de", "du", "pour", "des", "fin", "debut"].contains(first) {
            words.removeFirst()
        }
        if let first = words.first, first.hasPrefix("l'") { words[0] = String(first.dropFirst(2)) }
        guard words.count == 2 || (words.count == 3 && ["de", "du"].contains(words[1])),
              let last = words.last, let year = year(last)?.year else { return nil }
        let months: (Int, Int)?
        switch words[0] {
        case "printemps", "spring": months = (3, 5)
        case "ete", "summer": months = (6, 8)
        case "automne", "autumn", "fall": months = (9, 11)
        case "rentree": months = (9, 9)
        case "hiver", "winter": months = nil
        default: return nil
        }
        guard let months else { return PartialDate(year: year) }
        return PartialDate(year: year, month: openEnd ? months.1 : months.0)
    }

    /// The date a loose date cell stands for, counted for ``reportLooseDates()``; nil when
    /// the cell is no loose date, or a start too vague to date (then counted too, and the
    /// caller reads no date: `undated` is set).
    mutating func looseDate(_ text: String, openEnd: Bool, file: String, at position: CellPosition) -> LooseDate? {
        guard let loose = Self.looseDate(text, openEnd: openEnd) else { return nil }
        switch loose {
        case .approximate(let date):
            looseDates.approximate.count += 1
            if looseDates.approximate.examples.count < 3, !looseDates.approximate.examples.contains(where: { $0.text == text }) {
                looseDates.approximate.examples.append((file, position, text, date))
            }
        case .undated:
            looseDates.undated.count += 1
            if looseDates.undated.examples.count < 3, !looseDates.undated.examples.contains(where: { $0.text == text }) {
                looseDates.undated.examples.append((file, position, text))
            }
        }
        return loose
    }

    /// Says, once each, how many date cells were read as approximate dates and how many
    /// starts as no date, at the first of them, with up to two more examples.
    mutating func reportLooseDates() {
        let approximate = looseDates.approximate
        if let first = approximate.examples.first {
            let also = Self.likewise(approximate.examples.dropFirst().map { (text: $0.text, read: "\($0.date)") },
                                     more: approximate.count - approximate.examples.count)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.text.excerpt) » lu comme \(first.date) : une date approximative compte pour celle qu'elle donne, une saison pour son premier mois (un début) ou son dernier (une fin)\(also.fr)",
                en: "\"\(first.text.excerpt)\" read as \(first.date): an approximate date counts as the date it gives, a season as its first month (a start) or its last (an end)\(also.en)"),
                file: first.file, at: first.position))
        }
        let undated = looseDates.undated
        if let first = undated.examples.first {
            let also = Self.likewise(undated.examples.dropFirst().map { (text: $0.text, read: nil) }, more: undated.count - undated.examples.count)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.text.excerpt) » : trop vague pour une date de début, lu comme une cellule vide (la ligne compte dès le début ; écrivez une année pour la dater)\(also.fr)",
                en: "\"\(first.text.excerpt)\": too vague for a start date, read as an empty cell (the row counts from the beginning; write a year to date it)\(also.en)"),
                file: first.file, at: first.position))
        }
    }

    /// « ; de même « 2020? » (2020), « printemps 2021 » (2021-03) (et 3 autres) »: the other
    /// examples, each with what it was read as when given, and how many more there are.
    static func likewise(_ others: [(text: String, read: String?)], more: Int) -> LocalizedText {
        let count = LocalizedText.andMore(more)
        guard !others.isEmpty else { return count }
        return LocalizedText(
            fr: " ; de même " + others.map { "« \($0.text.excerpt) »" + ($0.read.map { " (\($0))" } ?? "") }.joined(separator: ", ") + count.fr,
            en: "; likewise " + others.map { "\"\($0.text.excerpt)\"" + ($0.read.map { " (\($0))" } ?? "") }.joined(separator: ", ") + count.en)
    }
}
