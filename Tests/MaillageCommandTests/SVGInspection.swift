import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG (or any XML) document as an XML parser reads it: every element with its
/// attributes, the texts of `<text>` elements and the link titles (tooltips).
final class SVGInspection: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String] }

    private(set) var elements: [Element] = []
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private var currentText: String?

    /// Nil when the data is not well-formed XML.
    init?(data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    /// Ids of the `<g>` elements whose id starts with `prefix`.
    func groupIDs(prefix: String) -> [String] {
        elements.filter { $0.name == "g" }.compactMap { $0.attributes["id"] }.filter { $0.hasPrefix(prefix) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        if name == "text" { currentText = "" }
        if name == "a", let title = attributes["xlink:title"] { titles.append(title) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = currentText { texts.append(text); currentText = nil }
    }
}
