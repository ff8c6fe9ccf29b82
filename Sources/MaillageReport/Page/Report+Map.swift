import MaillageModel
import MaillageRender

extension Report {
    /// The interactive map: search box, zoom, the SVG, the details panel and the legend.
    var mapSection: HTMLNode {
        let hidden = analysis.isolatedActors.count
        let tools: HTMLNode = .el("div", ["class": "map-tools no-print"], [
            .el("div", ["class": "search"], [
                .el("label", ["for": "search"], text: l.pick("Chercher un acteur", "Find an actor")),
                .el("input", ["type": "search", "id": "search", "autocomplete": "off", "spellcheck": "false",
                              "placeholder": l.pick("nom, identifiant ou territoire", "name, id or territory"),
                              "aria-controls": "search-results", "aria-describedby": "search-status"]),
                .el("span", ["id": "search-status", "role": "status"], text: ""),
                .el("ul", ["id": "search-results", "class": "search-results"], []),
            ]),
            .el("div", ["class": "map-actions"], [
            .el("div", ["class": "zoom", "role": "group", "aria-label": l.pick("Zoom", "Zoom")], [
                .el("button", ["type": "button", "id": "zoom-out", "aria-label": l.pick("Réduire", "Zoom out")], text: "−"),
                .el("button", ["type": "button", "id": "zoom-reset", "aria-label": l.pick("Taille ajustée", "Fit to width")], text: "100 %"),
                .el("button", ["type": "button", "id": "zoom-in", "aria-label": l.pick("Agrandir", "Zoom in")], text: "+"),
            ]),
            .el("button", ["type": "button", "id": "clear-selection", "class": "secondary"], text: l.pick("Tout réafficher", "Show all")),
            ]),
        ])
        let figure: HTMLNode
        var canvasTools: [HTMLNode] = []
        if let svg = map?.svg {
            figure = .el("div", ["id": "map", "class": "map", "role": "figure",
                                 "aria-label": l.pick("Carte des coopérations entre acteurs", "Map of cooperation between actors")],
                         [.trusted(.svg(svg))])
        } else if map?.positions != nil {
            figure = .el("div", ["id": "map", "class": "map canvas-map", "role": "figure",
                                 "aria-label": l.pick("Carte des coopérations entre acteurs", "Map of cooperation between actors")], [
                .el("canvas", ["id": "map-canvas", "tabindex": "0", "role": "img",
                               "aria-label": l.pick("Carte : glisser ou flèches pour déplacer, molette, pincement ou + et − pour zoomer, clic pour choisir un acteur ou un groupe ; Tab parcourt les acteurs",
                                                    "Map: drag or arrows to move, wheel, pinch or + and − to zoom, click to choose an actor or a cluster; Tab goes through the actors")]),
                // Keyboard access to the canvas: one button per well-connected actor, filled by the script.
                .el("ul", ["id": "map-keys", "class": "map-keys",
                           "aria-label": l.pick("Acteurs de la carte, du plus relié au moins relié", "Actors of the map, from the most to the least connected")], []),
            ])
            canvasTools = [canvasViewTabs]
        } else {
            figure = .el("div", ["id": "map", "class": "map missing"], [.el("p", text: l.pick(
                "La carte n'a pas pu être dessinée (Graphviz n'a pas répondu) ; les tableaux ci-dessous restent complets.",
                "The map could not be drawn (Graphviz failed); the tables below are complete."))])
        }
        // Not a live region: the status line below the map says in one sentence what a
        // selection changed; a screen reader reads the panel when the reader goes to it.
        let panel: HTMLNode = .el("aside", ["id": "panel", "class": "panel no-print",
                                            "aria-label": l.pick("Détails de l'acteur choisi", "Details of the chosen actor")], [
            .el("p", ["class": "panel-empty"], text: l.pick(
                "Cliquez sur un acteur de la carte, ou cherchez-le, pour voir ses coopérations et ses partenaires.",
                "Click an actor on the map, or find it, to see its cooperations and partners.")),
        ])
        var notes: [String]
        if map?.positions != nil {
            notes = [
                l.pick("Taille d'un acteur : \(sizeMeaning). Les noms s'affichent là où ils restent lisibles ; zoomez pour en voir davantage.",
                       "Size of an actor: \(sizeMeaning). Names show where they stay legible; zoom in to see more."),
                l.pick("Épine dorsale : les liens qui pèsent, pour au moins l'un des deux acteurs, plus qu'un partage au hasard de ses coopérations (filtre de disparité de Serrano, Boguñá et Vespignani, 2009, seuil \(l.decimal(Self.backboneAlpha, digits: 2)), sur les poids de Newman : une petite coopération pèse plus qu'une grande).",
                       "Backbone: the ties that weigh more, for at least one of the two actors, than a random share of its cooperations (disparity filter of Serrano, Boguñá and Vespignani, 2009, level \(l.decimal(Self.backboneAlpha, digits: 2)), on Newman's weights: a small cooperation weighs more than a large one)."),
                l.pick("Groupes et territoires : un disque par groupe ou territoire, d'aire proportionnelle à ses acteurs, rapproché de ceux avec qui ses acteurs coopèrent le plus ; épaisseur d'un trait : liens entre leurs acteurs ; un clic ouvre le groupe ou le territoire.",
                       "Clusters and territories: one disc per cluster or territory, its area proportional to its actors, near those its actors cooperate with most; width of a line: ties between their actors; a click opens the cluster or territory."),
            ]
            if openingView == .clusters {
                let actors = l.integer(ReportMap.Scale.labelledActors), ties = l.integer(ReportMap.Scale.labelledTies)
                notes.insert(l.pick(
                    "Au-delà de \(actors) acteurs reliés ou \(ties) liens, tous les acteurs à la fois forment un écheveau illisible : la carte s'ouvre donc sur les groupes (la vue que choisit aussi « maillage render »). Un clic sur un groupe l'ouvre ; le bouton « Acteurs » montre chaque acteur ; chercher un acteur l'y montre.",
                    "Above \(actors) actors with a tie or \(ties) ties, every actor at once is an unreadable hairball: the map therefore opens on the clusters (the view « maillage render » chooses too). A click on a cluster opens it; the « Actors » button shows every actor; finding an actor shows it there."), at: 0)
            }
            if mapScale == .overview {
                notes.append(l.pick(
                    "Réseau très grand : dans la vue des acteurs, seuls les liens de l'épine dorsale sont tracés.",
                    "Very large network: in the actors view, only the backbone's ties are drawn."))
            }
        } else {
            notes = [
                l.pick("Taille d'un acteur : \(sizeMeaning). Épaisseur d'un lien : ", "Size of an actor: \(sizeMeaning). Width of a tie: ") + weightMeaning + ".",
            ]
        }
        // The canvas map draws every actor as a disc: only the labelled map has shapes.
        let shapes = map?.svg != nil
        notes.append(l.pick(
            "Couleurs des types : palette d'Okabe et Ito, qui reste distincte pour les lecteurs daltoniens" + (shapes ? " ; chaque type a aussi sa forme, qui se lit même en gris" : "") + ". Groupes et territoires : palettes « muted » puis « light » de Paul Tol.",
            "Colours of the kinds: Okabe and Ito's palette, which stays distinct for colour-blind readers" + (shapes ? "; each kind also has its shape, readable even in grey" : "") + ". Clusters and territories: Paul Tol's muted then light palettes."))
        if hidden > 0 {
            notes.append(l.pick(
                "\(l.count(hidden, "acteur sans coopération partagée ne figure", "acteurs sans coopération partagée ne figurent")) pas sur la carte (voir le tableau des acteurs).",
                "\(l.count(hidden, "actor sharing no cooperation is", "actors sharing no cooperation are")) not on the map (see the table of actors)."))
        }
        return section("carte", l.pick("Carte des coopérations", "Cooperation map"), [
            .el("p", ["class": "hint no-print"], text: l.pick(
                "Survolez ou touchez un acteur pour voir ses détails ; cliquez ou touchez-le pour mettre en évidence ses coopérations et ses partenaires ; cliquez ou touchez le fond de la carte, ou appuyez sur Échap, pour tout réafficher. Pincez pour zoomer. Au clavier, Tab parcourt les acteurs du plus relié au moins relié et Entrée met en évidence.",
                "Hover over or touch an actor to see its details; click or touch it to highlight its cooperations and partners; click or touch the map's background, or press Escape, to show everything again. Pinch to zoom. With the keyboard, Tab goes through the actors from the most to the least connected and Enter highlights.")),
            tools,
        ] + canvasTools + [
            .el("a", ["class": "skip-link no-print", "href": "#carte-texte"], text: l.pick("Passer la carte : aller à sa version texte", "Skip the map: go to its text version")),
            .el("div", ["class": "map-layout"], [figure, panel]),
            .el("p", ["id": "map-status", "class": "visually-hidden", "role": "status"], text: ""),
            legend(notes: notes),
            mapTextVersion,
            .el("div", ["id": "tip", "class": "tip", "role": "tooltip", "hidden": ""], []),
        ])
    }

