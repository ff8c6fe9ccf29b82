import MaillageSupport
import MaillageAnalysis
import MaillageModel
import MaillageRender

/// The self-contained HTML report of a dataset (`maillage report`): one page that a
/// chargé de mission can send to the partners of a territory.
///
/// The page holds the summary figures, the cooperation map (interactive: hovering an
/// actor shows its details, clicking it highlights its cooperations and partners, a
/// search box finds an actor), the facilitator hubs with their reasons, the clusters,
/// the per-territory table, the cooperations, every actor, and the data's provenance.
/// Tables sort by column; a print stylesheet lays it out on A4.
///
/// It loads nothing from anywhere: styles, script, data and the SVG map are inline,
/// and a Content-Security-Policy (`default-src 'none'`, the script allowed by its
/// SHA-256 hash) forbids any request and any other script. Every dataset string is
/// escaped for where it goes (`HTMLEscaping`, `JSONValue` of MaillageSupport); the script writes
/// data only through `textContent` and attributes.
public struct Report {
    public let analysis: ReportAnalysis
    /// The map; nil when it could not be drawn (the page then says so).
    public let map: ReportMap?
    public let provenance: ReportProvenance
    public let language: ReportLanguage
    /// Why the map could not be drawn, when it could not (the page then says so).
    public internal(set) var mapProblem: String?
    /// Territory outlines for the geographic map (`maillage report --boundaries`); nil draws hulls.
    public var geoBoundaries: GeoBoundaries? = nil
    /// The « Évolution » section's comparison (two dates or two datasets); nil for none.
    public var evolution: ReportEvolution?
    /// What sizes the actors on the map: their number of partners (the default), another
    /// measure, or their headcount (`maillage report --size-by employees`).
    public var sizeBy: ActorSize = .measure(ActorMeasure.all[0])

    public init(analysis: ReportAnalysis, map: ReportMap?, provenance: ReportProvenance, language: ReportLanguage = .fr) {
        self.analysis = analysis
        self.map = map
        self.provenance = provenance
        self.language = language
    }

    /// The page's HTML text (UTF-8, `<!DOCTYPE html>` first).
    /// - Complexity: linear in the size of the dataset and of the map.
    public func html() -> String {
        "<!DOCTYPE html>\n" + document.rendered() + "\n"
    }

    var dataset: Dataset { analysis.dataset }
    var l: ReportLanguage { language }

    /// The `<html>` element.
    var document: HTMLNode {
        let title = l.pick("Réseau de coopération — ", "Cooperation network — ") + dataset.name
        let script = TrustedHTML.code(parts: ReportAssets.scriptParts)
        let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(SHA256.base64(of: script.text))'; base-uri 'none'; form-action 'none'"
        let head: HTMLNode = .el("head", [:], [
            .el("meta", ["charset": "utf-8"]),
            .el("meta", ["http-equiv": "Content-Security-Policy", "content": policy]),
            .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .el("meta", ["name": "generator", "content": "Maillage \(provenance.maillageVersion)"]),
            .el("title", text: title),
            .el("link", ["rel": "icon", "href": "data:,"]),
            .el("style", [:], [.trusted(.code(ReportAssets.style))]),
            .el("style", [:], [.trusted(.code(ReportAssets.sectionsStyle))]),
        ])
        let body: HTMLNode = .el("body", [:], [
            header(title: title),
            .el("main", [:], [
                summarySection, mapSection, geographySection, hubsSection, clustersSection, territoriesSection,
            ] + evolutionSections + [suggestionsSection] + [
                cooperationsSection, actorsSection, provenanceSection, methodsSection,
            ]),
            .el("footer", [:], [.el("p", text: l.pick(
                "Rapport autonome produit par Maillage \(provenance.maillageVersion) : il se lit sans connexion et ne charge rien.",
                "Self-contained report produced by Maillage \(provenance.maillageVersion): it reads offline and loads nothing."))]),
            cellTemplates,
            .el("script", ["type": "application/json", "id": "report-data"], [.trusted(.json(pageData))]),
            .el("script", [:], [.trusted(script)]),
        ])
        return .el("html", ["lang": l.code], [head, body])
    }

