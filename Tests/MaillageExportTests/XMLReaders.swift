import MaillageModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MaillageExport

/// Reads a GraphML document back with Foundation's `XMLParser`, typing values by their
/// `<key attr.type>` as NetworkX's `read_graphml` does. Fails on a malformed document.
final class GraphMLReader: NSObject, XMLParserDelegate {
    struct Key { var domain: String; var name: String; var type: AttributeType }
    private(set) var keys: [String: Key] = [:]
    private(set) var result = ReadBack()
    private(set) var graphData: [String: ReadValue] = [:]
    private(set) var edgeDefault: String?
    private var element: (kind: String, id: String, target: String?)?
    private var attributes: [String: ReadValue] = [:]
    private var dataKey: String?
    private var text = ""
    private(set) var problems: [String] = []

    static func read(_ document: String) throws -> GraphMLReader {
        let reader = GraphMLReader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw ReadError("GraphML does not parse: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes attributeDict: [String: String] = [:]) {
        switch name {
        case "key":
            guard let id = attributeDict["id"], let domain = attributeDict["for"], let keyName = attributeDict["attr.name"],
                  let typeName = attributeDict["attr.type"] else { problems.append("incomplete key \(attributeDict)"); return }
            let type: AttributeType? = ["string": .string, "double": .double, "int": .int, "boolean": .bool][typeName]
            guard let type else { problems.append("unknown attr.type \(typeName)"); return }
            keys[id] = Key(domain: domain, name: keyName, type: type)
        case "graph": edgeDefault = attributeDict["edgedefault"]
        case "node":
            element = ("node", attributeDict["id"] ?? "", nil)
            attributes = [:]
        case "edge":
            element = ("edge", attributeDict["source"] ?? "", attributeDict["target"] ?? "")
            attributes = [:]
        case "data":
            dataKey = attributeDict["key"]
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "data":
            guard let dataKey, let key = keys[dataKey] else { problems.append("data with undeclared key"); return }
            guard let value = ReadValue.parse(text, as: key.type) else { problems.append("bad \(key.type) \(text)"); return }
            if element == nil { graphData[key.name] = value } else { attributes[key.name] = value }
            self.dataKey = nil
        case "node":
            if let element {
                if result.nodes[element.id] != nil { problems.append("node \(element.id) twice") }
                result.nodes[element.id] = attributes
                result.nodeOrder.append(element.id)
            }
            element = nil
        case "edge":
            if let element, let target = element.target {
                result.edges[Pair(element.id, target)] = attributes
                result.edgeCount += 1
            }
            element = nil
        default: break
        }
    }
}

/// Reads a GEXF document back with Foundation's `XMLParser`, typing `attvalue`s by their
/// declared `type`; `viz:color` is read as a `color` attribute `#RRGGBB`, `viz:size` as `size`.
final class GEXFReader: NSObject, XMLParserDelegate {
    private var declarations: [String: [String: (title: String, type: AttributeType)]] = ["node": [:], "edge": [:]]
    private var attributeClass = "node"
    private(set) var result = ReadBack()
    private(set) var version: String?
    private(set) var defaultEdgeType: String?
    private(set) var sizes: [String: Double] = [:]
    private var element: (kind: String, id: String, target: String?)?
    private var attributes: [String: ReadValue] = [:]
    private(set) var problems: [String] = []
    private var inDescription = false
    private(set) var metaDescription = ""

    static func read(_ document: String) throws -> GEXFReader {
        let reader = GEXFReader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw ReadError("GEXF does not parse: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        switch name {
        case "gexf": version = a["version"]
        case "description": inDescription = true
        case "graph": defaultEdgeType = a["defaultedgetype"]
        case "attributes": attributeClass = a["class"] ?? "?"
        case "attribute":
            let type: AttributeType? = ["string": .string, "double": .double, "integer": .int, "boolean": .bool][a["type"] ?? ""]
            guard let id = a["id"], let title = a["title"], let type else { problems.append("bad attribute \(a)"); return }
            declarations[attributeClass, default: [:]][id] = (title, type)
        case "node":
            element = ("node", a["id"] ?? "", nil)
            attributes = ["label": .text(a["label"] ?? "")]
        case "edge":
            element = ("edge", a["source"] ?? "", a["target"] ?? "")
            attributes = [:]
            if let weight = a["weight"] { attributes["weight"] = Double(weight).map { .number($0) } ?? .text(weight) }
        case "attvalue":
            guard let kind = element?.kind, let key = a["for"], let declared = declarations[kind]?[key], let text = a["value"],
                  let value = ReadValue.parse(text, as: declared.type) else { problems.append("bad attvalue \(a)"); return }
            attributes[declared.title] = value
        case "viz:color":
            guard let r = a["r"].flatMap(UInt8.init), let g = a["g"].flatMap(UInt8.init), let b = a["b"].flatMap(UInt8.init) else {
                problems.append("bad colour \(a)"); return
            }
            attributes["color"] = .text(RGBColor(red: r, green: g, blue: b).hex)
        case "viz:size":
            if let id = element?.id, let value = a["value"].flatMap(Double.init) { sizes[id] = value }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inDescription { metaDescription += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "description": inDescription = false
        case "node":
            if let element {
                if result.nodes[element.id] != nil { problems.append("node \(element.id) twice") }
                result.nodes[element.id] = attributes
                result.nodeOrder.append(element.id)
            }
            element = nil
        case "edge":
            if let element, let target = element.target {
                result.edges[Pair(element.id, target)] = attributes
                result.edgeCount += 1
            }
            element = nil
        default: break
        }
    }
}

struct ReadError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
