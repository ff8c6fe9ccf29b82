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

    /// - Parameters:
    ///   - allowed: the dataset values, always accepted as written.
    ///   - synonyms: other spellings and what they mean; a `legalForm` is recorded
    ///     when the spelling is one.
    init(_ allowed: [T], synonyms: [(String, T, legalForm: String?)]) {
        self.allowed = allowed
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
