import Foundation
import MaillageSupport
import MaillageModel

/// What is written where a list of cooperations or partners is expected but names
/// none: a no (« Aucun », « Néant », « Non », « Pas de réseau », « Sans objet »), or an
/// answer too vague to be one (« Oui », « Autre », « Divers », « Plusieurs », « Idem »).
///
/// Read as a name, « Aucun » would be a cooperation joining every structure that has
/// none, or the partner every respondent without partners shares: the network's first
/// facilitator hub. So a member list's cooperation cells (``ListedCooperations``), a
/// cooperation's member cells (``CooperationMemberColumns``) and a survey's partner
/// cells (``TieList``) drop them, and one warning per table says how many, with what
/// they said (``Read``). A cell that named nothing else is a row without membership or
/// partner, as an empty cell is.
enum NoNameAnswers {
    /// Folded answers (``Vocabulary/key(_:)``) that say there is none.
    static let none: Set<String> = [
        "aucun", "aucune", "aucuns", "aucunes", "neant", "non", "rien", "sans", "sansobjet", "pasconcerne", "nonconcerne",
        "nonconcernee", "nonconcernes", "nonapplicable", "nesappliquepas", "pasencore", "personne",
        "pasdereseau", "pasdereseaux", "pasdecooperation", "pasdecooperations", "pasdepartenaire", "pasdepartenaires",
        "pasdepartenariat", "pasdepartenariats", "pasdeprojet", "pasdeprojets", "pasdecollaboration", "pasdecollaborations",
        "pasdadhesion", "aucunreseau", "aucunpartenaire", "aucunpartenariat", "aucunecooperation", "aucunprojet",
        "aucunecollaboration", "aucuneadhesion", "ras", "rienasignaler", "0", "none", "no", "nothing", "nobody",
    ]

    /// Folded answers too vague to name a cooperation or a structure.
    static let vague: Set<String> = [
        "oui", "yes", "x", "autre", "autres", "other", "others", "divers", "diverses", "plusieurs", "nombreux", "nombreuses",
        "beaucoup", "etc", "idem", "dito", "voircidessus", "cfcidessus",
    ]

    /// How an item of a list names nothing.
    enum Kind {
        /// A no (« Aucun », « Aucun de ces réseaux », « Pas encore », « Je ne sais pas »):
        /// what follows it in the same cell (« Pas encore, on y réfléchit ») names nothing either.
        case no
        /// Too vague to name one (« Autre », « Oui »), or a value said missing (« NC »).
        case vague
    }

    /// How `name` (one item of a list) names nothing, or nil when it names something.
    static func kind(of name: String) -> Kind? {
        guard name.utf8.count <= 60 else { return nil }
        let key = Vocabulary.key(name)
        if none.contains(key) { return .no }
        if vague.contains(key) || PlaceholderCells.isPlaceholder(name) { return .vague }
        // « Aucun de ces réseaux », « Aucune pour l'instant », « Pas de partenaire formel »,
        // « Pas encore », « Je ne sais pas », « Non concerné(e) » (most names start otherwise:
        // answered on the key, without folding the words).
        guard ["aucun", "pas", "je", "nous", "on", "ne", "non"].contains(where: key.hasPrefix) else { return nil }
        // Words apart at spaces and apostrophes: « Pas-de-Calais Actif » starts with one word.
        let words = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" || $0 == "," || $0 == "." || $0 == "(" || $0 == ")" })
            .map(String.init)
        guard let first = words.first, words.count <= 8 else { return nil }
        if ["aucun", "aucune", "aucuns", "aucunes"].contains(first) { return .no }
        if words.count >= 2 {
            let two = (first, words[1])
            if two.0 == "pas", ["de", "d", "encore", "du", "pour", "vraiment", "actuellement", "concerne", "concernee"].contains(two.1) { return .no }
            if ["je", "nous", "on"].contains(two.0), two.1 == "ne" || two.1 == "n" { return .no }
            if two.0 == "ne", ["sait", "sais", "savons", "connait", "connais", "connaissons", "souhaite", "souhaitons"].contains(two.1) { return .no }
            if two.0 == "non", ["concerne", "concernee", "concernes", "adherent", "adherente", "membre", "merci", "applicable"].contains(two.1) { return .no }
        }
        return nil
    }

    /// Whether `name` (one item of a list) names nothing.
    static func namesNothing(_ name: String) -> Bool { kind(of: name) != nil }

    /// The items of a list kept as names, and those dropped: every item after a no
    /// (« Pas encore, on y réfléchit »), and the vague ones.
    static func partition(_ names: [String]) -> (kept: [String], dropped: [String]) {
        var memo = Memo()
        return memo.partition(names)
    }

    /// ``kind(of:)`` remembered for each text: a table names the same cooperations and
    /// partners on many rows, each looked at once.
    struct Memo {
        private var kinds: [String: Kind] = [:]
        private var names: Set<String> = []

        /// ``NoNameAnswers/kind(of:)``.
        mutating func kind(of name: String) -> Kind? {
            if names.contains(name) { return nil }
            if let kind = kinds[name] { return kind }
            guard let kind = NoNameAnswers.kind(of: name) else {
                names.insert(name)
                return nil
            }
            kinds[name] = kind
            return kind
        }

        /// ``NoNameAnswers/namesNothing(_:)``.
        mutating func namesNothing(_ name: String) -> Bool { kind(of: name) != nil }

        /// ``NoNameAnswers/partition(_:)``.
        mutating func partition(_ names: [String]) -> (kept: [String], dropped: [String]) {
            var kept: [String] = [], dropped: [String] = []
            kept.reserveCapacity(names.count)
            var saidNone = false
            for name in names {
                if saidNone { dropped.append(name); continue }
                switch kind(of: name) {
                case .no?: dropped.append(name); saidNone = true
                case .vague?: dropped.append(name)
                case nil: kept.append(name)
                }
            }
            return (kept, dropped)
        }
    }

    /// What one table dropped: where first, how many cells, what they said.
    struct Read {
        private(set) var cells = 0
        private(set) var first: CellPosition?
        private(set) var said: [String] = []

        /// Notes the items `dropped` from the cell at `position`.
        mutating func note(_ dropped: [String], at position: @autoclosure () -> CellPosition) {
            guard !dropped.isEmpty else { return }
            cells += 1
            if first == nil { first = position() }
            for text in dropped where said.count < 4 && !said.contains(where: { Vocabulary.key($0) == Vocabulary.key(text) }) { said.append(text) }
        }

        /// One warning for the table `file`, under the column `title`, naming what its
        /// lists hold (`what`: « coopération », « partenaire »), or nil when nothing was dropped.
        func warning(file: String, title: String, what: Noun) -> Diagnostic? {
            guard let first else { return nil }
            let shown = said.map { "« \($0.excerpt) »" }.joined(separator: ", ")
            let shownEN = said.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
            let more = cells - 1
            return .warning(LocalizedText(
                fr: "« \(title.excerpt) » : \(shown) ne nomme\(said.count > 1 ? "nt" : "") aucun\(what.feminine ? "e" : "") \(what.fr), non lu\(said.count > 1 ? "s" : "")\(more > 0 ? " (\(LocalizedText.integer(cells).fr) cellules)" : "") ; une ligne qui ne nomme rien d'autre n'a pas de \(what.fr)",
                en: "\"\(title.excerpt)\": \(shownEN) name\(said.count > 1 ? "" : "s") no \(what.en), not read\(more > 0 ? " (\(cells) cells)" : ""); a row that names nothing else has no \(what.en)"),
                file: file, at: first)
        }
    }
}
