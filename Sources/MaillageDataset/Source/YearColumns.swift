import Foundation
import MaillageSupport
import MaillageModel

/// A memberships table that marks, year by year, who took part: one column per year
/// beside the cooperation and actor columns, as a network keeps its members over time.
///
/// ```
/// Structure   | Réseau  | 2022 | 2023 | 2024
/// Recyclerie  | COORACE | x    | x    | x
/// Garage      | COORACE | x    |      |
/// Jardin      | CRESS   |      | x    | x
/// ```
///
/// Read so when the header names a cooperation and an actor column (or an actor column
/// alone, in a sheet or file named after a network: « Adhérents COORACE.csv » lists the
/// members of « COORACE »; in one whose name says no network, « Liste.csv », the members of
/// a network named after it, with a warning that asks for the network's name: years are no
/// cooperations), no `since` or `until` column, and two or more columns headed by a year alone (« 2022 », or
/// « Année 2022 », « En 2023 », « Adhérent 2024 »), no two the same. Each row is one
/// membership, `since` the first year marked (any text but « non », « 0 », « - », a
/// membership ended or not begun, « Radié », « En attente », a fee not paid, « Non payée »,
/// or an amount of zero, « 0 € »: a column « Cotisation 2024 » is read as the year 2024),
/// `until` the last when it is before the last year column (still there otherwise). A
/// row with no year marked keeps no date and is counted in one warning; one marked with
/// a gap between two years is read as present throughout, counted likewise. The year
/// columns are then read: they are not reported as unknown.
enum YearColumns {
    /// Words a year column's header may hold beside its year (keys).
    /// A network's fee paid year by year names its columns too: « Cotisation 2024 »,
    /// « Adhésion 2023 », « Cotisation payée 2022 ».
    static let words: Set<String> = Set(["annee", "en", "adherent", "adherente", "adherents", "membre", "membres", "year", "in", "member",
                                         "cotisation", "cotisations", "cotis", "adhesion", "adhesions", "payee", "paye", "reglee", "regle",
                                         "renouvellement", "inscription", "fee", "fees", "dues", "paid", "membership"])

    /// Whether a year cell marks no membership that year: empty or a no (``MembershipMatrix/isUnmarked(_:)``),
    /// a membership ended or not begun (« Radié », « En attente », ``MembershipStanding``), a fee
    /// not paid (« Non payée », « Impayée ») or an amount of zero (« 0 € »).
    static func isUnmarked(_ text: String) -> Bool {
        if MembershipMatrix.isUnmarked(text) { return true }
        if let standing = MembershipStanding.standing(text), standing != .current { return true }
        let key = Vocabulary.key(text)
        if unpaid.contains(key) { return true }
        // « 0 € », « 0,00 € », « 0.00 »: an amount of nothing.
        let digits = text.filter { !$0.isWhitespace && $0 != "€" && $0 != "," && $0 != "." }
        return !digits.isEmpty && digits.allSatisfy { $0 == "0" }
    }

    /// A fee cell saying the year was not paid (keys).
    static let unpaid: Set<String> = Set(["non payée", "non payé", "non payées", "impayée", "impayé", "non réglée", "non réglé",
                                          "pas payé", "pas payée", "non versée", "non versé", "unpaid", "not paid"].map(Vocabulary.key))

    /// The year a header names, when it names a year alone (or with one of ``words``).
    static func year(ofHeader text: String) -> Int? {
        guard let year = YearlySheets.year(ofSheet: text) else { return nil }
        let rest = Vocabulary.normalise(text.replacingOccurrences(of: String(year), with: " "))
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        return rest.allSatisfy(words.contains) ? year : nil
    }

