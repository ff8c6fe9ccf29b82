import MaillageSupport
import MaillageModel

/// An entity whose shown name the loader may rewrite: actors, cooperations and territories.
protocol NamedEntity {
    var name: String { get set }
    static var noun: Noun { get }
}

extension Actor: NamedEntity {
    static var noun: Noun { .actor }
}

extension Cooperation: NamedEntity {
    static var noun: Noun { .cooperation }
}

extension Territory: NamedEntity {
    static var noun: Noun { .territory }
}

extension LoaderRun {
    /// Shows the names written in capitals in the usual case (``CapitalNames``), their
    /// ids kept as written, and says so in one warning with the first as example. In a
    /// table whose names are mostly in capitals, a name with one long word is one too;
    /// `group` splits the entities into such tables (territories by level: SIRENE's
    /// communes in capitals beside départements named in the usual case).
    mutating func showInUsualCase<Entity: NamedEntity>(_ entities: inout [Entity], file: String,
                                                       group: (Entity) -> String = { _ in "" }) {
        var count = 0
        var first: (written: String, shown: String)?
        // Tables whose names are mostly in capitals (a SIRENE extract): each of their names is one.
        var balance: [String: Int] = [:]
        for entity in entities {
            let letters = CapitalNames.letterCase(of: entity.name)
            if letters.any { balance[group(entity), default: 0] += letters.allCapitals ? 1 : -1 }
        }
        for i in entities.indices {
            let capitalsTable = balance[group(entities[i]), default: 0] > 0
            guard let shown = CapitalNames.usualCase(entities[i].name, inCapitalsTable: capitalsTable) else { continue }
            if first == nil { first = (entities[i].name, shown) }
            entities[i].name = shown
            count += 1
        }
        guard let first else { return }
        let noun = Entity.noun
        diagnostics.append(.warning(LocalizedText(
            fr: "\(LocalizedText.integer(count).fr) \(count == 1 ? "nom \(noun.frOf) écrit" : "noms \(noun.frOf)s écrits") en capitales (comme SIRENE et bien des registres les donnent) \(count == 1 ? "affiché" : "affichés") en minuscules, les accents usuels rétablis, les sigles gardés : ici « \(first.written.excerpt) » devient « \(first.shown.excerpt) » (les identifiants ne changent pas ; --keep-capitals les garde tels quels)",
            en: "\(count) \(noun.en) name\(count == 1 ? "" : "s") written in capitals (as SIRENE and many registers give them) shown in the usual case, with the usual accents and acronyms kept: here \"\(first.written.excerpt)\" becomes \"\(first.shown.excerpt)\" (ids do not change; --keep-capitals keeps them as written)"),
            file: file))
    }
}
