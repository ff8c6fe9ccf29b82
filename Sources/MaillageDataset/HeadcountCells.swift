import Foundation
import MaillageModel

/// Reads an actor's headcount from a cell: a count (« 12 »), a band as people write it
/// (« 10 à 19 salariés », « 10-19 », « 250 et plus », « moins de 10 ») or INSEE's code of
/// a *tranche d'effectif salarié* (« 11 » for 10 to 19 employees, SIRENE's
/// `trancheEffectifsEtablissement`).
///
/// A bare number is a count in an « Effectif » column and a code in a « Tranche
/// d'effectif » column; an « Effectif » column whose values are all codes, one at least
/// written as only a code is (« NN », « 03 »), is read as codes too (``isBandCodeColumn(_:)``).
enum HeadcountCells {
    /// INSEE's bands (*tranches d'effectif salarié*, SIRENE since 2019): code → lower, upper.
    /// « NN » is a unit that employed nobody in the year, « 00 » one with no employee on
    /// 31 December: both are read as none.
    static let bands: [String: (lower: Int, upper: Int?)] = [
        "NN": (0, 0), "00": (0, 0), "01": (1, 2), "02": (3, 5), "03": (6, 9), "11": (10, 19), "12": (20, 49),
        "21": (50, 99), "22": (100, 199), "31": (200, 249), "32": (250, 499), "41": (500, 999), "42": (1000, 1999),
        "51": (2000, 4999), "52": (5000, 9999), "53": (10000, nil),
    ]

    /// What a cell holds.
    enum Reading: Equatable {
        /// A headcount; `rounded` when the cell held a fraction (« 12,5 », full-time
        /// equivalents) read as the nearest whole count.
        case headcount(Headcount, rounded: Bool)
        /// Nothing a headcount can be read from (« oui », « beaucoup »).
        case unreadable
    }