    /// The year columns' headers of a member list by year (an actor column, no cooperation
    /// column, two or more columns headed by distinct years, in the first record or one
    /// below title lines); nil for any other table. Such a table holds memberships, whatever
    /// its other columns (« Structure | Commune | 2022 | 2023 » is no actors table).
    static func memberListYears(in grid: any CellGrid) -> [String]? {
        for r in Table.headerCandidates(in: grid) {
            let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
            guard columns["actor"] != nil else { continue }
            guard columns["cooperation"] == nil else { return nil }
            let texts = grid.cellRange(ofRecord: r).map { grid.text(ofCell: $0).trimmingSpaces() }
            let years = texts.filter { TableSchema.memberships.column(named: $0.lowercased()) == nil && year(ofHeader: $0) != nil }
            return years.count >= 2 && Set(years.compactMap(year(ofHeader:))).count == years.count ? years : nil
        }
        return nil
    }

    /// The network a sheet or a file is named after (« COORACE » for « Adhérents
    /// COORACE.csv »), nil when its name says none (« Feuil1 », « Données », a year).
    static func networkName(of grid: any CellGrid, file: String) -> String? {
        let sheet = (grid as? SheetGrid)?.sheet
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        for name in [sheet, stem].compactMap({ $0 }) where FolderSource.isNetworkFileName(name) && TableNames.schema(forName: name) == nil {
            if YearlySheets.year(ofSheet: name) != nil { continue }
            return NetworkSheets.networkName(ofSheet: name)
        }
        return nil
    }

    /// The table `grid` with its year columns turned into `since` and `until`; nil when
    /// it has no year columns.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        // The header: one naming a cooperation and an actor column, or, for a network named
        // by its sheet or file (« Adhérents COORACE.csv »), an actor column alone.
        var headerIndex = Table.headerBelowTitle(.memberships, grid: grid) ?? (Table.fits(.memberships, grid: grid) ? 0 : nil)
        var network: String?
        // Whether the network is only the file's name, the file naming none (« Liste.csv »).
        var unnamed = false
        if headerIndex == nil,
           let r = Table.headerCandidates(in: grid).first(where: { Table.columnIndices(of: .memberships, in: grid, record: $0)["actor"] != nil }),
           Table.columnIndices(of: .memberships, in: grid, record: r)["cooperation"] == nil {
            if let name = networkName(of: grid, file: file) {
                network = name
            } else {
                // Years as columns are no cooperations: the members are those of one network,
                // named after the sheet or file until its name says which.
                let sheet = (grid as? SheetGrid)?.sheet
                let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                network = [sheet, stem].compactMap { $0 }.first { NetworkSheets.isNetworkName($0) } ?? stem
                unnamed = true
            }
            headerIndex = r
        }
        guard let headerIndex, grid.recordCount > headerIndex + 1 else { return nil }
        let body: any CellGrid = headerIndex > 0 ? RowsBelowTitleGrid(grid, skipping: headerIndex) : grid
        let columns = Table.columnIndices(of: .memberships, in: body)
        guard columns["since"] == nil, columns["until"] == nil else { return nil }
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let headerTexts = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        var yearColumns: [(index: Int, year: Int)] = []
        for (i, text) in headerTexts.enumerated() where TableSchema.memberships.column(named: text.lowercased()) == nil {
            if let year = year(ofHeader: text) { yearColumns.append((i, year)) }
        }
        let years = yearColumns.map(\.year)
        guard yearColumns.count >= 2, Set(years).count == years.count, let last = years.max() else { return nil }
        let yearIndices = Set(yearColumns.map(\.index))
        let kept = headerCells.indices.filter { !yearIndices.contains($0) }
        let ordered = years.sorted()

