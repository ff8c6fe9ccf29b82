/// Reconciles the names that stand for ids when a table gives actors (or
/// cooperations) by name only, as spreadsheets do: « Mairie de Die » in one row and
/// « mairie de Die » in another are one actor.
///
/// - Names equal once case, accents, spaces and punctuation are ignored
///   (``Vocabulary/key(_:)``) are merged into the first spelling met, with a warning
///   that lists each merge.
/// - An aliases table (`aliases.csv`, or a sheet « Alias »: columns `alias` and `id`)
///   makes a merge explicit: every mention of an alias (as written, or equal once
///   normalised) is read as the id it names. Applied merges are listed in
///   ``DatasetLoadResult/aliases`` for the outputs' `meta`.
/// - Likely duplicates beyond that — a name and its acronym in parentheses
///   (« Association des paralysés de France (APF) » and « APF »), names one or two
///   edits apart — are listed as suggestions and never merged.
///
/// Normalised matching is on only for tables whose ids are names (no `id` column) or
/// absent tables; explicit ids are never merged but through the aliases table.
struct NameReconciler {
    /// Whether normalised names are merged.
    let normalising: Bool
    /// Alias (as written and as key) → id.
    let aliases: [String: String]
    /// Keys of the names known → their index.
    private var keys: [String: Int] = [:]
    /// Names of rows merged into another entity by their register number (as written, and
    /// as keys when normalising) → that entity.
    private var merged: [String: Int] = [:]

    init(normalising: Bool, aliases: [String: String]) {
        self.normalising = normalising
        self.aliases = aliases
    }

    /// Records the name of entity `index`.
    mutating func register(_ id: String, index: Int) {
        guard normalising else { return }
        let key = Vocabulary.key(id)
        if !key.isEmpty, keys[key] == nil { keys[key] = index }
    }

    /// Records that `name`, the id of a row merged into entity `index` (the same SIRET,
    /// ``RegisteredActors``), stands for that entity.
    mutating func merge(_ name: String, into index: Int) {
        if merged[name] == nil { merged[name] = index }
        let key = Vocabulary.key(name)
        if normalising, !key.isEmpty, merged[key] == nil { merged[key] = index }
    }

    /// How a mention not known as written resolves: to the entity whose id an alias
    /// names, to the entity a row of that name was merged into, or (when normalising) to
    /// the entity of the same normalised name. Merged rows count as aliases (`byAlias`).
    func resolve(_ text: String, exact: [String: Int]) -> (index: Int, byAlias: Bool)? {
        if !aliases.isEmpty {
            if let id = aliases[text] ?? aliases[Vocabulary.key(text)], let index = exact[id] ?? (normalising ? keys[Vocabulary.key(id)] : nil) {
                return (index, true)
            }
        }
        if !merged.isEmpty, let index = merged[text] ?? (normalising ? merged[Vocabulary.key(text)] : nil) { return (index, true) }
        guard normalising else { return nil }
        let key = Vocabulary.key(text)
        guard !key.isEmpty, let index = keys[key] else { return nil }
        return (index, false)
    }

    /// The id an alias names, when `text` is one (as written or normalised).
    func aliasTarget(_ text: String) -> String? {
        guard !aliases.isEmpty else { return nil }
        return aliases[text] ?? aliases[Vocabulary.key(text)]
    }

