import MaillageSupport
import MaillageModel

/// A workbook that keeps one sheet of memberships per year (« 2023 », « 2024 », or
/// « Partenariats 2023 », « Partenariats 2024 »): each sheet the network as it stood
/// that year, not more of it.
///
/// Read as one memberships table where each membership appears once, dated by the
/// sheets it is on: `since` the first year it appears (the first sheet's year for those
/// already there), `until` the last year when that is before the last sheet's year
/// (still there otherwise, no end). A pair of a list of ties or of an adjacency matrix
/// is the same cooperation every year (its id `A+B` is given per sheet, not made unique
/// across them, its two actors in the order of their names whichever way a sheet writes
/// them), so `maillage … --at 2023` gives the network of 2023 and `compare`
/// the changes between two years. A membership missing from a year between two where it
/// appears is read as present throughout, counted in one warning. A row's own `since`
/// or `until` is kept.
///
/// The workbook reads so when it has two or more memberships sheets, each named with
/// one year (1900 to 2100), no two the same; so does a folder of memberships files named
/// so (« Liens 2023.csv », « Liens 2024.csv »).
enum YearlySheets {
    /// The one year a sheet's name holds (« 2023 », « Liens 2024 », « Matrice_2022 »),
    /// nil when it holds none or several.
    static func year(ofSheet name: String) -> Int? {
        var years: [Int] = [], digits = ""
        for character in name + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if !digits.isEmpty {
                guard digits.count == 4, let year = Int(digits), (1900...2100).contains(year) else { return nil }
                years.append(year)
                digits = ""
            }
        }
        return years.count == 1 ? years[0] : nil
    }

    /// The years of `sheets` (their names, in order) when they make a yearly workbook;
    /// nil otherwise.
    static func years(of sheets: [String?]) -> [Int]? {
        guard sheets.count >= 2 else { return nil }
        let years = sheets.map { $0.flatMap(year(ofSheet:)) }
        guard years.allSatisfy({ $0 != nil }) else { return nil }
        let found = years.compactMap { $0 }
        return Set(found).count == found.count ? found : nil
    }

    /// The memberships `tables` (one per sheet, of the years `years`) as one table, each
    /// membership once and dated by the years it appears in.
    static func memberships(_ tables: [Table], years: [Int], file: String, diagnostics: inout [Diagnostic]) -> Table? {
        guard let first = tables.first, tables.count == years.count, let last = years.max() else { return nil }
        let columns = ["cooperation", "actor", "role", "since", "until"]
        // Per membership (cooperation and actor keys): its first row's cells and the years it is on.
        var index: [String: Int] = [:]
        var records: [[MappedGrid.Cell]] = [], seen: [Set<Int>] = []
        for (table, year) in zip(tables, years) {
            let indices = columns.map { table.column($0) }
            let file = table.file == first.file ? nil : table.file
            for row in table.rows {
                let start = row.start.in(file: file)
                let cells = indices.map { i -> MappedGrid.Cell in
                    guard let i, let cell = row.field(i) else { return MappedGrid.Cell(text: "", position: start) }
                    return MappedGrid.Cell(text: cell.value, position: file == nil ? cell.position : cell.position.in(file: file))
                }
                let key = Vocabulary.key(cells[0].text) + "\u{0}" + Vocabulary.key(cells[1].text)
                if let k = index[key] {
                    seen[k].insert(year)
                    continue
                }
                index[key] = records.count
                records.append(cells)
                seen.append([year])
            }
        }
        let ordered = years.sorted()
        var gaps = 0
        for k in records.indices {
            let present = seen[k]
            guard let from = present.min(), let to = present.max() else { continue }
            if ordered.contains(where: { $0 > from && $0 < to && !present.contains($0) }) { gaps += 1 }
            if records[k][3].text.isEmpty { records[k][3].text = String(from) }
            if records[k][4].text.isEmpty, to < last { records[k][4].text = String(to) }
        }
        let names = ordered.map(String.init).joined(separator: ", ")
        let files = Set(tables.map(\.file)).count > 1
        diagnostics.append(.warning(LocalizedText(
            fr: "\(files ? "dossier lu comme un fichier" : "classeur lu comme une feuille") par année (\(names)) : chaque participation compte une fois, présente depuis la première année où elle figure et jusqu'à la dernière, et de même chaque structure sans date de création ; `--at ANNÉE` donne le réseau d'une année, `maillage compare DOSSIER --at A --at B` ce qui a changé",
            en: "\(files ? "folder read as one file" : "workbook read as one sheet") per year (\(names)): each membership counts once, present from the first year it appears in to the last, and so does each structure without a founding date; `--at YEAR` gives one year's network, `maillage compare DATASET --at A --at B` what changed"),
            file: file))
        if gaps > 0 {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(gaps) participation\(gaps > 1 ? "s" : "") manque\(gaps > 1 ? "nt" : "") une année entre deux où elle\(gaps > 1 ? "s" : "") figure\(gaps > 1 ? "nt" : "") : lue\(gaps > 1 ? "s" : "") comme présente\(gaps > 1 ? "s" : "") toute la période",
                en: "\(gaps) membership\(gaps > 1 ? "s are" : " is") missing from a year between two where \(gaps > 1 ? "they appear" : "it appears"): read as present throughout"),
                file: file))
        }
        var again: [Diagnostic] = []
        return Table.check(.memberships, grid: MappedGrid(header: columns, records: records, origin: first.grid.origin),
                           file: first.file, diagnostics: &again)
    }

    /// The cooperations of the lists of ties of each year's sheet (`grids`, of the years
    /// `years`), each id once (its first year's row), dated as its memberships are: started
    /// the first year it appears, ended the last when before `last`, unless its row says.
    static func cooperations(_ grids: [any CellGrid], years: [Int], last: Int) -> MappedGrid? {
        guard let first = grids.first, grids.count == years.count else { return nil }
        let joined = CombinedTables.concatenated(grids.map { CombinedTables.Part(grid: $0, header: 0, records: Array(1..<max($0.recordCount, 1))) })
        var header = joined.header
        for column in ["started", "ended"] where !header.contains(where: { TableSchema.cooperations.column(named: $0.lowercased()) == column }) {
            header.append(column)
        }
        let id = header.firstIndex { $0 == "id" } ?? 0
        let started = header.firstIndex { TableSchema.cooperations.column(named: $0.lowercased()) == "started" } ?? 0
        let ended = header.firstIndex { TableSchema.cooperations.column(named: $0.lowercased()) == "ended" } ?? 0
        // Each record's year: the sheet it comes from.
        var recordYears: [Int] = []
        for (grid, year) in zip(grids, years) { recordYears += Array(repeating: year, count: max(grid.recordCount - 1, 0)) }
        var index: [String: Int] = [:], records: [[MappedGrid.Cell]] = [], spans: [(from: Int, to: Int)] = []
        for (record, year) in zip(joined.records, recordYears) where id < record.count {
            let key = Vocabulary.key(record[id].text)
            if let k = index[key] {
                spans[k] = (min(spans[k].from, year), max(spans[k].to, year))
                continue
            }
            index[key] = records.count
            let blank = MappedGrid.Cell(text: "", position: record[id].position)
            records.append(record + Array(repeating: blank, count: header.count - record.count))
            spans.append((year, year))
        }
        for k in records.indices {
            if records[k][started].text.isEmpty { records[k][started].text = String(spans[k].from) }
            if records[k][ended].text.isEmpty, spans[k].to < last { records[k][ended].text = String(spans[k].to) }
        }
        return MappedGrid(header: header, records: records, origin: first.origin)
    }
}
