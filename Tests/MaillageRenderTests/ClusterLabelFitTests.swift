import Foundation
import MaillageDOT
import Testing
@testable import MaillageRender

/// A group's name goes inside its disc only where every line fits the chord at its
/// height, by the font's letter widths: names in capitals (as real data often has them,
/// e.g. the Marvel Universe network's « DR. STRANGE/STEPHEN ») need wider discs than the
/// same count of small letters, and a label that does not fit goes beside the disc.
@Suite struct ClusterLabelFitTests {
    @Test func capitalsAreWiderThanSmallLetters() {
        let capitals = MapText.estimatedWidth("DR. STRANGE/STEPHEN", fontSize: 10)
        let small = MapText.estimatedWidth("dr. strange/stephen", fontSize: 10)
        #expect(capitals > small * 1.15)
        #expect(MapText.estimatedWidth("MMMM", fontSize: 10) > MapText.estimatedWidth("iiii", fontSize: 10) * 3)
        // Twice the size, twice the width; an unknown letter counts wide.
        #expect(abs(MapText.estimatedWidth("Groupe 4", fontSize: 20) - 2 * MapText.estimatedWidth("Groupe 4", fontSize: 10)) < 1e-9)
        #expect(MapText.estimatedWidth("Ж", fontSize: 10) >= MapText.estimatedWidth("A", fontSize: 10))
    }

    @Test func everyLineFitsTheChordAtItsHeight() throws {
        let text = "Groupe 4\nDR. STRANGE/STEPHEN\nstructure ESS\n722 acteurs"
        let size = try #require(MapText.fittingFontSize(text, diameter: 150, smallest: 6, largest: 16))
        let lines = text.split(separator: "\n").map(String.init)
        let radius = 150 / 2 * 0.92
        for (i, line) in lines.enumerated() {
            let centre = (Double(i) - Double(lines.count - 1) / 2) * 1.2 * size
            let edge = abs(centre) + 0.6 * size
            #expect(MapText.estimatedWidth(line, fontSize: size) <= 2 * (radius * radius - edge * edge).squareRoot())
        }
        // A quarter of a point more does not fit (the size found is the largest).
        if size < 16 {
            let bigger = size + 0.25
            let fitsBigger = lines.indices.allSatisfy { i in
                let edge = abs((Double(i) - Double(lines.count - 1) / 2) * 1.2 * bigger) + 0.6 * bigger
                return edge < radius && MapText.estimatedWidth(lines[i], fontSize: bigger) <= 2 * (radius * radius - edge * edge).squareRoot()
            }
            #expect(!fitsBigger)
        }
        // Too small a disc: no size fits.
        #expect(MapText.fittingFontSize(text, diameter: 60, smallest: 8.5, largest: 16) == nil)
        // The same letters in small capitals' place fit a smaller disc.
        let lower = MapText.fittingFontSize(text.lowercased(), diameter: 120, smallest: 6, largest: 16)
        let upper = MapText.fittingFontSize(text, diameter: 120, smallest: 6, largest: 16)
        #expect((lower ?? 0) > (upper ?? 0))
    }

