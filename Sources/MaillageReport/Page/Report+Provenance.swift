import MaillageAnalysis
extension Report {
    /// Where the data comes from: the dataset, its fingerprint, the parameters, and its README.
    var provenanceSection: HTMLNode {
        func row(_ term: String, _ value: [HTMLNode]) -> [HTMLNode] { [.el("dt", text: term), .el("dd", [:], value)] }
        var facts: [HTMLNode] = []
        facts += row(l.pick("Jeu de données", "Dataset"), [.text(dataset.name == provenance.datasetFolder ? dataset.name : dataset.name + " (" + provenance.datasetFolder + ")")])
        facts += row(l.pick("Empreinte SHA-256 des fichiers", "SHA-256 fingerprint of the files"), [.el("code", ["class": "hash"], text: provenance.fingerprint)])
        facts += row(l.pick("Produit par", "Produced by"), [.text("Maillage \(provenance.maillageVersion)")])
        if !provenance.scope.isEmpty {
            facts += row(l.pick("Périmètre", "Scope"), [.text(provenance.scope.joined(separator: " · "))])
        }
        if !provenance.parameters.isEmpty {
            facts += row(l.pick("Paramètres", "Parameters"), [.el("ul", ["class": "parameters"], provenance.parameters.map { p in
                .el("li", [:], [.el("code", text: p.key), .text(" = " + p.value)])
            })])
        }
        if !provenance.readingNotes.isEmpty {
            facts += row(l.pick("Lecture des données", "Reading of the data"), [.el("ul", ["class": "reading-notes"], provenance.readingNotes.map { .el("li", text: $0) })])
        }
        var content: [HTMLNode] = [.el("dl", ["class": "facts"], facts)]
        if !provenance.readingWarnings.isEmpty {
            // What `maillage validate` says of the data: the readings the figures rest on.
            let shown = provenance.readingWarnings.prefix(Self.readingWarningsShown)
            let rest = provenance.readingWarnings.count - shown.count
            var items = shown.map { HTMLNode.el("li", text: $0) }
            if rest > 0 {
                items.append(.el("li", ["class": "note"], text: l.pick("… et \(rest) autre\(rest > 1 ? "s" : "") : `maillage validate` les liste tous.",
                                                                       "… and \(rest) more: `maillage validate` lists them all.")))
            }
            let n = provenance.readingWarnings.count
            content.append(.el("details", ["class": "reading-warnings"], [
                .el("summary", text: l.pick("Avertissements à la lecture des données (\(n))", "Warnings while reading the data (\(n))")),
                .el("p", ["class": "note"], text: l.pick(
                    "Ce que Maillage a supposé en lisant les fichiers, et ce qu'il n'a pas lu ; les chiffres de cette page en dépendent.",
                    "What Maillage assumed while reading the files, and what it did not read; the figures of this page depend on it.")),
                .el("ul", [:], items),
            ]))
        }
        let readme = ProvenanceText.nodes(dataset.provenance)
        if readme.opening.isEmpty && readme.rest.isEmpty {
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Le jeu de données ne décrit pas sa provenance (pas de fichier README.md) : demandez à qui l'a constitué d'où viennent les données.",
                "The dataset does not describe where it comes from (no README.md file): ask whoever compiled it where the data come from.")))
        } else {
            content.append(.el("h3", text: l.pick("Provenance décrite par le jeu de données", "Provenance as the dataset describes it")))
            content.append(.el("div", ["class": "readme"], readme.opening))
            if !readme.rest.isEmpty {
                content.append(.el("details", ["class": "readme"], [.el("summary", text: l.pick("Suite de la description (règles de codage, détails)", "Rest of the description (encoding rules, details)"))] + readme.rest))
            }
        }
        return section("source", l.pick("Source des données", "Data source"), content)
    }

    /// How many of the loader's warnings the source section lists.
    static let readingWarningsShown = 40

    /// Short definitions of the measures the page uses.
    var methodsSection: HTMLNode {
        let terms: [(String, String)] = [
            (l.pick("Lien entre deux acteurs", "Tie between two actors"),
             l.pick("deux acteurs sont liés quand ils prennent part à au moins une même coopération.", "two actors are tied when they take part in at least one common cooperation.")),
            (l.pick("Intermédiarité", "Betweenness"),
             l.pick("part des plus courts chemins entre deux autres acteurs qui passent par cet acteur (de 0 à 1) : un acteur à forte intermédiarité fait le lien entre des partenaires qui, sans lui, seraient éloignés.",
                    "share of the shortest paths between two other actors that go through this actor (from 0 to 1): an actor with high betweenness connects partners who would be far apart without it.")),
            (l.pick("Densité", "Density"),
             l.pick("part des paires d'acteurs qui sont liées, parmi toutes les paires possibles.", "share of the pairs of actors that are tied, among all possible pairs.")),
            (l.pick("Indice E-I", "E-I index"),
             l.pick("(liens externes − liens internes) / (liens externes + liens internes), de Krackhardt et Stern : −1 pour un territoire replié sur lui-même, +1 pour un territoire tourné vers les autres.",
                    "(external ties − internal ties) / (external + internal ties), after Krackhardt and Stern: −1 for a territory turned in on itself, +1 for one turned to the others.")),
            (l.pick("Modularité", "Modularity"),
             l.pick("mesure de la netteté des groupes : part des liens à l'intérieur des groupes, moins celle qu'on attendrait au hasard.",
                    "how clear-cut the clusters are: the share of ties inside clusters, minus the share expected by chance.")),
            (l.pick("Morceaux", "Pieces"),
             l.pick("nombre de parties d'un territoire qui ne sont pas reliées entre elles par des liens internes.", "number of parts of a territory that are not connected to one another by ties inside it.")),
        ]
        // Every per-actor measure Maillage computes, from the registry, with its NetworkX reference.
        let measures = ActorMeasure.all.map { measure in
            (measure.name(in: l), measure.definition(in: l) + l.pick(" Référence NetworkX : ", " NetworkX reference: ") + measure.reference
                + " (`\(measure.key)`).")
        }
        return section("methode", l.pick("Comment lire ces chiffres", "How to read these figures"), [
            .el("dl", ["class": "definitions"], terms.flatMap { [HTMLNode.el("dt", text: $0.0), .el("dd", text: $0.1)] }),
            .el("h3", text: l.pick("Mesures par acteur (commande centrality et exports)", "Per-actor measures (centrality command and exports)")),
            .el("dl", ["class": "definitions measures"], measures.flatMap { [HTMLNode.el("dt", text: $0.0), .el("dd", text: $0.1)] }),
        ])
    }
}
