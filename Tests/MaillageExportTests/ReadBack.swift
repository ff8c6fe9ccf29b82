import Foundation
import MaillageExport

/// A value as read back from an exported file.
enum ReadValue: Equatable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case bool(Bool)

    var description: String {
        switch self {
        case .text(let s): "text(\(s.debugDescription))"
        case .number(let d): "number(\(d))"
        case .bool(let b): "bool(\(b))"
        }
    }

    /// `text` read as a value of `type`, as a typed reader (NetworkX, Gephi) would.
    static func parse(_ text: String, as type: AttributeType) -> ReadValue? {
        switch type {
        case .string: return .text(text)
        case .double, .int: return Double(text).map { .number($0) }
        case .bool:
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        }
    }
}

/// An unordered pair of node ids.
struct Pair: Hashable, CustomStringConvertible {
    var a: String
    var b: String
    init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    var description: String { "\(a.debugDescription) – \(b.debugDescription)" }
}

/// A network as read back from a file: node attributes (the label under "label") by node
/// id, edge attributes (the weight under "weight") by unordered pair.
struct ReadBack: Equatable {
    var nodes: [String: [String: ReadValue]] = [:]
    var edges: [Pair: [String: ReadValue]] = [:]
    /// Node ids in file order (to check there are no repeats).
    var nodeOrder: [String] = []
    var edgeCount = 0

    /// What `network` should read back as, once every string has gone through `transform`
    /// (the characters a format cannot carry removed, a CSV guard added…).
    static func expected(_ network: AttributedNetwork, transform: (String) -> String = { $0 },
                         includeColor: Bool = false) -> ReadBack {
        func read(_ value: AttributeValue) -> ReadValue? {
            switch value {
            case .string(let s): .text(transform(s))
            case .double(let d): d.isFinite ? .number(d) : nil
            case .int(let i): .number(Double(i))
            case .bool(let b): .bool(b)
            }
        }
        var result = ReadBack()
        for node in network.nodes {
            var attributes: [String: ReadValue] = ["label": .text(transform(node.label))]
            for (k, key) in network.nodeKeys.enumerated() where k < node.attributes.count {
                if let value = node.attributes[k], let r = read(value) { attributes[key.name] = r }
            }
            if includeColor, let color = node.color { attributes["color"] = .text(color.hex) }
            let id = transform(node.id)
            result.nodes[id] = attributes
            result.nodeOrder.append(id)
        }
        for edge in network.edges {
            var attributes: [String: ReadValue] = ["weight": .number(edge.weight)]
            for (k, key) in network.edgeKeys.enumerated() where k < edge.attributes.count {
                if let value = edge.attributes[k], let r = read(value) { attributes[key.name] = r }
            }
            result.edges[Pair(transform(network.nodes[edge.source].id), transform(network.nodes[edge.target].id))] = attributes
            result.edgeCount += 1
        }
        return result
    }

    /// Differences with `other`, one line each (empty when equal); numbers may differ by
    /// a relative `tolerance`.
    func differences(from other: ReadBack, tolerance: Double = 0) -> [String] {
        func same(_ x: ReadValue, _ y: ReadValue?) -> Bool {
            if case .number(let a) = x, case .number(let b)? = y { return abs(a - b) <= tolerance * max(abs(a), abs(b)) }
            return x == y
        }
        var lines: [String] = []
        if nodeOrder.count != other.nodeOrder.count { lines.append("node count \(nodeOrder.count) vs \(other.nodeOrder.count)") }
        if edgeCount != other.edgeCount { lines.append("edge count \(edgeCount) vs \(other.edgeCount)") }
        for (id, attributes) in nodes {
            guard let theirs = other.nodes[id] else { lines.append("node \(id.debugDescription) missing"); continue }
            for (name, value) in attributes where !same(value, theirs[name]) {
                lines.append("node \(id.debugDescription) \(name): \(value) vs \(theirs[name].map(\.description) ?? "nothing")")
            }
            for name in theirs.keys where attributes[name] == nil { lines.append("node \(id.debugDescription) has extra \(name)") }
        }
        for id in other.nodes.keys where nodes[id] == nil { lines.append("extra node \(id.debugDescription)") }
        for (pair, attributes) in edges {
            guard let theirs = other.edges[pair] else { lines.append("edge \(pair) missing"); continue }
            for (name, value) in attributes where !same(value, theirs[name]) {
                lines.append("edge \(pair) \(name): \(value) vs \(theirs[name].map(\.description) ?? "nothing")")
            }
            for name in theirs.keys where attributes[name] == nil { lines.append("edge \(pair) has extra \(name)") }
        }
        for pair in other.edges.keys where edges[pair] == nil { lines.append("extra edge \(pair)") }
        return lines
    }
}

/// `text` without the characters XML 1.0 forbids (§2.2).
func xmlAllowed(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { s in
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }))
}
