import MaillageModel

/// The title block and legend of a map, as an HTML-like label placed above it.
enum MapLegend {
    static func label(frame: MapFrame, swatches: [(color: String, text: String)], notes: [String]) -> HTMLLabel {
        var rows: [HTMLLabel.Row] = [
            HTMLLabel.Row([HTMLLabel.Cell(frame.title, fontSize: 20, bold: true, alignLeft: true, columnSpan: 8)]),
        ]
        // The subtitle, one row per line, in normal type (what a view leaves out is said here).
        for line in frame.subtitle.split(separator: "\n") {
            rows.append(HTMLLabel.Row([HTMLLabel.Cell(String(line), fontSize: 11, fontColor: "#444444", alignLeft: true, columnSpan: 8)]))
        }
        // Swatches, four per row.
        var cells: [HTMLLabel.Cell] = []
        for swatch in swatches {
            cells.append(HTMLLabel.Cell("", background: swatch.color))
            cells.append(HTMLLabel.Cell(swatch.text, fontSize: 10, alignLeft: true))
            if cells.count == 8 { rows.append(HTMLLabel.Row(cells)); cells = [] }
        }
        if !cells.isEmpty { rows.append(HTMLLabel.Row(cells)) }
        for note in notes {
            rows.append(HTMLLabel.Row([HTMLLabel.Cell(note, fontSize: 9, fontColor: "#555555", alignLeft: true, columnSpan: 8)]))
        }
        return HTMLLabel(rows: rows)
    }

    /// Swatches for the actor kinds present.
    static func kindSwatches(_ kinds: [ActorKind]) -> [(color: String, text: String)] {
        ActorKind.allCases.filter(kinds.contains).map { (MapPalette.color(of: $0), $0.label) }
    }

    /// Swatches for groups, with the number of actors in each, largest first; the
    /// groups past the palette are gathered under "autres".
    static func groupSwatches(names: [String], members: [Int]) -> [(color: String, text: String)] {
        var swatches: [(color: String, text: String)] = []
        for (index, name) in names.enumerated() where index < MapPalette.groups.count && members[index] > 0 {
            swatches.append((MapPalette.groupColor(index), "\(MapText.shortened(name, to: 28)) (\(members[index]))"))
        }
        let rest = names.indices.filter { $0 >= MapPalette.groups.count }.map { members[$0] }.reduce(0, +)
        if rest > 0 { swatches.append((MapPalette.other, "autres (\(rest))")) }
        return swatches
    }
}
