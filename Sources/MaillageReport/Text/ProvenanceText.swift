import Foundation

/// A dataset's README (its provenance, see the DatasetFormat article of the documentation) turned into HTML nodes.
///
/// Reads the small part of Markdown such READMEs use: `#` headings, paragraphs,
/// `-`/`*` and numbered lists, pipe tables, and inline `**bold**` and `` `code` ``.
/// As in CommonMark, a numbered line inside a paragraph continues it unless it is
/// numbered 1 ("… on 18 February\n2014. The …" stays one paragraph). Anything else
/// is kept as text. Every piece of text goes through ``HTMLNode/text(_:)``
/// and is escaped; links are shown as their text followed by the address, never as
/// active links, so the page still makes no request.
enum ProvenanceText {
    /// The README split in two: what comes before its first second-level heading
    /// (title and opening paragraphs), and the rest.
    static func nodes(_ markdown: String, headingOffset: Int = 2) -> (opening: [HTMLNode], rest: [HTMLNode]) {
        var opening: [HTMLNode] = [], rest: [HTMLNode] = []
        var inRest = false
        for block in blocks(markdown) {
            if case .heading(let level, _) = block, level >= 2 { inRest = true }
            let node = render(block, headingOffset: headingOffset)
            if inRest { rest.append(node) } else { opening.append(node) }
        }
        return (opening, rest)
    }

    enum Block: Equatable {
        case heading(Int, String)
        case paragraph(String)
        case list(ordered: Bool, items: [String])
        case table([[String]])
    }

    /// The README's blocks, in order.
    /// - Complexity: O(length).
    static func blocks(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        var ordered = false
        var rows: [[String]] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
            if !items.isEmpty { blocks.append(.list(ordered: ordered, items: items)); items = [] }
            if !rows.isEmpty { blocks.append(.table(rows)); rows = [] }
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush()
                let level = line.prefix { $0 == "#" }.count
                blocks.append(.heading(min(level, 6), line.dropFirst(level).trimmingCharacters(in: .whitespaces)))
                continue
            }
            if line.hasPrefix("|") {
                if !paragraph.isEmpty || !items.isEmpty { flush() }
                let cells = line.trimmingCharacters(in: CharacterSet(charactersIn: "|")).split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                rows.append(cells)
                continue
            }
            if let item = listItem(line), !(item.ordered && !paragraph.isEmpty && !line.hasPrefix("1. ")) {
                if !paragraph.isEmpty || !rows.isEmpty || (!items.isEmpty && ordered != item.ordered) { flush() }
                ordered = item.ordered
                items.append(item.text)
                continue
            }
            if !items.isEmpty, raw.hasPrefix(" ") {
                items[items.count - 1] += " " + line  // continuation of a list item
                continue
            }
            if !items.isEmpty || !rows.isEmpty { flush() }
            paragraph.append(line)
        }
        flush()
        return blocks
    }

    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    private static func render(_ block: Block, headingOffset: Int) -> HTMLNode {
        switch block {
        case .heading(let level, let text):
            let names: [HTMLName] = ["h3", "h4", "h5", "h6"]
            return .el(names[min(max(level + headingOffset - 3, 0), names.count - 1)], [:], inline(text))
        case .paragraph(let text):
            return .el("p", [:], inline(text))
        case .list(let ordered, let items):
            return .el(ordered ? "ol" : "ul", [:], items.map { .el("li", [:], inline($0)) })
        case .table(let rows):
            guard let header = rows.first else { return .text("") }
            return .el("div", ["class": "table-wrap"], [.el("table", ["class": "plain"], [
                .el("thead", [:], [.el("tr", [:], header.map { .el("th", [:], inline($0)) })]),
                .el("tbody", [:], rows.dropFirst().map { row in .el("tr", [:], row.map { .el("td", [:], inline($0)) }) }),
            ])])
        }
    }

    /// Text with `**bold**` and `` `code` `` spans; links `[text](address)` become "text (address)".
    static func inline(_ text: String) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var plain = ""
        var rest = Substring(text)
        func emitPlain() { if !plain.isEmpty { nodes.append(.text(plain)); plain = "" } }
        while let first = rest.first {
            if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                emitPlain()
                nodes.append(.el("code", text: String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                emitPlain()
                nodes.append(.el("strong", text: String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if first == "[", let close = rest.range(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")") {
                plain += rest[rest.index(after: rest.startIndex)..<close.lowerBound] + " (" + rest[close.upperBound..<end] + ")"
                rest = rest[rest.index(after: end)...]
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        emitPlain()
        return nodes
    }
}
