import Foundation

/// Graphviz's core SVG made ready to sit inside an HTML page.
///
/// The XML prolog, the DOCTYPE and every comment (`<!-- … -->`, where Graphviz writes
/// node names) are removed; what remains must be a single `<svg …>…</svg>` element.
/// As a guard against a renderer that would ever pass markup through, the SVG is
/// refused if it holds a `<script>`, `<foreignObject>` or `<iframe>` element or an
/// event-handler attribute (`on…="`): Graphviz escapes every label and tooltip, so
/// none of these can come from a dataset string.
public struct InlineSVG: Sendable, Equatable {
    /// Why an SVG text was refused.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notSVG
        case activeContent(String)

        public var description: String {
            switch self {
            case .notSVG: "the map is not a single <svg> element"
            case .activeContent(let what): "the map holds active content (\(what))"
            }
        }
    }

    /// The `<svg>` element's markup.
    public let markup: String

    /// Prepares `svg` (Graphviz's output, UTF-8) for inlining.
    /// - Throws: ``Problem`` when the text is not one SVG element or holds active content.
    /// - Complexity: O(length of `svg`).
    public init(graphvizSVG svg: String) throws {
        guard let start = svg.range(of: "<svg") else { throw Problem.notSVG }
        var body = String(svg[start.lowerBound...])
        // Comments: XML forbids "--" inside them and "<" in text, so "<!--" only opens one.
        while let open = body.range(of: "<!--") {
            guard let close = body.range(of: "-->", range: open.upperBound..<body.endIndex) else { throw Problem.notSVG }
            body.removeSubrange(open.lowerBound..<close.upperBound)
        }
        body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasSuffix("</svg>"), body.components(separatedBy: "<svg").count == 2 else { throw Problem.notSVG }
        let lower = body.lowercased()
        for element in ["<script", "<foreignobject", "<iframe", "<!doctype", "<?"] where lower.contains(element) {
            throw Problem.activeContent(element)
        }
        if let handler = lower.firstMatch(of: /\son[a-z]+\s*=\s*["']/) {
            throw Problem.activeContent(String(handler.output).trimmingCharacters(in: .whitespaces))
        }
        markup = body
    }
}
