import Foundation
import MaillageAnalysis
import MaillageModel

/// An area drawn under a geographic map: a territory's outline from a boundaries file,
/// or the hull of its actors' places.
public struct GeoArea: Sendable {
    /// How the area is drawn.
    public enum Style: Sendable, Hashable {
        /// A wide territory (département, région): the land the map is about.
        case land
        /// A territory's outline from the boundaries file (a commune, an EPCI).
        case outline
        /// The hull of a territory's actors, in the colour of group `index`.
        case hull(Int)
    }

    /// Rings of points (the outer ring of each polygon), in points.
    public var rings: [[(x: Double, y: Double)]]
    public var style: Style

    public init(rings: [[(x: Double, y: Double)]], style: Style) {
        self.rings = rings
        self.style = style
    }
}

/// A name written on the map, centred on a point the builder chose clear of every mark
/// and other name (`LabelPlacement`): a place's name in grey, or an actor's.
public struct GeoLabel: Sendable {
    /// What a name names.
    public enum Kind: Sendable, Hashable {
        /// A place (commune, territory), under its ring of actors.
        case place
        /// The actor at this index of the map's actors (or territory, on the territories view).
        case actor(Int)
    }

    public var text: String
    /// Centre of the text, points.
    public var x: Double
    public var y: Double
    public var fontSize: Double
    public var kind: Kind
    /// Written on a pale box just its size (over a crowd of marks).
    public var backing: Bool

    public init(text: String, x: Double, y: Double, fontSize: Double = 8.5, kind: Kind = .place, backing: Bool = false) {
        self.backing = backing
        self.text = text
        self.x = x
        self.y = y
        self.fontSize = fontSize
        self.kind = kind
    }
}

/// Where the actors of one place stand: the centre of their ring, which ties bundled
/// between places (``GeoBundle``) start from.
public struct GeoPlace: Sendable {
    public var name: String
    public var x: Double
    public var y: Double
    public var actors: Int

    public init(name: String, x: Double, y: Double, actors: Int) {
        self.name = name
        self.x = x
        self.y = y
        self.actors = actors
    }
}

/// The ties between the actors of two places (indices into ``GeoMap/places``), drawn as
/// one line as wide as their number when a map has too many ties to draw one by one.
public struct GeoBundle: Sendable {
    public var from: Int
    public var to: Int
    public var ties: Int

    public init(from: Int, to: Int, ties: Int) {
        self.from = from
        self.to = to
        self.ties = ties
    }
}

/// A geographic map (`render --layout geo`): actors — or territories — at their places,
/// drawn with every position pinned (Graphviz's `nop2`, `neato -n2`), over the areas of
/// the territories; a scale bar, a north arrow and the projection stated on the map,
/// and the usual title block and legend. Nodes and ties keep the ids, classes and
/// tooltips of the other maps (`actor-…`, `tie-…`, `territory-…`), so the SVG reads the same way.
///
/// Names are pinned text nodes at the spots `LabelPlacement` chose (classes `place`
/// and `mark-name`): Graphviz places no exterior label, so it drops none and warns of none.
/// When ties are too many to draw one by one, they are drawn bundled: one line per pair
/// of places (``GeoBundle``, class `place-link`), as wide as its number of ties.
public struct GeoMap: Sendable {
    /// What stands at the places.
    public enum Content: Sendable {
        /// Actors, with `positions[i]` the point of `actors[i]`.
        case actors([MapActor], positions: [(x: Double, y: Double)], ties: [MapTie], coloring: MapColoring, groups: [String])
        /// Territories, one disc each sized by actors, tied by the ties between their actors.
        case territories([MapTerritory], positions: [(x: Double, y: Double)], links: [(u: Int, v: Int, ties: Int)])
    }

    public var frame: MapFrame
    public var content: Content
    public var areas: [GeoArea]
    public var labels: [GeoLabel]
    /// Size of the drawing, points.
    public var width: Double
    public var height: Double
    /// The scale bar's length in metres and points.
    public var scaleBar: (metres: Double, points: Double)
    /// The projection as the map states it.
    public var projectionName: String
    public var notes: [String]
    /// The language of the legend.
    public var language: Language
    /// The spacing, points, of the small marks of a map of many actors (more than
    /// ``MapRequest/View/labelledActors``); nil for the full-size marks of a small map.
    public var crowdSpacing: Double?
    var compact: Bool { crowdSpacing != nil }
    /// The places of the actors, for ``bundles``.
    public var places: [GeoPlace] = []
    /// Ties drawn bundled between places; when not empty, the content's ties are not drawn one by one.
    public var bundles: [GeoBundle] = []

