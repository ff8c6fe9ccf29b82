import MaillageSupport
import MaillageModel

/// What a form's respondents write in one cell when several answers apply: partners
/// joined by « et » (« Les Jardins de Lens et Emmaüs Arras »), several forms ticked
/// (« Partenariat, Mutualisation »).
///
/// A survey's partner cell is split at `,`, `;`, `|` and line breaks by ``TieList``;
/// a part joining names with « et » or « & » is split there too, but only when every
/// name it joins is named on its own elsewhere in the table (as a respondent or as a
/// partner): « Maison de l'emploi et de la formation » stays one name unless « Maison de
/// l'emploi » and « de la formation » are both structures of the survey. A type cell
/// whose every part (split at `,`, `;`, line breaks) reads as a form of cooperation
/// gives the first: a cooperation has one form. Each is said in one warning per table.
enum TickedAnswers {
    /// The words that join two names in a sentence.
    static let joiners = [" et ", " & ", " and ", " + "]

    /// The names `written` joins with « et », when there are two or more and every one
    /// has its ``Vocabulary/nameKey(_:)`` in `known`; nil otherwise.
    static func joinedNames(_ written: String, known: Set<String>) -> [String]? {
        // Most names join nothing: answered without splitting.
        guard joiners.contains(where: written.containsBytes) else { return nil }
        var pieces = [written]
        for joiner in joiners {
            pieces = pieces.flatMap { $0.split(separator: joiner, omittingEmptySubsequences: false).map(String.init) }
        }
        let names = pieces.map { $0.trimmingSpaces() }
        guard names.count > 1, names.allSatisfy({ !$0.isEmpty && known.contains(Vocabulary.nameKey($0)) }) else { return nil }
        return names
    }

    /// The forms a type cell ticks, as written, when it ticks two or more and each part
    /// reads as a form of cooperation; nil otherwise.
    static func forms(_ text: String) -> [String]? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.allSatisfy({ ValueSynonyms.cooperationForms.match($0) != nil }) else { return nil }
        return parts
    }

    /// The cells read so in one table: the first of each kind, and how many, for one warning each.
    struct Read {
        var joined: (written: String, names: [String], position: CellPosition)?
        var joinedCount = 0
        var forms: (written: String, kept: String, position: CellPosition)?
        var formsCount = 0

        mutating func noteJoined(_ written: String, _ names: [String], at position: CellPosition) {
            if joined == nil { joined = (written, names, position) }
            joinedCount += 1
        }

        mutating func noteForms(_ written: String, kept: String, at position: CellPosition) {
            if forms == nil { forms = (written, kept, position) }
            formsCount += 1
        }

        /// « « A et B » lu comme 2 partenaires, « A » et « B », chacun nommé ailleurs dans le tableau (et 2 autres) ».
        func warnings(file: String, what: Noun = Noun(en: "partner", fr: "partenaire", frOf: "de partenaire")) -> [Diagnostic] {
            var out: [Diagnostic] = []
            if let joined {
                let quotedFR = joined.names.map { "« \($0.excerpt) »" }.joined(separator: ", ")
                let quotedEN = joined.names.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
                let more = LocalizedText.andMore(joinedCount - 1)
                out.append(.warning(LocalizedText(
                    fr: "« \(joined.written.excerpt) » lu comme \(joined.names.count) \(what.fr)s, \(quotedFR), chacun\(what.feminine ? "e" : "") \(what.agreed("nommé")) \(what.feminine ? "seule" : "seul") ailleurs dans le tableau\(more.fr)",
                    en: "\"\(joined.written.excerpt)\" read as \(joined.names.count) \(what.en)s, \(quotedEN), each named alone elsewhere in the table\(more.en)"),
                    file: file, at: joined.position))
            }
            if let forms {
                let more = LocalizedText.andMore(formsCount - 1)
                out.append(.warning(LocalizedText(
                    fr: "« \(forms.written.excerpt) » coche plusieurs formes ; une coopération en a une : la première, « \(forms.kept.excerpt) », est gardée\(more.fr)",
                    en: "\"\(forms.written.excerpt)\" ticks several forms; a cooperation has one: the first, \"\(forms.kept.excerpt)\", is kept\(more.en)"),
                    file: file, at: forms.position))
            }
            return out
        }
    }
}
