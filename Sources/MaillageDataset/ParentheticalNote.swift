import Foundation
import MaillageSupport
import MaillageModel

/// A note in parentheses after a name in a list, that says something of the membership
/// rather than naming another cooperation: « Cocagne (depuis 2019) », « Mouvement
/// associatif (MA) » (its acronym). Read as the name alone when
/// that name is written alone elsewhere in the column (or with a note on two cells or
/// more: « Cocagne (depuis 2019) », « Cocagne (2021) »), so the structures that wrote a
/// note are members of the same cooperation as the others; said in one warning, the note
/// not read. A note saying the membership ended or has not begun (« COORACE (ancien
/// adhérent) », « CRESS (adhésion en cours) », ``saysNotCurrent(_:)``) leaves it out of the
/// network as it stands. A role in parentheses is the membership's role (``RoleNote``); other
/// parentheses (« APES (Lille) », « Garage solidaire (SCIC) ») stay in the name.
enum ParentheticalNote {
    /// Words (folded) that make a parenthesised text a note on the membership.
    static let noteWords: Set<String> = [
        "depuis", "jusqu", "jusque", "jusquen", "en", "cours", "encours", "adhesion", "adherent", "adherente", "adhere",
        "ancien", "ancienne", "anciennement", "ex", "membre", "associe", "associee", "partenaire", "pressenti", "pressentie",
        "projet", "prevu", "prevue", "a", "confirmer", "verifier", "probable", "probablement", "peut", "etre", "bientot",
        "since", "until", "former", "pending", "planned", "member",
    ]

    /// `name` without a trailing note when its base is in `known` (keys, ``Vocabulary/nameKey(_:)``),
    /// or nil when it has none or keeps it.
    static func base(of name: String, known: Set<String>) -> String? {
        guard let (base, inner) = parts(of: name), known.contains(Vocabulary.nameKey(base)) else { return nil }
        return isNote(inner) || isAcronym(inner, of: base) ? base : nil
    }

    /// The name before a last parenthesised text and that text, both trimmed and not
    /// empty; nil when `name` ends with none.
    private static func parts(of name: String) -> (base: String, inner: String)? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let base = String(name[..<open]).trimmingSpaces()
        let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingSpaces()
        return base.isEmpty || inner.isEmpty ? nil : (base, inner)
    }

    /// Whether `name` ends with a note saying its membership has ended or not begun
    /// (« COORACE (ancien adhérent) », « CRESS (ex) », « URSCOP (en attente) »: ``MembershipStanding``).
    static func saysNotCurrent(_ name: String) -> Bool {
        guard let (_, inner) = parts(of: name), let standing = MembershipStanding.standing(inner) else { return false }
        return standing != .current
    }

    /// The dates a note gives the membership of `name`: « (depuis 2019) », « (2021) », « (dès
    /// mars 2020) » a start; « (jusqu'en 2021) », « (fin 2022) », « (sorti en 2020) » an end;
    /// « (2018-2021) » both. Nothing for a note that gives no date.
    static func dates(of name: String) -> (since: PartialDate?, until: PartialDate?) {
        guard let (_, inner) = parts(of: name) else { return (nil, nil) }
        if let span = LoaderRun.yearSpan(inner) { return (span.start, span.end) }
        func fold(_ text: String) -> String {
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR")).lowercased()
        }
        let folded = fold(inner)
        let ends = ["jusqu", "fin ", "sorti", "until", "ended", "parti", "quitte"]
        let isEnd = ends.contains { folded.hasPrefix($0) }
        // The words before the date: those that lead a plain date (« depuis », « jusqu'en »), or the end's own.
        var rest = inner
        for word in ["sortie en", "sorti en", "sortie", "sorti", "partie en", "parti en", "quittée en", "quitté en", "ended"]
        where folded.hasPrefix(fold(word) + " ") {
            rest = String(rest.dropFirst(word.count)).trimmingSpaces()
            break
        }
        guard let date = LoaderRun.plainDate(rest) else { return (nil, nil) }
        return isEnd ? (nil, date) : (date, nil)
    }

    /// The dates read from notes in one table, for one warning.
    struct Dated {
        var first: (written: String, since: PartialDate?, until: PartialDate?, position: CellPosition)?
        var count = 0

        mutating func note(_ written: String, _ dates: (since: PartialDate?, until: PartialDate?), at position: CellPosition) {
            if first == nil { first = (written, dates.since, dates.until, position) }
            count += 1
        }

        /// « « Cocagne (depuis 2019) » : la participation depuis 2019… »
        func warning(file: String) -> Diagnostic? {
            guard let first else { return nil }
            let more = LocalizedText.andMore(count - 1)
            let fr = [first.since.map { "depuis \($0)" }, first.until.map { "jusqu'à \($0)" }].compactMap { $0 }.joined(separator: ", ")
            let en = [first.since.map { "since \($0)" }, first.until.map { "until \($0)" }].compactMap { $0 }.joined(separator: ", ")
            return .warning(LocalizedText(
                fr: "« \(first.written.excerpt) » : la note entre parenthèses date la participation (\(fr))\(more.fr)",
                en: "\"\(first.written.excerpt)\": the note in parentheses dates the membership (\(en))\(more.en)"),
                file: file, at: first.position)
        }
    }

    /// The name before a note on the membership (``isNote(_:)``, not an acronym), or nil.
    static func notedBase(of name: String) -> String? {
        guard let (base, inner) = parts(of: name) else { return nil }
        return isNote(inner) ? base : nil
    }

    /// Whether `inner` says something of the membership: a year, a date, a note word.
    static func isNote(_ inner: String) -> Bool {
        let words = Vocabulary.normalise(inner).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) { return true }
        if inner.trimmingSpaces() == "?" { return true }
        return words.contains(where: noteWords.contains) && !words.isEmpty
    }

    /// Whether `inner` is the acronym of `base`: the initials of its words (small words
    /// aside), « MA » for « Mouvement associatif », « FAS » for « Fédération des acteurs de la
    /// solidarité ».
    static func isAcronym(_ inner: String, of base: String) -> Bool {
        let letters = inner.filter { $0.isLetter }
        guard letters.count >= 2, letters.count == inner.filter({ !$0.isWhitespace && $0 != "." }).count else { return false }
        let small: Set<String> = ["de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux", "pour", "sur"]
        let initials = Vocabulary.normalise(base).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init).filter { !small.contains($0) }.compactMap(\.first)
        return String(initials) == Vocabulary.normalise(letters)
    }

    /// The names read so in one table, for one warning.
    struct Read {
        var first: (written: String, name: String, position: CellPosition)?
        var count = 0

        mutating func note(_ written: String, _ name: String, at position: CellPosition) {
            if first == nil { first = (written, name, position) }
            count += 1
        }

        /// « « Cocagne (depuis 2019) » lu comme « Cocagne », coopération du même nom ailleurs dans le tableau… »
        func warning(file: String, what: Noun) -> Diagnostic? {
            guard let first else { return nil }
            let more = LocalizedText.andMore(count - 1)
            return .warning(LocalizedText(
                fr: "« \(first.written.excerpt) » lu comme « \(first.name.excerpt) », \(what.fr) du même nom ailleurs dans le tableau : la note entre parenthèses ne fait pas partie du nom\(more.fr)",
                en: "\"\(first.written.excerpt)\" read as \"\(first.name.excerpt)\", the \(what.en) of that name elsewhere in the table: the note in parentheses is no part of the name\(more.en)"),
                file: file, at: first.position)
        }
    }
}
