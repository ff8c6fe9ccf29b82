import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Locates actors in their département, and the département in its région, from
    /// their postal code (« Code postal », « CP », else the postal code written in an
    /// « Adresse » column) or their INSEE commune code, when
    /// the dataset has no territories table: the column every French list of
    /// structures has, and the grouping a CRESS or a département wants.
    ///
    /// - The INSEE code wins over the postal code (it names the commune, where a
    ///   postal code names the distribution office: for a few communes near a border,
    ///   the neighbouring département's). Four-digit postal codes get back the leading
    ///   zero a spreadsheet drops; a cell that is no postal code, or a code outside the
    ///   départements (Monaco, the overseas collectivités), is reported at its cell and
    ///   locates nothing.
    /// - The département is a territory of level `departement`, id its INSEE code
    ///   (`62`, `2A`, `971`) and name its name, child of its région (id its name). A
    ///   département or région the dataset already names (« Département » column, by
    ///   code or by name) is reused.
    /// - An actor whose territories already reach a département keeps them. Otherwise
    ///   its commune (EPCI, pays) gets the département as parent, or, when it has none,
    ///   the actor is located in the département itself. A commune whose actors have
    ///   postal codes of two départements (two communes of one name) is reported and
    ///   keeps the first.
    ///
    /// With a territories table the column is not read (one warning says so): that
    /// table gives every territory and parent.
    mutating func locateInDepartements(
        _ table: Table?, actors: inout [Actor], actorIndex: [String: Int], territories: inout [Territory], territoriesKnown: Bool
    ) {
        guard let table, let idColumn = table.column("id") else { return }
        let postcode = table.column("postcode"), address = table.column("address")
        guard postcode != nil || address != nil || actors.contains(where: { $0.insee != nil }) else { return }
        let file = table.file
        if territoriesKnown {
            if let postcode, table.rows.contains(where: { !$0.value(postcode).isEmpty }) {
                // The address column is not worth a warning: it is read for its postal code only.
                diagnostics.append(.warning(LocalizedText(
                    fr: "colonne code postal non lue : territories.csv donne les territoires et leurs parents",
                    en: "postal code column not read: territories.csv gives the territories and their parents"), file: file))
            }
            return
        }
        var index = Dictionary(territories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var done = Set<Int>()
        var located = 0, restored = 0
        var departementsUsed = Set<String>(), regionsUsed = Set<String>()
        /// Territories this step gave a parent: the actor whose code did it.
        var parentedBy: [Int: String] = [:]

        /// Départements and régions already resolved, by level and name.
        var resolved: [String: Int] = [:]
        /// The id of the territory of `level` named `name` (or `code`), made when absent.
        func territory(named name: String, code: String?, level: TerritoryLevel) -> Int {
            // By level too: overseas, a département and its région share their name.
            let key = level.rawValue + "\u{0}" + name
            if let known = resolved[key] { return known }
            let found = lookUp(name, code: code, level: level)
            resolved[key] = found
            return found
        }
        func lookUp(_ name: String, code: String?, level: TerritoryLevel) -> Int {
            let keys = Set([name, code].compactMap { $0 }.map(Vocabulary.key))
            if let found = territories.firstIndex(where: { $0.level == level && (keys.contains(Vocabulary.key($0.id)) || keys.contains(Vocabulary.key($0.name))) }) {
                return found
            }
            let candidates = [code, name, "\(name) (\(code ?? level.rawValue))"].compactMap { $0 }
            let id = candidates.first { index[$0] == nil } ?? candidates[candidates.count - 1] + " \(territories.count)"
            index[id] = territories.count
            territories.append(Territory(id: id, name: name, level: level))
            return territories.count - 1
        }
        /// Territory `t` and its ancestors, nearest first (bounded: no cycle can hold it).
        func chain(from t: Int) -> [Int] {
            var out: [Int] = []
            var current: Int? = t
            while let c = current, out.count <= territories.count {
                out.append(c)
                current = territories[c].parent.flatMap { index[$0] }
            }
            return out
        }

        for row in table.rows {
            let id = row.value(idColumn)
            guard let a = actorIndex[id], actors[a].id == id, done.insert(a).inserted else { continue }
            var found: FrenchDepartements.Departement?
            if let insee = actors[a].insee { found = FrenchDepartements.departement(ofCommuneCode: insee) }
            if found == nil, let address, row.value(postcode).isEmpty,
               let code = FrenchDepartements.postalCode(inAddress: row.value(address)) {
                found = FrenchDepartements.departement(ofPostalCode: code)
            }
            if found == nil, let postcode, let cell = row.field(postcode) {
                let text = cell.value.trimmingSpaces()
                if !text.isEmpty {
                    switch FrenchDepartements.readPostalCode(text) {
                    case .code(let code, let restoredZero):
                        found = FrenchDepartements.departement(ofPostalCode: code)
                        if found == nil {
                            diagnostics.append(.warning(LocalizedText(
                                fr: "code postal « \(text.excerpt) » hors des départements français (Monaco, collectivités d'outre-mer, ou code inexistant) : « \(actors[a].id.excerpt) » n'est pas situé par lui",
                                en: "postal code \"\(text.excerpt)\" is outside the French départements (Monaco, overseas collectivities, or no such code): \"\(actors[a].id.excerpt)\" is not located by it"),
                                file: file, at: cell.position))
                        } else if restoredZero {
                            restored += 1
                        }
                    case .notACode:
                        diagnostics.append(.warning(LocalizedText(
                            fr: "« \(text.excerpt) » n'est pas un code postal (5 chiffres, « 62000 ») : « \(actors[a].id.excerpt) » n'est pas situé par lui",
                            en: "\"\(text.excerpt)\" is not a postal code (5 digits, \"62000\"): \"\(actors[a].id.excerpt)\" is not located by it"),
                            file: file, at: cell.position))
                    }
                }
            }
            guard let found else { continue }
            let d = territory(named: found.name, code: found.code, level: .departement)
            if territories[d].parent == nil {
                let r = territory(named: found.region, code: nil, level: .region)
                territories[d].parent = territories[r].id
            }
            departementsUsed.insert(territories[d].id)
            if let parent = territories[d].parent { regionsUsed.insert(parent) }
            located += 1
            let own = actors[a].territories.compactMap { index[$0] }
            var attached = false
            for t in own {
                let up = chain(from: t)
                if let reached = up.first(where: { territories[$0].level == .departement }) {
                    attached = true
                    // The first territory from `t` up that this step gave a parent, and the actor whose code did it.
                    if reached != d, let linked = up.first(where: { parentedBy[$0] != nil }), let first = parentedBy[linked] {
                        let place = territories[linked]
                        diagnostics.append(.warning(LocalizedText(
                            fr: "\(Noun.territory.fr) « \(place.name.excerpt) » : le code postal de « \(actors[a].id.excerpt) » le place dans le département \(found.name) (\(found.code)), celui de « \(first.excerpt) » dans « \(territories[reached].name.excerpt) », qui est gardé ; s'il s'agit de deux communes de même nom, distinguez-les (« \(place.name.excerpt) (\(found.code)) »)",
                            en: "\(Noun.territory.en) \"\(place.name.excerpt)\": the postal code of \"\(actors[a].id.excerpt)\" places it in département \(found.name) (\(found.code)), that of \"\(first.excerpt)\" in \"\(territories[reached].name.excerpt)\", which is kept; if they are two communes of one name, tell them apart (\"\(place.name.excerpt) (\(found.code))\")"),
                            file: file, at: row.start))
                    }
                    continue
                }
                let root = up[up.count - 1]
                guard territories[root].level > .departement, territories[root].level != .autre else { continue }
                territories[root].parent = territories[d].id
                parentedBy[root] = actors[a].id
                attached = true
            }
            if !attached { actors[a].territories.append(territories[d].id) }
        }
        guard located > 0 else { return }
        actorsLocatedByCode = located
        let zeros = restored == 0 ? LocalizedText.empty : LocalizedText(
            fr: restored == 1 ? " ; 1 code à 4 chiffres lu avec le zéro initial que le tableur avait retiré (1500 → 01500)"
                : " ; \(restored) codes à 4 chiffres lus avec le zéro initial que le tableur avait retiré (1500 → 01500)",
            en: "; \(restored) four-digit code\(restored == 1 ? "" : "s") read with the leading zero the spreadsheet had dropped (1500 → 01500)")
        let actorsFR = located == 1 ? "1 acteur situé par son code postal ou son code INSEE" : "\(located) acteurs situés par leur code postal ou leur code INSEE"
        let departementsFR = departementsUsed.count == 1 ? "1 département" : "\(departementsUsed.count) départements"
        let regionsFR = regionsUsed.count == 1 ? "1 région" : "\(regionsUsed.count) régions"
        diagnostics.append(.warning(LocalizedText(
            fr: "territories.csv est absent : \(actorsFR), dans \(departementsFR) (\(regionsFR)) ; un code postal donne le département de son bureau distributeur, celui de la commune sauf pour quelques communes proches d'une limite\(zeros.fr)",
            en: "territories.csv is absent: \(located) actor\(located == 1 ? "" : "s") located by postal code or INSEE code, in \(departementsUsed.count) département\(departementsUsed.count == 1 ? "" : "s") (\(regionsUsed.count) région\(regionsUsed.count == 1 ? "" : "s")); a postal code gives the département of its distribution office, the commune's except for a few communes near a border\(zeros.en)"),
            file: file))
    }
}
