import MaillageModel

/// Which rows of an old and a new table are the same actor (or cooperation): first by
/// id, then — for rows left over on both sides — by name, folded (case, accents,
/// punctuation ignored, `NameMatching.folded(_:)`) and unique on each side.
///
/// Two dates of one dataset match by id only in practice; two editions of a survey whose
/// ids were renumbered match by name. Whatever stays unmatched has left (old side) or
/// joined (new side).
public struct EntityMatching: Sendable, Hashable {
    /// For each old row, the new row it matches, or nil.
    public let newOfOld: [Int?]
    /// For each new row, the old row it matches, or nil.
    public let oldOfNew: [Int?]
    /// Pairs matched by id.
    public let matchedByID: Int
    /// Pairs matched by name once ids failed.
    public let matchedByName: Int

    /// Matches `old` to `new`, each row given as (id, name).
    /// - Parameters:
    ///   - old: the old table's rows.
    ///   - new: the new table's rows.
    ///   - byName: also match the rows left over by name (two datasets whose ids
    ///     may differ); false for two dates of one dataset, where an id is the identity and
    ///     a cooperation that ended is not the new one of the same name.
    /// - Complexity: O(n) expected (hashing).
    public init(old: [(id: String, name: String)], new: [(id: String, name: String)], byName: Bool = true) {
        var newOfOld = [Int?](repeating: nil, count: old.count)
        var oldOfNew = [Int?](repeating: nil, count: new.count)
        var newByID: [String: Int] = [:]
        for (j, row) in new.enumerated() where newByID[row.id] == nil { newByID[row.id] = j }
        var byID = 0
        for (i, row) in old.enumerated() {
            if let j = newByID[row.id], oldOfNew[j] == nil { newOfOld[i] = j; oldOfNew[j] = i; byID += 1 }
        }
        func uniqueNames(_ rows: [(id: String, name: String)], unmatched: [Int?]) -> [String: Int] {
            var index: [String: Int] = [:], repeated: Set<String> = []
            for (k, row) in rows.enumerated() where unmatched[k] == nil {
                let key = NameMatching.folded(row.name)
                guard !key.isEmpty else { continue }
                if index[key] != nil { repeated.insert(key) } else { index[key] = k }
            }
            for key in repeated { index[key] = nil }
            return index
        }
        var matchedNames = 0
        if byName {
            let oldNames = uniqueNames(old, unmatched: newOfOld), newNames = uniqueNames(new, unmatched: oldOfNew)
            for (key, i) in oldNames.sorted(by: { $0.value < $1.value }) {
                if let j = newNames[key] { newOfOld[i] = j; oldOfNew[j] = i; matchedNames += 1 }
            }
        }
        self.newOfOld = newOfOld
        self.oldOfNew = oldOfNew
        matchedByID = byID
        matchedByName = matchedNames
    }

    /// Matches the actors of two datasets (by id, then by name when `byName`).
    public init(actorsOf old: Dataset, _ new: Dataset, byName: Bool = true) {
        self.init(old: old.actors.map { ($0.id, $0.name) }, new: new.actors.map { ($0.id, $0.name) }, byName: byName)
    }

    /// Matches the cooperations of two datasets (by id, then by name when `byName`).
    public init(cooperationsOf old: Dataset, _ new: Dataset, byName: Bool = true) {
        self.init(old: old.cooperations.map { ($0.id, $0.name) }, new: new.cooperations.map { ($0.id, $0.name) }, byName: byName)
    }

    /// Old rows matched to none (they left, or ended), in table order.
    public var onlyOld: [Int] { newOfOld.indices.filter { newOfOld[$0] == nil } }
    /// New rows matched to none (they joined, or were created), in table order.
    public var onlyNew: [Int] { oldOfNew.indices.filter { oldOfNew[$0] == nil } }
    /// Pairs matched, by id or by name.
    public var matched: Int { matchedByID + matchedByName }
}