        let origin = body.start(ofRecord: 0)
        var records: [[MappedGrid.Cell]] = []
        var unmarked: [CellPosition] = [], gaps: [CellPosition] = []
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            func cell(_ i: Int) -> MappedGrid.Cell {
                guard range.lowerBound + i < range.upperBound else { return MappedGrid.Cell(text: "", position: body.endPosition(ofRecord: r)) }
                return MappedGrid.Cell(text: body.text(ofCell: range.lowerBound + i), position: body.position(ofCell: range.lowerBound + i))
            }
            var record = kept.map(cell)
            let marked = yearColumns.filter { column in
                guard range.lowerBound + column.index < range.upperBound else { return false }
                return !isUnmarked(body.text(ofCell: range.lowerBound + column.index))
            }
            var since = MappedGrid.Cell(text: "", position: body.start(ofRecord: r)), until = since
            let blank = range.allSatisfy(body.isBlank)
            if let first = marked.min(by: { $0.year < $1.year }), let end = marked.max(by: { $0.year < $1.year }) {
                since = MappedGrid.Cell(text: String(first.year), position: cell(first.index).position)
                if end.year < last { until = MappedGrid.Cell(text: String(end.year), position: cell(end.index).position) }
                let present = Set(marked.map(\.year))
                if ordered.contains(where: { $0 > first.year && $0 < end.year && !present.contains($0) }) { gaps.append(since.position) }
            } else if !blank {
                unmarked.append(body.start(ofRecord: r))
            }
            record += [since, until]
            records.append(record)
        }
        var header = kept.map { headerTexts[$0] } + ["since", "until"]
        if let network {
            // Each row a member of the network the sheet or file is named after.
            header.insert("cooperation", at: 0)
            for k in records.indices {
                let blank = records[k].allSatisfy { $0.text.trimmingSpaces().isEmpty }
                records[k].insert(MappedGrid.Cell(text: blank ? "" : network, position: body.start(ofRecord: k + 1)), at: 0)
            }
            diagnostics.append(.warning(unnamed
                ? LocalizedText(
                    fr: "pas de colonne de coopération, et le nom de la feuille ou du fichier ne dit pas de quel réseau ce sont les membres : chaque ligne est lue comme un membre de « \(network.excerpt) » ; nommez le fichier d'après le réseau (« Adhérents COORACE.csv ») ou ajoutez une colonne « Réseau »",
                    en: "no cooperation column, and the sheet's or file's name does not say which network these are the members of: each row is read as a member of \"\(network.excerpt)\"; name the file after the network (\"Adhérents COORACE.csv\") or add a « Réseau » column")
                : LocalizedText(
                    fr: "pas de colonne de coopération : chaque ligne est un membre de « \(network.excerpt) », le réseau que nomme la feuille ou le fichier",
                    en: "no cooperation column: each row is a member of \"\(network.excerpt)\", the network the sheet or file is named after"),
                file: file, at: origin))
        }
        let from = ordered.first ?? last
        diagnostics.append(.warning(LocalizedText(
            fr: "colonnes d'années (\(from) à \(last)) lues comme les années de participation : chaque ligne présente depuis la première année marquée, jusqu'à la dernière si elle est avant \(last), et de même chaque structure sans date de création ; `--at ANNÉE` donne le réseau d'une année",
            en: "year columns (\(from) to \(last)) read as the years of each membership: each row present from the first year marked to the last when before \(last), and so does each structure without a founding date; `--at YEAR` gives one year's network"),
            file: file, at: origin))
        if headerIndex > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(headerIndex, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        if let first = unmarked.first {
            let n = unmarked.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n) ligne\(n > 1 ? "s" : "") sans année marquée : lue\(n > 1 ? "s" : "") sans date, présente\(n > 1 ? "s" : "") à toute date",
                en: "\(n) row\(n > 1 ? "s" : "") with no year marked: read with no date, present at any date"),
                file: file, at: first))
        }
        if let first = gaps.first {
            let n = gaps.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n) ligne\(n > 1 ? "s" : "") sans marque une année entre deux années marquées : lue\(n > 1 ? "s" : "") comme présente\(n > 1 ? "s" : "") toute la période",
                en: "\(n) row\(n > 1 ? "s" : "") unmarked in a year between two marked ones: read as present throughout"),
                file: file, at: first))
        }
        return MappedGrid(header: header, records: records, origin: origin)
    }
}
