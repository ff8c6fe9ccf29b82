import MaillageSupport
import Foundation
import MaillageModel
import MaillageRender

extension Report {
    /// The data the page's script reads (the `report-data` JSON block), column by column
    /// so that 200,000 actors cost the page a few arrays rather than 200,000 objects.
    /// - Complexity: O(n + m + memberships).
    ///
    /// - `labels`: the lookup tables the columns below point into: `kinds` (code and
    ///   label, ``ActorKind`` order), `roles` (labels, ``MembershipRole`` order), `forms`
    ///   (code and label), `statuses` (labels, ``CooperationStatus`` order) and `places`
    ///   (every territory text an actor or a cooperation shows, each written once).
    /// - `actors`: columns indexed by actor (dataset order): `id`, `name`, `kind` and
    ///   `place` (indices into the tables), `degree`, `betweenness` (six significant
    ///   digits), `cluster` (its number, 0 for none), `website` ("" for none: only `http:`
    ///   and `https:` addresses are kept), `hubs` (actor, rank, actor, rank…: the ranked
    ///   hubs only), `registration` when some actor has a SIRET, SIREN or RNA number
    ///   (« SIRET 775 672 272 00017 », "" for none), `employees` when some actor gives a
    ///   headcount or full-time equivalents (« 10 à 19 salariés (2022) · 12,5 ETP », "" for
    ///   none) with, when some gives a headcount, `headcount` and
    ///   `headcountValue` for the actors table (« 10–19 », 14.5; « – », null), `fteFigure` and
    ///   `fteValue` likewise when some actor gives its full-time equivalents (« 9,5 », 9.5), and
    ///   `key` when the map is Graphviz's SVG (the actor's id as
    ///   ``DOTEncoder/svgID(_:prefix:)`` writes it: its node is `actor-<key>`, a tie
    ///   `tie-<key>--<key>`).
    /// - `cooperations`: columns indexed by cooperation: `name`, `form`, `status`,
    ///   `place`, `declared` (null when none), `summary` ("" for none), `memberCount`,
    ///   and each membership once: `members` (actor indices, cooperation after
    ///   cooperation, `memberCount[c]` each) with `roles`, one digit per membership (its
    ///   role's index in `labels.roles`).
    /// - `file`: the dataset's name as the start of a file name (``fileStem(_:)``), for
    ///   the tables' CSV downloads.
    /// - `ties`: the projected graph's ties (``pairList(_:count:)``), left out past the
    ///   overview size (`tiesComplete` false), where the script finds partners through
    ///   the cooperations' members instead.
    /// - `map`: for a canvas map, the positions and overviews it draws (``canvasMapData(_:scale:)``).
    ///
    /// The script builds the long tables' rows (actors, cooperations) from these columns
    /// (``actorOrder``), a page at a time.
    var pageData: JSONValue {
        let places = PlaceTable(report: self)
        var members: [(String, JSONValue)] = [
            ("lang", .string(l.code)),
            ("file", .string(Self.fileStem(dataset.name))),
            ("text", .object((scriptText + accessibilityScriptText).map { ($0.0, .string($0.1)) })),
            ("labels", .object([
                ("kinds", .array(ActorKind.allCases.map { .array([.string($0.rawValue), .string(l.label($0))]) })),
                ("roles", .array(MembershipRole.allCases.map { .string(l.label($0)) })),
                ("forms", .array(CooperationForm.allCases.map { .array([.string($0.rawValue), .string(l.label($0))]) })),
                ("statuses", .array(CooperationStatus.allCases.map { .string(l.label($0)) })),
                ("places", .array(places.texts.map { .string($0) })),
            ])),
            ("actors", actorColumns(places)),
            ("cooperations", cooperationColumns(places)),
        ]
        // Ties (``pairList(_:count:)``); left out past the overview size, where the script
        // finds partners through the cooperations' members instead.
        let scale = mapScale
        let g = analysis.projected.graph
        members.append(("ties", Self.pairList(scale == .overview ? [] : g.edges.map { ($0.u, $0.v) }, count: g.nodeCount)))
        members.append(("tiesComplete", .bool(scale != .overview)))
        if let layout = map?.positions {
            members.append(("map", canvasMapData(layout, scale: scale)))
        }
        return .object(members)
    }

