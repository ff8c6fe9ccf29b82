import MaillageSupport
import MaillageModel

/// A record whose number of cells differs from its header's (a CSV file's; a sheet pads
/// its rows): what to say, and where.
struct RowWidthProblem {
    /// The message, naming both counts and the first missing or extra cell.
    var message: LocalizedText
    /// The extra cell, or the end of a short record.
    var position: CellPosition
    /// Whether the record only lacks cells at its end, with no sign of a broken row (another
    /// delimiter in its cells, or a neighbouring record off width too, as a line break
    /// typed inside an unquoted cell leaves): its missing cells may be read as empty.
    var missingAtEndOnly: Bool
}
