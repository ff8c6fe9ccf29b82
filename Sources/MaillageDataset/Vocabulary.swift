import Foundation
import MaillageModel

/// Matching of controlled values (kinds, forms, roles, levels, statuses) as
/// spreadsheets write them, and suggestions for the ones that do not match.
enum Vocabulary {
    /// Lower case, accents removed, spaces, hyphens and apostrophes turned into `_`:
    /// "Tête de réseau" and "tete-de-reseau" both become "tete_de_reseau".
    static func normalise(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var out = ""
        for ch in folded {
            if ch == " " || ch == "-" || ch == "'" || ch == "’" { if !out.hasSuffix("_") { out.append("_") } }
            else { out.append(ch) }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "_"))
    }

    /// The comparison key of a name: lower case, accents removed, only letters and
    /// digits kept. « Site internet », `site_internet` and `SITE-INTERNET` have one key;
    /// so have « Tête de réseau » and `tete_de_reseau`. It is `NameMatching.folded(_:)`,
    /// the one normalisation of names (also used by `compare` and the command line).
    static func key(_ text: String) -> String { NameMatching.folded(text) }

    /// The key an actor's name is matched by: its ``key(_:)``, or, for a name of no letter
    /// or digit (« ??? » from a lossy export, « — »), the name itself after a NUL, so that
    /// it is its own key; empty for an empty name.
    static func nameKey(_ text: String) -> String {
        let key = key(text)
        if !key.isEmpty { return key }
        let name = text.trimmingSpaces()
        return name.isEmpty ? "" : "\u{0}" + name
    }

    /// The value of `T` that `text` names once normalised, if any.
    /// - Complexity: O(values.count) comparisons; values written exactly as the
    ///   vocabulary (the common case) skip the Unicode folding.
    static func match<T: RawRepresentable>(_ text: String, in values: [T]) -> T? where T.RawValue == String {
        if let exact = values.first(where: { $0.rawValue == text }) { return exact }
        let key = normalise(text)
        return values.first { normalise($0.rawValue) == key }
    }

    /// The candidate closest to `text` by edit distance, when close enough to be a likely typo.
    /// Texts longer than 64 characters get no suggestion (a typo is short, and the
    /// edit distance costs the product of the lengths).
    static func nearest(to text: String, in candidates: [String]) -> String? {
        guard text.utf8.count <= 256, text.count <= 64 else { return nil }
        let key = normalise(text)
        var best: (String, Int)?
        for candidate in candidates {
            let d = editDistance(key, normalise(candidate))
            if let current = best, d >= current.1 { continue }
            best = (candidate, d)
        }
        guard let (candidate, distance) = best else { return nil }
        let prefixMatch = key.count >= 3 && normalise(candidate).hasPrefix(String(key.prefix(3)))
        return distance <= max(1, candidate.count / 3) || prefixMatch ? candidate : nil
    }

    /// Levenshtein distance between two strings, over characters.
    static func editDistance(_ a: String, _ b: String) -> Int { NameMatching.editDistance(a, b) }
}