    /// The canvas map's views (actors, backbone, clusters, territories) and the bar
    /// that says which cluster or territory is open.
    private var canvasViewTabs: HTMLNode {
        let views: [(String, String)] = [
            ("actors", l.pick("Acteurs", "Actors")), ("backbone", l.pick("Épine dorsale", "Backbone")),
            ("clusters", l.pick("Groupes", "Clusters")), ("territories", l.pick("Territoires", "Territories")),
        ]
        return .el("div", ["class": "map-views no-print"], [
            .el("div", ["class": "views", "role": "group", "aria-label": l.pick("Vue de la carte", "Map view")], views.map { key, name in
                .el("button", ["type": "button", "class": "view", "data-view": key, "aria-pressed": "false"], text: name)
            }),
            .el("p", ["id": "focus", "class": "focus", "hidden": ""], [
                .el("span", ["id": "focus-text"], text: ""),
                .el("button", ["type": "button", "id": "focus-clear", "class": "secondary"], text: l.pick("Tout le réseau", "Whole network")),
            ]),
        ])
    }

    /// What the size of an actor stands for: its number of partners, or its headcount.
    var sizeMeaning: String {
        if case .measure(let m) = sizeBy, m.key == "degree" { return l.pick("nombre de partenaires", "number of partners") }
        return sizeBy.legend(in: l)
    }