    /// The actors' columns of ``pageData``.
    private func actorColumns(_ places: PlaceTable) -> JSONValue {
        let actors = dataset.actors
        let kindCode = Dictionary(uniqueKeysWithValues: ActorKind.allCases.enumerated().map { ($1, $0) })
        var hubs: [JSONValue] = []
        for hub in analysis.hubs.hubs { hubs.append(.int(hub.actor)); hubs.append(.int(hub.rank)) }
        var columns: [(String, JSONValue)] = [
            ("id", .array(actors.map { .string($0.id) })),
            ("name", .array(actors.map { .string($0.name) })),
            ("kind", .array(actors.map { .int(kindCode[$0.kind] ?? 0) })),
            ("place", .array(places.ofActor.map { .int($0) })),
            ("degree", .array(analysis.degree.map { .int(Int($0)) })),
            ("betweenness", .array(analysis.betweenness.map { Self.significant($0) })),
            ("cluster", .array(analysis.clusterOfActor.map { .int($0 >= 0 ? $0 + 1 : 0) })),
            ("website", .array(actors.map { .string(Self.safeWebsite($0.website) ?? "") })),
            ("hubs", .array(hubs)),
        ]
        if map?.svg != nil {
            columns.append(("key", .array(actors.map { .string(DOTEncoder.svgID($0.id, prefix: "")) })))
        }
        if RegistrationColumns(actors).keys.contains(where: { ["siret", "siren", "rna"].contains($0) }) {
            columns.append(("registration", .array(actors.map { .string(Self.registration(of: $0)) })))
        }
        // « 10 à 19 salariés (2022) »: only when some actor gives a headcount.
        // « 12,5 ETP » after it, or alone, when some actor gives its full-time equivalents.
        if actors.contains(where: { $0.employees != nil || $0.fullTimeEquivalents != nil }) {
            columns.append(("employees", .array(actors.map { a in
                .string([a.employees.map(l.label), a.fullTimeEquivalents.map(l.fullTimeEquivalents)].compactMap { $0 }.joined(separator: " · "))
            })))
        }
        if actors.contains(where: { $0.employees != nil }) {
            // The actors table's column: the short figure and the value it sorts by.
            columns.append(("headcount", .array(actors.map { .string(Self.headcountFigure($0.employees, l)) })))
            columns.append(("headcountValue", .array(actors.map { $0.employees.map { .number($0.estimate) } ?? .null })))
        }
        // Likewise the full-time equivalents: the actors table's « ETP » column.
        if actors.contains(where: { $0.fullTimeEquivalents != nil }) {
            columns.append(("fteFigure", .array(actors.map { .string($0.fullTimeEquivalents.map(l.number) ?? "–") })))
            columns.append(("fteValue", .array(actors.map { $0.fullTimeEquivalents.map { .number($0) } ?? .null })))
        }
        return .object(columns)
    }