    public init(frame: MapFrame, content: Content, areas: [GeoArea], labels: [GeoLabel], width: Double, height: Double,
                scaleBar: (metres: Double, points: Double), projectionName: String, notes: [String], language: Language = .fr) {
        self.language = language
        self.frame = frame
        self.content = content
        self.areas = areas
        self.labels = labels
        self.width = width
        self.height = height
        self.scaleBar = scaleBar
        self.projectionName = projectionName
        self.notes = notes
    }

    /// The width and height, points, of an actor's mark of relative size `size` (0…1):
    /// full-size on a small map, in proportion to `crowdSpacing` on a map of many actors.
    public static func markSize(_ size: Double, crowdSpacing: Double?) -> (width: Double, height: Double) {
        let scale = max(0, min(size, 1)).squareRoot()
        let side = crowdSpacing.map { $0 * (0.5 + 1.0 * scale) } ?? 9.4 + 12.2 * scale
        return (side, side * 0.8)
    }

    /// The spacing, points, of the marks of `count` actors on a map of `width` × `height`
    /// points: the marks of a crowd cover about a tenth of the map, between 2 and 7.5
    /// points apart, so that the map under them stays visible.
    public static func crowdSpacing(count: Int, width: Double, height: Double) -> Double {
        min(7.5, max(2, (width * height * 0.1 / Double(max(count, 1))).squareRoot()))
    }

    /// The diameter, points, of a territory's disc holding `actors` of the largest's `maxActors`.
    public static func discDiameter(actors: Int, maxActors: Int) -> Double {
        (0.22 + 0.75 * (Double(actors) / Double(max(maxActors, 1))).squareRoot()) * 72
    }

    /// Boxes no name may cover: the scale bar with its texts, the projection's name and
    /// the north arrow.
    public static func furnitureBoxes(width: Double, height: Double, scaleBarPoints: Double, projectionName: String) -> [LabelPlacement.Box] {
        [LabelPlacement.Box(minX: 10, minY: 12, maxX: 18 + scaleBarPoints + 50, maxY: 34),
         LabelPlacement.Box(minX: 10, minY: 34, maxX: 26 + Double(projectionName.count) * 4.4, maxY: 46),
         LabelPlacement.Box(minX: width - 40, minY: height - 64, maxX: width - 10, maxY: height - 4)]
    }

    /// The DOT document, to be laid out with ``LayoutEngine/geo``.
    public func document() -> DOTGraph {
        var entries: [MapLegend.Entry] = []
        if case .actors(let actors, _, _, let coloring, let groups) = content {
            entries = MapLegend.actorEntries(actors, coloring: coloring, groups: groups, language: language)
        }
        var attributes = frame.graphAttributes(nodeCount: 0, edgeCount: 0,
                                               legend: MapLegend.label(frame: frame, entries: entries, notes: notes))
        attributes.append(.background(backdrop()))
        var graph = DOTGraph(attributes: attributes,
                             nodeDefaults: [.fontName("DejaVu Sans"), .style([.filled]), .penWidth(0.7), .color("#333333"),
                                            .fixedSize(true), .label("")],
                             edgeDefaults: [.color("#5A5A5A88")])
        // Invisible corners: the drawing spans the whole frame, areas included.
        for (name, x, y) in [("corner0", 0.0, 0.0), ("corner1", width, height)] {
            graph.nodes.append(DOTNode(name: name, attributes: [
                .id(name), .cssClass("map-frame"), .shape(.point), .width(0.01), .style([.invis]), .position(x: x, y: y),
            ]))
        }
        furniture(into: &graph)
        addBundles(to: &graph)
        switch content {
        case .actors(let actors, let positions, let ties, let coloring, _):
            addActors(actors, positions: positions, ties: bundles.isEmpty ? ties : [], coloring: coloring, to: &graph)
        case .territories(let territories, let positions, let links):
            addTerritories(territories, positions: positions, links: links, to: &graph)
        }
        addLabels(to: &graph)
        return graph
    }