    /// What the width of a tie stands for, by projection.
    var weightMeaning: String {
        switch analysis.settings.projection {
        case .count: l.pick("nombre de coopérations partagées", "number of shared cooperations")
        case .newman: l.pick("poids de Newman (Σ 1/(n−1) sur les coopérations partagées de n membres)", "Newman's weight (Σ 1/(n−1) over shared cooperations of n members)")
        case .jaccard: l.pick("recouvrement de leurs coopérations (Jaccard)", "overlap of their cooperations (Jaccard)")
        }
    }

    /// Kinds with the colour and shape the map gives them, and notes.
    private func legend(notes: [String]) -> HTMLNode {
        if map?.positions != nil {
            let heading: String
            let items: [HTMLNode]
            if colorsByCluster {
                heading = l.pick("Couleur : groupe", "Colour: cluster")
                items = analysis.clusters.prefix(MapPalette.groups.count).enumerated().map { index, cluster in
                    .el("li", [:], [labelled(swatch(MapPalette.groupColor(index), round: true),
                                             l.pick("groupe", "cluster") + " \(index + 1) (\(l.integer(cluster.members.count)))")])
                }
            } else {
                heading = l.pick("Types d'acteurs", "Actor kinds")
                items = analysis.summary.actorsByKind.map { entry in
                    .el("li", [:], [labelled(swatch(MapPalette.color(of: entry.kind), round: true), l.label(entry.kind))])
                }
            }
            return .el("div", ["class": "legend"], [.el("h3", text: heading), .el("ul", ["class": "kinds"], items)]
                       + notes.map { .el("p", ["class": "note"], text: $0) })
        }
        let items: [HTMLNode] = analysis.summary.actorsByKind.map { entry in
            .el("li", [:], [labelled(KindIcon.node(entry.kind), l.label(entry.kind))])
        }
        return .el("div", ["class": "legend"], [
            .el("h3", text: l.pick("Types d'acteurs", "Actor kinds")),
            .el("ul", ["class": "kinds"], items),
        ] + notes.map { .el("p", ["class": "note"], text: $0) })
    }
}

