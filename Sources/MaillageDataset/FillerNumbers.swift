import MaillageSupport
import MaillageModel

/// SIRET, SIREN and RNA numbers that do not name a structure: a filler typed where the
/// number was not known (« 00000000000000 », « 12345678900012 », « W000000000 »), or one
/// number given to many structures of different names (a column filled down, the head
/// office's SIRET typed for each of its members).
///
/// Read as keys, such a number would merge every structure that has it into the first
/// one (``RegisteredActors``): 172 structures of a member list read as one. So it is not
/// read: each structure keeps its own name and row, and one warning per table says which
/// numbers were set aside and for how many names.
///
/// A number is set aside when
/// - its digits are one digit repeated, or count up or down from the first (`123456789…`,
///   `987654321…`);
/// - or, as a SIRET or an RNA number, it is given to 5 structures of different names or
///   more, or to 3 or more when its check digit fails.
///
/// Two or three spellings of one structure with its true number (« Emmaüs Liévin », « Assoc.
/// Emmaüs de Liévin ») stay merged by it. A SIREN shared by several names is the legal unit
/// of several establishments: it is never merged on (``RegisteredActors``), so only fillers
/// are set aside.
struct FillerNumbers {
    /// Distinct names from which a SIRET or an RNA number is set aside; with a failing check digit.
    static let namesForValid = 5, namesForUnchecked = 3

    /// The numbers set aside so far, in every table (``RegistrationNumber/key``).
    private(set) var keys: Set<String> = []

    /// Whether `number` is a filler: one digit repeated, or a run counting up or down from its first digit.
    static func isFiller(_ number: RegistrationNumber) -> Bool {
        let digits = Array(number.value.utf8.filter { $0 >= 0x30 && $0 <= 0x39 })
        guard digits.count >= 9, let first = digits.first else { return false }
        if digits.allSatisfy({ $0 == first }) { return true }
        let head = String(decoding: digits.prefix(9), as: UTF8.self)
        return head == "123456789" || head == "987654321"
    }

    /// Whether `number` was set aside.
    func contains(_ number: RegistrationNumber) -> Bool { !keys.isEmpty && keys.contains(number.key) }

    /// Scans `table`'s number `columns`, the structures named in `nameColumn`, and sets
    /// aside the fillers and the numbers given to too many names; the warning for the
    /// table, nil when none is.
    mutating func scan(_ table: Table, columns: [Int], nameColumn: Int?) -> Diagnostic? {
        guard !columns.isEmpty else { return nil }
        // A table naming its structures by number (« SIRET | Réseau »): no names to count, fillers only.
        let nameColumn = nameColumn.flatMap { columns.contains($0) ? nil : $0 }
        // Per number: where it is first, the name beside it, and, from its second row on, the
        // distinct keys of its names (up to ``namesForValid``).
        var index: [String: Int] = [:]
        var entries: [(key: String, number: RegistrationNumber, position: CellPosition, name: String, names: [String])] = []
        for row in table.rows {
            for column in columns {
                guard let field = row.field(column) else { continue }
                let text = field.value.trimmingSpaces()
                guard !text.isEmpty, case .number(let number) = RegistrationNumber.read(text) else { continue }
                let key = number.key
                guard let i = index[key] else {
                    index[key] = entries.count
                    entries.append((key, number, field.position, nameColumn.map { row.value($0).trimmingSpaces() } ?? "", []))
                    continue
                }
                guard let nameColumn, entries[i].names.count < Self.namesForValid else { continue }
                if entries[i].names.isEmpty {
                    let firstKey = Vocabulary.nameKey(entries[i].name)
                    entries[i].names = firstKey.isEmpty ? [] : [firstKey]
                }
                let nameKey = Vocabulary.nameKey(row.value(nameColumn).trimmingSpaces())
                if !nameKey.isEmpty, !entries[i].names.contains(nameKey) { entries[i].names.append(nameKey) }
            }
        }
        let setAside = entries.filter { entry in
            guard !keys.contains(entry.key) else { return false }
            let shared = entry.number.register != .siren
                && entry.names.count >= (entry.number.checks ? Self.namesForValid : Self.namesForUnchecked)
            return shared || Self.isFiller(entry.number)
        }
        guard let first = setAside.first else { return nil }
        keys.formUnion(setAside.map(\.key))
        // The names the first is given to, now counted in full, and the first three of them.
        var names: Set<String> = [], quoted: [String] = []
        if let nameColumn {
            for row in table.rows {
                for column in columns {
                    guard let field = row.field(column), case .number(let number) = RegistrationNumber.read(field.value.trimmingSpaces()),
                          number.key == first.key else { continue }
                    let name = row.value(nameColumn).trimmingSpaces(), nameKey = Vocabulary.nameKey(name)
                    if !nameKey.isEmpty, names.insert(nameKey).inserted, quoted.count < 3 { quoted.append(name) }
                }
            }
        }
        let label = first.number.register.label, more = LocalizedText.andMore(setAside.count - 1)
        let quotedFR = quoted.map { "« \($0.excerpt) »" }.joined(separator: ", ") + (names.count > quoted.count ? "…" : "")
        let quotedEN = quoted.map { "\"\($0.excerpt)\"" }.joined(separator: ", ") + (names.count > quoted.count ? "…" : "")
        let given = names.count > 1
            ? LocalizedText(fr: ", donné à \(LocalizedText.integer(names.count).fr) structures de noms différents (\(quotedFR)),",
                            en: ", given to \(LocalizedText.integer(names.count).en) structures of different names (\(quotedEN)),")
            : .empty
        return .warning(LocalizedText(
            fr: "le \(label) \(first.number.written)\(given.fr) ne désigne pas une structure (un numéro de remplissage, ou recopié d'une ligne à l'autre) : non lu, chaque structure gardée sous son nom\(more.fr)",
            en: "\(label) \(first.number.written)\(given.en) names no one structure (a filler, or copied from row to row): not read, each structure kept under its name\(more.en)"),
            file: table.file, at: first.position)
    }
}
