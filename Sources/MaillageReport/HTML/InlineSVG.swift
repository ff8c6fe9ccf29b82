import Foundation
import MaillageSupport

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
    /// - Complexity: O(length of `svg`): one pass removes the comments, one more looks
    ///   for active content, both on bytes.
    public init(graphvizSVG svg: String) throws {
        var bytes = Array(svg.utf8)
        guard let start = Self.find(Array("<svg".utf8), in: bytes, from: 0) else { throw Problem.notSVG }
        bytes = try Self.withoutComments(bytes[start...])
        // Trim ASCII white space at both ends.
        var lower = 0, upper = bytes.count
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        let body = Array(bytes[lower..<upper])
        let end = Array("</svg>".utf8)
        guard body.count >= end.count, Array(body.suffix(end.count)) == end else { throw Problem.notSVG }
        try Self.checkInert(body)
        markup = String(decoding: body, as: UTF8.self)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The first position of `pattern` in `bytes` at or after `from`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = from
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Refuses a second `<svg` element, `<script`, `<foreignObject`, `<iframe`,
    /// `<!doctype`, `<?` (case ignored) and any `on…=` attribute after white space.
    /// - Complexity: O(length of `body`).
    private static func checkInert(_ body: [UInt8]) throws {
        @inline(__always) func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        func startsWith(_ word: String, at i: Int) -> Bool {
            var k = i
            for c in word.utf8 {
                guard k < body.count, lowered(body[k]) == c else { return false }
                k += 1
            }
            return true
        }
        var svgCount = 0
        for i in body.indices {
            let b = body[i]
            if b == UInt8(ascii: "<") {
                if startsWith("<svg", at: i) { svgCount += 1; if svgCount > 1 { throw Problem.notSVG } }
                for element in ["<script", "<foreignobject", "<iframe", "<!doctype", "<?"] where startsWith(element, at: i) {
                    throw Problem.activeContent(element)
                }
            } else if isSpace(b), i + 2 < body.count, lowered(body[i + 1]) == UInt8(ascii: "o"), lowered(body[i + 2]) == UInt8(ascii: "n") {
                // "on" followed by letters, optional spaces, "=", optional spaces, a quote.
                var k = i + 3
                while k < body.count, (0x61...0x7A).contains(lowered(body[k])) { k += 1 }
                guard k > i + 3 else { continue }
                let nameEnd = k
                while k < body.count, isSpace(body[k]) { k += 1 }
                guard k < body.count, body[k] == UInt8(ascii: "=") else { continue }
                k += 1
                while k < body.count, isSpace(body[k]) { k += 1 }
                if k < body.count, body[k] == UInt8(ascii: "\"") || body[k] == UInt8(ascii: "'") {
                    let name = String(decoding: body[(i + 1)..<nameEnd].map(lowered), as: UTF8.self)
                    throw Problem.activeContent(name + "=" + String(UnicodeScalar(body[k])))
                }
            }
        }
        if svgCount != 1 { throw Problem.notSVG }
        OperationCount.add(body.count)  // bytes examined (issue 19, item 5: ReportScalingTests)
    }

    /// `text` with every `<!-- … -->` comment removed, in one pass over its bytes.
    ///
    /// XML forbids `--` inside comments and `<` in text, so `<!--` only opens one and
    /// the first `-->` after it closes it.
    /// - Throws: ``Problem/notSVG`` when a comment is not closed.
    /// - Complexity: O(length of `text`): each byte is read once and copied at most once.
    static func withoutComments(_ text: ArraySlice<UInt8>) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        let bytes = Array(text)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            guard i + pattern.count <= bytes.count else { return false }
            for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
            return true
        }
        var i = 0, copiedFrom = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), matches(open, at: i) else { i += 1; continue }
            out.append(contentsOf: bytes[copiedFrom..<i])
            var j = i + open.count
            while j < bytes.count, !(bytes[j] == UInt8(ascii: "-") && matches(close, at: j)) { j += 1 }
            guard j < bytes.count else { throw Problem.notSVG }
            i = j + close.count
            copiedFrom = i
        }
        out.append(contentsOf: bytes[copiedFrom..<bytes.count])
        OperationCount.add(bytes.count)  // each byte examined once (issue 19, item 5)
        return out
    }
}
