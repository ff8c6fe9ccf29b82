import Foundation
import MaillageModel
import MaillageWorkbook

/// A command's CSV table as a one-sheet workbook (`--format xlsx` or `ods`): the same
/// rows under the header in the language of `--lang` (``SpreadsheetHeaders``), each column of numbers written as numeric cells
/// (``DraftSheet/isPlainNumber(_:)`` for every non-empty cell below the header), so
/// that figures sort and format as numbers in Excel or LibreOffice, while ids, names
/// (``textKeys``, even all digits: a SIRET) and postal codes (`01500`) stay text. A column
/// of fractions is shown with three significant digits of its typical value (``decimals(_:)``),
/// each cell keeping its full value; in French, yes/no columns and actor kinds read as words
/// (``values(of:in:)``). Dataset values are never formulas: every other
/// cell is an inline string.
enum SpreadsheetTable {
    /// Columns that stay text even when every cell is digits: identifiers and names. A SIRET
    /// (14 digits) as a number shows as `1,23457E+13` in Excel, and a lookup between two
    /// sheets must compare ids as the dataset wrote them.
    static let textKeys: Set<String> = ["id", "name", "first_id", "first_name", "second_id", "second_name", "top_hubs", "siret", "siren", "rna"]

    /// Excel's last row.
    static let maximumRows = 1_048_576

    /// The workbook's bytes, its sheet named `sheet`.
    /// - Throws: ``CommandFailure`` above ``maximumRows`` rows (LibreOffice's limit too).
    static func workbook(_ csv: CSVText, sheet: String, format: WorkbookFormat, language: Language) throws -> [UInt8] {
        try bytes(WorkbookDraft(sheets: [try self.sheet(csv, name: sheet, language: language)]), format: format)
    }

    /// `csv` as one sheet named `name`: its header in `language` with filter buttons, each
    /// column of numbers marked numeric, each column as wide as its longest cell (8 to 60
    /// characters; a column of numbers as its header or 12 characters, where the default
    /// number format rounds what does not fit).
    /// - Throws: ``CommandFailure`` above ``maximumRows`` rows.
    static func sheet(_ csv: CSVText, name: String, language: Language) throws -> DraftSheet {
        let rows = [SpreadsheetHeaders.headers(csv.header, in: language)] + Self.values(of: csv, in: language)
        guard rows.count <= maximumRows else {
            throw CommandFailure(
                "\(rows.count) lignes : plus qu'une feuille Excel n'en tient (\(maximumRows)) ; utilisez --format csv",
                "\(rows.count) rows: more than an Excel sheet holds (\(maximumRows)); use --format csv")
        }
        let width = rows.map(\.count).max() ?? 0
        var numbers = Set<Int>()
        var decimals: [Int: Int] = [:]
        var widths: [Int] = []
        for c in 0..<width {
            let header = rows[0].indices.contains(c) ? rows[0][c].count : 0
            var any = false, all = true, longest = header
            for row in csv.rows where c < row.count {
                let cell = row[c]
                longest = max(longest, cell.count)
                guard !cell.isEmpty else { continue }
                any = true
                if all && !DraftSheet.isPlainNumber(cell) { all = false }
            }
            if any && all && !Self.textKeys.contains(csv.header.indices.contains(c) ? csv.header[c] : "") {
                numbers.insert(c)
                let values = csv.rows.compactMap { c < $0.count ? Double($0[c]) : nil }
                if let d = Self.decimals(values) {
                    decimals[c] = d
                    let largest = values.map { abs($0) }.max() ?? 0
                    longest = max(header, String(Int(largest)).count + 1 + d + (values.contains { $0 < 0 } ? 1 : 0))
                } else {
                    longest = max(header, min(longest, 12))
                }
            }
            widths.append(min(max(longest + 2, 8), 60))
        }
        return DraftSheet(name: name, rows: rows, columnWidths: widths, numberColumns: numbers, filter: true, decimals: decimals)
    }

