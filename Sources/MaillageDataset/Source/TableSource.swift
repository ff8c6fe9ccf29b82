import Foundation

/// One table an input holds for a schema: absent, present but unusable (reported),
/// or its cells.
struct SourceTable {
    enum Content {
        /// The input holds no such table.
        case missing
        /// The table exists but cannot be read; the reason is already reported.
        case unusable
        /// The table's cells.
        case grid(any CellGrid)
    }

    /// The name diagnostics give the file the table is in (`memberships.csv`, `acteurs.xlsx`).
    var file: String
    var content: Content

    /// Whether the input holds the table, usable or not.
    var exists: Bool {
        if case .missing = content { return false }
        return true
    }
}

/// Where a dataset's tables come from: a folder of CSV files today, a workbook next.
///
/// A source finds the table that holds each ``TableSchema`` and reads it into a
/// ``CellGrid``; it reports what concerns its format (unreadable files, encodings,
/// quoting, archive problems) and leaves every check of the cells to the loader. It
/// reads its files whole before any is parsed, so their fingerprint is computed
/// while they are parsed.
protocol TableSource {
    /// The files read, as (name, bytes) pairs in the order they are fingerprinted.
    var fingerprintedFiles: [(String, [UInt8])] { get }
    /// The dataset's provenance text (a README), nil when the source has none.
    var provenance: Result<[UInt8], TextScreening.ReadFailure> { get }
    /// The table holding `schema`, parsed; problems of the format go to `diagnostics`.
    mutating func table(_ schema: TableSchema, diagnostics: inout [Diagnostic]) -> SourceTable
    /// More tables of memberships, beside the one ``table(_:diagnostics:)`` gives for
    /// ``TableSchema/memberships``, from the same workbook (« Réseaux » beside
    /// « Accompagnements »): each read as its layout says, their rows after the first's.
    func additionalMemberships() -> [SourceTable]
}
