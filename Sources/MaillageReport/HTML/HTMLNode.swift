import MaillageSupport
/// A piece of an HTML document, built from typed values and written with every
/// string escaped for where it goes.
///
/// Only three kinds of content reach the page unescaped, each through a type that
/// vouches for it: Graphviz's SVG (``InlineSVG``), the page's own stylesheet and script
/// (`StaticString` literals of this module, checked not to contain a closing tag),
/// and JSON data (``JSONValue``, which escapes `<`, `>` and `&`).
indirect enum HTMLNode: Sendable {
    /// An element with attributes (name, value) in order and children.
    case element(HTMLName, attributes: [(HTMLName, String)], children: [HTMLNode])
    /// Text, escaped when written.
    case text(String)
    /// Content that is already HTML and vouched for (see the type's documentation).
    case trusted(TrustedHTML)

    /// An element; `attributes` whose value is nil are left out.
    static func el(_ name: HTMLName, _ attributes: KeyValuePairs<HTMLName, String?> = [:], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes.compactMap { key, value in value.map { (key, $0) } }, children: children)
    }

    /// An element holding only `text`.
    static func el(_ name: HTMLName, _ attributes: KeyValuePairs<HTMLName, String?> = [:], text: String) -> HTMLNode {
        el(name, attributes, [.text(text)])
    }

    /// The HTML text of this node.
    /// - Complexity: O(size of the output).
    func rendered() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .text(let text):
            out += HTMLEscaping.text(text)
        case .trusted(let html):
            out += html.text
        case .element(let name, let attributes, let children):
            out += "<\(name)"
            for (key, value) in attributes {
                out += " \(key)=\"\(HTMLEscaping.attribute(value))\""
            }
            out += ">"
            if HTMLName.voidElements.contains(name) { return }
            for child in children { child.write(into: &out) }
            out += "</\(name)>"
        }
    }
}

/// HTML text that is written as it is. Created only inside this module, from
/// sources that cannot carry markup from a dataset: see ``HTMLNode``.
struct TrustedHTML: Sendable {
    let text: String

    fileprivate init(unchecked text: String) { self.text = text }

    /// The page's own code (CSS or JavaScript) for a `<style>` or `<script>` element.
    /// Such elements end at the first `</style` or `</script`, so the code must hold neither.
    static func code(_ code: StaticString) -> TrustedHTML {
        let text = code.description
        precondition(!text.lowercased().contains("</script") && !text.lowercased().contains("</style") && !text.contains("<!--"),
                     "page code must not contain a closing tag")
        return TrustedHTML(unchecked: text)
    }

    /// The page's script, made of several `StaticString` parts joined in order (see
    /// ``code(_:)`` for what each part must not hold).
    static func code(parts: [StaticString]) -> TrustedHTML {
        TrustedHTML(unchecked: parts.map { code($0).text }.joined())
    }

    /// JSON for a `<script type="application/json">` block: ``JSONValue`` escapes
    /// `<`, `>` and `&`, so it can contain no tag.
    static func json(_ value: JSONValue) -> TrustedHTML { TrustedHTML(unchecked: value.compact()) }

    /// Graphviz's SVG, inlined.
    static func svg(_ svg: InlineSVG) -> TrustedHTML { TrustedHTML(unchecked: svg.markup) }
}