    /// The headcount `text` gives; `asCode`: a bare number is INSEE's band code.
    static func read(_ text: String, asCode: Bool) -> Reading {
        let cell = CodeCells.trimmed(text)
        if asCode, let band = code(cell) { return .headcount(Headcount(lower: band.lower, upper: band.upper), rounded: false) }
        // In a band column, a number that is no band (« 13 ») is not a count either.
        if asCode, cell.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return .unreadable }
        let words = normalized(cell)
        if words.isEmpty || words.hasPrefix("-") { return .unreadable }
        if noEmployee.contains(words) || noEmployeePrefixes.contains(where: { words.hasPrefix($0) }) {
            return .headcount(Headcount(exactly: 0), rounded: false)
        }
        let numbers = numbers(in: words)
        let letters = words.filter(\.isLetter)
        switch numbers.count {
        case 1:
            let n = numbers[0]
            // « 250 et plus », « 250+ », « plus de 250 », « ≥ 250 »: open above.
            if words.hasSuffix("+") || words.hasSuffix("etplus") || words.hasSuffix("ouplus") || words.hasPrefix("plusde")
                || words.hasPrefix(">") || words.hasPrefix("≥") || words.hasPrefix("aumoins") || words.hasSuffix("andmore") || words.hasSuffix("ormore")
                || words.hasPrefix("morethan") || words.hasPrefix("over") {
                guard let whole = n.whole else { return .unreadable }
                return .headcount(Headcount(lower: whole, upper: nil), rounded: false)
            }
            // « moins de 10 », « < 10 »: 0 to 9.
            if words.hasPrefix("moinsde") || words.hasPrefix("<") || words.hasPrefix("lessthan") || words.hasPrefix("under") {
                guard let whole = n.whole, whole > 0 else { return .unreadable }
                return .headcount(Headcount(lower: 0, upper: whole - 1), rounded: false)
            }
            // « 12 », « 12 salariés », « 12,5 » (full-time equivalents): a count.
            guard letters.isEmpty || unitWords.contains(letters) else { return .unreadable }
            let value = n.value
            guard value >= 0, value < 10_000_000 else { return .unreadable }
            let count = Int(value.rounded())
            return .headcount(Headcount(exactly: count), rounded: Double(count) != value)
        case 2:
            // « 10 à 19 », « 10-19 », « de 10 à 19 salariés », « 1 ou 2 salariés ».
            guard let a = numbers[0].whole, let b = numbers[1].whole, a <= b,
                  bandWords.contains(letters) else { return .unreadable }
            return .headcount(Headcount(lower: a, upper: b), rounded: false)
        default:
            return .unreadable
        }
    }

    /// INSEE's band of `cell` (« 11 », « NN », « 3 » for a « 03 » whose zero a spreadsheet
    /// dropped, « 11.0 » from a number cell), or nil.
    static func code(_ cell: Substring) -> (lower: Int, upper: Int?)? {
        var text = String(cell).uppercased()
        if text.hasSuffix(".0") || text.hasSuffix(",0") { text.removeLast(2) }
        if text.count == 1, text.first?.isNumber == true { text = "0" + text }
        return bands[text]
    }

    /// Whether an « Effectif » column's `values` are INSEE's band codes: every non-empty
    /// value a code, one at least written as no count would be (« NN », « 01 »…« 03 »,
    /// « 00 »), so that « 12 » and « 21 » are not taken for codes in a column of counts.
    static func isBandCodeColumn(_ values: [String]) -> Bool {
        var sawCodeOnly = false
        for value in values {
            let cell = CodeCells.trimmed(value)
            if cell.isEmpty { continue }
            guard bands[String(cell).uppercased()] != nil else { return false }
            if cell.uppercased() == "NN" || cell.hasPrefix("0") { sawCodeOnly = true }
        }
        return sawCodeOnly
    }

    /// A year of `text` (« 2022 », « 2022.0 »), between 1900 and 2100; nil otherwise.
    static func year(_ text: String) -> Int? {
        var cell = String(CodeCells.trimmed(text))
        if cell.hasSuffix(".0") || cell.hasSuffix(",0") { cell.removeLast(2) }
        guard cell.count == 4, let year = Int(cell), (1900...2100).contains(year) else { return nil }
        return year
    }

    // MARK: Text

    /// A number in a cell: its value, and whether it is whole.
    struct Number {
        var value: Double
        var whole: Int? { value == value.rounded() && value < Double(Int.max) ? Int(value) : nil }
    }

    /// `cell` folded (lower case, no accents), without spaces, thousands separators or dots
    /// between thousands (« 1 000 », « 1.000 »), so that « 10 000 salariés et plus »
    /// reads `10000salariesetplus`.
    static func normalized(_ cell: Substring) -> String {
        let folded = String(cell).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        let characters = Array(folded.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-").filter { !$0.isWhitespace })
        var out = ""
        for (i, c) in characters.enumerated() {
            // « 1.000 », « 1'000 » between digits, three digits after and no fourth: a thousands separator.
            if c == "." || c == "'" || c == "’", i > 0, characters[i - 1].isNumber, i + 3 < characters.count + 1,
               characters[(i + 1)...].prefix(3).count == 3, characters[(i + 1)...].prefix(3).allSatisfy(\.isNumber),
               i + 4 >= characters.count || !characters[i + 4].isNumber {
                continue
            }
            out.append(c)
        }
        return out
    }

    /// The numbers of `words` (``normalized(_:)``), a comma or a dot as the decimal mark.
    static func numbers(in words: String) -> [Number] {
        var numbers: [Number] = []
        var current = ""
        func flush() {
            if !current.isEmpty, let value = Double(current.replacingOccurrences(of: ",", with: ".")) { numbers.append(Number(value: value)) }
            current = ""
        }
        for c in words {
            if c.isNumber || ((c == "," || c == ".") && !current.isEmpty && !current.contains(where: { $0 == "," || $0 == "." })) {
                current.append(c)
            } else {
                flush()
            }
        }
        flush()
        return numbers
    }

    /// Letters a count may carry (« 12 salariés », « 12 ETP »).
    static let unitWords: Set<String> = ["salaries", "salarie", "employes", "employe", "employees", "employee", "etp", "personnes", "postes", "emplois"]
    /// Letters of a band around its two numbers (« de 10 à 19 salariés » → `deasalaries`).
    static let bandWords: Set<String> = {
        var words: Set<String> = []
        for lead in ["", "de", "entre"] {
            for link in ["", "a", "ou", "et", "to", "and"] {
                for unit in [""] + unitWords.sorted() { words.insert(lead + link + unit) }
            }
        }
        return words
    }()
    /// Cells that say there is no employee.
    static let noEmployee: Set<String> = ["aucun", "aucunsalarie", "pasdesalarie", "pasdesalaries", "sanssalarie", "sanssalaries", "none",
                                          "noemployees", "nonemployeur", "nonemployeuse", "0salarie", "0salaries"]
    /// Beginnings of cells that say so (INSEE's labels of « NN » and « 00 »).
    static let noEmployeePrefixes = ["unitenonemployeuse", "0salarie(", "0salarie,", "0salarie;"]
}
