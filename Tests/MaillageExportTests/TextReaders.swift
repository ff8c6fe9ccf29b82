import Foundation
import MaillageExport

/// Reads node-link JSON back with `JSONSerialization`.
enum NodeLinkReader {
    static func read(_ document: String, edgesKey: String = "edges") throws -> (readBack: ReadBack, top: [String: Any]) {
        guard let top = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any] else { throw ReadError("not an object") }
        guard let nodes = top["nodes"] as? [[String: Any]], let edges = top[edgesKey] as? [[String: Any]] else {
            throw ReadError("no nodes or \(edgesKey)")
        }
        func value(_ any: Any) -> ReadValue? {
            if let s = any as? String { return .text(s) }
            // JSONSerialization gives NSNumber for booleans and numbers alike.
            if let n = any as? NSNumber {
                if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
                return .number(n.doubleValue)
            }
            return nil
        }
        var result = ReadBack()
        for node in nodes {
            guard let id = node["id"] as? String else { throw ReadError("node without a string id") }
            var attributes: [String: ReadValue] = [:]
            for (name, any) in node where name != "id" && name != "size" {
                guard let v = value(any) else { throw ReadError("node \(id): \(name) is \(type(of: any))") }
                attributes[name] = v
            }
            result.nodes[id] = attributes
            result.nodeOrder.append(id)
        }
        for edge in edges {
            guard let s = edge["source"] as? String, let t = edge["target"] as? String else { throw ReadError("edge without ends") }
            var attributes: [String: ReadValue] = [:]
            for (name, any) in edge where name != "source" && name != "target" {
                guard let v = value(any) else { throw ReadError("edge \(s)-\(t): \(name) is \(type(of: any))") }
                attributes[name] = v
            }
            result.edges[Pair(s, t)] = attributes
            result.edgeCount += 1
        }
        return (result, top)
    }
}

/// A small RFC 4180 reader: comma-separated, `"`-quoted cells with doubled quotes,
/// records ending with `\n` (or `\r\n`) outside quotes.
enum CSVReader {
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var inQuotes = false
        var afterQuote = false
        var atCellStart = true
        for character in text {
            if inQuotes {
                if character == "\"" { inQuotes = false; afterQuote = true } else { cell.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { cell.append("\""); inQuotes = true; afterQuote = false }
                else if atCellStart { inQuotes = true; atCellStart = false }
                else { throw ReadError("quote inside an unquoted cell: \(cell)") }
            case ",":
                record.append(cell); cell = ""; atCellStart = true; afterQuote = false
            case "\n", "\r\n":
                record.append(cell); records.append(record)
                record = []; cell = ""; atCellStart = true; afterQuote = false
            default:
                if afterQuote { throw ReadError("text after a closing quote") }
                cell.append(character); atCellStart = false
            }
        }
        if inQuotes { throw ReadError("unterminated quote") }
        if !record.isEmpty || !cell.isEmpty { record.append(cell); records.append(record) }
        return records
    }

    /// The edge list and node table read back, typed by the network's declared keys.
    static func read(edges: String, nodes: String, network: AttributedNetwork) throws -> ReadBack {
        let nodeTypes = Dictionary(uniqueKeysWithValues: network.nodeKeys.map { ($0.name, $0.type) })
        let edgeTypes = Dictionary(uniqueKeysWithValues: network.edgeKeys.map { ($0.name, $0.type) })
        var result = ReadBack()
        let nodeRecords = try records(nodes)
        guard let nodeHeader = nodeRecords.first, nodeHeader.starts(with: ["id", "label"]) else { throw ReadError("node header") }
        for row in nodeRecords.dropFirst() {
            guard row.count == nodeHeader.count else { throw ReadError("node row of \(row.count) cells: \(row)") }
            var attributes: [String: ReadValue] = [:]
            for (name, cell) in zip(nodeHeader, row).dropFirst() where !cell.isEmpty && name != "size" {
                if name == "label" || name == "color" { attributes[name] = .text(cell); continue }
                guard let type = nodeTypes[name], let value = ReadValue.parse(cell, as: type) else { throw ReadError("node cell \(name)=\(cell)") }
                attributes[name] = value
            }
            result.nodes[row[0]] = attributes
            result.nodeOrder.append(row[0])
        }
        let edgeRecords = try records(edges)
        guard let edgeHeader = edgeRecords.first, edgeHeader.starts(with: ["source", "target", "weight"]) else { throw ReadError("edge header") }
        for row in edgeRecords.dropFirst() {
            guard row.count == edgeHeader.count else { throw ReadError("edge row of \(row.count) cells: \(row)") }
            var attributes: [String: ReadValue] = [:]
            for (name, cell) in zip(edgeHeader, row).dropFirst(2) where !cell.isEmpty {
                let type = name == "weight" ? .double : edgeTypes[name]
                guard let type, let value = ReadValue.parse(cell, as: type) else { throw ReadError("edge cell \(name)=\(cell)") }
                attributes[name] = value
            }
            result.edges[Pair(row[0], row[1])] = attributes
            result.edgeCount += 1
        }
        return result
    }
}

