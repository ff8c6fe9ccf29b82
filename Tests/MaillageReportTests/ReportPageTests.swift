import MaillageSupport
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender
import Testing
@testable import MaillageReport

/// The page built from typed values: its structure, its data block, its policy, and
/// dataset strings that must stay text.
@Suite struct ReportPageTests {
    /// Two cooperations over five actors; names carry markup and script payloads.
    static let dataset: Dataset = {
        let territories = [Territory(id: "t1", name: "Pays <i>A</i>", level: .pays), Territory(id: "t2", name: "Pays B", level: .pays)]
        let actors = [
            Actor(id: "a", name: "<script>alert(1)</script>", kind: .structure, territories: ["t1"], website: "javascript:alert(3)"),
            Actor(id: "b", name: "<img src=x onerror=alert(4)>", kind: .appui, territories: ["t1"], website: "www.exemple.fr"),
            Actor(id: "c d", name: "\"quoted\" & 'single'", kind: .collectivite, territories: ["t2"]),
            Actor(id: "é", name: "Réseau\u{2028}ligne", kind: .teteDeReseau, territories: ["t2"], website: "https://ess.example.org/a?b=1"),
            Actor(id: "seul", name: "Seul", kind: .financeur),
        ]
        let cooperations = [
            Cooperation(id: "c1", name: "Coop </script><script>alert(5)</script>", form: .collectif, territories: ["t1"], summary: "<b onmouseover=\"alert(2)\">x</b>"),
            Cooperation(id: "c2", name: "Deux", form: .partenariat, territories: ["t2"], declaredMembers: 12),
        ]
        let memberships = [
            Membership(cooperation: "c1", actor: "a", role: .animateur), Membership(cooperation: "c1", actor: "b"),
            Membership(cooperation: "c1", actor: "c d"), Membership(cooperation: "c2", actor: "c d", role: .porteur),
            Membership(cooperation: "c2", actor: "é"),
        ]
        return Dataset(name: "essai <hostile>", actors: actors, cooperations: cooperations, memberships: memberships,
                       territories: territories, provenance: "# Essai\n\nSource : **livret** `x.txt`, 18 February\n2014. Suite.\n\n## Détails\n\n- <script>un</script>\n- deux\n")
    }()

