import Foundation
import MaillageSupport

/// Reads a Pajek network (`.net`, or the first network of a `.paj` project; a `.txt`
/// given as the dataset whose first line is `*Vertices` or `*Network`) into a ``GraphFile``.
///
/// Read: `*Vertices n` (or `*Vertices n n₁`, a two-mode network whose vertices 1 … n₁
/// are the actors and n₁ + 1 … n the cooperations, as affiliation data are kept: the
/// Marvel Universe's characters and comic books, a board's directors and companies),
/// each vertex line's number and label (quoted, or one word), `*Edges` and `*Arcs`
/// (`i j [weight]`), `*Edgeslist` and `*Arcslist` (`i j k …`: i linked to each of j, k, …).
/// A vertex without a line is named by its number. Coordinates, shapes, colours, edge
/// labels and `*Matrix` are not read; in a `.paj` project, nothing after the first
/// network (`*Partition`, `*Vector`, other networks) is read. Lines starting with `%`
/// are comments. A vertex number outside 1 … n is an error at its line.
///
/// The text is decoded as the loader decodes CSV files (UTF-8, else Windows-1252, which
/// is what Pajek writes on Windows).
enum PajekReader {
    /// Whether `bytes` start as a Pajek network does: their first line that is neither
    /// blank nor a comment is `*Vertices` or `*Network` (any case), so that a network saved
    /// as `.txt` (the Marvel network's `porgat.txt`) is read as one.
    static func starts(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = String(decoding: bytes[start..<min(end, start + 40)], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            if !line.isEmpty, !line.hasPrefix("%") {
                return line.hasPrefix("*vertices") || line.hasPrefix("*network")
            }
            start = end + 1
        }
        return false
    }

    /// The graph in `text` (UTF-8 bytes, named `file` in messages); nil when it cannot be
    /// read (reported in `diagnostics`).
    static func read(_ text: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> GraphFile? {
        var graph = GraphFile(format: .pajek)
        var count = 0, firstMode = 0
        enum Section { case none, vertices, edges, lists, skipped, done }
        var section = Section.none
        var labels: [String?] = []
        var vertexLines: [Int] = []
        var found: [Diagnostic] = []
        var sawVertices = false
        var networks = 0
        var errors = 0
        func error(_ message: LocalizedText, line: Int) {
            errors += 1
            if errors <= TextLimits.repeatedDiagnostics { found.append(.error(message, file: file, line: line)) }
        }
        func vertex(_ token: Substring, line: Int) -> Int? {
            guard let n = Int(token), n >= 1, n <= count else {
                error(LocalizedText(
                    fr: "« \(String(token).excerpt) » n'est pas un numéro de sommet (de 1 à \(count))",
                    en: "\"\(String(token).excerpt)\" is not a vertex number (1 to \(count))"), line: line)
                return nil
            }
            return n
        }
        let lines = String(decoding: text, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%") { continue }
            if line.hasPrefix("*") {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                let keyword = words[0].lowercased()
                if section == .done { continue }
                switch keyword {
                case "*network":
                    networks += 1
                    if networks > 1 || sawVertices { section = .done }
                case "*vertices":
                    if sawVertices { section = .done; continue }
                    sawVertices = true
                    guard words.count >= 2, let n = Int(words[1]), n >= 0 else {
                        error(LocalizedText(fr: "« *Vertices » sans nombre de sommets", en: "\"*Vertices\" without a number of vertices"), line: lineNumber)
                        section = .done
                        continue
                    }
                    guard n <= 50_000_000 else {
                        error(LocalizedText(fr: "\(n) sommets : au-delà de ce que Maillage lit (50 millions)", en: "\(n) vertices: more than Maillage reads (50 million)"), line: lineNumber)
                        section = .done
                        continue
                    }
                    count = n
                    if words.count >= 3, let n1 = Int(words[2]), n1 > 0, n1 < n { firstMode = n1 }
                    labels = [String?](repeating: nil, count: n + 1)
                    vertexLines = [Int](repeating: lineNumber, count: n + 1)
                    section = .vertices
                case "*edges", "*arcs":
                    section = sawVertices ? .edges : .skipped
                    if keyword == "*arcs" { graph.directed = true }
                case "*edgeslist", "*arcslist":
                    section = sawVertices ? .lists : .skipped
                    if keyword == "*arcslist" { graph.directed = true }
                case "*matrix":
                    graph.unread.append((LocalizedText(fr: "« *Matrix » non lu : écrivez les liens en *Edges", en: "\"*Matrix\" not read: write the links as *Edges"), lineNumber))
                    section = .skipped
                default:
                    // *Partition, *Vector, *Permutation… of a project: the network is over.
                    section = sawVertices ? .done : .skipped
                }
                continue
            }
            switch section {
            case .none, .skipped, .done:
                continue
            case .vertices:
                var rest = Substring(line)
                let number = rest.prefix { !$0.isWhitespace }
                rest = rest.dropFirst(number.count).drop { $0.isWhitespace }
                guard let n = vertex(number, line: lineNumber) else { continue }
                var label: Substring
                if rest.first == "\"" {
                    let body = rest.dropFirst()
                    label = body.prefix { $0 != "\"" }
                } else {
                    label = rest.prefix { !$0.isWhitespace }
                }
                labels[n] = label.isEmpty ? nil : String(label)
                vertexLines[n] = lineNumber
            case .edges, .lists:
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard words.count >= 2, let i = vertex(words[0], line: lineNumber) else {
                    if words.count < 2 { error(LocalizedText(fr: "un lien demande deux numéros de sommets", en: "a link needs two vertex numbers"), line: lineNumber) }
                    continue
                }
                if section == .edges {
                    guard let j = vertex(words[1], line: lineNumber) else { continue }
                    let weight = words.count >= 3 && Double(words[2]) != nil ? String(words[2]) : nil
                    graph.edges.append(GraphFile.Edge(source: String(i), target: String(j), weight: weight, line: lineNumber))
                } else {
                    for word in words.dropFirst() {
                        guard let j = vertex(word, line: lineNumber) else { break }
                        graph.edges.append(GraphFile.Edge(source: String(i), target: String(j), line: lineNumber))
                    }
                }
            }
        }
        if errors > TextLimits.repeatedDiagnostics {
            found.append(.error(LocalizedText(
                fr: "et \(errors - TextLimits.repeatedDiagnostics) autres erreurs de même sorte", en: "and \(errors - TextLimits.repeatedDiagnostics) more errors of the same kind"), file: file))
        }
        guard sawVertices else {
            diagnostics.append(.error(LocalizedText(
                fr: "pas un fichier Pajek : aucune ligne « *Vertices »", en: "not a Pajek file: no \"*Vertices\" line"), file: file))
            return nil
        }
        diagnostics += found
        guard found.isEmpty else { return nil }
        graph.nodes.reserveCapacity(count)
        for n in stride(from: 1, through: count, by: 1) {
            var node = GraphFile.Node(id: String(n), label: labels[n], line: vertexLines[n])
            if firstMode > 0 { node.mode = n <= firstMode ? 0 : 1 }
            graph.nodes.append(node)
        }
        return graph
    }
}