/// A small drawing of the shape and colour an actor kind has on the map
/// (``MapPalette/shape(of:)`` and ``MapPalette/color(of:)``), for the legend.
enum KindIcon {
    static func node(_ kind: ActorKind) -> HTMLNode {
        let fill = MapPalette.color(of: kind), stroke = "#333333"
        let shape: HTMLNode
        func polygon(_ points: String) -> HTMLNode { .el("polygon", ["points": points, "fill": fill, "stroke": stroke]) }
        switch MapPalette.shape(of: kind) {
        case .box, .square: shape = .el("rect", ["x": "2", "y": "3", "width": "20", "height": "12", "fill": fill, "stroke": stroke])
        case .diamond: shape = polygon("12,1 23,9 12,17 1,9")
        case .hexagon: shape = polygon("6,2 18,2 23,9 18,16 6,16 1,9")
        case .octagon, .doubleoctagon: shape = polygon("7,1 17,1 23,6 23,12 17,17 7,17 1,12 1,6")
        case .house: shape = polygon("12,1 23,7 23,17 1,17 1,7")
        case .invhouse: shape = polygon("1,1 23,1 23,11 12,17 1,11")
        default: shape = .el("ellipse", ["cx": "12", "cy": "9", "rx": "11", "ry": "7", "fill": fill, "stroke": stroke])
        }
        return .el("svg", ["class": "kind-icon", "width": "24", "height": "18", "viewbox": "0 0 24 18", "aria-hidden": "true"], [shape])
    }
}

extension Report {
    /// The map as text, for screen readers and anyone who prefers lists: each actor
    /// with its partners and cooperations, most connected first. The page's script
    /// writes it (a hundred actors at a time) when the reader opens it.
    var mapTextVersion: HTMLNode {
        .el("details", ["id": "carte-texte", "class": "map-text no-print"], [
            .el("summary", [:], text: l.pick("Version texte de la carte", "Text version of the map")),
            .el("p", ["class": "note"], text: l.pick(
                "Chaque acteur, du plus relié au moins relié, avec ses partenaires et ses coopérations.",
                "Each actor, from the most to the least connected, with its partners and cooperations.")),
            .el("ul", ["id": "map-text-list", "class": "actors-text"], []),
            .el("button", ["type": "button", "id": "map-text-more", "class": "secondary", "hidden": ""], text: l.pick("Afficher les suivants", "Show the next ones")),
        ])
    }

    /// Words of the keyboard, touch and text-version parts of the script.
    var accessibilityScriptText: [(String, String)] {
        [
            ("keyItem", l.pick("{n} — {m}", "{n} — {m}")),
            ("keyStatus", l.pick("{n} : Entrée pour le mettre en évidence", "{n}: Enter to highlight it")),
            ("partnersOf", l.pick("partenaires ({n})", "partners ({n})")),
            ("cooperationsOf", l.pick("coopérations ({n})", "cooperations ({n})")),
            ("none", l.pick("aucun", "none")),
            ("shownN", l.pick("{n} acteurs sur {m}", "{n} actors of {m}")),
            ("selectedStatus", l.pick("{n} mis en évidence avec ses {m} partenaires", "{n} highlighted with its {m} partners")),
            ("clearedStatus", l.pick("Tous les acteurs sont réaffichés", "Every actor is shown again")),
        ]
    }
}
