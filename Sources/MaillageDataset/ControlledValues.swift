/// The values a controlled column accepts (kind, form, role, level, status) and
/// every way a spreadsheet may write them: the dataset's own value, the French
/// label the tool prints, and common synonyms.
///
/// Matching ignores case, accents, spaces and punctuation (``Vocabulary/key(_:)``).
/// A suggestion for a value that matches nothing is the nearest accepted spelling
/// under the same normalisation, and only when it is a likely typo (at most one
/// edit per four characters): never a value that merely shares a prefix.
struct ControlledValues<T: RawRepresentable & Sendable>: Sendable where T.RawValue == String {
    /// What a written value means: the value, and for a legal form written in a kind
    /// column (« SCIC »), the legal form to record.
    struct Match: Sendable {
        var value: T
        var legalForm: String?
    }

    /// The values a dataset may write, listed in messages.
    let allowed: [T]
    /// Keys of every accepted spelling.
    private let index: [String: Match]
    /// Accepted spellings as shown in suggestions, with their keys.
    private let spellings: [(shown: String, key: String)]
    /// When a value's parts name several values (« Financeur et membre »), the one read:
    /// the first of these found; empty, none is (the parts must agree).
    let precedence: [T]

    /// - Parameters:
    ///   - allowed: the dataset values, always accepted as written.
    ///   - synonyms: other spellings and what they mean; a `legalForm` is recorded
    ///     when the spelling is one.
    ///   - precedence: which of several values a text's parts name is read (``precedence``).
    init(_ allowed: [T], synonyms: [(String, T, legalForm: String?)], precedence: [T] = []) {
        self.allowed = allowed
        self.precedence = precedence
        var index: [String: Match] = [:]
        var spellings: [(String, String)] = []
        for value in allowed {
            let key = Vocabulary.key(value.rawValue)
            index[key] = Match(value: value)
            spellings.append((value.rawValue, key))
        }
        for (text, value, legalForm) in synonyms {
            let key = Vocabulary.key(text)
            if index[key] == nil {
                index[key] = Match(value: value, legalForm: legalForm)
                spellings.append((text, key))
            }
        }
        self.index = index
        self.spellings = spellings
    }

    /// What `text` names, if anything.
    /// - Complexity: O(1) for a value written exactly as the dataset writes it;
    ///   O(text length) otherwise.
    func match(_ text: String) -> Match? {
        if let exact = allowed.first(where: { $0.rawValue == text }) { return Match(value: exact) }
        return index[Vocabulary.key(text)]
    }

    /// What `text`, which matches nothing as a whole, most likely means, read from its
    /// parts, and the part read; nil when its parts name no value or several:
    /// 1. the text before a note in parentheses: « Coopérative (SCOP, SCIC…) » is
    ///    « Coopérative »;
    /// 2. alternatives separated by « / » or « ou » that all mean one value: « Réseau /
    ///    fédération », « Entreprise adaptée / ESAT »;
    /// 3. the longest runs of its words that are accepted spellings, when they all mean
    ///    one value: « Structure d'accompagnement » is « appui » by « accompagnement »
    ///    (the value `structure` written as a word gives way to any other one found);
    ///    never when a word negates (« Non membre », « Entreprise hors ESS », « Ancien
    ///    adhérent »);
    /// 4. with a ``precedence`` (roles), parts that name several values give the
    ///    one that comes first in it: « Financeur et membre » is « financeur ».
    ///
    /// A form's answers are the options its author wrote, rarely the dataset's words:
    /// this reads them when they say plainly what they are.
    func reading(_ text: String) -> (match: Match, part: String)? {
        let trimmed = text.trimmingSpaces()
        guard trimmed.utf8.count <= 256 else { return nil }
        if let open = trimmed.firstIndex(of: "("), open > trimmed.startIndex {
            let head = String(trimmed[..<open]).trimmingSpaces()
            if !head.isEmpty, let found = match(head) { return (found, head) }
        }
        let alternatives = trimmed.replacingOccurrences(of: " ou ", with: "/").replacingOccurrences(of: " or ", with: "/")
            .split(separator: "/").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        if alternatives.count > 1 {
            let found = alternatives.map { match($0) }
            if let first = found.first ?? nil, found.allSatisfy({ $0?.value.rawValue == first.value.rawValue }) {
                return (first, alternatives[0])
            }
            // « Porteur / membre »: each alternative a value, the one that comes first in ``precedence``.
            if found.allSatisfy({ $0 != nil }), let chosen = preferred(zip(found.compactMap { $0 }, alternatives).map { ($0, $1) }) {
                return chosen
            }
        }
        let words = SurveyQuestion.words(of: trimmed)
        guard words.count > 1, words.count <= 12, !words.contains(where: Self.negations.contains) else { return nil }
        var covered = [Bool](repeating: false, count: words.count)
        var found: [(match: Match, part: String)] = []
        for length in stride(from: words.count - 1, through: 1, by: -1) {
            for start in 0...(words.count - length) where !covered[start..<(start + length)].contains(true) {
                let part = words[start..<(start + length)].joined(separator: " ")
                guard let hit = index[Vocabulary.key(part)] else { continue }
                found.append((hit, part))
                for i in start..<(start + length) { covered[i] = true }
            }
        }
        // « Structure d'accompagnement »: the word « structure » says less than « accompagnement ».
        let values = Set(found.map(\.match.value.rawValue))
        if values.count > 1 { found.removeAll { $0.part == "structure" } }
        guard let first = found.first else { return nil }
        guard found.allSatisfy({ $0.match.value.rawValue == first.match.value.rawValue }) else { return preferred(found) }
        return first
    }

    /// Of several values found in a text's parts, the one that comes first in
    /// ``precedence`` (nil without one, or when a value is not in it).
    private func preferred(_ found: [(match: Match, part: String)]) -> (match: Match, part: String)? {
        guard !precedence.isEmpty else { return nil }
        let ranks = found.map { hit in precedence.firstIndex { $0.rawValue == hit.match.value.rawValue } }
        guard ranks.allSatisfy({ $0 != nil }), let best = ranks.indices.min(by: { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }) else { return nil }
        return found[best]
    }

    /// Words (folded) that negate what follows: a value holding one is never read from its parts.
    static var negations: Set<String> { ["non", "hors", "pas", "sans", "ex", "ancien", "ancienne", "anciens", "anciennes", "not", "no", "former", "except"] }

    /// The accepted spelling nearest `text` when it is a likely typo, else nil.
    /// Texts over 64 characters get none.
    func suggestion(for text: String) -> String? {
        guard text.utf8.count <= 256, text.count <= 64 else { return nil }
        let key = Vocabulary.key(text)
        guard !key.isEmpty else { return nil }
        var best: (shown: String, distance: Int)?
        for (shown, candidate) in spellings {
            let d = Vocabulary.editDistance(key, candidate)
            if let current = best, d >= current.distance { continue }
            best = (shown, d)
        }
        guard let best, best.distance <= max(1, key.count / 4) else { return nil }
        return best.shown
    }
}