    /// The cells below the header as people read them: in French, a column of `true` and
    /// `false` as « oui » and « non », and the kind of an actor (`kind`), the form and the
    /// status of a cooperation by their labels (« tête de réseau » for `tete_de_reseau`); in
    /// English, the CSV's values, as its keys are the headers.
    static func values(of csv: CSVText, in language: Language) -> [[String]] {
        guard language == .fr, let width = csv.rows.map(\.count).max() else { return csv.rows }
        var labels: [Int: [String: String]] = [:]
        for c in 0..<width {
            let cells = csv.rows.lazy.compactMap { c < $0.count && !$0[c].isEmpty ? $0[c] : nil }
            let key = csv.header.indices.contains(c) ? csv.header[c] : ""
            if key == "kind" {
                labels[c] = Dictionary(uniqueKeysWithValues: ActorKind.allCases.map { ($0.rawValue, language.label($0)) })
            } else if key == "form" {
                labels[c] = Dictionary(uniqueKeysWithValues: CooperationForm.allCases.map { ($0.rawValue, language.label($0)) })
            } else if key == "status" {
                labels[c] = Dictionary(uniqueKeysWithValues: CooperationStatus.allCases.map { ($0.rawValue, language.label($0)) })
            } else if csv.header.contains("change"), let words = Self.comparisonWords[key] {
                labels[c] = words  // `compare`'s sections and changes
            } else if !cells.isEmpty, cells.allSatisfy({ $0 == "true" || $0 == "false" }) {
                labels[c] = ["true": "oui", "false": "non"]
            }
        }
        guard !labels.isEmpty else { return csv.rows }
        return csv.rows.map { row in
            row.enumerated().map { c, cell in labels[c]?[cell] ?? cell }
        }
    }

    /// The French words of the section, change and detail keys of `compare`'s table.
    static let comparisonWords: [String: [String: String]] = [
        "section": ["actors": "acteurs", "cooperations": "coopérations", "ties": "liens", "hubs": "têtes de pont", "clusters": "groupes",
                    "territories": "territoires"],
        "change": ["joined": "arrivé", "left": "parti", "created": "créée", "ended": "terminée", "gained": "gagné", "lost": "perdu",
                   "rose": "monte", "fell": "recule", "held": "garde son rang", "entered": "entre", "dropped": "sort",
                   "continued": "continue", "split": "scission", "merged": "fusion", "dissolved": "disparu", "formed": "nouveau",
                   "actors": "acteurs", "internal_ties": "liens internes", "external_ties": "liens vers l'extérieur", "ei_index": "indice E-I",
                   "density": "densité"],
        "detail": ["new_actor": "nouvel acteur", "actor_left": "acteur parti"],
    ]

    /// The decimals a column of `values` is shown with: three significant digits of the
    /// median of its values other than zero, at least 2 and at most 9 decimals (0,349 and
    /// 0,0084 for betweenness values around 0,01; 0,001 for the smallest p of 999 shuffles
    /// among p around 0,3; 36,50 for a harmonic centrality); nil when every value is a
    /// whole number (counts keep the default format).
    static func decimals(_ values: [Double]) -> Int? {
        let finite = values.filter(\.isFinite)
        guard finite.contains(where: { $0 != $0.rounded() }) else { return nil }
        let sizes = finite.map { abs($0) }.filter { $0 > 0 }.sorted()
        guard !sizes.isEmpty else { return nil }
        let median = sizes[sizes.count / 2]
        return min(max(2 - Int(log10(median).rounded(.down)), 2), 9)
    }

    /// The bytes of `draft` in `format`.
    static func bytes(_ draft: WorkbookDraft, format: WorkbookFormat) throws -> [UInt8] {
        do {
            return try draft.bytes(format)
        } catch {
            throw CommandFailure("classeur impossible à écrire : \(error)", "the workbook cannot be written: \(error)")
        }
    }
}
