import Foundation
import MaillageModel

/// A territory as the territories map shows it.
public struct MapTerritory: Sendable {
    public var id: String
    public var name: String
    /// Actors located there (sizes the node).
    public var actors: Int
    /// Tooltip lines after the name.
    public var details: [String]

    public init(id: String, name: String, actors: Int, details: [String] = []) {
        self.id = id
        self.name = name
        self.actors = actors
        self.details = details
    }
}

/// The territories map (`--view territories`): one node per territory of a level,
/// its area proportional to its actors, an edge per pair of territories tied by
/// cooperation, as thick as the number of ties between their actors.
public struct TerritoryMap: Sendable {
    public var frame: MapFrame
    public var territories: [MapTerritory]
    /// (territory index, territory index, ties between their actors).
    public var links: [(u: Int, v: Int, ties: Int)]
    public var notes: [String]
    /// CSS class of the nodes (`territory`; `cluster` for the communities map).
    public var nodeClass = "territory"
    /// Whether each link shows its number of ties beside it (drawn for every link only
    /// when the node class is `territory`, whose labels are forced).
    public var showsLinkCounts = true
    /// The language of the labels and tooltips.
    public var language: Language

    public init(frame: MapFrame, territories: [MapTerritory], links: [(u: Int, v: Int, ties: Int)], notes: [String] = [],
                language: Language = .fr) {
        self.language = language
        self.frame = frame
        self.territories = territories
        self.links = links
        self.notes = notes
    }

    /// "A — B : 3 liens", in the map's language.
    private func tieTooltip(_ link: (u: Int, v: Int, ties: Int)) -> String {
        let count = link.ties == 1 ? language.pick("1 lien", "1 tie") : language.pick("\(language.integer(link.ties)) liens", "\(language.integer(link.ties)) ties")
        return territories[link.u].name + " — " + territories[link.v].name + language.pick(" : ", ": ") + count
    }

    public func document() -> DOTGraph {
        let maxActors = Double(territories.map(\.actors).max() ?? 1)
        let maxTies = Double(links.map(\.ties).max() ?? 1)
        var graph = DOTGraph(
            attributes: frame.graphAttributes(nodeCount: territories.count, edgeCount: links.count,
                                              legend: MapLegend.label(frame: frame, entries: [], notes: notes)),
            nodeDefaults: [.fontName("DejaVu Sans"), .style([.filled]), .shape(.circle), .fixedSize(true), .penWidth(1)],
            edgeDefaults: [.color("#44AA9999")])
        let l = language
        func actorCount(_ n: Int) -> String { n == 1 ? l.pick("1 acteur", "1 actor") : l.pick("\(n) acteurs", "\(n) actors") }
        let external = nodeClass != "territory"
        // Every tie between territories carries its number, as the legend promises:
        // Graphviz otherwise drops edge labels it cannot place without overlap. The
        // communities map keeps Graphviz's default, so that names that would overlap are
        // dropped rather than drawn over one another; it therefore draws no numbers on its
        // ties (Graphviz could drop some), and its legend promises none.
        graph.attributes.append(.forceLabels(!external))
        for (index, territory) in territories.enumerated() {
            let scale = (Double(territory.actors) / max(maxActors, 1)).squareRoot()
            // Clusters: the count inside the disc, the name beside it as an external label,
            // which Graphviz drops where it would overlap (forcelabels=false).
            var inside = external ? ""
                : "\(MapText.wrapped(MapText.abbreviated(territory.name), width: 14))\n\(actorCount(territory.actors))"
            // Clusters: area proportional to actors (a small floor keeps a disc visible);
            // the name inside a disc wide enough for it at 8.5 points or more, else beside it.
            let width = external ? max(0.25, 3.2 * scale) : 1.1 + 1.9 * scale
            var fontSize = 8 + 6 * scale
            var fontColor = external ? "#222222" : MapPalette.fontColor(onGroup: index)
            // Clusters whose whole name does not fit: "Groupe 3" and the count inside, the
            // name ("Groupe 3 · hub", facts) beside, so that a disc keeps its number on a
            // printed map when Graphviz has no room for the text beside it.
            var numberInside: HTMLLabel?
            var beside = ""
            if external {
                // "Groupe 3 · hub" on two lines inside a disc.
                let separator = territory.name.range(of: " · ")
                let text = territory.name.replacingOccurrences(of: " · ", with: "\n", options: [], range: separator)
                    + "\n" + actorCount(territory.actors)
                // Each line within the chord at its height, by the font's letter widths
                // (capitals are wider: a name in capitals needs a larger disc).
                if let fitting = MapText.fittingFontSize(text, diameter: width * 72, smallest: 8.5, largest: 16) {
                    inside = text
                    fontSize = fitting
                    fontColor = MapPalette.fontColor(onGroup: index)
                } else {
                    beside = territory.name + "\n" + actorCount(territory.actors)
                    // The table around an HTML-like label adds 4 points on each side. No
                    // larger than the disc's own size: a number alone would otherwise stand
                    // out beside the full names of discs of the same size.
                    if let separator {
                        let number = String(territory.name[..<separator.lowerBound]) + "\n" + actorCount(territory.actors)
                        if let fitting = MapText.fittingFontSize(number, diameter: width * 72 - 10, smallest: 8.5,
                                                                 largest: max(8.5, fontSize)) {
                            // In the group's text colour inside; the node's (dark) font colour
                            // is the one Graphviz gives the text beside, on the page. The whole
                            // name beside: placed a little away from its disc, it still says
                            // which group it is.
                            numberInside = HTMLLabel(rows: [.init([.init(number, fontSize: fitting,
                                                                         fontColor: MapPalette.fontColor(onGroup: index))])])
                            beside = territory.name
                        }
                    }
                }
            }
            var attributes: [DOTAttribute] = [
                .id(DOTEncoder.svgID(territory.id, prefix: nodeClass + "-")), .cssClass(nodeClass),
                numberInside.map { .htmlLabel($0) } ?? .label(inside),
            ]
            // Graphviz writes an external label in the node's font colour: dark, on the page.
            if !beside.isEmpty { attributes += [.xlabel(beside)] }
            graph.nodes.append(DOTNode(name: "t\(index)", attributes: attributes + [
                .tooltip(([territory.name] + territory.details).joined(separator: "\n")),
                .fillColor(MapPalette.groupColor(index)), .fontColor(fontColor),
                .fontSize(fontSize), .width(width),
            ]))
        }
        for link in links {
            graph.edges.append(DOTEdge(from: "t\(link.u)", to: "t\(link.v)", attributes: [
                .penWidth(1 + 7 * Double(link.ties) / maxTies),
                .tooltip(tieTooltip(link)),
                .fontSize(9), .fontName("DejaVu Sans"), .cssClass(nodeClass + "-link"),
            ] + (showsLinkCounts ? [.xlabel(String(link.ties))] : [])))
        }
        return graph
    }
}
