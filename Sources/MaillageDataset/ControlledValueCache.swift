/// The controlled values (kinds, forms, roles, statuses) already read in one column, by
/// the exact bytes of their cell: a column holds a handful of spellings over thousands
/// of rows, and a spelling met again is matched without making a string or normalising
/// it (``ControlledValues/match(_:)`` depends on the text alone).
///
/// Only matches are kept: an unknown value goes through ``LoaderRun/parseEnum(_:in:unknown:file:)``
/// every time, so each of its cells is reported. At most ``capacity`` spellings are kept.
struct ControlledValueCache<T: RawRepresentable & Sendable> where T.RawValue == String {
    /// The most spellings kept; later ones are matched the general way.
    static var capacity: Int { 32 }

    private var spellings: [[UInt8]] = []
    private var matches: [ControlledValues<T>.Match] = []

    /// The match already found for these exact bytes, if any.
    func match(for bytes: UnsafeBufferPointer<UInt8>) -> ControlledValues<T>.Match? {
        for (k, spelling) in spellings.enumerated() where spelling.count == bytes.count {
            if spelling.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return matches[k] }
        }
        return nil
    }

    /// Keeps `match` for these bytes (the first ``capacity`` spellings only).
    mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ match: ControlledValues<T>.Match) {
        guard spellings.count < Self.capacity else { return }
        spellings.append(Array(bytes))
        matches.append(match)
    }
}