    /// The cooperations' columns of ``pageData``, each membership once.
    private func cooperationColumns(_ places: PlaceTable) -> JSONValue {
        let cooperations = dataset.cooperations
        let formCode = Dictionary(uniqueKeysWithValues: CooperationForm.allCases.enumerated().map { ($1, $0) })
        let statusCode = Dictionary(uniqueKeysWithValues: CooperationStatus.allCases.enumerated().map { ($1, $0) })
        let roleDigit = Dictionary(uniqueKeysWithValues: MembershipRole.allCases.enumerated().map { ($1, Character(String($0))) })
        var membersOf = [[(actor: Int, role: MembershipRole)]](repeating: [], count: cooperations.count)
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let c = dataset.cooperationIndex[m.cooperation] else { continue }
            membersOf[c].append((a, m.role))
        }
        var members: [JSONValue] = []
        members.reserveCapacity(dataset.memberships.count)
        var roles = ""
        roles.reserveCapacity(dataset.memberships.count)
        for list in membersOf {
            for m in list {
                members.append(.int(m.actor))
                roles.append(roleDigit[m.role] ?? "0")
            }
        }
        return .object([
            ("name", .array(cooperations.map { .string($0.name) })),
            ("form", .array(cooperations.map { .int(formCode[$0.form] ?? 0) })),
            ("status", .array(cooperations.map { .int(statusCode[$0.status] ?? 0) })),
            ("place", .array(places.ofCooperation.map { .int($0) })),
            ("declared", .array(cooperations.map { $0.declaredMembers.map { .int($0) } ?? .null })),
            ("summary", .array(cooperations.map { .string($0.summary) })),
            ("memberCount", .array(membersOf.map { .int($0.count) })),
            ("members", .array(members)),
            ("roles", .string(roles)),
        ])
    }

    /// Pairs of actors (ties), each written once, as `{"after": […], "gaps": […]}`: for
    /// each actor u in turn, `after[u]` is the number of its pairs with an actor v > u,
    /// and `gaps` lists those v in increasing order as the differences from u, then from
    /// the previous v (u = 3 with 5 and 9: `after[3] = 2`, gaps 2, 4). About half the
    /// size of a flat list of indices; the script unfolds it in O(n + pairs). No pairs
    /// give empty lists.
    /// - Complexity: O(n + p log p) for p pairs.
    static func pairList(_ pairs: [(Int, Int)], count: Int) -> JSONValue {
        var after = [Int](repeating: 0, count: count)
        var ordered: [(u: Int, v: Int)] = []
        ordered.reserveCapacity(pairs.count)
        for (a, b) in pairs where a != b { ordered.append((u: min(a, b), v: max(a, b))) }
        ordered.sort { (x: (u: Int, v: Int), y: (u: Int, v: Int)) -> Bool in x.u != y.u ? x.u < y.u : x.v < y.v }
        var gaps: [JSONValue] = []
        gaps.reserveCapacity(ordered.count)
        var lastU = -1, lastV = -1
        for pair in ordered where pair.u != lastU || pair.v != lastV {
            after[pair.u] += 1
            let gap: Int = pair.u == lastU ? pair.v - lastV : pair.v - pair.u
            gaps.append(.int(gap))
            lastU = pair.u
            lastV = pair.v
        }
        // No pairs: no counts either (`after` empty), rather than a zero per actor.
        return .object([("after", .array(gaps.isEmpty ? [] : after.map { .int($0) })), ("gaps", .array(gaps))])
    }

    /// `value` with six significant digits (what the page shows has three decimals;
    /// sorting on it keeps the order of values that differ in the first six digits).
    static func significant(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        if value == 0 || value == value.rounded() && abs(value) < 1e15 { return .int(Int(value)) }
        return .number(Double(String(format: "%.6g", value)) ?? value)
    }

    /// The order of the actors table: most partners first, then by name (UTF-16 code
    /// units, as the page's script compares strings), then by index; the script sorts the
    /// actors the same way, so the rows written in the page are its first page.
    /// - Complexity: O(n log n).
    var actorOrder: [Int] {
        let degree = analysis.degree, actors = dataset.actors
        return actors.indices.sorted { a, b in
            if degree[a] != degree[b] { return degree[a] > degree[b] }
            let x = actors[a].name.utf16, y = actors[b].name.utf16
            if x.lexicographicallyPrecedes(y) { return true }
            if y.lexicographicallyPrecedes(x) { return false }
            return a < b
        }
    }

    /// Every territory text the page shows for an actor (``territoryText(of:)``) or a
    /// cooperation (its territories' names), each once, with each actor's and each
    /// cooperation's index into the list.
    struct PlaceTable {
        var texts: [String] = []
        var ofActor: [Int] = []
        var ofCooperation: [Int] = []

        init(report: Report) {
            var index: [String: Int] = [:]
            func code(_ text: String) -> Int {
                if let k = index[text] { return k }
                index[text] = texts.count
                texts.append(text)
                return texts.count - 1
            }
            let assignment = report.analysis.assignment
            let groupCode = assignment.territories.map { code(MapText.abbreviated($0.name)) }
            let dataset = report.dataset
            ofActor = dataset.actors.indices.map { a in
                let group = assignment.groupOfActor[a]
                return group >= 0 ? groupCode[group] : code(report.territoryText(of: a))
            }
            ofCooperation = dataset.cooperations.map { cooperation in
                code(cooperation.territories.map { dataset.territory($0)?.name ?? $0 }.joined(separator: ", "))
            }
        }
    }

    /// An actor's register numbers as its panel shows them: « SIRET 775 672 272 00017 ·
    /// RNA W623001234 », "" for none.
    static func registration(of actor: Actor) -> String {
        func grouped(_ digits: String) -> String { RegistrationColumns.grouped(digits, separator: "\u{A0}") }
        return [actor.siret.map { "SIRET\u{A0}" + grouped($0) }, actor.siren.map { "SIREN\u{A0}" + grouped($0) }, actor.rna.map { "RNA\u{A0}" + $0 }]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// `website` as an address the page may link to: an `http:` or `https:` address, or
    /// a bare domain name with an optional path (`www.ess62.fr`, given `https://`);
    /// nil for anything else (`javascript:…`, `data:…`, spaces, quotes, brackets).
    static func safeWebsite(_ website: String) -> String? {
        let text = website.trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%")
        guard !text.isEmpty, text.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return text.count > lower.prefix(while: { $0 != ":" }).count + 3 ? text : nil
        }
        let host = lower.prefix { $0 != "/" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { return nil }
        return "https://" + text
    }

    /// The words the script writes, in the report's language.
    private var scriptText: [(String, String)] {
        [
            ("colon", l.pick(" : ", ": ")),
            ("kind", l.pick("Type", "Kind")),
            ("id", l.pick("Identifiant (pour --ego)", "Id (for --ego)")),
            ("territory", l.pick("Territoire", "Territory")),
            ("partners", l.pick("Partenaires", "Partners")),
            ("cooperations", l.pick("Coopérations", "Cooperations")),
            ("members", l.pick("Membres", "Members")),
            ("betweenness", l.pick("Intermédiarité", "Betweenness")),
            ("cluster", l.pick("Groupe", "Cluster")),
            ("hub", l.pick("Tête de pont n° ", "Facilitator hub no. ")),
            ("website", l.pick("Site web", "Website")),
            ("registration", l.pick("Immatriculation", "Registration")),
            ("employees", l.pick("Effectif", "Headcount")),
            ("form", l.pick("Forme", "Form")),
            ("declared", l.pick("Effectif déclaré", "Declared size")),
            ("notOnMap", l.pick("Ne partage aucune coopération avec un autre acteur : absent de la carte.", "Shares no cooperation with another actor: not on the map.")),
            ("noPartner", l.pick("aucun", "none")),
            ("found1", l.pick("1 acteur trouvé", "1 actor found")),
            ("foundN", l.pick("{n} acteurs trouvés", "{n} actors found")),
            ("foundNone", l.pick("Aucun acteur trouvé", "No actor found")),
            ("more", l.pick("et {n} autres…", "and {n} more…")),
            ("hint", l.pick("Cliquez pour mettre en évidence", "Click to highlight")),
            ("clusterN", l.pick("Groupe {n}", "Cluster {n}")),
            ("actorsN", l.pick("{n} acteurs", "{n} actors")),
            ("tiesN", l.pick("{n} liens", "{n} ties")),
            ("openHint", l.pick("Cliquez pour l'ouvrir", "Click to open it")),
            ("focusCluster", l.pick("Groupe ouvert : ", "Cluster open: ")),
            ("focusTerritory", l.pick("Territoire ouvert : ", "Territory open: ")),
            ("page", l.pick("Page {n} sur {m}", "Page {n} of {m}")),
            ("previous", l.pick("Précédente", "Previous")),
            ("next", l.pick("Suivante", "Next")),
            ("rows", l.pick("{n} lignes", "{n} rows")),
            ("andMore", l.pick(" et {n} autres", " and {n} more")),
            // Numbers as ``ReportLanguage/integer(_:)`` and ``ReportLanguage/decimal(_:digits:)`` write them.
            ("thousands", l.pick("\u{202F}", ",")),
            ("decimalMark", l.pick(",", ".")),
            // Table downloads (``ReportAssets/scriptTableDownloads``).
            ("download", l.pick("Télécharger le tableau (CSV)", "Download the table (CSV)")),
            ("csvSeparator", l.pick(";", ",")),
        ]
    }
}
