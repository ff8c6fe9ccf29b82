import MaillageModel

/// The actors an actors table counts as ESS structures for one reason (or the flags it
/// could not read): how many, and the first, for one warning.
struct ESSKinds {
    var count = 0
    var first: (name: String, legalForm: String, position: CellPosition?)?

    mutating func add(_ name: String, legalForm: String, at position: CellPosition?) {
        count += 1
        if first == nil { first = (name, legalForm, position) }
    }
}