    /// The names, as pinned text nodes: a place's in grey, an actor's (or territory's)
    /// in dark grey, with the tooltip of what it names.
    private func addLabels(to graph: inout DOTGraph) {
        for (i, label) in labels.enumerated() {
            var tooltip = label.text.replacingOccurrences(of: "\n", with: " ")
            let cssClass: String
            let color: String
            switch label.kind {
            case .place:
                cssClass = "place"; color = "#5B5346"
            case .actor(let index):
                cssClass = "mark-name"; color = "#222222"
                switch content {
                case .actors(let actors, _, _, _, _) where actors.indices.contains(index):
                    tooltip = ([actors[index].name] + actors[index].details).joined(separator: "\n")
                case .territories(let territories, _, _) where territories.indices.contains(index):
                    tooltip = ([territories[index].name] + territories[index].details).joined(separator: "\n")
                default: break
                }
            }
            var attributes: [DOTAttribute] = [.id("name-\(i)"), .cssClass(cssClass), .label(label.text), .fontSize(label.fontSize),
                                              .fontColor(color), .margin(0), .position(x: label.x, y: label.y), .tooltip(tooltip)]
            if label.backing {
                // Graphviz sizes the box to the text (no fixed size: nothing to warn about).
                attributes += [.shape(.box), .style([.filled]), .fillColor("#FFFFFFD0"), .color("#FFFFFF00"), .penWidth(0),
                               .fixedSize(false), .width(0.01), .height(0.01)]
            } else {
                attributes += [.shape(.plaintext), .style([.solid]), .fixedSize(false), .width(0.01), .height(0.01)]
            }
            graph.nodes.append(DOTNode(name: "p\(i)", attributes: attributes))
        }
    }

    /// The places' anchors and the bundled ties between them.
    private func addBundles(to graph: inout DOTGraph) {
        guard !bundles.isEmpty else { return }
        let l = language
        let maxTies = Double(bundles.map(\.ties).max() ?? 1)
        // The more lines, the lighter each: a dense web stays a web, not a blot.
        let alpha = bundles.count > 1_500 ? 0x30 : bundles.count > 400 ? 0x48 : 0x60
        for (i, place) in places.enumerated() {
            graph.nodes.append(DOTNode(name: "g\(i)", attributes: [
                .id("place-\(i)"), .cssClass("place-anchor"), .shape(.point), .width(0.01), .style([.invis]),
                .position(x: place.x, y: place.y),
            ]))
        }
        for bundle in bundles where places.indices.contains(bundle.from) && places.indices.contains(bundle.to) {
            let share = Double(bundle.ties) / maxTies
            let a = places[bundle.from], b = places[bundle.to]
            graph.edges.append(DOTEdge(from: "g\(bundle.from)", to: "g\(bundle.to)", attributes: [
                .id("place-link-\(bundle.from)-\(bundle.to)"), .cssClass("place-link"),
                .color("#1F4E79" + String(format: "%02X", min(0xC0, alpha + Int(Double(0x60) * share)))),
                .penWidth(0.3 + 3.7 * share.squareRoot()),
                .tooltip(a.name + " — " + b.name + l.pick(" : ", ": ") + (bundle.ties == 1 ? l.pick("1 lien", "1 tie") : l.pick("\(l.integer(bundle.ties)) liens", "\(l.integer(bundle.ties)) ties"))),
            ]))
        }
    }

    private func addActors(_ actors: [MapActor], positions: [(x: Double, y: Double)], ties: [MapTie], coloring: MapColoring,
                           to graph: inout DOTGraph) {
        let maxWeight = ties.map(\.weight).max() ?? 1
        // Many ties: lighter lines, so that crossings stay readable.
        let tieColor = ties.count > 200 ? "#3C3C3C30" : ties.count > 60 ? "#3C3C3C55" : "#3C3C3C80"
        for (index, actor) in actors.enumerated() {
            let fill: String
            switch coloring {
            case .kind: fill = MapPalette.color(of: actor.kind)
            case .group: fill = MapPalette.groupColor(actor.group)
            }
            let mark = Self.markSize(actor.size, crowdSpacing: crowdSpacing)
            var attributes: [DOTAttribute] = [
                .id(DOTEncoder.svgID(actor.id, prefix: "actor-")),
                .cssClass("actor kind-\(actor.kind.rawValue)"),
                .tooltip(([actor.name] + actor.details).joined(separator: "\n")),
                .shape(MapPalette.shape(of: actor.kind)), .fillColor(fill),
                .width(mark.width / 72), .height(mark.height / 72), .position(x: positions[index].x, y: positions[index].y),
            ]
            // Many actors: thin outlines, except the named ones', which stand out of the crowd.
            if compact { attributes += actor.named ? [.penWidth(1.1), .color("#000000")] : [.penWidth(crowdSpacing.map { $0 < 4 ? 0 : 0.3 } ?? 0.3)] }
            if actor.highlighted { attributes += [.penWidth(2.5), .color("#000000")] }
            graph.nodes.append(DOTNode(name: "n\(index)", attributes: attributes))
        }
        for tie in ties {
            let names = tie.cooperations.isEmpty ? "" : " : " + tie.cooperations.joined(separator: ", ")
            let a = actors[tie.u], b = actors[tie.v]
            graph.edges.append(DOTEdge(from: "n\(tie.u)", to: "n\(tie.v)", attributes: [
                .id(DOTEncoder.svgID(a.id, prefix: "tie-") + DOTEncoder.svgID(b.id, prefix: "--")),
                .cssClass("tie"), .color(tieColor),
                .penWidth(0.5 + 2.5 * tie.weight / maxWeight),
                .tooltip("\(a.name) — \(b.name)\(names)"),
            ]))
        }
    }