    static func report(_ language: ReportLanguage, map: Bool = true) throws -> (Report, String) {
        let analysis = ReportAnalysis(dataset: dataset, settings: ReportSettings(level: .pays, topHubs: 3))
        var reportMap: ReportMap?
        if map {
            let g = analysis.projected.graph
            let drawn = (0..<g.nodeCount).filter { g.degree($0) > 0 }
            let position = Dictionary(uniqueKeysWithValues: drawn.enumerated().map { ($1, $0) })
            let actors = drawn.map { MapActor(id: dataset.actors[$0].id, name: dataset.actors[$0].name, kind: dataset.actors[$0].kind) }
            let ties = g.edges.compactMap { e in position[e.u].flatMap { u in position[e.v].map { MapTie(u: u, v: $0, weight: e.weight, cooperations: []) } } }
            let document = ActorMap(frame: MapFrame(title: "Titre <légende>", subtitle: "", layout: .neato), actors: actors, ties: ties).document()
            reportMap = try ReportMap(document: document, layout: .neato)
        }
        let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "essai", fingerprint: String(repeating: "0", count: 64),
                                          scope: ["territoire <t1>"], parameters: [("projection", "count")])
        let report = Report(analysis: analysis, map: reportMap, provenance: provenance, language: language)
        return (report, report.html())
    }

    /// The text of the first element opened by `opening`, up to `closing`.
    private func content(of html: String, after opening: String, until closing: String) throws -> String {
        let start = try #require(html.range(of: opening))
        let end = try #require(html.range(of: closing, range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func aLeidenIterationCapIsSaidWhereTheClustersAre() throws {
        let capped = ReportAnalysis(dataset: Self.dataset, settings: ReportSettings(level: .pays, iterations: 1, topHubs: 3))
        #expect(capped.session.settings.communities.iterations == 1)
        let fr = Report(analysis: capped, map: nil, provenance: ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "essai",
                        fingerprint: String(repeating: "0", count: 64), scope: [], parameters: []), language: .fr).html()
        #expect(fr.contains("arrêt après 1 itération)"))
        let en = Report(analysis: capped, map: nil, provenance: ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "essai",
                        fingerprint: String(repeating: "0", count: 64), scope: [], parameters: []), language: .en).html()
        #expect(en.contains("stopped after 1 iteration)"))
        // Until stable, the default, says nothing of iterations.
        let (_, plain) = try Self.report(.fr, map: false)
        #expect(!plain.contains("itération"))
    }

    /// A key figure of 1 takes the singular: « 1 composante connexe », not « 1 composantes connexes ».
    @Test func keyFiguresOfOneAreSingular() throws {
        let (report, fr) = try Self.report(.fr, map: false)
        #expect(report.analysis.summary.isolatedActors == 1 && report.analysis.summary.cooperations == 2)
        #expect(fr.contains("<span class=\"label\">acteur isolé</span>"))
        #expect(fr.contains("<span class=\"label\">coopérations</span>"))
        let (_, en) = try Self.report(.en, map: false)
        #expect(en.contains("<span class=\"label\">isolated actor</span>"))
    }

    @Test func datasetStringsNeverBecomeMarkup() throws {
        let (_, html) = try Self.report(.fr)
        for payload in ["<script>alert(1)</script>", "<img src=x onerror=alert(4)>", "</script><script>alert(5)</script>",
                        "<b onmouseover=\"alert(2)\">", "<i>A</i>", "<hostile>", "<légende>", "<script>un</script>", "<t1>", "javascript:"] {
            #expect(!html.contains(payload), "raw: \(payload)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;") || html.contains("\"quoted\" &amp; 'single'"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        // The map's legend (with its title) is left to the page; its SVG has no prolog.
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg") && !html.contains("Generated by graphviz"))
    }

    @Test func theDataBlockHoldsTheDatasetExactly() throws {
        let (report, html) = try Self.report(.fr)
        let json = try content(of: html, after: "<script type=\"application/json\" id=\"report-data\">", until: "</script>")
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&") && !json.contains("\u{2028}"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let labels = try #require(data["labels"] as? [String: Any])
        let actors = try #require(data["actors"] as? [String: Any])
        #expect(actors["name"] as? [String] == Self.dataset.actors.map(\.name))
        #expect(actors["id"] as? [String] == Self.dataset.actors.map(\.id))
        #expect(actors["key"] as? [String] == Self.dataset.actors.map { DOTEncoder.svgID($0.id, prefix: "") })
        #expect(actors["website"] as? [String] == ["", "https://www.exemple.fr", "", "https://ess.example.org/a?b=1", ""])
        // Kinds and territories are codes into the lookup tables.
        let kinds = try #require(labels["kinds"] as? [[String]])
        let kindCodes = try #require(actors["kind"] as? [Int])
        #expect(kindCodes.map { kinds[$0][0] } == Self.dataset.actors.map(\.kind.rawValue))
        #expect(kindCodes.map { kinds[$0][1] } == Self.dataset.actors.map { ReportLanguage.fr.label($0.kind) })
        let places = try #require(labels["places"] as? [String])
        let placeCodes = try #require(actors["place"] as? [Int])
        #expect(placeCodes.map { places[$0] } == Self.dataset.actors.indices.map { report.territoryText(of: $0) })
        #expect(Set(places).count == places.count, "each territory text once")
        #expect(actors["degree"] as? [Int] == [2, 2, 3, 1, 0])
        #expect(actors["cluster"] as? [Int] == report.analysis.clusterOfActor.map { $0 >= 0 ? $0 + 1 : 0 })
        // Ties: for each actor u, the number of partners v > u, then the gaps from u to each v.
        let ties = try #require(data["ties"] as? [String: [Int]])
        #expect(ties["after"] == [2, 1, 1, 0, 0])
        #expect(ties["gaps"] == [1, 1, 1, 1])
        #expect(data["tiesComplete"] as? Bool == true)
        // Each membership once, with its role as a digit into the roles table.
        let cooperations = try #require(data["cooperations"] as? [String: Any])
        #expect(cooperations["name"] as? [String] == Self.dataset.cooperations.map(\.name))
        #expect(cooperations["memberCount"] as? [Int] == [3, 2])
        #expect(cooperations["members"] as? [Int] == [0, 1, 2, 2, 3])
        let roles = try #require(labels["roles"] as? [String])
        let roleDigits = try #require(cooperations["roles"] as? String)
        #expect(roleDigits.compactMap { $0.wholeNumberValue }.map { roles[$0] } == ["animateur", "membre", "membre", "porteur", "membre"])
        #expect(cooperations["declared"] as? [Any?] != nil)
        #expect((cooperations["declared"] as? [Any])?.last as? Int == 12)
        #expect(cooperations["summary"] as? [String] == ["<b onmouseover=\"alert(2)\">x</b>", ""])
        let cooperationPlaces = try #require(cooperations["place"] as? [Int])
        #expect(cooperationPlaces.map { places[$0] } == ["Pays <i>A</i>", "Pays B"])
        // No pretty printing: the block is one line.
        #expect(!json.contains("\n") && json.hasPrefix("{\"lang\":\"fr\",\"file\":\"essai-hostile\",\"text\":{"))
    }

    /// The French page of `dataset` without a map, and its page data's actors' columns.
    private func page(_ dataset: Dataset) throws -> (html: String, actors: [String: Any]) {
        let analysis = ReportAnalysis(dataset: dataset, settings: ReportSettings(level: .pays, topHubs: 3))
        let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "essai", fingerprint: String(repeating: "0", count: 64),
                                          scope: [], parameters: [])
        let html = Report(analysis: analysis, map: nil, provenance: provenance, language: .fr).html()
        let json = try content(of: html, after: "<script type=\"application/json\" id=\"report-data\">", until: "</script>")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (html, try #require(data["actors"] as? [String: Any]))
    }

    /// The register numbers reach an actor's panel only when the dataset gives some.
    @Test func registerNumbersAreInThePanelDataOnlyWhenGiven() throws {
        func actorsBlock(_ dataset: Dataset) throws -> [String: Any] { try page(dataset).actors }
        #expect(try actorsBlock(Self.dataset)["registration"] == nil)
        var numbered = Self.dataset
        numbered.actors[0].siret = "77567227200017"
        numbered.actors[0].rna = "W623001234"
        numbered.actors[2].siren = "423456789"
        #expect(try actorsBlock(numbered)["registration"] as? [String] == [
            "SIRET\u{A0}775\u{A0}672\u{A0}272\u{A0}00017 · RNA\u{A0}W623001234", "", "SIREN\u{A0}423\u{A0}456\u{A0}789", "", "",
        ])
    }

    /// The headcounts reach an actor's panel, and their total the key figures, only when
    /// the dataset gives some.
    @Test func headcountsAreInThePanelAndTheKeyFiguresOnlyWhenGiven() throws {
        let plain = try page(Self.dataset)
        #expect(plain.actors["employees"] == nil)
        #expect(!plain.html.contains("salariés"))
        var employing = Self.dataset
        employing.actors[0].employees = Headcount(lower: 10, upper: 19, year: 2022)
        employing.actors[2].employees = Headcount(exactly: 4)
        let given = try page(employing)
        #expect(given.actors["employees"] as? [String] == ["10 à 19 salariés (2022)", "", "4 salariés", "", ""])
        #expect(given.actors["headcount"] as? [String] == ["10–19", "–", "4", "–", "–"], "the actors table's column")
        let actorsTable = try content(of: given.html, after: "id=\"table-acteurs\"", until: "</thead>")
        #expect(actorsTable.contains("salariés"))
        #expect(plain.actors["headcount"] == nil)
        #expect(given.actors["registration"] == nil, "no register number")
        #expect(given.html.contains("<span class=\"figure\">14–23</span><span class=\"label\">salariés</span>"))
        #expect(given.html.contains("effectif connu de 2 acteurs sur 5"))
        // The kinds' table adds up each kind's employees; without headcounts it has no such column.
        let kinds = try content(of: given.html, after: "id=\"table-types\"", until: "</table>")
        #expect(kinds.contains("salariés"), "\(kinds)")
        #expect(try !content(of: plain.html, after: "id=\"table-types\"", until: "</table>").contains("salariés"))
    }

    /// Full-time equivalents: the key figure, each actor's in its panel (after its
    /// headcount) and in the actors table's « ETP » column (page data for the script-built
    /// pages), each kind's in the kinds' table; nothing of them when none is given.
    @Test func fullTimeEquivalentsAreInThePanelTheTablesAndTheKeyFigures() throws {
        let plain = try page(Self.dataset)
        #expect(plain.actors["fteFigure"] == nil && !plain.html.contains(">ETP<"))
        var counted = Self.dataset
        counted.actors[0].employees = Headcount(exactly: 12)
        counted.actors[0].fullTimeEquivalents = 9.5
        counted.actors[1].fullTimeEquivalents = 1234.25
        let given = try page(counted)
        #expect(given.actors["employees"] as? [String] == ["12 salariés · 9,5 ETP", Language.fr.number(1234.25) + " ETP", "", "", ""])
        #expect(given.actors["fteFigure"] as? [String] == ["9,5", Language.fr.number(1234.25), "–", "–", "–"])
        #expect((given.actors["fteValue"] as? [Any])?.count == 5)
        #expect(try content(of: given.html, after: "id=\"table-acteurs\"", until: "</thead>").contains(">ETP<"))
        #expect(try content(of: given.html, after: "id=\"table-types\"", until: "</table>").contains(">ETP<"))
        #expect(given.html.contains("<span class=\"label\">ETP</span><span class=\"note\">équivalents temps plein, connus de 2 acteurs sur 5</span>"))
    }

    /// `--size-by employees`: the map's legend says the headcount sizes the actors, and the
    /// canvas map's data give each actor's (null without one); by default neither.
    @Test func theMapSizesActorsByTheirHeadcountWhenAsked() throws {
        var employing = Self.dataset
        employing.actors[0].employees = Headcount(lower: 10, upper: 19)
        employing.actors[1].employees = Headcount(exactly: 3)
        let session = AnalysisSession(dataset: employing)
        let sized = Report(session: session, language: .fr, sizeBy: .employees)
        #expect(sized.html().contains("Taille d'un acteur : effectif salarié (milieu de sa tranche ; sans effectif connu : le plus petit)"))
        guard case .object(let members) = sized.canvasMapData(session.layout, scale: .canvas),
              let size = members.first(where: { $0.0 == "size" })?.1 else {
            Issue.record("no size in the canvas map's data")
            return
        }
        #expect(size.compact() == "[14.5,3,null,null,null]")
        // Another measure: its values, its name.
        let ranked = Report(session: session, language: .fr, sizeBy: .measure(try #require(ActorMeasure.named("pagerank"))))
        #expect(ranked.html().contains("Taille d'un acteur : PageRank"))
        if case .object(let members) = ranked.canvasMapData(session.layout, scale: .canvas), case .array(let values)? = members.first(where: { $0.0 == "size" })?.1 {
            #expect(values.count == 5)
        } else {
            Issue.record("no size for PageRank")
        }
        let plain = Report(session: session, language: .fr)
        #expect(plain.html().contains("Taille d'un acteur : nombre de partenaires"))
        if case .object(let members) = plain.canvasMapData(session.layout, scale: .canvas) {
            #expect(!members.contains { $0.0 == "size" })
        }
    }

    @Test func pairsAreWrittenOnceAsGapsFromTheSmallerActor() {
        // (3, 5), (9, 3), (0, 2), a repeat and a loop: after = [1, 0, 0, 2, 0…], gaps 2; 2, 4.
        let list = Report.pairList([(3, 5), (9, 3), (0, 2), (5, 3), (4, 4)], count: 10)
        guard case .object(let members) = list else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["after", "gaps"])
        #expect(list.compact() == "{\"after\":[1,0,0,2,0,0,0,0,0,0],\"gaps\":[2,2,4]}")
        #expect(Report.pairList([], count: 5).compact() == "{\"after\":[],\"gaps\":[]}")
    }

    @Test func longTablesAreBuiltFromThePageData() throws {
        // 120 actors in pairs: the actors table (over SortableTable.pagedAbove rows) writes
        // its first page only and names the page data as its source; no rows block.
        let actors = (0..<120).map { Actor(id: "a\($0)", name: "Acteur \($0 % 7) <\($0)>", kind: .structure) }
        let cooperations = (0..<60).map { Cooperation(id: "c\($0)", name: "Coop \($0)") }
        let memberships = (0..<120).map { Membership(cooperation: "c\($0 / 2)", actor: "a\($0)") }
            + [Membership(cooperation: "c0", actor: "a5"), Membership(cooperation: "c0", actor: "a9")]
        let dataset = Dataset(name: "paires", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
        let analysis = ReportAnalysis(dataset: dataset, settings: ReportSettings(level: .pays, topHubs: 3))
        let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "paires", fingerprint: String(repeating: "0", count: 64))
        let report = Report(analysis: analysis, map: nil, provenance: provenance, language: .fr)
        let html = report.html()
        #expect(html.contains("<table id=\"table-acteurs\" class=\"sortable cards-on-phone\" data-paged=\"\" data-source=\"actors\" data-rows=\"120\" data-download=\"acteurs\">"))
        #expect(!html.contains("id=\"rows-table-acteurs\""))
        let table = try content(of: html, after: "<table id=\"table-acteurs\"", until: "</table>")
        #expect(table.components(separatedBy: "<tr>").count - 1 == 1 + SortableTable.pageSize)
        // The rows written are the first of the script's order: most partners first, then by name.
        let order = report.actorOrder
        // a5 and a9 share c0 with a0 and a1 (4 partners each), "Acteur 2 <9>" before "Acteur 5 <5>".
        #expect(Array(order.prefix(4)) == [9, 5, 0, 1])
        let firstName = try content(of: table, after: "data-actor=\"", until: "\"")
        #expect(firstName == String(order[0]))
        #expect(zip(order, order.dropFirst()).allSatisfy { a, b in
            analysis.degree[a] > analysis.degree[b] || analysis.degree[a] == analysis.degree[b]
                && !dataset.actors[b].name.utf16.lexicographicallyPrecedes(dataset.actors[a].name.utf16)
        })
    }

    @Test func theScriptIsAllowedByItsHashAndNothingElse() throws {
        let (_, html) = try Self.report(.fr)
        let script = try content(of: html, after: "<script>", until: "</script>")
        #expect(script == ReportAssets.script.description)
        let hash = SHA256.base64(of: script)
        #expect(html.contains("script-src &#39;sha256-\(hash)&#39;"))
        #expect(html.contains("default-src &#39;none&#39;"))
        for code in [ReportAssets.script.description, ReportAssets.style.description] {
            #expect(!code.lowercased().contains("</script") && !code.lowercased().contains("</style") && !code.contains("<!--"))
        }
        #expect(!ReportAssets.script.description.contains("innerHTML") && !ReportAssets.script.description.contains("eval("))
        #expect(!ReportAssets.script.description.contains("document.write"))
    }

    @Test func sectionsAndTablesAreThere() throws {
        let (report, html) = try Self.report(.fr)
        for id in ["chiffres", "carte", "tetes-de-pont", "groupes", "territoires", "cooperations", "acteurs", "source", "methode",
                   "map", "search", "panel", "tip", "table-hubs", "table-groupes", "table-territoires", "table-cooperations", "table-acteurs"] {
            #expect(html.contains("id=\"\(id)\""), "missing #\(id)")
        }
        #expect(html.contains("id=\"actor-a\"") && html.contains("id=\"actor-c.20.d\"") || html.contains("id=\"actor&#45;a\""))
        #expect(report.analysis.isolatedActors == [4])
        #expect(html.contains("1 acteur sans coopération partagée ne figure pas sur la carte"))
        #expect(html.contains("@page { size: A4;"))
        // The README: opening paragraph open, the rest folded; "2014." continues its paragraph.
        #expect(html.contains("<p>Source : <strong>livret</strong> <code>x.txt</code>, 18 February 2014. Suite.</p>"))
        #expect(html.contains("<details class=\"readme\">"))
    }

    /// Each table of the analysis is offered as a CSV file named after the dataset and the
    /// table, in the report's language; the summary's small breakdowns are not. The
    /// browser tests (checks_downloads.py) check the files Chromium saves.
    @Test func tablesNameTheirCSVFiles() throws {
        let (_, french) = try Self.report(.fr)
        let (_, english) = try Self.report(.en)
        for (html, expected) in [(french, ["tetes-de-pont", "groupes", "territoires", "cooperations", "acteurs"]),
                                 (english, ["facilitator-hubs", "clusters", "territories", "cooperations", "actors"])] {
            let names = html.components(separatedBy: "data-download=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            #expect(Set(expected).isSubset(of: names), "\(names)")
            #expect(!html.contains("id=\"table-types\" class=\"sortable\" data-download"))
            #expect(html.contains("\"file\":\"essai-hostile\""))
        }
        #expect(french.contains("\"download\":\"Télécharger le tableau (CSV)\"") && french.contains("\"csvSeparator\":\";\""))
        #expect(english.contains("\"download\":\"Download the table (CSV)\"") && english.contains("\"csvSeparator\":\",\""))
    }

    /// A dataset's name as the start of a file name: letters and digits only, accents and
    /// ligatures spelt out, never a path, an extension or a hidden file.
    @Test func fileStemsAreSafe() {
        #expect(Report.fileStem("Pas-de-Calais 2015") == "pas-de-calais-2015")
        #expect(Report.fileStem("Réseau d'Hénin — Cœur d'Artois") == "reseau-d-henin-coeur-d-artois")
        #expect(Report.fileStem("../../etc/passwd") == "etc-passwd")
        #expect(Report.fileStem(".cache") == "cache")
        #expect(Report.fileStem("جمعية") == "maillage")
        #expect(Report.fileStem("") == "maillage")
        #expect((58...60).contains(Report.fileStem(String(repeating: "ab ", count: 50)).count))
        #expect(!Report.fileStem(String(repeating: "ab ", count: 50)).hasSuffix("-"))
    }

    /// Without territories in the dataset (the Dutch administrative elite, a members' list),
    /// the hubs table has no column of zeros for them and names no level nobody chose; the
    /// note says why the territorial parts of the score are 0. With territories, both are there.
    @Test func aDatasetWithoutTerritoriesShowsNoTerritoryColumnOrLevel() throws {
        let plain = Dataset(name: "sans territoires", actors: Self.dataset.actors.map {
            Actor(id: $0.id, name: $0.name, kind: $0.kind)
        }, cooperations: Self.dataset.cooperations.map { Cooperation(id: $0.id, name: $0.name, form: $0.form) },
        memberships: Self.dataset.memberships, territories: [])
        let analysis = ReportAnalysis(dataset: plain, settings: ReportSettings(topHubs: 3))
        let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "x", fingerprint: String(repeating: "0", count: 64),
                                          scope: [], parameters: [])
        let html = Report(analysis: analysis, map: nil, provenance: provenance, language: .fr).html()
        let hubs = try content(of: html, after: "id=\"tetes-de-pont\"", until: "</section>")
        #expect(!hubs.contains("territoires reliés") && !hubs.contains("Territoires comptés au niveau"), "\(hubs)")
        #expect(hubs.contains("types reliés"))
        #expect(hubs.contains("Ce jeu de données ne donne aucun territoire : les deux parts territoriales valent 0 pour chaque acteur."))
        let (_, withTerritories) = try Self.report(.fr)
        let both = try content(of: withTerritories, after: "id=\"tetes-de-pont\"", until: "</section>")
        #expect(both.contains("territoires reliés") && both.contains("Territoires comptés au niveau pays."), "\(both)")
        #expect(!both.contains("ne donne aucun territoire"))
        // Groups: no column of blanks; territories: what is missing, not a level nobody chose.
        let groups = try content(of: html, after: "id=\"groupes\"", until: "</section>")
        #expect(!groups.contains("territoires ("), "\(groups)")
        let territories = try content(of: html, after: "id=\"territoires\"", until: "</section>")
        #expect(territories.contains("Ce jeu de données ne donne aucun territoire : les acteurs ne sont comptés dans aucun."), "\(territories)")
        #expect(!territories.contains("niveau") && !territories.contains("Aucun acteur n'est situé"), "\(territories)")
        let groupsWith = try content(of: withTerritories, after: "id=\"groupes\"", until: "</section>")
        #expect(groupsWith.contains("territoires (pays)"), "\(groupsWith)")
        let territoriesWith = try content(of: withTerritories, after: "id=\"territoires\"", until: "</section>")
        #expect(territoriesWith.contains("Territoires (pays)") && !territoriesWith.contains("ne donne aucun territoire"))
        // Leads: the score's parts that the dataset cannot give are said to be 0.
        let leads = try content(of: html, after: "id=\"pistes\"", until: "</section>")
        #expect(leads.contains("Ce jeu de données ne donne ni territoire ni secteur : le score n'est fait que des partenaires communs."), "\(leads)")
        let leadsWith = try content(of: withTerritories, after: "id=\"pistes\"", until: "</section>")
        #expect(leadsWith.contains("ne donne aucun secteur") && !leadsWith.contains("ne donne aucun territoire"), "\(leadsWith)")
        // Fewer territories than the 12 listed at most: « pour chaque territoire ».
        #expect(leadsWith.contains("Par territoire (pays)"), "\(leadsWith)")
        #expect(leadsWith.contains("pour chaque territoire") && !leadsWith.contains("pour les 12 territoires"), "\(leadsWith)")
    }

    /// The groups' overview names a group's main kind with its share when the dataset has
    /// several kinds, never "structure ESS (100 %)" on every group of a dataset of one kind.
    @Test func groupsNameTheirMainKindOnlyWhenKindsDiffer() throws {
        func facts(_ dataset: Dataset, level: TerritoryLevel? = nil) -> [String] {
            let session = AnalysisSession(dataset: dataset, settings: AnalysisSettings(level: level))
            let analysis = ReportAnalysis(session: session)
            let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "x", fingerprint: "")
            let report = Report(analysis: analysis, map: nil, provenance: provenance, language: .fr)
            guard case .object(let members) = report.canvasMapData(session.layout, scale: .canvas),
                  case .array(let clusters)? = members.first(where: { $0.0 == "clusters" })?.1 else { return [] }
            return clusters.compactMap { cluster in
                guard case .object(let fields) = cluster, case .string(let text)? = fields.first(where: { $0.0 == "facts" })?.1 else { return nil }
                return text
            }
        }
        let mixed = facts(ReportScalingTests.chain(24))
        #expect(!mixed.isEmpty)
        #expect(mixed.contains { $0.contains("structure ESS (") || $0.contains("collectivité (") }, "\(mixed)")
        var uniform = ReportScalingTests.chain(24)
        uniform.actors = uniform.actors.map { var a = $0; a.kind = .structure; return a }
        let plain = facts(uniform)
        #expect(plain.count == mixed.count)
        #expect(plain.allSatisfy { !$0.contains("structure ESS") }, "\(plain)")

        // One cooperation of 300 actors, one of them located: « Nord (1 acteur) », not « (0 %) ».
        let actors = (0..<300).map { Actor(id: "a\($0)", name: "Acteur \($0)", kind: .structure, territories: $0 == 0 ? ["t1"] : []) }
        let big = Dataset(name: "un grand réseau", actors: actors, cooperations: [Cooperation(id: "c", name: "Réseau", form: .collectif)],
                          memberships: actors.map { Membership(cooperation: "c", actor: $0.id) },
                          territories: [Territory(id: "t1", name: "Nord", level: .epci)])
        let located = facts(big, level: .epci)
        #expect(located.contains { $0.contains("Nord (1 acteur)") } && !located.contains { $0.contains("(0 %)") }, "\(located)")
    }

    /// Hubs of a dataset whose actors are all of one kind: no column repeating the kind,
    /// no column of ones for the kinds linked, and the score note says why.
    @Test func hubsOfOneKindShowNoKindColumns() throws {
        var uniform = Self.dataset
        uniform.actors = uniform.actors.map { var a = $0; a.kind = .structure; return a }
        let analysis = ReportAnalysis(dataset: uniform, settings: ReportSettings(level: .pays, topHubs: 3))
        let provenance = ReportProvenance(maillageVersion: "0.1.0", datasetFolder: "x", fingerprint: "")
        let html = Report(analysis: analysis, map: nil, provenance: provenance, language: .fr).html()
        let hubs = try content(of: html, after: "id=\"tetes-de-pont\"", until: "</section>")
        #expect(!hubs.contains("data-label=\"types reliés\"") && !hubs.contains("data-label=\"type\""), "\(hubs)")
        #expect(hubs.contains("Tous ses acteurs sont d'un même type (ou sans type) : la part des types reliés vaut 0 pour chaque acteur."))
        let (_, mixed) = try Self.report(.fr)
        let mixedHubs = try content(of: mixed, after: "id=\"tetes-de-pont\"", until: "</section>")
        #expect(mixedHubs.contains("data-label=\"types reliés\"") && mixedHubs.contains("data-label=\"type\""))
        #expect(!mixedHubs.contains("d'un même type"))
    }

    @Test func withoutAMapThePageSaysSo() throws {
        let (_, html) = try Self.report(.en, map: false)
        #expect(html.contains("The map could not be drawn"))
        #expect(!html.contains("<svg width"))
    }

    @Test func frenchByDefaultEnglishOnRequest() throws {
        let (_, fr) = try Self.report(.fr)
        let (_, en) = try Self.report(.en)
        #expect(fr.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">") && en.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(fr.contains("Têtes de pont") && fr.contains("Carte des coopérations"))
        #expect(en.contains("Facilitator hubs") && en.contains("Cooperation map") && !en.contains("Têtes de pont"))
        #expect(en.contains("support structure") && fr.contains("structure d'appui"))
    }
}
