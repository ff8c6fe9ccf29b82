import Foundation

/// How a name typed by a person is matched to names and ids of a dataset or to a
/// command's vocabulary: case, accents, spaces and punctuation do not matter, and the
/// nearest candidates are suggested when nothing matches.
public enum NameMatching {
    /// `text` folded for comparison: lower case, accents removed, « œ » and « æ » spelt
    /// out, only letters and digits kept.
    /// "Dispositif local d'accompagnement (DLA)" → "dispositiflocaldaccompagnementdla";
    /// « Œuvre » and "OEUVRE" → "oeuvre".
    ///
    /// This is the one normalisation of names in Maillage: the loader's name
    /// reconciliation and column matching, `compare`'s matching of two datasets, and the
    /// look-up of names typed on the command line all use it.
    /// - Complexity: O(length of `text`).
    public static func folded(_ text: String) -> String {
        // Fast path: ASCII letters, digits and separators need no Unicode folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out = ""
            out.unicodeScalars.reserveCapacity(text.utf8.count)
            for b in text.utf8 {
                switch b {
                case 0x30...0x39, 0x61...0x7A: out.unicodeScalars.append(Unicode.Scalar(b))
                case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(b + 0x20))
                default: break
                }
            }
            return out
        }
        let lowered = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var out = ""
        for scalar in lowered.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            switch scalar {
            case "œ": out += "oe"
            case "æ": out += "ae"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Levenshtein distance between two strings, on characters.
    /// - Complexity: O(|a| × |b|) time, O(|b|) memory.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates nearest to `text` after folding, best first: those that contain it
    /// or make up at least half of it, then those within an edit distance of a third of its length
    /// (at least 2); at most `limit`.
    public static func nearest(_ text: String, among candidates: [String], limit: Int = 5) -> [String] {
        let key = folded(text)
        guard !key.isEmpty else { return [] }
        let bound = max(2, key.count / 3)
        var scored: [(candidate: String, score: Int)] = []
        for candidate in candidates {
            let other = folded(candidate)
            guard !other.isEmpty else { continue }
            // A candidate inside the text counts only when it is a good part of it ("dla"
            // is not a match for a misspelled full name); the text inside a candidate always.
            if other.contains(key) || (key.contains(other) && other.count * 2 >= key.count) {
                scored.append((candidate, abs(other.count - key.count) - 1000))
            } else {
                let distance = editDistance(key, other)
                if distance <= bound { scored.append((candidate, distance)) }
            }
        }
        return scored.sorted { $0.score != $1.score ? $0.score < $1.score : $0.candidate < $1.candidate }.prefix(limit).map(\.candidate)
    }
}