    private func addTerritories(_ territories: [MapTerritory], positions: [(x: Double, y: Double)], links: [(u: Int, v: Int, ties: Int)],
                                to graph: inout DOTGraph) {
        let maxActors = territories.map(\.actors).max() ?? 1
        let maxTies = Double(links.map(\.ties).max() ?? 1)
        for (index, territory) in territories.enumerated() {
            graph.nodes.append(DOTNode(name: "t\(index)", attributes: [
                .id(DOTEncoder.svgID(territory.id, prefix: "territory-")), .cssClass("territory"),
                .shape(.circle), .fillColor(MapPalette.groupColor(index) + "D0"), .color("#333333"),
                .width(Self.discDiameter(actors: territory.actors, maxActors: maxActors) / 72),
                .tooltip(([territory.name] + territory.details).joined(separator: "\n")),
                .position(x: positions[index].x, y: positions[index].y),
            ]))
        }
        for link in links {
            graph.edges.append(DOTEdge(from: "t\(link.u)", to: "t\(link.v)", attributes: [
                .id(DOTEncoder.svgID(territories[link.u].id, prefix: "link-") + DOTEncoder.svgID(territories[link.v].id, prefix: "--")),
                .cssClass("territory-link"), .color("#1F5F8BA0"),
                .penWidth(1 + 6 * Double(link.ties) / maxTies),
                .tooltip("\(territories[link.u].name) — \(territories[link.v].name)"
                          + language.pick(" : " + language.count(link.ties, "lien", "liens"), ": " + language.count(link.ties, "tie", "ties"))),
            ]))
        }
    }

    /// The areas, the scale bar and the north arrow, as xdot shapes.
    func backdrop() -> XDotDrawing {
        var d = XDotDrawing()
        for area in areas {
            switch area.style {
            case .land:
                d.dashed(false); d.lineWidth(1.4); d.pen("#8C8270"); d.fill("#F3EFE4")
            case .outline:
                d.dashed(false); d.lineWidth(0.6); d.pen("#B9AE98"); d.fill("#E8E1CF")
            case .hull(let group):
                d.dashed(true); d.lineWidth(0.9); d.pen(MapPalette.groupColor(group)); d.fill(MapPalette.groupColor(group) + "1E")
            }
            for ring in area.rings { d.polygon(ring) }
        }
        d.dashed(false)
        // Scale bar, bottom left: two blocks, black then white.
        let x0 = 18.0, y0 = 18.0, half = scaleBar.points / 2
        d.lineWidth(0.8); d.pen("#222222")
        d.fill("#222222"); d.polygon([(x0, y0), (x0 + half, y0), (x0 + half, y0 + 5), (x0, y0 + 5)])
        d.fill("#FFFFFF"); d.polygon([(x0 + half, y0), (x0 + 2 * half, y0), (x0 + 2 * half, y0 + 5), (x0 + half, y0 + 5)])
        // North arrow, top right: a split arrowhead.
        let ax = width - 26, ay = height - 58
        d.fill("#222222"); d.polygon([(ax, ay + 34), (ax - 9, ay), (ax, ay + 8)])
        d.fill("#FFFFFF"); d.polygon([(ax, ay + 34), (ax + 9, ay), (ax, ay + 8)])
        return d
    }

    /// The texts of the scale bar, the north arrow and the projection, as pinned text nodes.
    private func furniture(into graph: inout DOTGraph) {
        let km = scaleBar.metres >= 1000 ? "\(DOTEncoder.number(scaleBar.metres / 1000)) km" : "\(Int(scaleBar.metres)) m"
        let texts: [(String, String, Double, Double, Double)] = [
            ("scale-label", km, 18 + scaleBar.points + 6 + Double(km.count) * 2.6, 20.5, 8),
            ("scale-zero", "0", 18, 30, 7),
            ("north", "N", width - 26, height - 14, 12),
            ("projection", projectionName, 18 + Double(projectionName.count) * 2.1, 40, 7),
        ]
        for (name, text, x, y, size) in texts {
            graph.nodes.append(DOTNode(name: name, attributes: [
                .id(name), .cssClass("map-furniture"), .shape(.plaintext), .style([.solid]), .fixedSize(false),
                .label(text), .fontSize(size), .fontColor("#222222"), .width(0.1), .height(0.1), .margin(0),
                .position(x: x, y: y),
            ]))
        }
    }
}
