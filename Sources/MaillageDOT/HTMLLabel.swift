import MaillageSupport

/// An HTML-like Graphviz label (a table of text cells), used for titles and
/// legends. Every piece of text is escaped (`&`, `<`, `>`, `"`, `'`), so dataset
/// text placed in it stays text.
public struct HTMLLabel: Sendable, Hashable {
    /// One row of the table.
    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        public init(_ cells: [Cell]) { self.cells = cells }
    }

    /// One cell: text, or a colour swatch.
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var fontSize: Double?
        public var bold: Bool
        public var background: String?
        public var fontColor: String?
        public var alignLeft: Bool
        /// Against the cell's right edge (a legend's glyph, next to its text in the following cell).
        public var alignRight: Bool
        public var columnSpan: Int

        public init(_ text: String, fontSize: Double? = nil, bold: Bool = false, background: String? = nil,
                    fontColor: String? = nil, alignLeft: Bool = false, alignRight: Bool = false, columnSpan: Int = 1) {
            self.alignRight = alignRight
            self.text = text
            self.fontSize = fontSize
            self.bold = bold
            self.background = background
            self.fontColor = fontColor
            self.alignLeft = alignLeft
            self.columnSpan = columnSpan
        }
    }

    public var rows: [Row]
    public init(rows: [Row]) { self.rows = rows }

    /// The label's markup, between the `<` `>` that delimit HTML-like labels in DOT.
    public var markup: String {
        var out = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        for row in rows {
            out += "<TR>"
            for cell in row.cells {
                out += "<TD"
                if cell.columnSpan > 1 { out += " COLSPAN=\"\(cell.columnSpan)\"" }
                if cell.alignLeft { out += " ALIGN=\"LEFT\"" } else if cell.alignRight { out += " ALIGN=\"RIGHT\"" }
                if let background = cell.background { out += " BGCOLOR=\"\(HTMLLabel.escape(background))\" WIDTH=\"14\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"" }
                out += ">"
                var text = HTMLLabel.escape(cell.text).replacingOccurrences(of: "\n", with: "<BR/>")
                // An empty cell holds a space, except a colour swatch: its fixed 14×10 size has no
                // room for a line of text (Graphviz warns "cell size too small for content").
                if text.isEmpty && cell.background == nil { text = " " }
                if cell.bold { text = "<B>\(text)</B>" }
                var font: [String] = []
                if let size = cell.fontSize { font.append("POINT-SIZE=\"\(DOTEncoder.number(size))\"") }
                if let color = cell.fontColor { font.append("COLOR=\"\(HTMLLabel.escape(color))\"") }
                if !font.isEmpty { text = "<FONT \(font.joined(separator: " "))>\(text)</FONT>" }
                out += text + "</TD>"
            }
            out += "</TR>"
        }
        return out + "</TABLE>"
    }

    /// Escapes text for HTML-like labels with `HTMLEscaping.attributeEscaper` (MaillageSupport) (`&`, `<`,
    /// `>`, `"`, `'`), tabs and carriage returns dropped: a label breaks lines only where
    /// its text holds a line feed (written `<BR/>`).
    /// - Complexity: O(length of `text`).
    public static func escape(_ text: String) -> String { escaper.escaped(text) }

    static let escaper = HTMLEscaping.attributeEscaper.adding(["\t": "", "\r": ""])
}