/// A reader for the DOT subset ``DOTWriter`` writes: `graph ID { stmt* }` with
/// `graph [a_list];`, node statements `ID [a_list];` and edge statements
/// `ID -- ID [a_list];`. Quoted strings are unescaped as Graphviz labels are:
/// `\\` → `\`, `\"` → `"`, `\n` → line feed, `\r` → carriage return. Values are typed by
/// the network's declared keys.
struct DOTReader {
    enum Token: Equatable { case id(String), punct(String) }

    static func tokens(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\n" || c == "\t" || c == "\r" { i += 1; continue }
            if c == "\"" {
                var s = String.UnicodeScalarView()
                i += 1
                while true {
                    guard i < scalars.count else { throw ReadError("unterminated DOT string") }
                    let d = scalars[i]
                    if d == "\"" { i += 1; break }
                    if d == "\\", i + 1 < scalars.count {
                        let e = scalars[i + 1]
                        switch e {
                        case "\\": s.append("\\")
                        case "\"": s.append("\"")
                        case "n": s.append("\n")
                        case "r": s.append("\r")
                        default: s.append(d); s.append(e)
                        }
                        i += 2
                        continue
                    }
                    if d == "\n" { throw ReadError("raw line break inside a DOT string") }
                    s.append(d); i += 1
                }
                tokens.append(.id(String(s)))
            } else if c == "-" && i + 1 < scalars.count && (scalars[i + 1] == "-" || scalars[i + 1] == ">") {
                tokens.append(.punct(String(c) + String(scalars[i + 1]))); i += 2
            } else if "{}[]=,;".unicodeScalars.contains(c) {
                tokens.append(.punct(String(c))); i += 1
            } else if c.properties.isAlphabetic || c == "_" || ("0"..."9").contains(c) {
                var s = String.UnicodeScalarView()
                while i < scalars.count, scalars[i].properties.isAlphabetic || scalars[i] == "_" || ("0"..."9").contains(scalars[i]) || scalars[i] == "." {
                    s.append(scalars[i]); i += 1
                }
                tokens.append(.id(String(s)))
            } else {
                throw ReadError("unexpected character \(c) in DOT")
            }
        }
        return tokens
    }

    var name = ""
    var graphAttributes: [String: String] = [:]
    var nodes: [(id: String, attributes: [String: String])] = []
    var edges: [(source: String, target: String, attributes: [String: String])] = []

    static func parse(_ text: String) throws -> DOTReader {
        let tokens = try tokens(text)
        var reader = DOTReader()
        var i = 0
        func expect(_ p: String) throws {
            guard i < tokens.count, tokens[i] == .punct(p) else { throw ReadError("expected \(p) at token \(i)") }
            i += 1
        }
        func id() throws -> String {
            guard i < tokens.count, case .id(let s) = tokens[i] else { throw ReadError("expected an id at token \(i)") }
            i += 1
            return s
        }
        func attributes() throws -> [String: String] {
            var result: [String: String] = [:]
            guard i < tokens.count, tokens[i] == .punct("[") else { return result }
            i += 1
            while i < tokens.count, tokens[i] != .punct("]") {
                let key = try id()
                try expect("=")
                result[key] = try id()
                if i < tokens.count, tokens[i] == .punct(",") { i += 1 }
            }
            try expect("]")
            return result
        }
        guard try id() == "graph" else { throw ReadError("not an undirected graph") }
        reader.name = try id()
        try expect("{")
        while i < tokens.count, tokens[i] != .punct("}") {
            if tokens[i] == .id("graph"), i + 1 < tokens.count, tokens[i + 1] == .punct("[") {
                i += 1
                reader.graphAttributes = try attributes()
            } else {
                let first = try id()
                if i < tokens.count, tokens[i] == .punct("--") {
                    i += 1
                    let second = try id()
                    reader.edges.append((first, second, try attributes()))
                } else {
                    reader.nodes.append((first, try attributes()))
                }
            }
            try expect(";")
        }
        try expect("}")
        guard i == tokens.count else { throw ReadError("text after the graph") }
        return reader
    }

    /// The statements as a ``ReadBack``, values typed by `network`'s keys.
    func readBack(network: AttributedNetwork) throws -> ReadBack {
        let nodeTypes = Dictionary(uniqueKeysWithValues: network.nodeKeys.map { ($0.name, $0.type) })
        let edgeTypes = Dictionary(uniqueKeysWithValues: network.edgeKeys.map { ($0.name, $0.type) })
        var result = ReadBack()
        for (id, attributes) in nodes {
            var read: [String: ReadValue] = [:]
            for (written, text) in attributes where written != "size" {
                if written == "label" || written == "color" { read[written] = .text(text); continue }
                // Names Graphviz would act on are written with a `data_` prefix.
                let name = nodeTypes[written] == nil && written.hasPrefix("data_") ? String(written.dropFirst(5)) : written
                guard let type = nodeTypes[name], let value = ReadValue.parse(text, as: type) else { throw ReadError("node attribute \(name)=\(text)") }
                read[name] = value
            }
            result.nodes[id] = read
            result.nodeOrder.append(id)
        }
        for (source, target, attributes) in edges {
            var read: [String: ReadValue] = [:]
            for (name, text) in attributes {
                let type = name == "weight" ? .double : edgeTypes[name]
                guard let type, let value = ReadValue.parse(text, as: type) else { throw ReadError("edge attribute \(name)=\(text)") }
                read[name] = value
            }
            result.edges[Pair(source, target)] = read
            result.edgeCount += 1
        }
        return result
    }
}
