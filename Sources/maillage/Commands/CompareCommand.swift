import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import MaillageSupport

/// `maillage compare OLD NEW` or `maillage compare DATASET --at A --at B`: what changed
/// between two datasets or two dates of one (issue 16) — actors, cooperations, ties,
/// hubs, clusters and territories.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: helpText(
            "Compare deux jeux de données, ou deux dates d'un même jeu : acteurs arrivés et partis, coopérations créées et terminées, liens gagnés et perdus, têtes de pont, groupes, territoires.",
            "Compares two datasets, or two dates of one dataset: actors that joined and left, cooperations created and ended, ties gained and lost, hubs, clusters, territories."),
        discussion: helpText("""
        Deux jeux de données : maillage compare OLD NEW (éventuellement --at DATE pour les deux, ou --at A --at B). \
        Un jeu de données daté : maillage compare DATASET --at A --at B. Une année ou un mois vaut son dernier jour ; \
        les lignes sans date comptent comme présentes à toute date. Les acteurs et les coopérations sont appariés par \
        identifiant puis, entre deux jeux de données, par les tables d'alias (aliases.csv) et par le nom (casse, \
        accents, espaces et ponctuation ignorés, comme le chargement rapproche les noms) ; la sortie dit combien l'ont \
        été de chaque façon. Deux groupes sont reliés quand ils partagent au moins la moitié du plus petit : un ancien \
        groupe relié à plusieurs nouveaux s'est scindé, un nouveau relié à plusieurs anciens est une fusion. Les \
        territoires du nouveau réseau sont regroupés au niveau de l'ancien.
        """, """
        Two datasets: maillage compare OLD NEW (optionally --at DATE for both, or --at A --at B). \
        One dated dataset: maillage compare DATASET --at A --at B. A year or month means its last day; undated rows \
        count as present throughout. Actors and cooperations are matched by id, then, between two datasets, through the aliases tables \
        (aliases.csv) and by name (case, accents, spaces and punctuation ignored, as the loader reconciles names); the \
        output says how many were matched each way. Clusters are linked when they share at least half of the smaller one: an old cluster \
        linked to several new ones split, a new one linked to several old ones is a merge. The new network's \
        territories are grouped at the old one's level.
        """))

    @Argument(help: .localized(
        "Les dossiers des jeux de données OLD (l'ancien) et NEW (le nouveau), ou un seul jeu de données daté avec --at deux fois.",
        "OLD and NEW dataset folders, or one dated dataset with --at twice.", valueName: "DATASET"))
    var datasets: [String] = []

    @Option(name: .customLong("at"), help: .localized(
        "Une date (AAAA, AAAA-MM ou AAAA-MM-JJ) : deux fois pour l'ancienne et la nouvelle date, une fois pour les deux jeux de données.",
        "A date (YYYY, YYYY-MM or YYYY-MM-DD): twice for the old and new dates, once for both datasets.", valueName: "DATE"))
    var dates: [PartialDate] = []

    @Option(help: DatasetOptions.encodingHelp)
    var encoding: TextEncoding = .auto

    @Flag(help: DatasetOptions.redactHelp)
    var redact = false

    @Flag(help: DatasetOptions.quietHelp)
    var quiet = false

    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("Combien de têtes de pont classer à chaque date.", "How many hubs to rank at each date."))
    var top: Int = 10

    @Option(help: .localized(
        "Combien d'acteurs, de coopérations et de liens lister dans chaque section du tableau (20 par défaut ; CSV et JSON listent tout).",
        "How many actors, cooperations and ties to list in each table section (default 20; CSV and JSON list all)."))
    var limit: Int = 20

    func validate() throws {
        switch (datasets.count, dates.count) {
        case (1, 2), (2, 0), (2, 1), (2, 2): break
        case (1, _): throw UsageError.make("un seul jeu de données demande deux dates : maillage compare JEU --at A --at B", "one dataset needs two dates: maillage compare DATASET --at A --at B")
        case (2, _): throw UsageError.make("--at se donne au plus deux fois", "--at is given at most twice")
        default: throw UsageError.make("donnez l'ANCIEN et le NOUVEAU jeu de données, ou un seul jeu avec --at A --at B", "give OLD and NEW datasets, or one dataset with --at A --at B")
        }
        guard top >= 1 else { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
        guard limit >= 0 else { throw UsageError.make("--limit doit valoir au moins 0", "--limit must be at least 0") }
    }

    /// The two (dataset, date) pairs compared.
    var sides: [(path: String, date: PartialDate?)] {
        if datasets.count == 1 { return [(datasets[0], dates[0]), (datasets[0], dates[1])] }
        return [(datasets[0], dates.first), (datasets[1], dates.count == 2 ? dates[1] : dates.first)]
    }

    /// Opens a session on one side, through the option group every analysis command uses;
    /// `repeated`: the dataset was loaded already (one dataset at two dates), so its
    /// warnings, the same both times, are not printed again.
    func session(_ side: (path: String, date: PartialDate?), level: TerritoryLevel?, repeated: Bool = false) throws -> AnalysisSession {
        var arguments = [side.path, "--encoding", encoding.rawValue]
        if redact { arguments.append("--redact") }
        if quiet { arguments.append("--quiet") }
        if let date = side.date { arguments += ["--at", date.description] }
        let options = try DatasetOptions.parse(arguments)
        return try options.session(graph: graph, settings: AnalysisSettings(level: level, communities: clusters.settings), quiet: repeated)
    }

    func run() throws {
        let l = lang.language
        let old = try session(sides[0], level: territories.level)
        let new = try session(sides[1], level: old.level, repeated: datasets.count == 1)
        let comparison = NetworkComparison(old: old, new: new, top: top, matchingNames: datasets.count == 2)
        let label = { (side: (path: String, date: PartialDate?), session: AnalysisSession) -> String in
            session.fullDataset.name + (side.date.map { " @ \($0)" } ?? "")
        }
        let labels = (label(sides[0], old), label(sides[1], new))
        switch output.format {
        case .table: try output.write(table(comparison, old: old, new: new, labels: labels, language: l))
        case .csv, .xlsx, .ods: try output.write(Self.csv(comparison, old: old, new: new, language: l), sheet: l.pick("Comparaison", "Comparison"), language: l)
        case .json: try output.write(json(comparison, old: old, new: new, language: l).rendered())
        }
    }

    // MARK: Table

    func table(_ c: NetworkComparison, old: AnalysisSession, new: AnalysisSession, labels: (String, String), language l: Language) -> String {
        let a = old.dataset, b = new.dataset
        var lines = [l.pick("Évolution du réseau", "How the network changed") + " — \(labels.0) → \(labels.1)", ""]
        // How the rows were matched, when not all by id: ": 80 by id, 3 by alias, 2 by name".
        func ways(_ m: EntityMatching) -> String {
            guard m.matchedByNumber + m.matchedByAlias + m.matchedByName > 0 else { return "" }
            var parts = [l.pick("\(m.matchedByID) par l'identifiant", "\(m.matchedByID) by id")]
            if m.matchedByNumber > 0 { parts.append(l.pick("\(m.matchedByNumber) par le SIRET, le RNA ou le SIREN", "\(m.matchedByNumber) by SIRET, RNA or SIREN")) }
            if m.matchedByAlias > 0 { parts.append(l.pick("\(m.matchedByAlias) par un alias", "\(m.matchedByAlias) by alias")) }
            if m.matchedByName > 0 { parts.append(l.pick("\(m.matchedByName) par le nom", "\(m.matchedByName) by name")) }
            return l.pick(" : ", ": ") + parts.joined(separator: ", ")
        }
        // French participles agree in number: "1 partie", "2 terminées".
        func fr(_ n: Int, _ one: String) -> String { l.count(n, one, one + "s") }
        lines.append(l.pick("Acteurs : ", "Actors: ") + "\(a.actors.count) → \(b.actors.count)"
                     + l.pick(" (\(fr(c.actors.matched, "retrouvé"))\(ways(c.actors)) ; \(fr(c.leftActors.count, "parti")), \(fr(c.joinedActors.count, "arrivé")))",
                              " (\(c.actors.matched) matched\(ways(c.actors)); \(c.leftActors.count) left, \(c.joinedActors.count) joined)"))
        lines.append(l.pick("Coopérations : ", "Cooperations: ") + "\(a.cooperations.count) → \(b.cooperations.count)"
                     + l.pick(" (\(fr(c.cooperations.matched, "retrouvée"))\(ways(c.cooperations)) ; \(fr(c.endedCooperations.count, "terminée")), \(fr(c.createdCooperations.count, "créée")))",
                              " (\(c.cooperations.matched) matched\(ways(c.cooperations)); \(c.endedCooperations.count) ended, \(c.createdCooperations.count) created)"))
        lines.append(l.pick("Liens : ", "Ties: ") + "\(old.graph.edgeCount) → \(new.graph.edgeCount)"
                     + l.pick(" (\(fr(c.tiesKept, "conservé")), \(fr(c.tiesLost.count, "perdu")), \(fr(c.tiesGained.count, "gagné")))",
                              " (\(c.tiesKept) kept, \(c.tiesLost.count) lost, \(c.tiesGained.count) gained)"))
        lines.append(l.pick("Indice E-I du réseau : ", "E-I index of the network: ")
                     + l.decimal(c.eiIndex.old, digits: 2) + " → " + l.decimal(c.eiIndex.new, digits: 2))
        // The employees of the actors that give a headcount, at each date.
        let employees = Self.employees(old: old, new: new)
        if let employees {
            lines.append(l.pick("Salariés : ", "Employees: ") + l.figure(employees.old) + " → " + l.figure(employees.new)
                         + l.pick(" (effectif connu de \(employees.old.actors) → \(employees.new.actors) acteurs)",
                                  " (headcount known for \(employees.old.actors) → \(employees.new.actors) actors)"))
        }
        if let f = Self.fullTimeEquivalents(old: old, new: new) {
            lines.append(l.pick("ETP : ", "FTE: ") + l.number(f.old.sum) + " → " + l.number(f.new.sum)
                         + l.pick(" (connus de \(f.old.actors) → \(f.new.actors) acteurs)", " (known for \(f.old.actors) → \(f.new.actors) actors)"))
        }
        func list(_ title: String, _ names: [String]) {
            guard !names.isEmpty else { return }
            lines += ["", title + " (\(names.count))"]
            lines += names.prefix(limit).map { "  " + $0 }
            let more = names.count - limit
            if more > 0 { lines.append("  … " + l.pick("et \(more) \(more == 1 ? "autre" : "autres")", "and \(more) more")) }
        }
        list(l.pick("Acteurs arrivés", "Actors that joined"), c.joinedActors.map { b.actors[$0].name })
        list(l.pick("Acteurs partis", "Actors that left"), c.leftActors.map { a.actors[$0].name })
        list(l.pick("Coopérations créées", "Cooperations created"), c.createdCooperations.map { b.cooperations[$0].name })
        list(l.pick("Coopérations terminées", "Cooperations ended"), c.endedCooperations.map { a.cooperations[$0].name })
        list(l.pick("Liens gagnés", "Ties gained"), c.tiesGained.map { "\(b.actors[$0.first].name) — \(b.actors[$0.second].name)" })
        list(l.pick("Liens perdus", "Ties lost"), c.tiesLost.map { "\(a.actors[$0.first].name) — \(a.actors[$0.second].name)" })

        lines += ["", l.pick("Têtes de pont (\(top) premières à chaque date)", "Facilitator hubs (top \(top) at each date)")]
        var hubTable = TextTable(l == .fr ? ["acteur", "avant", "après", "places", "score"] : ["actor", "before", "after", "places", "score"],
                                 alignments: [.left, .right, .right, .right, .right])
        var reasonLines: [String] = []
        for h in c.hubs {
            let name = h.newActor.map { b.actors[$0].name } ?? h.oldActor.map { a.actors[$0].name } ?? "?"
            let places = h.rankChange.map { $0 > 0 ? "+\($0)" : String($0) } ?? (h.direction == .entered ? l.pick("entre", "new") : l.pick("sort", "out"))
            let score = l.decimal(h.oldScore, digits: 1) + " → " + l.decimal(h.newScore, digits: 1)
            hubTable.append([name, h.oldRank.map(String.init) ?? "–", h.newRank.map(String.init) ?? "–", places, score])
            let changes = Self.reasonChanges(h, old: old, new: new, language: l)
            if h.rankChange != nil, !changes.gained.isEmpty || !changes.lost.isEmpty {
                reasonLines.append("  \(name)" + l.pick(" : ", ": ")
                                   + (changes.gained.map { "+ " + $0 } + changes.lost.map { "− " + $0 }).joined(separator: " ; "))
            }
        }
        lines.append(hubTable.rendered(width: 100))
        if !reasonLines.isEmpty { lines += ["", l.pick("Raisons qui ont changé :", "Reasons that changed:")] + reasonLines }

        lines += ["", l.pick("Groupes", "Clusters") + " (\(old.clusters.count) → \(new.clusters.count))"]
        let m = c.clusters
        func oldCluster(_ i: Int) -> String { l.pick("groupe ", "cluster ") + "\(i + 1) (\(old.clusters[i].members.count), \(clusterHead(old, i)))" }
        func newCluster(_ j: Int) -> String { l.pick("groupe ", "cluster ") + "\(j + 1) (\(new.clusters[j].members.count), \(clusterHead(new, j)))" }
        for link in m.continued {
            lines.append("  " + l.pick("continue : ", "continued: ") + oldCluster(link.old) + " → " + newCluster(link.new)
                         + " — " + l.pick(l.count(link.shared, "acteur", "acteurs") + " en commun", l.count(link.shared, "actor", "actors") + " shared"))
        }
        for s in m.splits { lines.append("  " + l.pick("scission : ", "split: ") + oldCluster(s.old) + " → " + s.into.map(newCluster).joined(separator: ", ")) }
        for g in m.merges { lines.append("  " + l.pick("fusion : ", "merge: ") + g.from.map(oldCluster).joined(separator: " + ") + " → " + newCluster(g.new)) }
        for i in m.dissolved { lines.append("  " + l.pick("disparu : ", "dissolved: ") + oldCluster(i)) }
        for j in m.formed { lines.append("  " + l.pick("nouveau : ", "formed: ") + newCluster(j)) }

        let changed = c.territories.filter(\.changed)
        guard !c.territories.isEmpty else {
            lines += ["", l.pick("Territoires : aucun (les acteurs ne sont situés dans aucun territoire)", "Territories: none (no actor is located in a territory)")]
            return lines.joined(separator: "\n")
        }
        let count = changed.isEmpty ? l.pick("aucun n'a changé", "none changed")
            : changed.count == 1 ? l.pick("1 a changé", "1 changed") : l.pick("\(changed.count) ont changé", "\(changed.count) changed")
        lines += ["", l.pick("Territoires", "Territories") + " (\(l.label(new.level))) — " + count]
        guard !changed.isEmpty else { return lines.joined(separator: "\n") }
        var t = TextTable(l == .fr ? ["territoire", "acteurs", "internes", "externes", "E-I", "densité"]
                                   : ["territory", "actors", "internal", "external", "E-I", "density"],
                          alignments: [.left, .right, .right, .right, .right, .right])
        func pair(_ x: Int?, _ y: Int?) -> String { "\(x.map(String.init) ?? "–")→\(y.map(String.init) ?? "–")" }
        func pair(_ x: Double?, _ y: Double?) -> String { l.decimal(x, digits: 2) + "→" + l.decimal(y, digits: 2) }
        for row in changed {
            t.append([row.territory.shortName, pair(row.old?.members, row.new?.members), pair(row.old?.internalTies, row.new?.internalTies),
                      pair(row.old?.externalTies, row.new?.externalTies), pair(row.old?.eiIndex, row.new?.eiIndex),
                      pair(row.old?.density, row.new?.density)])
        }
        lines.append(t.rendered(width: 100))
        return lines.joined(separator: "\n")
    }

    /// The employees of each side's actors (``HeadcountTotal``), nil when neither gives a headcount.
    static func employees(old: AnalysisSession, new: AnalysisSession) -> (old: HeadcountTotal, new: HeadcountTotal)? {
        let a = old.dataset.employees, b = new.dataset.employees
        return a.isEmpty && b.isEmpty ? nil : (a, b)
    }

    /// The full-time equivalents of each side's actors, nil when neither gives any.
    static func fullTimeEquivalents(old: AnalysisSession, new: AnalysisSession) -> (old: FullTimeEquivalentTotal, new: FullTimeEquivalentTotal)? {
        let a = old.dataset.fullTimeEquivalents, b = new.dataset.fullTimeEquivalents
        return a.isEmpty && b.isEmpty ? nil : (a, b)
    }

    /// The best-placed member's name, to recognise a cluster.
    func clusterHead(_ session: AnalysisSession, _ index: Int) -> String {
        session.clusters[index].members.first.map { session.dataset.actors[$0].name } ?? ""
    }

    static func reasonChanges(_ h: HubChange, old: AnalysisSession, new: AnalysisSession, language: Language) -> (gained: [String], lost: [String]) {
        h.reasonChanges(oldTerritoryNames: old.assignment.territories.map(\.name), newTerritoryNames: new.assignment.territories.map(\.name),
                        language: language)
    }

    // MARK: CSV

    /// The comparison as the CSV table (and the workbooks' « Évolution » sheet) gives it:
    /// one row per change, by section. `tieLimit`: the ties gained, and the ties lost, listed
    /// at most (the first, most shared cooperations first); nil lists them all.
    static func csv(_ c: NetworkComparison, old: AnalysisSession, new: AnalysisSession, tieLimit: Int? = nil, language l: Language) -> CSVText {
        let a = old.dataset, b = new.dataset
        var csv = CSVText(["section", "change", "id", "name", "old", "new", "difference", "detail"])
        for i in c.joinedActors { csv.append(["actors", "joined", b.actors[i].id, b.actors[i].name, "", "", "", ""]) }
        for i in c.leftActors { csv.append(["actors", "left", a.actors[i].id, a.actors[i].name, "", "", "", ""]) }
        for i in c.createdCooperations { csv.append(["cooperations", "created", b.cooperations[i].id, b.cooperations[i].name, "", "", "", ""]) }
        for i in c.endedCooperations { csv.append(["cooperations", "ended", a.cooperations[i].id, a.cooperations[i].name, "", "", "", ""]) }
        for t in c.tiesGained.prefix(tieLimit ?? c.tiesGained.count) {
            csv.append(["ties", "gained", b.actors[t.first].id + "|" + b.actors[t.second].id, b.actors[t.first].name + "|" + b.actors[t.second].name,
                        "", String(t.sharedCooperations), "", t.involvesActorChange ? "new_actor" : ""])
        }
        for t in c.tiesLost.prefix(tieLimit ?? c.tiesLost.count) {
            csv.append(["ties", "lost", a.actors[t.first].id + "|" + a.actors[t.second].id, a.actors[t.first].name + "|" + a.actors[t.second].name,
                        String(t.sharedCooperations), "", "", t.involvesActorChange ? "actor_left" : ""])
        }
        for h in c.hubs {
            let actor = h.newActor.map { b.actors[$0] } ?? h.oldActor.map { a.actors[$0] }
            let changes = Self.reasonChanges(h, old: old, new: new, language: l)
            csv.append(["hubs", h.direction.rawValue, actor?.id ?? "", actor?.name ?? "", h.oldRank.map(String.init) ?? "",
                        h.newRank.map(String.init) ?? "", h.rankChange.map(String.init) ?? "",
                        (changes.gained.map { "+" + $0 } + changes.lost.map { "-" + $0 }).joined(separator: "|")])
        }
        let m = c.clusters
        for link in m.continued { csv.append(["clusters", "continued", "", "", String(link.old + 1), String(link.new + 1), "", String(link.shared)]) }
        for s in m.splits { csv.append(["clusters", "split", "", "", String(s.old + 1), s.into.map { String($0 + 1) }.joined(separator: "|"), "", ""]) }
        for g in m.merges { csv.append(["clusters", "merged", "", "", g.from.map { String($0 + 1) }.joined(separator: "|"), String(g.new + 1), "", ""]) }
        for i in m.dissolved { csv.append(["clusters", "dissolved", "", "", String(i + 1), "", "", ""]) }
        for j in m.formed { csv.append(["clusters", "formed", "", "", "", String(j + 1), "", ""]) }
        for row in c.territories {
            let t = row.territory
            func count(_ name: String, _ x: Int?, _ y: Int?) {
                csv.append(["territories", name, t.id, t.name, x.map(String.init) ?? "", y.map(String.init) ?? "", String((y ?? 0) - (x ?? 0)), ""])
            }
            func value(_ name: String, _ x: Double?, _ y: Double?) {
                let d: Double? = if let x, let y { y - x } else { nil }
                csv.append(["territories", name, t.id, t.name, Formatting.exact(x), Formatting.exact(y), Formatting.exact(d), ""])
            }
            count("actors", row.old?.members, row.new?.members)
            count("internal_ties", row.old?.internalTies, row.new?.internalTies)
            count("external_ties", row.old?.externalTies, row.new?.externalTies)
            value("ei_index", row.old?.eiIndex, row.new?.eiIndex)
            value("density", row.old?.density, row.new?.density)
        }
        if let e = employees(old: old, new: new) {
            // The employees at each date: the lower and the upper ends of the totals of bands.
            func row(_ name: String, _ x: Int?, _ y: Int?) {
                let d: String = if let x, let y { String(y - x) } else { "" }
                csv.append(["employees", name, "", "", x.map(String.init) ?? "", y.map(String.init) ?? "", d, ""])
            }
            row("actors_with_headcount", e.old.actors, e.new.actors)
            row("min", e.old.lower, e.new.lower)
            row("max", e.old.upper, e.new.upper)
        }
        if let f = Self.fullTimeEquivalents(old: old, new: new) {
            csv.append(["full_time_equivalents", "actors_with_fte", "", "", String(f.old.actors), String(f.new.actors), String(f.new.actors - f.old.actors), ""])
            csv.append(["full_time_equivalents", "total", "", "", FullTimeEquivalentTotal.code(f.old.sum), FullTimeEquivalentTotal.code(f.new.sum),
                        FullTimeEquivalentTotal.code(f.new.sum - f.old.sum), ""])
        }
        return csv
    }

    // MARK: JSON

    func json(_ c: NetworkComparison, old: AnalysisSession, new: AnalysisSession, language l: Language) -> JSONValue {
        let a = old.dataset, b = new.dataset
        func side(_ session: AnalysisSession, _ date: PartialDate?) -> JSONValue {
            .object([("name", .string(session.fullDataset.name)), ("path", .string(session.origin?.path)),
                     ("sha256", .string(session.origin?.fingerprint)), ("at", .string(date?.description)),
                     ("actors", .int(session.dataset.actors.count)), ("cooperations", .int(session.dataset.cooperations.count)),
                     ("ties", .int(session.graph.edgeCount))])
        }
        func matching(_ m: EntityMatching) -> JSONValue {
            .object([("matched_by_id", .int(m.matchedByID)), ("matched_by_number", .int(m.matchedByNumber)), ("matched_by_alias", .int(m.matchedByAlias)), ("matched_by_name", .int(m.matchedByName)),
                     ("only_old", .int(m.onlyOld.count)), ("only_new", .int(m.onlyNew.count))])
        }
        func tie(_ t: TieChange, _ d: Dataset) -> JSONValue {
            .object([("actors", .array([.string(d.actors[t.first].id), .string(d.actors[t.second].id)])),
                     ("shared_cooperations", .int(t.sharedCooperations)), ("actor_changed", .bool(t.involvesActorChange))])
        }
        var meta = old.meta(command: "compare", parameters: old.graphParameters + [
            ("level", .string(old.level.rawValue)), ("top", .int(top)),
        ] + old.communityParameters)
        if case .object(var pairs) = meta {
            if let i = pairs.firstIndex(where: { $0.0 == "dataset" }) { pairs.remove(at: i) }
            pairs.insert(("old", side(old, sides[0].date)), at: 2)
            pairs.insert(("new", side(new, sides[1].date)), at: 3)
            meta = .object(pairs)
        }
        // The employees at each date, when either side gives headcounts: bands add up to a range.
        func total(_ t: HeadcountTotal) -> JSONValue {
            .object([("actors_with_headcount", .int(t.actors)), ("min", .int(t.lower)), ("max", t.upper.map { .int($0) } ?? .null)])
        }
        var employeesPairs: [(String, JSONValue)] = []
        if let e = Self.employees(old: old, new: new) {
            employeesPairs.append(("employees", .object([("old", total(e.old)), ("new", total(e.new))])))
        }
        if let f = Self.fullTimeEquivalents(old: old, new: new) {
            func fte(_ t: FullTimeEquivalentTotal) -> JSONValue { .object([("actors_with_fte", .int(t.actors)), ("total", .number(t.sum))]) }
            employeesPairs.append(("full_time_equivalents", .object([("old", fte(f.old)), ("new", fte(f.new))])))
        }
        return .object([
            ("meta", meta),
            ("actors", .object([("matching", matching(c.actors)),
                                ("joined", .array(c.joinedActors.map { .string(b.actors[$0].id) })),
                                ("left", .array(c.leftActors.map { .string(a.actors[$0].id) }))])),
            ("cooperations", .object([("matching", matching(c.cooperations)),
                                      ("created", .array(c.createdCooperations.map { .string(b.cooperations[$0].id) })),
                                      ("ended", .array(c.endedCooperations.map { .string(a.cooperations[$0].id) }))])),
            ("ties", .object([("kept", .int(c.tiesKept)), ("gained", .array(c.tiesGained.map { tie($0, b) })),
                              ("lost", .array(c.tiesLost.map { tie($0, a) }))])),
            ("hubs", .array(c.hubs.map { h in
                let changes = Self.reasonChanges(h, old: old, new: new, language: l)
                return .object([
                    ("actor", .string(h.newActor.map { b.actors[$0].id } ?? h.oldActor.map { a.actors[$0].id })),
                    ("direction", .string(h.direction.rawValue)),
                    ("old_rank", h.oldRank.map { .int($0) } ?? .null), ("new_rank", h.newRank.map { .int($0) } ?? .null),
                    ("old_score", .number(h.oldScore)), ("new_score", .number(h.newScore)),
                    ("reasons_gained", .array(changes.gained.map { .string($0) })), ("reasons_lost", .array(changes.lost.map { .string($0) })),
                ])
            })),
            ("clusters", .object([
                ("old", .int(old.clusters.count)), ("new", .int(new.clusters.count)),
                ("continued", .array(c.clusters.continued.map { .object([("old", .int($0.old + 1)), ("new", .int($0.new + 1)), ("shared", .int($0.shared))]) })),
                ("splits", .array(c.clusters.splits.map { .object([("old", .int($0.old + 1)), ("into", .array($0.into.map { .int($0 + 1) }))]) })),
                ("merges", .array(c.clusters.merges.map { .object([("from", .array($0.from.map { .int($0 + 1) })), ("new", .int($0.new + 1))]) })),
                ("dissolved", .array(c.clusters.dissolved.map { .int($0 + 1) })),
                ("formed", .array(c.clusters.formed.map { .int($0 + 1) })),
            ])),
            ("ei_index", .object([("old", .number(c.eiIndex.old)), ("new", .number(c.eiIndex.new))])),
            ("territories", .array(c.territories.map { row in
                func figures(_ f: GroupFigures?) -> JSONValue {
                    guard let f else { return .null }
                    return .object([("actors", .int(f.members)), ("internal_ties", .int(f.internalTies)), ("external_ties", .int(f.externalTies)),
                                    ("ei_index", .number(f.eiIndex)), ("density", .number(f.density))])
                }
                return .object([("id", .string(row.territory.id)), ("name", .string(row.territory.name)),
                                ("old", figures(row.old)), ("new", figures(row.new))])
            })),
        ] + employeesPairs)
    }
}
