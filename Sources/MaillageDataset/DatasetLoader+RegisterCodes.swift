import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Says how INSEE's catégorie juridique codes of an actors table were read (one
    /// warning, the first code as example), and which were not (one warning).
    mutating func reportLegalCategories(
        read: (count: Int, first: (code: String, label: String, kind: ActorKind)?),
        unknown: (count: Int, first: (text: String, position: CellPosition)?), column: Int?, table: Table
    ) {
        let header = table.frenchName(ofColumn: column, key: "legal_category")
        let position = Self.headerPosition(of: column, in: table)
        if let first = read.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(read.count).fr) \(read.count == 1 ? "code" : "codes") de catégorie juridique de l'INSEE \(read.count == 1 ? "lu" : "lus") comme la forme juridique et le type d'acteur (\(LoaderRun.quotedKey(header))) : ici \(first.code), « \(first.label) », \(first.kind.label)",
                en: "\(read.count) INSEE legal category code\(read.count == 1 ? "" : "s") read as the legal form and the kind of actor (\(LoaderRun.quotedKey(header))): here \(first.code), \"\(first.label)\", \(first.kind.rawValue)"),
                file: table.file, at: position ?? table.grid.origin))
        }
        if let first = unknown.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(unknown.count).fr) \(unknown.count == 1 ? "code" : "codes") de catégorie juridique \(unknown.count == 1 ? "inconnu" : "inconnus") de la nomenclature de l'INSEE, non \(unknown.count == 1 ? "lu" : "lus") : ici « \(first.text.excerpt) »",
                en: "\(unknown.count) legal category code\(unknown.count == 1 ? "" : "s") unknown to INSEE's nomenclature, not read: here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
    }

    /// Says how an actors table's NAF codes were read as sectors (one warning, the first
    /// code as example), and which were not (one warning).
    mutating func reportActivities(
        read: (count: Int, first: (code: String, label: String)?),
        unknown: (count: Int, first: (text: String, position: CellPosition)?), column: Int?, table: Table
    ) {
        let header = table.frenchName(ofColumn: column, key: "activity")
        let position = Self.headerPosition(of: column, in: table)
        if let first = read.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(read.count).fr) \(read.count == 1 ? "code" : "codes") NAF \(read.count == 1 ? "lu" : "lus") comme le secteur des acteurs qui n'en ont pas, celui de leur division (\(LoaderRun.quotedKey(header))) : ici \(first.code), « \(first.label) »",
                en: "\(read.count) NAF code\(read.count == 1 ? "" : "s") read as the sector of the actors that have none, that of their division (\(LoaderRun.quotedKey(header))): here \(first.code), \"\(first.label)\""),
                file: table.file, at: position ?? table.grid.origin))
        }
        if let first = unknown.first {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(unknown.count).fr) \(unknown.count == 1 ? "code" : "codes") NAF \(unknown.count == 1 ? "illisible" : "illisibles") (la NAF rév. 2 les écrit « 88.99B »), non \(unknown.count == 1 ? "lu" : "lus") : ici « \(first.text.excerpt) »",
                en: "\(unknown.count) unreadable NAF code\(unknown.count == 1 ? "" : "s") (NAF rev. 2 writes them « 88.99B »), not read: here \"\(first.text.excerpt)\""),
                file: table.file, at: first.position))
        }
    }

    /// Where the header cell of `column` is, nil when there is none.
    static func headerPosition(of column: Int?, in table: Table) -> CellPosition? {
        let header = table.grid.cellRange(ofRecord: 0)
        return column.flatMap { c in c < header.count ? table.grid.position(ofCell: header.lowerBound + c) : nil }
    }
}