    /// Group discs named in capitals, from one that holds its name to ones that must show
    /// it beside: Graphviz, which measures the labels itself, never finds one too large
    /// for its disc.
    @Test func graphvizFindsNoLabelTooLargeForItsDisc() throws {
        let names = ["WOLVERINE/LOGAN", "CAPTAIN AMERICA", "SPIDER-MAN/PETER PAR", "DR. STRANGE/STEPHEN",
                     "THING/BENJAMIN J. GR", "THOR/DR. DONALD BLAK", "CAGE, LUKE/CARL LUCA", "NOVA/RICHARD RIDER",
                     "SASQUATCH/WALTER LAN", "MOON KNIGHT/MARC SPE"]
        let sizes = [1271, 1235, 929, 722, 576, 324, 288, 266, 172, 85]
        let territories = zip(names, sizes).enumerated().map { index, pair in
            MapTerritory(id: "g\(index + 1)", name: "Groupe \(index + 1) · \(pair.0)\nstructure ESS", actors: pair.1)
        }
        var map = TerritoryMap(frame: MapFrame(title: "Groupes", subtitle: "", layout: .neato),
                               territories: territories, links: (1..<names.count).map { (u: 0, v: $0, ties: 10 * $0) })
        map.nodeClass = "cluster"
        map.showsLinkCounts = false
        let document = map.document()
        let inside = document.nodes.filter { node in
            node.attributes.contains { if case .label(let text) = $0 { return !text.isEmpty } else { return false } }
        }
        #expect(inside.count >= 2, "the largest discs hold their names")
        #expect(inside.count < names.count, "the smallest show theirs beside")
        let rendering = try GraphvizRenderer.shared.rendering(dot: DOTEncoder.encode(document), layout: .neato, format: .svg)
        #expect(!rendering.warnings.contains { $0.contains("too small for label") }, "\(rendering.warnings)")
    }

    /// A disc too small for its whole name but wide enough for "Groupe N" and its count keeps
    /// those inside, in the group's text colour, and shows its whole name beside in the
    /// page's dark colour: Graphviz drops a name beside a disc where it has no room (the
    /// Dutch administrative elite's map lost six, among them a disc of 97 actors), and a
    /// printed map must still say which group a disc is.
    @Test func aDiscTooSmallForItsNameKeepsItsNumber() throws {
        let name = "Groupe 13 · schimmelpenninck van der oye, w.\nstructure ESS"
        let territories = [
            MapTerritory(id: "g1", name: "Groupe 1 · wijffels\nstructure ESS", actors: 297),
            MapTerritory(id: "g13", name: name, actors: 97),
            MapTerritory(id: "g140", name: "Groupe 140", actors: 3),
        ]
        var map = TerritoryMap(frame: MapFrame(title: "Groupes", subtitle: "", layout: .neato),
                               territories: territories, links: [(u: 0, v: 1, ties: 5), (u: 0, v: 2, ties: 1)])
        map.nodeClass = "cluster"
        map.showsLinkCounts = false
        let document = map.document()
        func attributes(_ id: String) throws -> [DOTAttribute] {
            try #require(document.nodes.first { node in node.attributes.contains { $0 == .id("cluster-" + id) } }).attributes
        }
        // The largest disc holds its whole name, as before.
        #expect(try attributes("g1").contains { if case .label(let text) = $0 { return text.hasPrefix("Groupe 1\n") } else { return false } })
        #expect(try !attributes("g1").contains { if case .xlabel = $0 { return true } else { return false } })
        // The middle one: its number and count inside, its name beside.
        let middle = try attributes("g13")
        let inside = try #require(middle.compactMap { attribute -> HTMLLabel? in
            if case .htmlLabel(let label) = attribute { return label } else { return nil }
        }.first)
        let cell = try #require(inside.rows.first?.cells.first)
        #expect(cell.text == "Groupe 13\n97 acteurs")
        #expect(cell.fontColor == MapPalette.fontColor(onGroup: 1))
        #expect(middle.contains(.xlabel(name)))
        #expect(middle.contains(.fontColor("#222222")))
        // The smallest: everything beside, as before.
        #expect(try attributes("g140").contains(.xlabel("Groupe 140\n3 acteurs")))
        #expect(try attributes("g140").contains(.label("")))
        // Graphviz finds every label inside its disc.
        let rendering = try GraphvizRenderer.shared.rendering(dot: DOTEncoder.encode(document), layout: .neato, format: .svg)
        #expect(!rendering.warnings.contains { $0.contains("too small for label") }, "\(rendering.warnings)")
        let svg = String(decoding: rendering.bytes, as: UTF8.self)
        #expect(svg.contains(">Groupe 13<") && svg.contains(">97 acteurs<"))
    }
}
