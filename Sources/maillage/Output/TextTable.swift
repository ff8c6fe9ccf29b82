import MaillageSupport

/// A plain-text table for the terminal: numbers right-aligned, text left-aligned,
/// long text shortened with "…" so the whole fits `width` columns.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as text, at most `width` terminal columns per line.
    func rendered(width: Int = 80) -> String {
        let rows = rows.map { $0.map(DisplayText.escaped) }  // control characters shown escaped (issue 19, item 11)
        let columns = headers.count
        // Widths in terminal columns (``TerminalWidth``): an emoji or an ideograph takes two.
        var widths = (0..<columns).map { c in max(TerminalWidth.of(headers[c]), rows.map { TerminalWidth.of($0[c]) }.max() ?? 0) }
        let gaps = 2 * (columns - 1)
        // Shrink the widest text columns until the table fits.
        while widths.reduce(0, +) + gaps > width {
            guard let widest = (0..<columns).filter({ alignments[$0] == .left && widths[$0] > 8 })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        func cell(_ text: String, _ c: Int) -> String {
            var t = text, used = TerminalWidth.of(t)
            if used > widths[c] {
                t = TerminalWidth.prefix(t, columns: max(widths[c] - 1, 0)) + "…"
                used = TerminalWidth.of(t)
            }
            let pad = String(repeating: " ", count: max(widths[c] - used, 0))
            return alignments[c] == .right ? pad + t : t + pad
        }
        func line(_ cells: [String]) -> String {
            var text = (0..<columns).map { cell(cells[$0], $0) }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = [line(headers), line(widths.map { String(repeating: "─", count: $0) })]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }
}
