import Foundation

extension Report {
    /// `name` as the start of a downloaded file's name: accents dropped, lower case,
    /// every run of other characters than ASCII letters and digits one hyphen, at most
    /// 60 characters, `maillage` when nothing is left («  Pas-de-Calais 2015 » →
    /// `pas-de-calais-2015`, « Réseau d'Hénin » → `reseau-d-henin`).
    ///
    /// The script names a table's CSV file `<stem>-<table>.csv`; a dataset name can thus
    /// never choose a folder, an extension or a hidden file.
    /// - Complexity: O(length of `name`).
    static func fileStem(_ name: String) -> String {
        var stem = ""
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let pair = Self.ligatures[scalar] {
                if stem.count + (pendingHyphen ? 3 : 2) > 60 { break }
                if pendingHyphen { stem.append("-") }
                pendingHyphen = false
                stem += pair
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            guard lower.count == 1, let c = lower.first, c.isASCII,
                  ("a"..."z").contains(c) || ("0"..."9").contains(c) else {
                pendingHyphen = !stem.isEmpty
                continue
            }
            if pendingHyphen && stem.count + 2 > 60 { break }
            if pendingHyphen { stem.append("-") }
            pendingHyphen = false
            stem.unicodeScalars.append(c)
            if stem.count >= 60 { break }
        }
        return stem.isEmpty ? "maillage" : stem
    }

    /// Letters written as two in a file name (« Cœur » → `coeur`).
    private static let ligatures: [Unicode.Scalar: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"]
}
