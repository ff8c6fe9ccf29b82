import MaillageSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Walks an XML document of a workbook as events, after checks that make hostile
/// XML harmless.
///
/// - A document declaring a DTD (`<!DOCTYPE`) or an entity (`<!ENTITY`) is refused
///   before parsing: spreadsheets never need one, and entities are how XML is made
///   to expand a thousandfold (« billion laughs ») or to read other files.
/// - External entities are never resolved.
/// - Elements nested deeper than ``WorkbookLimits/xmlDepth`` stop the parse.
///
/// Element and attribute names are given without their namespace prefix
/// (`table:table-cell` → `table-cell`): producers are free to choose prefixes.
///
/// Workbook parts and graph files (GEXF, GraphML) are read through it.
public struct XMLEvents {
    /// One step of the document.
    public enum Event {
        /// An element opens: its local name and its attributes (by local name).
        case start(String, [String: String])
        /// An element closes: its local name.
        case end(String)
        /// Text or CDATA inside the current element (possibly in several pieces).
        case text(String)
    }

    /// Parses `bytes`, named `part` in messages, calling `handle` for each event.
    /// `handle` may throw a ``WorkbookError`` to stop.
    static func walk(
        _ bytes: [UInt8], part: String, limits: WorkbookLimits, sheet: String? = nil, handle: @escaping (Event) throws(WorkbookError) -> Void
    ) throws(WorkbookError) {
        try walk(bytes, part: part, limits: limits, sheet: sheet, document: nil) { event, _ throws(WorkbookError) in try handle(event) }
    }

    /// Parses the XML document `bytes`, named `name` in messages, calling `handle` with
    /// each event and the 1-based line the parser has reached (the line where a start
    /// tag ends, for ``Event/start(_:_:)``). `document` says what the file should be, in
    /// the message for a file that is not well-formed XML (« pas un fichier GEXF »).
    /// `handle` may throw a ``WorkbookError`` to stop; every error is one.
    public static func walk(
        _ bytes: [UInt8], name: String, document: LocalizedText, limits: WorkbookLimits = WorkbookLimits(),
        handle: @escaping (Event, Int) throws(WorkbookError) -> Void
    ) throws(WorkbookError) {
        try walk(bytes, part: name, limits: limits, sheet: nil, document: document, handle: handle)
    }

    private static func walk(
        _ bytes: [UInt8], part: String, limits: WorkbookLimits, sheet: String?, document: LocalizedText?,
        handle: @escaping (Event, Int) throws(WorkbookError) -> Void
    ) throws(WorkbookError) {
        if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") {
            if let document {
                throw WorkbookError(fr: "refusé : \(part) déclare une DTD ou des entités, dont \(document.fr) n'a pas besoin (l'expansion d'entités peut rendre énorme un petit fichier)", en: "refused: \(part) declares a DTD or entities, which \(document.en) does not need (entity expansion can make a small file huge)")
            }
            throw WorkbookError(fr: "refusé : \(part) déclare une DTD ou des entités, dont un classeur ne se sert jamais (l'expansion d'entités peut rendre énorme un petit fichier)", en: "refused: \(part) declares a DTD or entities, which workbooks never use (entity expansion can make a small file huge)", sheet: sheet)
        }
        let delegate = Delegate(limits: limits, handle: handle)
        // A stream, read in chunks: given whole, libxml2 refuses a document over 10 MB (its
        // lookup limit in push mode) as not well-formed.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        // Foundation's parser on Linux recovers from some errors and still answers true:
        // any error reported, or an element left open, fails the part.
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        if delegate.tooDeep {
            throw WorkbookError(fr: "refusé : \(part) imbrique des éléments sur plus de \(limits.xmlDepth) niveaux", en: "refused: \(part) nests elements more than \(limits.xmlDepth) deep", sheet: sheet)
        }
        if !ok || delegate.errorLine != nil || parser.parserError != nil || delegate.depth != 0 || !delegate.sawElement {
            let line = delegate.errorLine ?? parser.lineNumber
            if let document {
                throw WorkbookError(fr: "pas \(document.fr) : \(part) n'est pas du XML bien formé (ligne \(line))", en: "not \(document.en): \(part) is not well-formed XML (line \(line))")
            }
            throw WorkbookError(fr: "pas un classeur : \(part) n'est pas du XML bien formé (ligne \(line)) ; ouvrez le fichier et enregistrez-le de nouveau", en: "not a workbook: \(part) is not well-formed XML (line \(line)); open the file and save it again", sheet: sheet)
        }
    }

    /// Whether `bytes` hold the ASCII `needle`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var i = 0
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first, Array(bytes[i..<i + pattern.count]) == pattern { return true }
            i += 1
        }
        return false
    }

    /// The name without its namespace prefix.
    public static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let limits: WorkbookLimits
        let handle: (Event, Int) throws(WorkbookError) -> Void
        var depth = 0
        var tooDeep = false
        var sawElement = false
        var errorLine: Int?
        var failure: WorkbookError?

        init(limits: WorkbookLimits, handle: @escaping (Event, Int) throws(WorkbookError) -> Void) {
            self.limits = limits
            self.handle = handle
        }

        private func send(_ event: Event, _ parser: XMLParser) {
            guard failure == nil, !tooDeep else { return }
            do {
                try handle(event, parser.lineNumber)
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            depth += 1
            sawElement = true
            if depth > limits.xmlDepth {
                if !tooDeep { tooDeep = true; parser.abortParsing() }
                return
            }
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLEvents.local(key)] = value }
            send(.start(XMLEvents.local(elementName), local), parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            send(.end(XMLEvents.local(elementName)), parser)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if errorLine == nil { errorLine = parser.lineNumber }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            send(.text(string), parser)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            send(.text(String(decoding: CDATABlock, as: UTF8.self)), parser)
        }
    }
}
