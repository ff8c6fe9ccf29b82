/// A CSV writer independent of the one under test, with the variations a
/// spreadsheet export may choose: delimiter, line end, byte-order mark, and
/// quoting every cell or only where RFC 4180 needs it.
struct RFC4180Writer {
    var delimiter: UInt8 = 0x2C
    var lineEnd: [UInt8] = [0x0A]
    var byteOrderMark = false
    var quoteEveryCell = false

    /// A random choice of every variation.
    static func random(using random: inout FuzzRandom) -> RFC4180Writer {
        RFC4180Writer(
            delimiter: random.chance(0.5) ? 0x2C : 0x3B,
            lineEnd: random.chance(0.5) ? [0x0A] : [0x0D, 0x0A],
            byteOrderMark: random.chance(0.3),
            quoteEveryCell: random.chance(0.3))
    }

    /// Whether `cell` must be quoted for the reader to give it back: it holds a
    /// delimiter (either one), a quote or a line break, or starts or ends with a
    /// space or tab (unquoted cells are trimmed), or is the only, empty cell of its
    /// row (an empty line is a blank line).
    func needsQuotes(_ cell: String, aloneInRow: Bool) -> Bool {
        if cell.isEmpty { return aloneInRow }
        let bytes = Array(cell.utf8)
        if let first = bytes.first, first == 0x20 || first == 0x09 { return true }
        if let last = bytes.last, last == 0x20 || last == 0x09 { return true }
        return bytes.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The document: one record per row.
    func document(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append(delimiter) }
                if quoteEveryCell || needsQuotes(cell, aloneInRow: row.count == 1) {
                    out.append(0x22)
                    for b in cell.utf8 {
                        if b == 0x22 { out.append(0x22) }
                        out.append(b)
                    }
                    out.append(0x22)
                } else {
                    out += cell.utf8
                }
            }
            out += lineEnd
        }
        return out
    }
}

/// Random text for round trips, drawn from pieces that stress CSV, DOT, HTML and
/// Unicode handling.
enum RandomText {
    static let pieces: [String] = [
        "a", "b", "z", "Z", "0", "7", "42", "é", "à", "ç", "Œ", "ß", " ", "  ", "-", "_", ".", "'", "’",
        ",", ";", "\"", "\"\"", "|", "\n", "\t", "<", ">", "&", "&amp;", "<script>", "{", "}", "[", "]", "\\",
        "\\l", "->", "--", "=", "+", "@", "#", "%", "$", "`", "/", "😀", "👩‍👩‍👧", "🇫🇷", "⚡",
        "جمعية", "التعاون", "עמותה", "中文", "e\u{301}", "\u{00A0}", "Maison", "Coopérative", "SCIC",
    ]

    /// Up to `maximum` pieces.
    static func text(using random: inout FuzzRandom, maximum: Int = 6, allowLineBreaks: Bool = true) -> String {
        var out = ""
        for _ in 0..<random.below(maximum + 1) {
            let piece = random.pick(pieces)
            if !allowLineBreaks, piece == "\n" { continue }
            out += piece
        }
        return out
    }

    /// A non-empty text without surrounding spaces or tabs (what the loader keeps as is).
    static func trimmedText(using random: inout FuzzRandom, maximum: Int = 6, allowLineBreaks: Bool = true, excluding: Set<Character> = []) -> String {
        while true {
            var text = self.text(using: &random, maximum: maximum, allowLineBreaks: allowLineBreaks)
            text.removeAll { excluding.contains($0) }
            while let f = text.first, f == " " || f == "\t" { text.removeFirst() }
            while let l = text.last, l == " " || l == "\t" { text.removeLast() }
            if !text.isEmpty { return text }
        }
    }

    /// Any cell for the raw reader: pieces, plus control characters and NUL.
    static func rawCell(using random: inout FuzzRandom) -> String {
        var out = text(using: &random, maximum: 5)
        if random.chance(0.1) { out += random.pick(["\u{0}", "\u{7}", "\r", "\r\n", "\u{1B}"]) }
        return out
    }
}
