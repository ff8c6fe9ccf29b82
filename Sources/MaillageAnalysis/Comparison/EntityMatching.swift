import MaillageModel

/// Which rows of an old and a new table are the same actor (or cooperation): first by
/// id; then, for actors left over on both sides, their register numbers (the same SIRET,
/// else the same RNA number, else the same SIREN, each unique on both sides: a structure
/// renamed between two editions of an observatory's list is still itself); then the
/// loader's name reconciliation: the
/// aliases tables of the two datasets (an old row whose id or name is an alias in the
/// new dataset's `aliases.csv` is the row that alias names, and the other way round),
/// then names equal once folded (case, accents, spaces and punctuation ignored,
/// `NameMatching.folded(_:)`, the loader's own normalisation) and unique on each side.
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
    /// Pairs of actors matched by SIRET, RNA or SIREN once ids failed.
    public let matchedByNumber: Int
    /// Pairs matched through an aliases table once ids and numbers failed.
    public let matchedByAlias: Int
    /// Pairs matched by folded name once ids and aliases failed.
    public let matchedByName: Int

    /// Matches `old` to `new`, each row given as (id, name).
    /// - Parameters:
    ///   - old: the old table's rows.
    ///   - new: the new table's rows.
    ///   - byName: also match the rows left over by alias and by name (two datasets whose
    ///     ids may differ); false for two dates of one dataset, where an id is the identity
    ///     and a cooperation that ended is not the new one of the same name.
    ///   - aliases: the aliases tables of the old and the new dataset
    ///     (`DatasetOrigin/aliases`), used when `byName`.
    ///   - numbers: each row's register numbers (SIRET, RNA, SIREN, in that order of
    ///     trust; empty for cooperations), used when `byName`.
    /// - Complexity: O(n + aliases) expected (hashing).
    public init(old: [(id: String, name: String)], new: [(id: String, name: String)], byName: Bool = true,
                aliases: (old: [DatasetAlias], new: [DatasetAlias]) = ([], []),
                numbers: (old: [[String?]], new: [[String?]]) = ([], [])) {
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
        // Aliases: a row whose id or name (as written or folded) is an alias of the other
        // dataset is the row whose id that alias names.
        func aliasIndex(_ table: [DatasetAlias]) -> [String: String] {
            var index: [String: String] = [:]
            for entry in table {
                if index[entry.alias] == nil { index[entry.alias] = entry.id }
                let key = NameMatching.folded(entry.alias)
                if !key.isEmpty, index[key] == nil { index[key] = entry.id }
            }
            return index
        }
        func rowIndex(_ rows: [(id: String, name: String)]) -> [String: Int] {
            var index: [String: Int] = [:]
            for (k, row) in rows.enumerated() {
                if index[row.id] == nil { index[row.id] = k }
                let key = NameMatching.folded(row.id)
                if !key.isEmpty, index["\u{0}" + key] == nil { index["\u{0}" + key] = k }
            }
            return index
        }
        func target(of row: (id: String, name: String), aliases: [String: String], rows: [String: Int]) -> Int? {
            for text in [row.id, row.name, NameMatching.folded(row.id), NameMatching.folded(row.name)] where !text.isEmpty {
                if let id = aliases[text], let k = rows[id] ?? rows["\u{0}" + NameMatching.folded(id)] { return k }
            }
            return nil
        }
        // Register numbers, the most trusted first: a number on one row only of each side.
        var matchedNumbers = 0
        if byName, !numbers.old.isEmpty, numbers.old.count == old.count, numbers.new.count == new.count {
            let registers = numbers.old.first?.count ?? 0
            for r in 0..<registers {
                func unique(_ rows: [[String?]], unmatched: [Int?]) -> [String: Int] {
                    var index: [String: Int] = [:], repeated: Set<String> = []
                    for (k, row) in rows.enumerated() where unmatched[k] == nil && r < row.count {
                        guard let number = row[r], !number.isEmpty else { continue }
                        if index[number] != nil { repeated.insert(number) } else { index[number] = k }
                    }
                    for number in repeated { index[number] = nil }
                    return index
                }
                let newNumbers = unique(numbers.new, unmatched: oldOfNew)
                guard !newNumbers.isEmpty else { continue }
                for (number, i) in unique(numbers.old, unmatched: newOfOld).sorted(by: { $0.value < $1.value }) {
                    if let j = newNumbers[number] { newOfOld[i] = j; oldOfNew[j] = i; matchedNumbers += 1 }
                }
            }
        }
        var matchedAliases = 0
        if byName, !aliases.old.isEmpty || !aliases.new.isEmpty {
            let newAliases = aliasIndex(aliases.new), oldAliases = aliasIndex(aliases.old)
            let newRows = rowIndex(new), oldRows = rowIndex(old)
            for (i, row) in old.enumerated() where newOfOld[i] == nil && !newAliases.isEmpty {
                if let j = target(of: row, aliases: newAliases, rows: newRows), oldOfNew[j] == nil {
                    newOfOld[i] = j; oldOfNew[j] = i; matchedAliases += 1
                }
            }
            for (j, row) in new.enumerated() where oldOfNew[j] == nil && !oldAliases.isEmpty {
                if let i = target(of: row, aliases: oldAliases, rows: oldRows), newOfOld[i] == nil {
                    newOfOld[i] = j; oldOfNew[j] = i; matchedAliases += 1
                }
            }
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
        matchedByNumber = matchedNumbers
        matchedByAlias = matchedAliases
        matchedByName = matchedNames
    }

    /// Matches the actors of two datasets (by id, then by SIRET, RNA, SIREN, alias and
    /// name when `byName`).
    public init(actorsOf old: Dataset, _ new: Dataset, byName: Bool = true, aliases: (old: [DatasetAlias], new: [DatasetAlias]) = ([], [])) {
        func numbers(_ actors: [Actor]) -> [[String?]] {
            actors.contains { $0.siret != nil || $0.rna != nil || $0.siren != nil }
                ? actors.map { [$0.siret, $0.rna, $0.siren ?? $0.siret.map { String($0.prefix(9)) }] } : []
        }
        let oldNumbers = numbers(old.actors), newNumbers = numbers(new.actors)
        self.init(old: old.actors.map { ($0.id, $0.name) }, new: new.actors.map { ($0.id, $0.name) }, byName: byName, aliases: aliases,
                  numbers: oldNumbers.isEmpty || newNumbers.isEmpty ? ([], []) : (oldNumbers, newNumbers))
    }

    /// Matches the cooperations of two datasets (by id, then by alias and name when `byName`).
    public init(cooperationsOf old: Dataset, _ new: Dataset, byName: Bool = true, aliases: (old: [DatasetAlias], new: [DatasetAlias]) = ([], [])) {
        self.init(old: old.cooperations.map { ($0.id, $0.name) }, new: new.cooperations.map { ($0.id, $0.name) }, byName: byName,
                  aliases: aliases)
    }

    /// Old rows matched to none (they left, or ended), in table order.
    public var onlyOld: [Int] { newOfOld.indices.filter { newOfOld[$0] == nil } }
    /// New rows matched to none (they joined, or were created), in table order.
    public var onlyNew: [Int] { oldOfNew.indices.filter { oldOfNew[$0] == nil } }
    /// Pairs matched, by id, number, alias or name.
    public var matched: Int { matchedByID + matchedByNumber + matchedByAlias + matchedByName }
}