    /// Pairs of names that are likely one actor but are not merged: a name and the
    /// acronym it ends with in parentheses, or names at most `max(1, length / 10)`
    /// edits apart once normalised (at most 2) and with the same digits (« Restos du
    /// Cœur 59 » and « Restos du Cœur 62 », « Atelier 2 » and « Atelier 12 » are
    /// numbered structures, not typos). Listed in the order of their first name, then
    /// of their second. Skipped past ``likelyDuplicatesLimit`` names.
    ///
    /// Near names are found without comparing every pair (pigeonhole, as in Li, Deng
    /// and Feng's Pass-Join, 2011): each key of 6 characters or more is cut into three
    /// segments; two keys at most two edits apart have lengths at most 2 apart, and one
    /// of the longer key's segments appears unchanged in the shorter, at most two
    /// characters from its place. Each key looks up, in an index of segments by length,
    /// place and text, the keys 0 to 2 characters longer; the candidates then pass a
    /// letter-count bound (an edit changes one count up and one down) before the edit
    /// distance.
    static func likelyDuplicates(_ names: [String]) -> [(Int, Int)] {
        guard names.count <= likelyDuplicatesLimit else { return [] }
        let keys = names.map(Vocabulary.key)
        var byKey: [String: Int] = [:]
        for (i, key) in keys.enumerated() where byKey[key] == nil { byKey[key] = i }
        var pairs: [(Int, Int)] = []
        var seen: Set<[Int]> = []
        func add(_ a: Int, _ b: Int) {
            let pair = [min(a, b), max(a, b)]
            if a != b, seen.insert(pair).inserted { pairs.append((pair[0], pair[1])) }
        }
        for (i, name) in names.enumerated() {
            // « … (APF) »: the acronym in parentheses is another actor's name.
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                if let j = byKey[Vocabulary.key(inner)] { add(i, j) }
                let outer = String(name[..<open])
                if let j = byKey[Vocabulary.key(outer)] { add(i, j) }
            }
        }
        var near = nearPairs(keys, limit: likelyDuplicatePairsLimit)
        near.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        for (i, j) in near { add(i, j) }
        return pairs
    }

    /// The pairs (i < j) of `keys` of 6 characters or more, distinct, with the same
    /// digits, at most `min(2, max(1, shorter length / 10))` edits apart; unordered;
    /// at most `limit` of them (names made to be near one another could give billions).
    static func nearPairs(_ keys: [String], limit: Int) -> [(Int, Int)] {
        let characters = keys.map(Array.init)
        let lengths = characters.map(\.count)
        // Keys and their digits as small integers: the candidates' checks compare numbers.
        var keyIDs: [String: Int] = [:], digitIDs: [String: Int] = [:]
        let keyID = keys.map { key in keyIDs[key] ?? { keyIDs[key] = keyIDs.count; return keyIDs.count - 1 }() }
        let digitID = keys.map { key -> Int in
            let digits = key.filter(\.isNumber)
            if let id = digitIDs[digits] { return id }
            digitIDs[digits] = digitIDs.count
            return digitIDs.count - 1
        }
        // Letter counts in 32 buckets: max(surplus, deficit) of two keys' counts is a
        // lower bound of their edit distance.
        let buckets = 32
        var counts = [UInt16](repeating: 0, count: keys.count * buckets)
        for (i, key) in keys.enumerated() {
            for character in key { counts[i * buckets + Int((character.unicodeScalars.first?.value ?? 0) % UInt32(buckets))] &+= 1 }
        }
        /// Where segment `s` (0, 1, 2) of a key of `length` starts, and its length.
        func segment(_ s: Int, of length: Int) -> (start: Int, count: Int) {
            let third = length / 3
            return (s * third, s == 2 ? length - 2 * third : third)
        }
        // Segments indexed with the key's digits, which a near pair shares: names that
        // differ by their numbers only (« Acteur 000123 ») never meet in a bucket.
        struct SegmentKey: Hashable {
            var length: Int
            var segment: Int
            var digits: Int
            var text: ArraySlice<Character>
        }
        var index: [SegmentKey: [Int]] = [:]
        for i in keys.indices where lengths[i] >= 6 {
            for s in 0..<3 {
                let (start, count) = segment(s, of: lengths[i])
                index[SegmentKey(length: lengths[i], segment: s, digits: digitID[i], text: characters[i][start..<(start + count)]), default: []].append(i)
            }
        }
        var near: [(Int, Int)] = []
        var lastProbe = [Int](repeating: -1, count: keys.count)
        for i in keys.indices where lengths[i] >= 6 {
            let key = characters[i], length = lengths[i]
            for other in length...(length + 2) {
                for s in 0..<3 {
                    let (start, count) = segment(s, of: other)
                    for shift in -2...2 {
                        let from = start + shift
                        guard from >= 0, from + count <= length,
                              let found = index[SegmentKey(length: other, segment: s, digits: digitID[i], text: key[from..<(from + count)])] else { continue }
                        for j in found where lastProbe[j] != i && (other > length || j > i) {
                            lastProbe[j] = i
                            guard keyID[i] != keyID[j] else { continue }
                            let allowed = min(2, max(1, min(length, other) / 10))
                            var surplus = 0, deficit = 0
                            for k in 0..<buckets {
                                let d = Int(counts[i * buckets + k]) - Int(counts[j * buckets + k])
                                if d > 0 { surplus += d } else { deficit -= d }
                            }
                            if max(surplus, deficit) > allowed { continue }
                            if Vocabulary.editDistance(keys[i], keys[j]) <= allowed {
                                near.append((min(i, j), max(i, j)))
                                if near.count >= limit { return near }
                            }
                        }
                    }
                }
            }
        }
        return near
    }

    /// The most near pairs ``likelyDuplicates(_:)`` lists.
    static let likelyDuplicatePairsLimit = 100_000

    /// The most names ``likelyDuplicates(_:)`` compares.
    static let likelyDuplicatesLimit = 100_000
}
