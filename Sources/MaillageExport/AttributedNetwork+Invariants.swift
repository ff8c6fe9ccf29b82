extension AttributedNetwork {
    /// Everything that would make an export ambiguous or unreadable, one message each;
    /// empty for a well-formed network:
    /// - node ids empty or repeated (ids identify nodes in every format);
    /// - key names empty, repeated, or reserved (``reservedNodeNames``, ``reservedEdgeNames``);
    /// - a node or edge holding more values than there are keys, or a value whose type is
    ///   not its key's;
    /// - an edge endpoint out of range, a loop, an unordered pair given twice (the network
    ///   is simple), a weight that is not finite and strictly positive.
    ///
    /// Writers never fail on a network with problems (they write what they are given),
    /// but a file written from one may not read back as the same graph.
    /// - Complexity: O(n·k + m·l) for n nodes with k keys and m edges with l keys
    ///   (hashing ids, and pairs as one integer each).
    public func problems() -> [String] {
        var problems: [String] = []
        func checkKeys(_ keys: [AttributeKey], reserved: Set<String>, what: String) {
            var seen: Set<String> = []
            for key in keys {
                if key.name.isEmpty { problems.append("\(what) key with an empty name") }
                if reserved.contains(key.name) { problems.append("\(what) key \"\(key.name)\" uses a reserved name") }
                if !seen.insert(key.name).inserted { problems.append("\(what) key \"\(key.name)\" declared twice") }
            }
        }
        checkKeys(nodeKeys, reserved: Self.reservedNodeNames, what: "node")
        checkKeys(edgeKeys, reserved: Self.reservedEdgeNames, what: "edge")
        for attribute in graphAttributes where attribute.name.isEmpty { problems.append("graph attribute with an empty name") }

        func checkValues(_ values: [AttributeValue?], keys: [AttributeKey], element: String) {
            if values.count > keys.count { problems.append("\(element) has \(values.count) values for \(keys.count) keys") }
            for (value, key) in zip(values, keys) {
                if let value, value.type != key.type {
                    problems.append("\(element): \(key.name) is a \(value.type.rawValue), declared \(key.type.rawValue)")
                }
            }
        }
        var ids: Set<String> = []
        for (i, node) in nodes.enumerated() {
            if node.id.isEmpty { problems.append("node \(i) has an empty id") }
            if !ids.insert(node.id).inserted { problems.append("node id \"\(node.id)\" appears twice") }
            checkValues(node.attributes, keys: nodeKeys, element: "node \"\(node.id)\"")
            if let size = node.size, !(size.isFinite && size > 0) { problems.append("node \"\(node.id)\" has size \(size)") }
        }
        // Each unordered pair as one integer (no array allocated per edge).
        var pairs: Set<Int> = []
        pairs.reserveCapacity(edges.count)
        let width = nodes.count
        for (e, edge) in edges.enumerated() {
            guard nodes.indices.contains(edge.source), nodes.indices.contains(edge.target) else {
                problems.append("edge \(e) joins \(edge.source) and \(edge.target), outside 0..<\(nodes.count)")
                continue
            }
            if edge.source == edge.target { problems.append("edge \(e) is a loop on \"\(nodes[edge.source].id)\"") }
            if !pairs.insert(min(edge.source, edge.target) * width + max(edge.source, edge.target)).inserted {
                problems.append("edge \(e) repeats the pair \"\(nodes[edge.source].id)\" – \"\(nodes[edge.target].id)\"")
            }
            if !(edge.weight.isFinite && edge.weight > 0) { problems.append("edge \(e) has weight \(edge.weight)") }
            checkValues(edge.attributes, keys: edgeKeys, element: "edge \(e)")
        }
        return problems
    }
}