    private func header(title: String) -> HTMLNode {
        var lines: [HTMLNode] = [
            .el("p", ["class": "kicker"], text: l.pick("Maillage · cartographie des coopérations de l'ESS", "Maillage · mapping cooperation in the social and solidarity economy")),
            .el("h1", text: title),
            .el("p", ["class": "lede"], text: lede),
        ]
        if !provenance.scope.isEmpty {
            lines.append(.el("p", ["class": "scope"], text: l.pick("Périmètre : ", "Scope: ") + provenance.scope.joined(separator: " · ")))
        }
        let sections: [(String, String)] = [
            ("chiffres", l.pick("Chiffres clés", "Key figures")), ("carte", l.pick("Carte", "Map")),
        ] + geographyNav + [
            ("tetes-de-pont", l.pick("Têtes de pont", "Facilitator hubs")), ("groupes", l.pick("Groupes", "Clusters")),
            ("territoires", l.pick("Territoires", "Territories")),
        ] + evolutionNav + [("pistes", l.pick("Pistes de coopération", "Cooperation leads"))] + [
            ("cooperations", l.pick("Coopérations", "Cooperations")),
            ("acteurs", l.pick("Acteurs", "Actors")), ("source", l.pick("Source", "Source")),
        ]
        lines.append(.el("nav", ["aria-label": l.pick("Sommaire", "Contents")], [.el("ul", [:], sections.map { id, name in
            .el("li", [:], [.el("a", ["href": "#" + id], text: name)])
        })]))
        return .el("header", ["class": "page-header"], lines)
    }

    /// One sentence that says what the network is.
    var lede: String {
        let s = analysis.summary
        return l.pick(
            "\(l.count(s.actors, "acteur prend", "acteurs prennent")) part à \(l.count(s.cooperations, "coopération", "coopérations")) ; \(l.count(s.ties, "paire d'acteurs partage", "paires d'acteurs partagent")) au moins une coopération.",
            "\(l.count(s.actors, "actor takes", "actors take")) part in \(l.count(s.cooperations, "cooperation", "cooperations")); \(l.count(s.ties, "pair of actors shares", "pairs of actors share")) at least one cooperation.")
    }

    /// A button that selects an actor on the map (by its index in the dataset).
    func actorButton(_ actor: Int) -> HTMLNode {
        .el("button", ["type": "button", "class": "actor-link", "data-actor": String(actor)], text: dataset.actors[actor].name)
    }

    /// Actor buttons separated by commas (an inline list, so a comma never starts a line).
    func actorList(_ actors: [Int]) -> HTMLNode {
        .el("ul", ["class": "inline-list"], actors.map { .el("li", [:], [actorButton($0)]) })
    }

    /// A colour swatch or kind icon followed by its label, kept side by side.
    func labelled(_ icon: HTMLNode, _ text: String) -> HTMLNode {
        .el("span", ["class": "labelled"], [icon, .el("span", text: text)])
    }

    /// A colour swatch.
    func swatch(_ color: String, round: Bool = false) -> HTMLNode {
        .el("span", ["class": round ? "swatch round" : "swatch", "style": "background-color:\(color)"])
    }

    /// A section with its id, heading and content.
    func section(_ id: String, _ heading: String, _ content: [HTMLNode]) -> HTMLNode {
        .el("section", ["id": id, "aria-labelledby": id + "-titre"], [.el("h2", ["id": id + "-titre"], text: heading)] + content)
    }

    /// The kind and form labels (with their icon or swatch) that the script copies into
    /// the rows of paged tables, one per kind and form, hidden.
    var cellTemplates: HTMLNode {
        .el("div", ["id": "cell-templates", "hidden": ""],
            ActorKind.allCases.map { kind in
                .el("span", ["data-kind": kind.rawValue], [labelled(KindIcon.node(kind), l.label(kind))])
            } + CooperationForm.allCases.map { form in
                .el("span", ["data-form": form.rawValue], [labelled(swatch(MapPalette.color(of: form)), l.label(form))])
            })
    }

    /// The territory names of the assignment, indexed like its territories.
    var territoryNames: [String] { analysis.assignment.territories.map(\.name) }
}
