import MaillageModel

/// The title block and legend of a map, as an HTML-like label placed above it: the
/// title, the subtitle in normal type (what the map shows, and what it leaves out and
/// why), one entry per colour or shape, then the notes.
///
/// Each entry that stands for a shape is drawn as that shape (a glyph of the shape in
/// its colour), so that the legend reads the same in colour, in grey and for readers
/// who do not tell the colours apart.
enum MapLegend {
    /// One entry: a colour, with the shape it is drawn with when shapes mean something.
    struct Entry: Equatable {
        var color: String
        var text: String
        /// The node shape the entry stands for; nil draws a plain colour swatch.
        var shape: DOTAttribute.NodeShape? = nil
    }

    static func label(frame: MapFrame, entries: [Entry], notes: [String]) -> HTMLLabel {
        var rows: [HTMLLabel.Row] = [
            HTMLLabel.Row([HTMLLabel.Cell(frame.title, fontSize: 20, bold: true, alignLeft: true, columnSpan: 8)]),
        ]
        // The subtitle, one row per line, in normal type (what a view leaves out is said here).
        for line in frame.subtitle.split(separator: "\n") {
            rows.append(HTMLLabel.Row([HTMLLabel.Cell(String(line), fontSize: 13, fontColor: "#222222", alignLeft: true, columnSpan: 8)]))
        }
        // Entries, four per row.
        var cells: [HTMLLabel.Cell] = []
        for entry in entries {
            if let shape = entry.shape {
                cells.append(HTMLLabel.Cell(glyph(of: shape), fontSize: 16, fontColor: entry.color, alignRight: true))
            } else {
                cells.append(HTMLLabel.Cell("", background: entry.color))
            }
            cells.append(HTMLLabel.Cell(entry.text, fontSize: 12, alignLeft: true))
            if cells.count == 8 { rows.append(HTMLLabel.Row(cells)); cells = [] }
        }
        if !cells.isEmpty { rows.append(HTMLLabel.Row(cells)) }
        for note in notes {
            rows.append(HTMLLabel.Row([HTMLLabel.Cell(note, fontSize: 11, fontColor: "#333333", alignLeft: true, columnSpan: 8)]))
        }
        return HTMLLabel(rows: rows)
    }

    /// The glyph that draws `shape` in the legend (all in DejaVu Sans, the maps' font):
    /// ● ellipse, ▬ box, ■ square, ◉ double octagon (a double outline), ◆ diamond,
    /// ⬣ hexagon, ⬟ house (a pentagon), ▼ inverted house.
    static func glyph(of shape: DOTAttribute.NodeShape) -> String {
        switch shape {
        case .box: "▬"
        case .square: "■"
        case .doubleoctagon, .octagon: "◉"
        case .diamond: "◆"
        case .hexagon: "⬣"
        case .house: "⬟"
        case .invhouse: "▼"
        default: "●"
        }
    }

    /// Entries for the actor kinds present: each kind's shape in its colour.
    static func kindEntries(_ kinds: [ActorKind], language: Language) -> [Entry] {
        ActorKind.allCases.filter(kinds.contains).map {
            Entry(color: MapPalette.color(of: $0), text: language.label($0), shape: MapPalette.shape(of: $0))
        }
    }

    /// Entries for the kinds' shapes alone, in dark grey (when colours stand for groups).
    static func kindShapeEntries(_ kinds: [ActorKind], language: Language) -> [Entry] {
        ActorKind.allCases.filter(kinds.contains).map {
            Entry(color: "#444444", text: language.label($0), shape: MapPalette.shape(of: $0))
        }
    }

    /// Swatches for groups, with the number of actors in each, largest first; the
    /// groups past the palette are gathered under « autres » (“others”).
    static func groupEntries(names: [String], members: [Int], language: Language) -> [Entry] {
        var entries: [Entry] = []
        for (index, name) in names.enumerated() where index < MapPalette.groups.count && members[index] > 0 {
            entries.append(Entry(color: MapPalette.groupColor(index), text: "\(MapText.shortened(name, to: 28)) (\(members[index]))"))
        }
        let rest = names.indices.filter { $0 >= MapPalette.groups.count }.map { members[$0] }.reduce(0, +)
        if rest > 0 { entries.append(Entry(color: MapPalette.other, text: language.pick("autres", "others") + " (\(rest))")) }
        return entries
    }

    /// The legend entries of a map of `actors` coloured by `coloring`: kinds with their
    /// shapes, or groups with their sizes (then « non rattaché » for actors in no group,
    /// and the kinds' shapes in grey, which still tell the kinds apart).
    static func actorEntries(_ actors: [MapActor], coloring: MapColoring, groups: [String], language: Language) -> [Entry] {
        switch coloring {
        case .kind:
            return kindEntries(actors.map(\.kind), language: language)
        case .group:
            var members = [Int](repeating: 0, count: groups.count)
            for actor in actors where actor.group >= 0 && actor.group < groups.count { members[actor.group] += 1 }
            var entries = groupEntries(names: groups, members: members, language: language)
            if actors.contains(where: { $0.group < 0 }) {
                entries.append(Entry(color: MapPalette.other, text: language.pick("non rattaché", "in no group")))
            }
            let kinds = actors.map(\.kind)
            if Set(kinds).count > 1 { entries += kindShapeEntries(kinds, language: language) }
            return entries
        }
    }
}
